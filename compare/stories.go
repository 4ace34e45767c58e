package compare

import (
	"cmp"
	"math"
	"slices"
	"strconv"
)

// Stories. Before claims are compared, documents are grouped by the event
// they report, so that a feed of many events is checked story by story.
// Each document becomes one unit vector over the terms of its claims
// (stems and entities, as the claim features have them), a term weighing
// (1 + ln tf)·ln(1 + n/df), tf the number of the document's claims that
// hold it, df the number of claims of the whole input that do and n the
// number of claims, the claims of a copy of another document counting for
// neither (neardup.go). This idf is the claim features' smoothed: with a
// few short articles, plain ln(n/df) would weigh every shared term next
// to nothing and split one event into several stories. Stories are
// built by average linkage over the cosine of these vectors, decayed with
// the days between the documents (stories_time.go): two groups merge while
// the mean over all their pairs of documents is at least the threshold,
// StoryThreshold or the higher one the feed itself calls for
// (stories_null.go). That mean is exact, not estimated from the candidate
// pairs: it is computed from the groups' vector sums by date. The document
// index (stories_index.go) only says which groups to try. Copies take no
// part: each joins the story of its original.

// StoryThreshold is the least mean cosine similarity two groups of
// documents need to be merged into one story. Pairs of articles on one
// event score 0.20 to 0.42, on different events, even with people in
// common, 0.00 to 0.11 (go test ./compare -run TestStoryScores -v prints
// them).
const StoryThreshold = 0.15

// sparseVec is a sparse vector: ascending term ids and their weights.
type sparseVec struct {
	ids []int32
	wts []float64
}

// docVectors returns the unit vector of each document of res. source is
// copyGroups' (nil: no copies). The vectors share two backing arrays.
func docVectors(res *Result, f *features, source []int) []sparseVec {
	first := claimBounds(res)
	tf, df := make([]int32, len(f.terms)), make([]int32, len(f.terms))
	terms := 0
	for _, vec := range f.vecs {
		terms += len(vec)
	}
	// A wire story republished ten times is one source of its words, not
	// ten: copies count for neither df nor n.
	n := 0
	for d := range res.Documents {
		if source != nil && source[d] != d {
			continue
		}
		for c := first[d]; c < first[d+1]; c++ {
			for _, t := range f.vecs[c] {
				df[t]++
			}
			if len(f.vecs[c]) > 0 {
				n++
			}
		}
	}
	var touched []int32
	// Room for every claim's terms, at least every document's; document d
	// holds bounds[d] to bounds[d+1].
	ids, wts := make([]int32, 0, terms), make([]float64, 0, terms)
	bounds := make([]int, len(res.Documents)+1)
	c := 0
	for d := range res.Documents {
		touched = touched[:0]
		for ; c < len(res.Claims) && res.Claims[c].Doc == d; c++ {
			for _, t := range f.vecs[c] {
				if tf[t] == 0 {
					touched = append(touched, t)
				}
				tf[t]++
			}
		}
		slices.Sort(touched)
		var norm float64
		for _, t := range touched {
			w := (1 + math.Log(float64(tf[t]))) * math.Log(1+float64(n)/float64(max(1, df[t])))
			ids, wts = append(ids, t), append(wts, w)
			norm += w * w
			tf[t] = 0
		}
		bounds[d+1] = len(wts)
		if norm > 0 {
			for k := bounds[d]; k < len(wts); k++ {
				wts[k] /= math.Sqrt(norm)
			}
		}
	}
	out := make([]sparseVec, len(res.Documents))
	for d := range out {
		i, j := bounds[d], bounds[d+1]
		out[d] = sparseVec{ids[i:j:j], wts[i:j:j]}
	}
	return out
}

// dot returns the dot product of x and y. When one is much shorter, its
// terms are looked up in the other.
func dot(x, y sparseVec) float64 {
	if len(x.ids) > len(y.ids) {
		x, y = y, x
	}
	var sum float64
	if len(y.ids) > 8*len(x.ids) {
		for k, t := range x.ids {
			if j, ok := slices.BinarySearch(y.ids, t); ok {
				sum += x.wts[k] * y.wts[j]
			}
		}
		return sum
	}
	for i, j := 0, 0; i < len(x.ids) && j < len(y.ids); {
		switch {
		case x.ids[i] < y.ids[j]:
			i++
		case x.ids[i] > y.ids[j]:
			j++
		default:
			sum += x.wts[i] * y.wts[j]
			i++
			j++
		}
	}
	return sum
}

