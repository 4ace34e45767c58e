package compare

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dedupe-news/dedupe/normalize"
)

// Options control [Run]. The zero value uses the defaults.
type Options struct {
	// Threshold is the mean similarity two groups of claims need to be
	// merged into one cluster, in (0, 1]. Zero means DefaultThreshold.
	Threshold float64
}

// DefaultThreshold is the clustering threshold chosen on the seed
// benchmark (go test ./compare -run TestGold -v).
const DefaultThreshold = 0.17

// minEdge is the least similarity worth keeping as an edge: a pair below it
// adds too little to any group's mean to matter.
const minEdge = 0.05

// Validate reports an option out of range.
func (o Options) Validate() error {
	if o.Threshold < 0 || o.Threshold > 1 {
		return fmt.Errorf("invalid threshold %v: must be in (0, 1]", o.Threshold)
	}
	return nil
}

func (o Options) threshold() float64 {
	if o.Threshold == 0 {
		return DefaultThreshold
	}
	return o.Threshold
}

// Run compares docs and returns what they share and where they disagree.
// It first groups the documents into stories, one event each, and finds
// the near-duplicate documents; claims are then clustered and compared
// within a story only, and two copies of one text are never compared with
// each other. docs may come in any order: Run sorts a copy by ID, so the
// result does not depend on it. Run does not modify docs.
func Run(docs []normalize.Document, opts Options) *Result {
	res := &Result{Documents: slices.Clone(docs)}
	slices.SortStableFunc(res.Documents, func(a, b normalize.Document) int { return strings.Compare(a.ID, b.ID) })
	for d := range res.Documents {
		for s := range res.Documents[d].Sentences {
			res.Claims = append(res.Claims, Claim{ID: "c" + strconv.Itoa(len(res.Claims)+1), Doc: d, Sentence: s, Cluster: -1})
		}
	}
	ents := groupEntities(res)
	res.Entities = ents.entities
	f := buildFeatures(res, &ents)
	// Stories are found with the copies by shingles only; copies by
	// sentences, whose evidence is thinner, are looked for within a story,
	// so that no stock sentence two stories share can join them.
	nd := shingleCopies(res.Documents)
	res.Stories, res.StoryThreshold = findStories(res, f, copyGroups(len(res.Documents), nd.pairs))
	storyOf := docStories(len(res.Documents), res.Stories)
	res.NearDuplicates = nd.withSentences(res.Documents, func(a, b int) bool { return storyOf[a] == storyOf[b] })
	source := copyGroups(len(res.Documents), res.NearDuplicates)
	res.Facts = extractFacts(res, &ents)
	setClusters(res, f, &ents, opts.threshold())
	setIndependent(res, source)
	res.Findings = findDiscrepancies(&checkContext{res: res, f: f, ents: &ents, source: source})
	return res
}

// setClusters clusters the claims of res story by story and records the
// clusters that span two documents. Edges never join two stories, so
// clustering each apart gives what one linkage over all claims would,
// while only one story's edges and groups are in memory at a time.
func setClusters(res *Result, f *features, ents *entityTable, threshold float64) {
	res.Clusters = nil
	for i := range res.Claims {
		res.Claims[i].Cluster = -1
	}
	six := newStoryIndex(f)
	cf := newClaimFacts(res.Facts)
	df := make([]int32, len(f.terms))
	first := claimBounds(res)
	local := make([]int32, len(res.Claims)) // claim → its place in its story's claims
	var claims []int
	var docOf []int
	for _, st := range res.Stories {
		claims, docOf = claims[:0], docOf[:0]
		for _, d := range st.Docs {
			for c := first[d]; c < first[d+1]; c++ {
				local[c] = int32(len(claims))
				claims = append(claims, c)
				docOf = append(docOf, f.docOf[c])
			}
		}
		f.addRoles(res, ents, claims)
		f.weighStory(claims, df)
		edges := six.edges(claims, minEdge)
		cf.adjustEdges(edges)
		localEdges := make([]edge, len(edges))
		for i, e := range edges {
			localEdges[i] = edge{int(local[e.a]), int(local[e.b]), e.score}
		}
		groups := fillGaps(res, claims, averageLinkage(len(claims), docOf, localEdges, threshold))
		groupOf := groupsOf(len(claims), groups) // by place in claims
		for _, members := range groups {
			for k, c := range members {
				members[k] = claims[c] // claims ascend, so members stay sorted
			}
		}
		inner := make([][]edge, len(groups))
		for _, e := range edges {
			if g := groupOf[local[e.a]]; g >= 0 && g == groupOf[local[e.b]] {
				inner[g] = append(inner[g], e)
			}
		}
		for g, members := range groups {
			if cl, ok := newCluster(res, f, members, inner[g]); ok {
				res.Clusters = append(res.Clusters, cl)
			}
		}
	}
	slices.SortFunc(res.Clusters, func(x, y Cluster) int { return cmp.Compare(x.Claims[0], y.Claims[0]) })
	for k := range res.Clusters {
		res.Clusters[k].ID = "k" + strconv.Itoa(k+1)
		for _, c := range res.Clusters[k].Claims {
			res.Claims[c].Cluster = k
		}
	}
}

