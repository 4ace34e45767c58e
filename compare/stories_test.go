package compare

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/dedupe-news/dedupe/normalize"
)

// loadArchives parses the articles of testdata/stories/NAME.txtar for each
// name, each with its file name, less ".txt", as id.
func loadArchives(t testing.TB, names ...string) []normalize.Document {
	t.Helper()
	var st normalize.Stemmer
	var docs []normalize.Document
	for _, name := range names {
		ar, err := txtar.ParseFile("testdata/stories/" + name + ".txtar")
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			doc, err := normalize.Parse(strings.TrimSuffix(f.Name, ".txt"), f.Name, f.Data, normalize.Options{Stemmer: &st})
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, doc)
		}
	}
	return docs
}

// storyIDs returns the stories of res as lists of document ids.
func storyIDs(res *Result) [][]string {
	var out [][]string
	for _, s := range res.Stories {
		var ids []string
		for _, d := range s.Docs {
			ids = append(ids, res.Documents[d].ID)
		}
		out = append(out, ids)
	}
	return out
}

// seedIDs are the ids of the five seed articles, all on the meeting of
// Kim Jong Un and Vladimir Putin.
var seedIDs = []string{"000_e85777c062e9bbc9", "001_cbd211fd2b46e7d5", "002_86f6e02b27086648", "003_92240a14419f9cb1", "004_ef4934fe578e1ead"}

func TestStories(t *testing.T) {
	tests := []struct {
		name     string
		seeds    bool
		archives []string
		first    int // keep only the first documents; 0 for all
		want     [][]string
	}{
		{"the five seeds are one event", true, nil, 0, [][]string{seedIDs}},
		{"one article", false, []string{"morocco"}, 1, [][]string{{"morocco_a"}}},
		{
			"an earthquake and a summit",
			true, []string{"morocco"}, 0,
			[][]string{seedIDs, {"morocco_a", "morocco_b", "morocco_c"}},
		},
		{
			"a plane crash apart from the summit, though both name Putin",
			true, []string{"morocco", "prigozhin"}, 0,
			[][]string{seedIDs, {"morocco_a", "morocco_b", "morocco_c"}, {"prigozhin_a", "prigozhin_b"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var docs []normalize.Document
			if tc.seeds {
				docs = loadSeeds(t, nil)
			}
			docs = append(docs, loadArchives(t, tc.archives...)...)
			if tc.first > 0 {
				docs = docs[:tc.first]
			}
			res := Run(docs, Options{})
			if got := storyIDs(res); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("stories = %v, want %v", got, tc.want)
			}
			for i, s := range res.Stories {
				if want := "s" + string(rune('1'+i)); s.ID != want {
					t.Errorf("story %d has id %q, want %q", i, s.ID, want)
				}
			}
			checkClustersWithinStories(t, res)
		})
	}
}

// checkClustersWithinStories fails the test if a cluster holds claims of
// two stories.
func checkClustersWithinStories(t *testing.T, res *Result) {
	t.Helper()
	story := make([]int, len(res.Documents))
	for s, st := range res.Stories {
		for _, d := range st.Docs {
			story[d] = s
		}
	}
	for _, cl := range res.Clusters {
		first := story[res.Claims[cl.Claims[0]].Doc]
		for _, c := range cl.Claims {
			if s := story[res.Claims[c].Doc]; s != first {
				t.Errorf("cluster %s holds claims of stories %s and %s", cl.ID, res.Stories[first].ID, res.Stories[s].ID)
			}
		}
	}
}

// TestStoriesKeepClaimsApart checks that the earthquake's claims, which
// the summit's claims resemble in places (numbers of dead and wounded,
// dates, Russia), never share a cluster with them, while each event keeps
// its own clusters.
func TestStoriesKeepClaimsApart(t *testing.T) {
	res := Run(append(loadSeeds(t, nil), loadArchives(t, "morocco")...), Options{})
	checkClustersWithinStories(t, res)
	perStory := make([]int, len(res.Stories))
	for _, cl := range res.Clusters {
		for s, st := range res.Stories {
			if slices.Contains(st.Docs, res.Claims[cl.Claims[0]].Doc) {
				perStory[s]++
			}
		}
	}
	alone := Run(loadSeeds(t, nil), Options{})
	if perStory[0] != len(alone.Clusters) {
		t.Errorf("the seeds have %d clusters beside the earthquake, %d alone", perStory[0], len(alone.Clusters))
	}
	if perStory[1] == 0 {
		t.Error("the earthquake's articles share no cluster")
	}
}