// addInto adds y to x in place, growing x's arrays by doubling when the
// union of their terms does not fit: merged from the back, each entry of
// x moves at most once.
func addInto(x *sparseVec, y sparseVec) {
	n := len(x.ids)
	for i, j := 0, 0; j < len(y.ids); {
		switch {
		case i < len(x.ids) && x.ids[i] < y.ids[j]:
			i++
		case i < len(x.ids) && x.ids[i] == y.ids[j]:
			i++
			j++
		default:
			n++
			j++
		}
	}
	i, j := len(x.ids)-1, len(y.ids)-1
	x.ids, x.wts = slices.Grow(x.ids, n-len(x.ids))[:n], slices.Grow(x.wts, n-len(x.wts))[:n]
	for k := n - 1; j >= 0; k-- {
		switch {
		case i >= 0 && x.ids[i] > y.ids[j]:
			x.ids[k], x.wts[k] = x.ids[i], x.wts[i]
			i--
		case i >= 0 && x.ids[i] == y.ids[j]:
			x.ids[k], x.wts[k] = x.ids[i], x.wts[i]+y.wts[j]
			i--
			j--
		default:
			x.ids[k], x.wts[k] = y.ids[j], y.wts[j]
			j--
		}
	}
}

// findStories groups the documents of res into stories and returns them
// with the threshold used. source is
// copyGroups' (nil: no copies): of each group of copies one takes part in
// the linkage (storyReps), and the others join its story whatever their
// dates, being the same text.
func findStories(res *Result, f *features, source []int) ([]Story, float64) {
	vecs := docVectors(res, f, source)
	rep := storyReps(res, source)
	var reps []int // the documents that stand for their copies
	for d := range res.Documents {
		if rep[d] == d {
			reps = append(reps, d)
		}
	}
	repVecs, when := make([]sparseVec, len(reps)), make([]days, len(reps))
	for i, d := range reps {
		repVecs[i], when[i] = vecs[d], docDays(res.Documents[d].Date)
	}
	spanOpen(when)
	th := feedThreshold(repVecs, when)
	groups := storyLinkage(repVecs, when, docEdges(repVecs, when, th), th)
	storyOf := make([]int, len(res.Documents))
	for g, members := range groups {
		for _, i := range members {
			storyOf[reps[i]] = g
		}
	}
	docs := make([][]int, len(groups))
	for d := range res.Documents {
		g := storyOf[rep[d]]
		docs[g] = append(docs[g], d)
	}
	slices.SortFunc(docs, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	out := make([]Story, len(groups))
	for i := range docs {
		out[i] = Story{ID: "s" + strconv.Itoa(i+1), Docs: docs[i]}
	}
	return out, th
}

// storyReps maps each document to the one that stands for its copies in
// the story linkage: the earliest dated of them (the original, as far as
// dates tell), undated ones last, ties by order. source is copyGroups';
// nil means no copies.
func storyReps(res *Result, source []int) []int {
	rep := make([]int, len(res.Documents))
	for d := range rep {
		rep[d] = d
	}
	if source == nil {
		return rep
	}
	earlier := func(a, b int) bool {
		x, y := res.Documents[a].Date, res.Documents[b].Date
		switch {
		case x.IsZero() != y.IsZero():
			return y.IsZero()
		case !x.IsZero() && !x.First().Equal(y.First()):
			return x.First().Before(y.First())
		}
		return a < b
	}
	best := make(map[int]int) // source → its earliest document
	for d, s := range source {
		if b, ok := best[s]; !ok || earlier(d, b) {
			best[s] = d
		}
	}
	for d, s := range source {
		rep[d] = best[s]
	}
	return rep
}

// storyGroup is a story under construction.
type storyGroup struct {
	docs []int
	sums []datedSum // the sums of its documents' unit vectors, by date
	nbr  []int32    // groups it has a candidate pair with; some may be merged away
	ver  int32      // bumped at every merge, to tell stale heap entries
}

// storyMerger runs average linkage over document groups.
type storyMerger struct {
	gs     []storyGroup
	parent []int32 // union-find: the group a merged group went into
	stamp  []int32 // stamp[g] == into+1: g already listed for into
	h      storyHeap
	th     float64
}

// storyLinkage merges groups of documents, starting from one per document,
// while the mean decayed cosine over all pairs of documents of two groups
// joined by a candidate edge is at least threshold. when holds the dates
// of the documents; nil means none is dated. It returns every group,
// singletons included, each sorted, ordered by first document.
func storyLinkage(vecs []sparseVec, when []days, edges []edge, threshold float64) [][]int {
	m := &storyMerger{gs: make([]storyGroup, len(vecs)), parent: make([]int32, len(vecs)), stamp: make([]int32, len(vecs)), th: threshold}
	for d, v := range vecs {
		w := days{undated: true}
		if when != nil {
			w = when[d]
		}
		m.gs[d] = storyGroup{docs: []int{d}, sums: []datedSum{{w, v}}}
		m.parent[d] = int32(d)
	}
	for _, e := range edges {
		m.gs[e.a].nbr = append(m.gs[e.a].nbr, int32(e.b))
		m.gs[e.b].nbr = append(m.gs[e.b].nbr, int32(e.a))
		m.h.items = append(m.h.items, storyMerge{avg: e.score, a: int32(e.a), b: int32(e.b)})
	}
	m.h.init()
	for len(m.h.items) > 0 {
		x := m.h.pop()
		if m.stale(x) {
			continue
		}
		if x.avg < threshold {
			break
		}
		m.merge(int(x.a), int(x.b))
	}
	var out [][]int
	for g := range m.gs {
		if m.parent[g] == int32(g) {
			slices.Sort(m.gs[g].docs)
			out = append(out, m.gs[g].docs)
		}
	}
	slices.SortFunc(out, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	return out
}

// stale reports whether x was computed for groups that have changed since.
func (m *storyMerger) stale(x storyMerge) bool {
	return m.parent[x.a] != x.a || m.parent[x.b] != x.b || m.gs[x.a].ver != x.va || m.gs[x.b].ver != x.vb
}

// find returns the group g went into.
func (m *storyMerger) find(g int32) int32 {
	for m.parent[g] != g {
		m.parent[g] = m.parent[m.parent[g]]
		g = m.parent[g]
	}
	return g
}

// merge joins groups a and b into the larger one and queues its merges
// with its neighbours.
func (m *storyMerger) merge(a, b int) {
	if len(m.gs[a].docs) < len(m.gs[b].docs) {
		a, b = b, a
	}
	into, from := &m.gs[a], &m.gs[b]
	into.docs = append(into.docs, from.docs...)
	into.sums = addDated(into.sums, from.sums)
	into.ver++
	m.parent[b] = int32(a)
	nbr := append(into.nbr, from.nbr...)
	*from = storyGroup{}
	into.nbr = into.nbr[:0:0]
	for _, o := range nbr {
		o = m.find(o)
		if int(o) == a || m.stamp[o] == int32(a+1) {
			continue
		}
		m.stamp[o] = int32(a + 1)
		into.nbr = append(into.nbr, o)
	}
	for _, o := range into.nbr {
		g := &m.gs[o]
		avg := decayedDot(into.sums, g.sums) / float64(len(into.docs)*len(g.docs))
		if avg < m.th {
			continue
		}
		x := storyMerge{avg: avg, a: int32(min(a, int(o))), b: int32(max(a, int(o)))}
		x.va, x.vb = m.gs[x.a].ver, m.gs[x.b].ver
		m.h.push(x)
	}
	for _, o := range into.nbr {
		m.stamp[o] = 0
	}
}

// storyMerge is a candidate merge of groups a < b at mean cosine avg,
// computed when they had versions va and vb.
type storyMerge struct {
	avg    float64
	a, b   int32
	va, vb int32
}

// storyHeap is a binary max-heap of merges: the highest mean first, ties
// by group numbers. It is typed, unlike container/heap, so that pushing
// does not allocate.
type storyHeap struct{ items []storyMerge }

func (h *storyHeap) less(i, j int) bool {
	x, y := h.items[i], h.items[j]
	if x.avg != y.avg {
		return x.avg > y.avg
	}
	return x.a < y.a || (x.a == y.a && x.b < y.b)
}

// init orders the items into a heap.
func (h *storyHeap) init() {
	for i := len(h.items)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

func (h *storyHeap) push(x storyMerge) {
	h.items = append(h.items, x)
	for i := len(h.items) - 1; i > 0; {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *storyHeap) pop() storyMerge {
	x := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	h.down(0)
	return x
}

func (h *storyHeap) down(i int) {
	for {
		best := i
		for _, c := range []int{2*i + 1, 2*i + 2} {
			if c < len(h.items) && h.less(c, best) {
				best = c
			}
		}
		if best == i {
			return
		}
		h.items[i], h.items[best] = h.items[best], h.items[i]
		i = best
	}
}
