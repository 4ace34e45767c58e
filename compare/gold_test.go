package compare

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// gold is the hand annotation of the seed articles (testdata/gold/seeds.json,
// a copy of shared/gold/seeds.json).
type gold struct {
	Claims    map[string]goldClaim `json:"claims"`
	Nonclaims map[string]goldClaim `json:"nonclaims"`
	Clusters  []struct {
		ID    string   `json:"id"`
		Tight []string `json:"tight"`
		Loose []string `json:"loose"`
	} `json:"clusters"`
	Discrepancies struct {
		Must    []goldFinding `json:"must"`
		Should  []goldFinding `json:"should"`
		MustNot []struct {
			ID          string     `json:"id"`
			Kinds       []string   `json:"kinds"`
			ExceptKinds []string   `json:"except_kinds"`
			Between     [][]string `json:"between"`
		} `json:"must_not"`
	} `json:"discrepancies"`
}

type goldClaim struct {
	Doc   string `json:"doc"`
	Quote string `json:"quote"`
	Byte  int    `json:"byte"`
}

type goldFinding struct {
	ID       string            `json:"id"`
	Kind     string            `json:"kind"`
	Dates    map[string]string `json:"dates"`
	Mentions []struct {
		Doc   string `json:"doc"`
		Quote string `json:"quote"`
		Byte  int    `json:"byte"`
		Claim string `json:"claim"`
		Value string `json:"value"`
	} `json:"mentions"`
}

func loadGold(t testing.TB) *gold {
	t.Helper()
	b, err := os.ReadFile("../testdata/gold/seeds.json")
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return &g
}

// loadSeeds parses the five seed articles, with dates overriding as given.
func loadSeeds(t testing.TB, dates map[string]string) []normalize.Document {
	t.Helper()
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("seeds: %v, %d files", err, len(files))
	}
	var st normalize.Stemmer
	var docs []normalize.Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		opts := normalize.Options{Stemmer: &st}
		if d, ok := dates[id]; ok {
			if opts.Date, err = timex.ParseDate(d); err != nil {
				t.Fatal(err)
			}
		}
		doc, err := normalize.Parse(id, f, data, opts)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// claimAt returns the claim of res whose span holds byte offset off of
// document doc, or -1.
func claimAt(res *Result, doc string, off int) int {
	for i, c := range res.Claims {
		d := res.Documents[c.Doc]
		if d.ID == doc && d.Sentences[c.Sentence].Contains(off) {
			return i
		}
	}
	return -1
}

// pairScores are the pair-counting figures of a clustering against gold.
type pairScores struct {
	precision, recall, tightRecall, f1 float64
	predicted, goldPairs, tightPairs   int
}

func (s pairScores) String() string {
	return fmt.Sprintf("precision %.3f (%d pairs), recall %.3f (%d), tight recall %.3f (%d), F1 %.3f",
		s.precision, s.predicted, s.recall, s.goldPairs, s.tightRecall, s.tightPairs, s.f1)
}

// scorePairs compares the clusters of res with gold's, over pairs of gold
// claims from different documents.
func scorePairs(t testing.TB, g *gold, res *Result) pairScores {
	t.Helper()
	ids := slices.Sorted(maps.Keys(g.Claims))
	at := map[string]int{}
	for _, id := range ids {
		c := g.Claims[id]
		i := claimAt(res, c.Doc, c.Byte)
		if i < 0 {
			t.Fatalf("gold claim %s (%s@%d) maps to no reported claim", id, c.Doc, c.Byte)
		}
		at[id] = i
	}
	type pair struct{ a, b string }
	goldPairs, tight := map[pair]bool{}, map[pair]bool{}
	for _, cl := range g.Clusters {
		all := append(slices.Clone(cl.Tight), cl.Loose...)
		for i, a := range all {
			for j, b := range all {
				if a >= b || g.Claims[a].Doc == g.Claims[b].Doc {
					continue
				}
				goldPairs[pair{a, b}] = true
				if i < len(cl.Tight) && j < len(cl.Tight) {
					tight[pair{a, b}] = true
				}
			}
		}
	}
	var s pairScores
	var hit, tightHit int
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			if g.Claims[a].Doc == g.Claims[b].Doc || !linked(res, at[a], at[b]) {
				continue
			}
			s.predicted++
			if goldPairs[pair{a, b}] {
				hit++
			}
			if tight[pair{a, b}] {
				tightHit++
			}
		}
	}
	s.goldPairs, s.tightPairs = len(goldPairs), len(tight)
	s.precision = ratio(hit, s.predicted)
	s.recall = ratio(hit, len(goldPairs))
	s.tightRecall = ratio(tightHit, len(tight))
	if s.precision+s.recall > 0 {
		s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall)
	}
	return s
}

// linked reports whether the sentences holding claims a and b share a
// cluster: a sentence split into clauses is linked through any of them,
// as a gold sentence that carries two claims sits in two gold clusters.
func linked(res *Result, a, b int) bool {
	for _, x := range sentenceClaims(res, a) {
		for _, y := range sentenceClaims(res, b) {
			if cx := res.Claims[x].Cluster; cx >= 0 && cx == res.Claims[y].Cluster {
				return true
			}
		}
	}
	return false
}

// sentenceClaims returns the claims that make up the sentence of claim i.
func sentenceClaims(res *Result, i int) []int {
	for res.Sentence(i).Part > 0 {
		i--
	}
	out := []int{i}
	for j := i + 1; j < len(res.Claims) && res.Claims[j].Doc == res.Claims[i].Doc && res.Sentence(j).Part > 0; j++ {
		out = append(out, j)
	}
	return out
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TestGoldClusters is the quality bar of the clusterer on the seeds.
func TestGoldClusters(t *testing.T) {
	g := loadGold(t)
	res := Run(loadSeeds(t, nil), Options{})
	for id, c := range g.Nonclaims {
		i := claimAt(res, c.Doc, c.Byte)
		if i < 0 {
			t.Errorf("gold non-claim %s maps to no reported sentence", id)
			continue
		}
		if k := res.Sentence(i).Kind; k == normalize.KindClaim {
			t.Errorf("gold non-claim %s (%q) reported as a claim", id, c.Quote)
		}
	}
	for _, c := range res.Claims {
		if c.Cluster >= 0 && res.Documents[c.Doc].Sentences[c.Sentence].Kind != normalize.KindClaim {
			t.Errorf("%s (%s) sits in cluster %s", c.ID, res.Documents[c.Doc].Sentences[c.Sentence].Kind, res.Clusters[c.Cluster].ID)
		}
	}
	s := scorePairs(t, g, res)
	t.Logf("threshold %.2f: %v", DefaultThreshold, s)
	// The bar of the issue.
	if s.precision < 0.85 || s.tightRecall < 0.95 || s.f1 < 0.80 {
		t.Errorf("below the bar (precision ≥ 0.85, tight recall ≥ 0.95, F1 ≥ 0.80): %v", s)
	}
}

// TestGoldSweep prints the figures over a range of thresholds; run with -v
// to choose DefaultThreshold.
func TestGoldSweep(t *testing.T) {
	if testing.Short() {
		t.Skip("sweep")
	}
	g := loadGold(t)
	docs := loadSeeds(t, nil)
	for th := 0.06; th < 0.61; th += 0.02 {
		t.Logf("threshold %.3f: %v", th, scorePairs(t, g, Run(docs, Options{Threshold: th})))
	}
}