// TestOtherStoriesChangeNothing checks that articles on other events
// change nothing in the seeds' clusters, their scores and links, or their
// discrepancies: terms are weighed within a story, so a baseline written
// on one story's articles still holds when a feed brings others.
func TestOtherStoriesChangeNothing(t *testing.T) {
	describe := func(res *Result, docs map[string]bool) []string {
		var out []string
		for _, cl := range res.Clusters {
			if !docs[res.Documents[res.Claims[cl.Claims[0]].Doc].ID] {
				continue
			}
			line := fmt.Sprintf("%.6f", cl.Score)
			for _, c := range cl.Claims {
				line += " | " + res.Sentence(c).Text
			}
			for _, l := range cl.Links {
				var names []string // entity ids are numbered over the whole input
				for _, id := range l.Entities {
					names = append(names, res.Entities[slices.IndexFunc(res.Entities, func(e Entity) bool { return e.ID == id })].Name)
				}
				slices.Sort(names)
				line += fmt.Sprintf(" [%s %s %.6f %v %v]", res.Sentence(l.A).Text, res.Sentence(l.B).Text, l.Score, l.Terms, names)
			}
			out = append(out, line)
		}
		for _, f := range res.Findings {
			if docs[res.Documents[res.Claims[f.Mentions[0].Claim].Doc].ID] {
				out = append(out, f.ID+" "+f.Message)
			}
		}
		return out
	}
	seeds := map[string]bool{}
	for _, id := range seedIDs {
		seeds[id] = true
	}
	alone := describe(Run(loadSeeds(t, nil), Options{}), seeds)
	// Another defence minister: the seeds' "jefe de defensa de Putin" is
	// still the one of their story.
	minister, err := normalize.Parse("singapur", "singapur.txt", []byte("date 2024-06-01\n"+
		"El ministro de Defensa chino, Dong Jun, habló el sábado en el Diálogo Shangri-La de Singapur sobre Taiwán. "+
		"Dong Jun advirtió que China está dispuesta a defender su soberanía en el estrecho. "+
		"Los delegados de Filipinas y Japón criticaron las maniobras navales chinas en la región.\n"), normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	mixed := Run(append(append(loadSeeds(t, nil), loadArchives(t, "morocco", "prigozhin")...), minister), Options{})
	if len(mixed.Stories) != 4 {
		t.Fatalf("%d stories, want 4", len(mixed.Stories))
	}
	if got := describe(mixed, seeds); !slices.Equal(got, alone) {
		t.Errorf("the seeds' clusters and findings change beside other stories:\nalone %q\nmixed %q", alone, got)
	}
}

// TestStoriesOrderIndependent checks that the whole result, stories and
// near-duplicates included, does not depend on the order of the
// documents.
func TestStoriesOrderIndependent(t *testing.T) {
	docs := append(loadSeeds(t, nil), loadArchives(t, "morocco", "prigozhin")...)
	docs = append(docs, editedCopy(t, docs[5], "copy_of_morocco_a"))
	want := Run(docs, Options{})
	if len(want.Stories) != 3 || len(want.NearDuplicates) != 1 {
		t.Fatalf("%d stories and %d near-duplicates, want 3 and 1", len(want.Stories), len(want.NearDuplicates))
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		shuffled := slices.Clone(docs)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := Run(shuffled, Options{}); !reflect.DeepEqual(got, want) {
			t.Fatalf("the result changes with the order of the documents")
		}
	}
}

// TestStoryEdgesOneStory checks that with one story the story index
// gives the edges of the index over all claims, so that a single event is
// clustered as before stories.
func TestStoryEdgesOneStory(t *testing.T) {
	res := Run(loadSeeds(t, nil), Options{})
	ents := groupEntities(res)
	f := buildFeatures(res, &ents)
	want := newIndex(f).edges(minEdge)
	all := make([]int, len(res.Claims))
	for c := range all {
		all[c] = c
	}
	if got := newStoryIndex(f).edges(all, minEdge); !reflect.DeepEqual(got, want) {
		t.Errorf("the story index gives %d edges, newIndex(f).edges %d", len(got), len(want))
	}
}

func TestStoryLinkage(t *testing.T) {
	// v builds a vector over terms 0, 1, …
	v := func(ws ...float64) sparseVec {
		var s sparseVec
		for i, w := range ws {
			if w != 0 {
				s.ids, s.wts = append(s.ids, int32(i)), append(s.wts, w)
			}
		}
		return s
	}
	tests := []struct {
		name  string
		vecs  []sparseVec
		edges []edge
		want  [][]int
	}{
		{"no edges", []sparseVec{v(1), v(0, 1)}, nil, [][]int{{0}, {1}}},
		{"a pair", []sparseVec{v(1), v(1)}, []edge{{0, 1, 1}}, [][]int{{0, 1}}},
		{
			// 0 and 2 are unlike: the mean of {0, 1} to 2 is (0 + 0.6) / 2.
			"a bridge does not chain",
			[]sparseVec{v(1, 0), v(0.8, 0.6), v(0, 1)},
			[]edge{{0, 1, 0.8}, {1, 2, 0.6}},
			[][]int{{0, 1}, {2}},
		},
		{
			// The pair 0–2 is no candidate, but its similarity counts once
			// 0 meets {1, 2}: (0.8 + 0.6) / 2, where a missing pair
			// counted as zero would give 0.4.
			"the mean is exact",
			[]sparseVec{v(1, 0), v(0.8, 0.6), v(0.6, 0.8)},
			[]edge{{0, 1, 0.8}, {1, 2, 0.96}},
			[][]int{{0, 1, 2}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := storyLinkage(tc.vecs, nil, tc.edges, 0.5); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("storyLinkage = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestStoryScores logs the cosine of every pair of documents of three
// events (run with -v to see them) and checks that StoryThreshold lies
// between: each event's mean pair above it, every pair of two events
// below.
func TestStoryScores(t *testing.T) {
	res := Run(append(loadSeeds(t, nil), loadArchives(t, "morocco", "prigozhin")...), Options{})
	ents := groupEntities(res)
	vecs := docVectors(res, buildFeatures(res, &ents), nil)
	event := func(d int) string { // "morocco", "prigozhin" or "seeds"
		id := res.Documents[d].ID
		if slices.Contains(seedIDs, id) {
			return "seeds"
		}
		return id[:strings.IndexByte(id, '_')]
	}
	sums, counts := map[string]float64{}, map[string]int{}
	for a := range vecs {
		for b := a + 1; b < len(vecs); b++ {
			s := dot(vecs[a], vecs[b])
			t.Logf("%-22s %-22s %.3f", res.Documents[a].ID, res.Documents[b].ID, s)
			if ea, eb := event(a), event(b); ea != eb && s >= StoryThreshold {
				t.Errorf("%s and %s, of different events, score %.3f ≥ StoryThreshold", res.Documents[a].ID, res.Documents[b].ID, s)
			} else if ea == eb {
				sums[ea] += s
				counts[ea]++
			}
		}
	}
	for e, sum := range sums {
		if mean := sum / float64(counts[e]); mean < StoryThreshold {
			t.Errorf("the articles of %s score %.3f on average, below StoryThreshold", e, mean)
		}
	}
}

func TestAddInto(t *testing.T) {
	vec := func(pairs ...float64) sparseVec { // id, weight, id, weight…
		var v sparseVec
		for i := 0; i < len(pairs); i += 2 {
			v.ids, v.wts = append(v.ids, int32(pairs[i])), append(v.wts, pairs[i+1])
		}
		return v
	}
	tests := []struct {
		name      string
		x, y, sum sparseVec
	}{
		{"empty x", vec(), vec(1, 1, 3, 2), vec(1, 1, 3, 2)},
		{"empty y", vec(1, 1), vec(), vec(1, 1)},
		{"interleaved", vec(1, 1, 4, 1, 9, 1), vec(0, 2, 4, 2, 5, 2, 10, 2), vec(0, 2, 1, 1, 4, 3, 5, 2, 9, 1, 10, 2)},
		{"the same terms", vec(2, 1, 3, 1), vec(2, 0.5, 3, 0.5), vec(2, 1.5, 3, 1.5)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := tc.x
			addInto(&x, tc.y)
			if !slices.Equal(x.ids, tc.sum.ids) || !slices.Equal(x.wts, tc.sum.wts) {
				t.Errorf("sum = %v %v, want %v %v", x.ids, x.wts, tc.sum.ids, tc.sum.wts)
			}
		})
	}
}
