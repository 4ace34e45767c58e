package compare

import (
	"cmp"
	"slices"
)

// Candidate generation. A claim is looked up in the index by its
// prefixLen rarest terms; a term found in more than maxPosting claims is
// too common to bring candidates (it still counts in the score). Each
// claim thus reaches at most prefixLen·maxPosting others, and the cost
// grows linearly with the number of claims.
const (
	prefixLen  = 8
	maxPosting = 64
)

// maxNeighbours is how many of its best edges each claim keeps: an edge
// survives if it is among the best of either end. Average linkage counts a
// missing edge as zero, so weak edges beyond these change little, and the
// graph stays linear in the number of claims.
const maxNeighbours = 12

// minShared is the fewest terms two claims must share to be linked: one
// word in common ("ocurre" in "Veamos qué ocurre después" and "…podría
// ocurrir la reunión") is a coincidence, however short the claims.
const minShared = 2

// edge is a scored pair of claims from different documents, a < b.
type edge struct {
	a, b  int
	score float64
}

// index maps each term to the claims that hold it.
type index struct {
	f        *features
	postings [][]int32 // term id → claims, ascending
	prefix   [][]int32 // claim → its rarest selective terms
}

func newIndex(f *features) *index {
	ix := &index{f: f, postings: make([][]int32, len(f.terms)), prefix: make([][]int32, len(f.vecs))}
	for c, vec := range f.vecs {
		for _, t := range vec {
			ix.postings[t] = append(ix.postings[t], int32(c))
		}
	}
	for c, vec := range f.vecs {
		ix.prefix[c] = ix.rarest(vec)
	}
	return ix
}

// rarest returns up to prefixLen terms of vec that are shared by some
// other claim but by at most maxPosting, rarest first.
func (ix *index) rarest(vec []int32) []int32 {
	var p []int32
	for _, t := range vec {
		if n := len(ix.postings[t]); n >= 2 && n <= maxPosting {
			p = append(p, t)
		}
	}
	slices.SortFunc(p, func(x, y int32) int {
		return cmp.Or(cmp.Compare(len(ix.postings[x]), len(ix.postings[y])), cmp.Compare(x, y))
	})
	if len(p) > prefixLen {
		p = p[:prefixLen]
	}
	return p
}

// edges returns, for every claim, its best maxNeighbours candidates
// scoring at least minScore, each pair once, sorted by claims.
func (ix *index) edges(minScore float64) []edge {
	var out, best []edge
	stamp := make([]int32, len(ix.f.vecs)) // stamp[b] == a+1: b already seen for a
	for a := range ix.f.vecs {
		best = ix.candidates(a, stamp, minScore, best[:0])
		out = append(out, topEdges(best, maxNeighbours)...)
	}
	return sortEdges(out)
}

// candidates appends to best the edges of claim a to the claims of other
// documents that share a term of its prefix and score at least minScore.
// stamp[b] == a+1 marks claim b as seen for a.
func (ix *index) candidates(a int, stamp []int32, minScore float64, best []edge) []edge {
	for _, t := range ix.prefix[a] {
		for _, b32 := range ix.postings[t] {
			b := int(b32)
			if b == a || stamp[b] == int32(a+1) || ix.f.docOf[a] == ix.f.docOf[b] {
				continue
			}
			stamp[b] = int32(a + 1)
			if s, n := ix.f.similarity(a, b, nil); s >= minScore && n >= minShared {
				best = append(best, edge{min(a, b), max(a, b), s})
			}
		}
	}
	return best
}

// sortEdges sorts edges by their ends and drops repeats.
func sortEdges(edges []edge) []edge {
	slices.SortFunc(edges, func(x, y edge) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
	return slices.CompactFunc(edges, func(x, y edge) bool { return x.a == y.a && x.b == y.b })
}

// topEdges returns the k best of edges, best first, ties by claims.
func topEdges(edges []edge, k int) []edge {
	slices.SortFunc(edges, func(x, y edge) int {
		return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	return edges[:min(k, len(edges))]
}