// newCluster builds the cluster of members, if they span two documents:
// its links are the maximum spanning tree of inner, the edges among them.
func newCluster(res *Result, f *features, members []int, inner []edge) (Cluster, bool) {
	docs := map[int]bool{}
	for _, c := range members {
		docs[res.Claims[c].Doc] = true
	}
	if len(docs) < 2 {
		return Cluster{}, false
	}
	slices.SortStableFunc(inner, func(x, y edge) int { return cmp.Compare(y.score, x.score) })
	parent := map[int]int{}
	var find func(int) int
	find = func(x int) int {
		if p, ok := parent[x]; ok && p != x {
			r := find(p)
			parent[x] = r
			return r
		}
		return x
	}
	cl := Cluster{Claims: members}
	var sum float64
	for _, e := range inner {
		ra, rb := find(e.a), find(e.b)
		if ra == rb {
			continue
		}
		parent[ra] = rb
		cl.Links = append(cl.Links, explain(f, e))
		sum += e.score
	}
	if len(cl.Links) > 0 {
		cl.Score = sum / float64(len(cl.Links))
	}
	cl.Links = append(cl.Links, contextLinks(res, members, cl.Links)...)
	slices.SortFunc(cl.Links, func(x, y Link) int { return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B)) })
	return cl, true
}

// maxLinkTerms is how many shared stems a link lists.
const maxLinkTerms = 6

// explain lists what a pair of claims shares: its stems and the values of
// its figures, heaviest first, and its entities; that both give a date or
// a figure is no shared word.
func explain(f *features, e edge) Link {
	var shared []int32
	f.cosine(e.a, e.b, &shared)
	slices.SortStableFunc(shared, func(x, y int32) int {
		return cmp.Or(cmp.Compare(f.idf[y], f.idf[x]), strings.Compare(f.terms[x], f.terms[y]))
	})
	l := Link{A: e.a, B: e.b, Score: e.score}
	for _, t := range shared {
		term := f.terms[t]
		switch {
		case strings.HasPrefix(term, "@"):
			l.Entities = append(l.Entities, term[1:])
		case term == timeTerm || term == numberTerm:
			// a date or a figure on both sides: no word they share
		case len(l.Terms) < maxLinkTerms:
			l.Terms = append(l.Terms, strings.TrimPrefix(term, valuePrefix)) // a figure by its value: "400"
		}
	}
	slices.Sort(l.Entities)
	return l
}

// ScorePairs returns the similarity Run would give each pair of texts,
// each text read as one claim, with term weights and entities learned
// from all the texts given.
func ScorePairs(pairs [][2]string, opts Options) []float64 {
	var st normalize.Stemmer
	res := &Result{}
	for i, p := range pairs {
		for side, text := range p {
			s := normalize.AnalyzeText(text, &st)
			res.Documents = append(res.Documents, normalize.Document{ID: fmt.Sprintf("%d.%d", i, side), Text: text, Sentences: []normalize.Sentence{s}})
			res.Claims = append(res.Claims, Claim{Doc: len(res.Documents) - 1, Cluster: -1})
		}
	}
	ents := groupEntities(res)
	res.Entities = ents.entities
	f := buildFeatures(res, &ents)
	f.oneStory(res, &ents)
	cf := newClaimFacts(extractFacts(res, &ents))
	out := make([]float64, len(pairs))
	for i := range pairs {
		out[i] = min(1, cf.adjust(2*i, 2*i+1, f.cosine(2*i, 2*i+1, nil)))
	}
	return out
}

// fillGaps adds to a group the claims, at most maxGap in a row, that sit
// between two of its members in one document: the sentences before and
// after say the same thing as other sources, and those between them,
// which share too few words with anything to be linked, go on with them
// ("…ha revelado que Kim está ansioso", between two sentences on the
// planned meeting). claims are the claims of one story, in document
// order; groups hold places in claims.
func fillGaps(res *Result, claims []int, groups [][]int) [][]int {
	groupOf := groupsOf(len(claims), groups)
	sameDoc := func(i, j int) bool { return res.Claims[claims[i]].Doc == res.Claims[claims[j]].Doc }
	for i := range claims {
		g := groupOf[i]
		if g < 0 {
			continue
		}
		// Past the free claims of i's document that follow it, at most
		// maxGap of them, j must be the next member of g.
		j := i + 1
		for j < len(claims) && j-i <= maxGap && groupOf[j] < 0 && sameDoc(i, j) && res.Sentence(claims[j]).Kind == normalize.KindClaim {
			j++
		}
		if j == i+1 || j >= len(claims) || groupOf[j] != g || !sameDoc(i, j) {
			continue
		}
		for k := i + 1; k < j; k++ {
			groups[g] = append(groups[g], k)
			groupOf[k] = g
		}
	}
	for _, members := range groups {
		slices.Sort(members)
	}
	return groups
}

// maxGap is the most claims in a row fillGaps puts in a group.
const maxGap = 2

// groupsOf returns the group of each of n places, -1 for none.
func groupsOf(n int, groups [][]int) []int {
	groupOf := make([]int, n)
	for i := range groupOf {
		groupOf[i] = -1
	}
	for g, members := range groups {
		for _, i := range members {
			groupOf[i] = g
		}
	}
	return groupOf
}

// contextLinks links each member that no link reaches, one fillGaps put in
// the cluster, to the member before it in its document.
func contextLinks(res *Result, members []int, links []Link) []Link {
	linked := map[int]bool{}
	for _, l := range links {
		linked[l.A], linked[l.B] = true, true
	}
	var out []Link
	for k, c := range members {
		if linked[c] {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if p := members[j]; res.Claims[p].Doc == res.Claims[c].Doc {
				out = append(out, Link{A: p, B: c, Context: true})
				break
			}
		}
	}
	return out
}

// docStories returns the story of each of n documents, by index into
// stories.
func docStories(n int, stories []Story) []int {
	out := make([]int, n)
	for i, st := range stories {
		for _, d := range st.Docs {
			out[d] = i
		}
	}
	return out
}
