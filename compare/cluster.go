package compare

import (
	"cmp"
	"container/heap"
	"slices"
)

// group is a cluster under construction.
type group struct {
	members []int
	docs    map[int]int     // document → members from it
	nbr     map[int]float64 // other group → sum of edge scores to it
	alive   bool
}

// averageLinkage merges groups of claims while the mean similarity of all
// their cross-document pairs, a missing edge counting as zero, is at least
// threshold. Averaging over every pair, not the best one, keeps a single
// bridging claim from chaining unrelated claims together. It returns the
// groups of two or more claims, each sorted, ordered by first claim.
func averageLinkage(n int, docOf []int, edges []edge, threshold float64) [][]int {
	gs := make([]group, n)
	for i := range gs {
		gs[i] = group{members: []int{i}, docs: map[int]int{docOf[i]: 1}, alive: true}
	}
	h := &mergeHeap{}
	for _, e := range edges {
		addSum(gs, e.a, e.b, e.score)
		h.items = append(h.items, merge{e.score, e.a, e.b})
	}
	heap.Init(h)
	for h.Len() > 0 {
		m := heap.Pop(h).(merge)
		if !gs[m.a].alive || !gs[m.b].alive || m.avg != linkage(gs, m.a, m.b) {
			continue // stale
		}
		if m.avg < threshold {
			break
		}
		into := absorb(gs, m.a, m.b)
		for _, o := range sortedInts(gs[into].nbr) {
			if avg := linkage(gs, into, o); avg >= threshold {
				heap.Push(h, merge{avg, min(into, o), max(into, o)})
			}
		}
	}
	var out [][]int
	for _, g := range gs {
		if g.alive && len(g.members) > 1 {
			slices.Sort(g.members)
			out = append(out, g.members)
		}
	}
	slices.SortFunc(out, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	return out
}

func addSum(gs []group, a, b int, s float64) {
	if gs[a].nbr == nil {
		gs[a].nbr = map[int]float64{}
	}
	if gs[b].nbr == nil {
		gs[b].nbr = map[int]float64{}
	}
	gs[a].nbr[b] += s
	gs[b].nbr[a] += s
}

// linkage is the mean score over the cross-document pairs of two groups.
func linkage(gs []group, a, b int) float64 {
	pairs := len(gs[a].members) * len(gs[b].members)
	small, large := gs[a].docs, gs[b].docs
	if len(small) > len(large) {
		small, large = large, small
	}
	for d, n := range small {
		pairs -= n * large[d]
	}
	if pairs == 0 {
		return 0
	}
	return gs[a].nbr[b] / float64(pairs)
}

// absorb merges the smaller of groups a and b into the larger and returns
// the survivor.
func absorb(gs []group, a, b int) int {
	if len(gs[a].members) < len(gs[b].members) || (len(gs[a].members) == len(gs[b].members) && b < a) {
		a, b = b, a
	}
	ga, gb := &gs[a], &gs[b]
	ga.members = append(ga.members, gb.members...)
	for d, n := range gb.docs {
		ga.docs[d] += n
	}
	for o, s := range gb.nbr {
		delete(gs[o].nbr, b)
		if o == a {
			continue
		}
		ga.nbr[o] += s
		gs[o].nbr[a] += s
	}
	delete(ga.nbr, b)
	*gb = group{}
	return a
}

func sortedInts(m map[int]float64) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// merge is a candidate merge of groups a < b at mean linkage avg.
type merge struct {
	avg  float64
	a, b int
}

// mergeHeap pops the highest linkage first, ties by group numbers.
type mergeHeap struct{ items []merge }

func (h *mergeHeap) Len() int { return len(h.items) }
func (h *mergeHeap) Less(i, j int) bool {
	x, y := h.items[i], h.items[j]
	if x.avg != y.avg {
		return x.avg > y.avg
	}
	return x.a < y.a || (x.a == y.a && x.b < y.b)
}
func (h *mergeHeap) Swap(i, j int) { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *mergeHeap) Push(x any)    { h.items = append(h.items, x.(merge)) }
func (h *mergeHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}
