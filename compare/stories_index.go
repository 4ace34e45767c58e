package compare

import (
	"cmp"
	"slices"
)

// Candidate pairs of documents. A document is looked up by its
// docPrefixLen heaviest terms that some other document holds; in the list
// of documents holding such a term it meets the docWindow documents on
// each side of it. Each document thus meets at most
// 2·docPrefixLen·docWindow others, however common a term is, and the cost
// grows linearly with the number of documents. A term held by every
// document of a large story still chains them all, a window at a time,
// and linkage is exact once two groups are candidates, so the window
// bounds the cost without splitting stories.
const (
	docPrefixLen = 12
	docWindow    = 6
)

// maxDocNeighbours is how many of its best candidates each document keeps
// (an edge survives if it is among the best of either end).
const maxDocNeighbours = 16

// docEdges returns, for every document, its best candidates whose cosine,
// decayed with the days between their dates when, is at least minScore,
// each pair once, sorted by documents. A pair below
// minScore is never needed: two groups whose mean reaches minScore hold a
// pair that does.
func docEdges(vecs []sparseVec, when []days, minScore float64) []edge {
	post := newDocPostings(vecs)
	stamp := make([]int32, len(vecs)) // stamp[b] == a+1: b already seen for a
	var out, best []edge
	var prefix []int32
	var scratch []int
	for a, v := range vecs {
		prefix, scratch = post.heaviestShared(v, prefix[:0], scratch[:0])
		best = best[:0]
		for _, t := range prefix {
			p := post.of(t)
			i, _ := slices.BinarySearch(p, int32(a))
			for _, b32 := range p[max(0, i-docWindow):min(len(p), i+docWindow+1)] {
				b := int(b32)
				if b == a || stamp[b] == int32(a+1) {
					continue
				}
				stamp[b] = int32(a + 1)
				if s := decay(when[a], when[b]) * dot(v, vecs[b]); s >= minScore {
					best = append(best, edge{min(a, b), max(a, b), s})
				}
			}
		}
		out = append(out, topEdges(best, maxDocNeighbours)...)
	}
	return sortEdges(out)
}

// docPostings lists, for each term, the documents that hold it, ascending,
// all in one array.
type docPostings struct {
	start []int32 // term t: docs[start[t]:start[t+1]]
	docs  []int32
}

func newDocPostings(vecs []sparseVec) docPostings {
	n := 0
	for _, v := range vecs {
		if len(v.ids) > 0 {
			n = max(n, int(v.ids[len(v.ids)-1])+1)
		}
	}
	p := docPostings{start: make([]int32, n+2)}
	for _, v := range vecs {
		for _, t := range v.ids {
			p.start[t+2]++
		}
	}
	for t := 2; t < len(p.start); t++ {
		p.start[t] += p.start[t-1]
	}
	// start[t+1] is now where term t begins; filling moves it to where t
	// ends, which is where t+1 begins.
	p.docs = make([]int32, p.start[n+1])
	for d, v := range vecs {
		for _, t := range v.ids {
			p.docs[p.start[t+1]] = int32(d)
			p.start[t+1]++
		}
	}
	p.start = p.start[:n+1]
	return p
}

// of returns the documents holding term t.
func (p docPostings) of(t int32) []int32 { return p.docs[p.start[t]:p.start[t+1]] }

// heaviestShared appends to out up to docPrefixLen terms of v held by
// another document too, heaviest first, ties by term. ks is scratch space,
// returned for reuse.
func (p docPostings) heaviestShared(v sparseVec, out []int32, ks []int) ([]int32, []int) {
	for k, t := range v.ids {
		if len(p.of(t)) >= 2 {
			ks = append(ks, k)
		}
	}
	slices.SortFunc(ks, func(x, y int) int { return cmp.Or(cmp.Compare(v.wts[y], v.wts[x]), cmp.Compare(v.ids[x], v.ids[y])) })
	for _, k := range ks[:min(docPrefixLen, len(ks))] {
		out = append(out, v.ids[k])
	}
	return out, ks
}

// storyIndex finds the candidate edges between claims one story at a
// time: the index holds one story's claims at a time, so claims of
// different stories are never paired, and a term common in the whole
// input can still be rare, and bring candidates, within one story. Given
// all claims as one story it gives what newIndex(f).edges gives.
type storyIndex struct {
	ix    *index
	stamp []int32
	best  []edge
}

func newStoryIndex(f *features) *storyIndex {
	return &storyIndex{
		ix:    &index{f: f, postings: make([][]int32, len(f.terms)), prefix: make([][]int32, len(f.vecs))},
		stamp: make([]int32, len(f.vecs)),
	}
}

// edges returns the edges among claims, ascending, each claim keeping its
// best maxNeighbours candidates scoring at least minScore, sorted by
// claims.
func (si *storyIndex) edges(claims []int, minScore float64) []edge {
	ix := si.ix
	for _, c := range claims {
		for _, t := range ix.f.vecs[c] {
			ix.postings[t] = append(ix.postings[t], int32(c))
		}
	}
	for _, c := range claims {
		ix.prefix[c] = ix.rarest(ix.f.vecs[c])
	}
	var out []edge
	for _, a := range claims {
		si.best = ix.candidates(a, si.stamp, minScore, si.best[:0])
		out = append(out, topEdges(si.best, maxNeighbours)...)
	}
	for _, c := range claims {
		for _, t := range ix.f.vecs[c] {
			ix.postings[t] = ix.postings[t][:0]
		}
		ix.prefix[c] = nil
	}
	return sortEdges(out)
}

// claimBounds returns where each document's claims begin: document d has
// claims first[d] to first[d+1].
func claimBounds(res *Result) []int {
	first := make([]int, len(res.Documents)+1)
	for _, c := range res.Claims {
		first[c.Doc+1]++
	}
	for d := range res.Documents {
		first[d+1] += first[d]
	}
	return first
}
