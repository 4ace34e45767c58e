package compare

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/normalize"
)

// reportsGold tells whether res has a finding of the gold case's kind, at
// least as severe as min, whose mentions fall in the claims of at least
// two gold mentions of different documents, with different values: both
// sides of the difference.
func reportsGold(res *Result, c goldFinding, min Severity) bool {
	for _, f := range res.Findings {
		if string(f.Kind) != c.Kind || f.Severity < min {
			continue
		}
		docs, values := map[string]bool{}, map[string]bool{}
		for _, gm := range c.Mentions {
			want := claimAt(res, gm.Doc, gm.Byte)
			for _, m := range f.Mentions {
				if m.Claim == want {
					docs[gm.Doc], values[m.Value] = true, true
				}
			}
		}
		if len(docs) >= 2 && len(values) >= 2 {
			return true
		}
	}
	return false
}

// mustNotCase is one case of the gold "must_not" list.
type mustNotCase struct {
	ID          string
	Kinds       []string
	ExceptKinds []string
	Between     [][]string
}

// links reports whether finding f is about must-not case n: its kind is
// one the case names (or not one it excepts), and its mentions fall in
// the sentences of gold claims on both sides of the case.
func (n mustNotCase) links(res *Result, g *gold, f Finding) bool {
	kind := string(f.Kind)
	if len(n.Kinds) > 0 && !slices.Contains(n.Kinds, kind) || slices.Contains(n.ExceptKinds, kind) {
		return false
	}
	side := func(ids []string) bool {
		for _, id := range ids {
			c := g.Claims[id]
			claims := sentenceClaims(res, claimAt(res, c.Doc, c.Byte))
			if slices.ContainsFunc(f.Mentions, func(m FindingMention) bool { return slices.Contains(claims, m.Claim) }) {
				return true
			}
		}
		return false
	}
	return len(n.Between) == 2 && side(n.Between[0]) && side(n.Between[1])
}

// TestGoldFindings holds the title, actor, attribution and modality
// checks to the gold annotation of the seeds: D2 is an error, at least
// two of D3, D4 and D5 are reported, and no must-not case is reported as
// a warning or an error by any check.
func TestGoldFindings(t *testing.T) {
	g := loadGold(t)
	res := Run(loadSeeds(t, nil), Options{})
	cases := map[string]goldFinding{}
	for _, c := range append(g.Discrepancies.Must, g.Discrepancies.Should...) {
		cases[c.ID] = c
	}
	if !reportsGold(res, cases["D2"], Error) {
		t.Errorf("D2 (title) not reported as an error; findings:\n%s", describeAll(res))
	}
	var missed []string
	for _, id := range []string{"D3", "D4", "D5"} {
		if !reportsGold(res, cases[id], Warning) {
			missed = append(missed, id)
		}
	}
	if len(missed) > 1 {
		t.Errorf("%v not reported; findings:\n%s", missed, describeAll(res))
	} else if len(missed) == 1 {
		t.Logf("%v not reported", missed)
	}
	for _, gn := range g.Discrepancies.MustNot {
		n := mustNotCase(gn)
		for _, f := range res.Findings {
			if f.Severity >= Warning && n.links(res, g, f) {
				t.Errorf("must-not case %s reported: %s %s: %s", n.ID, f.Severity, f.Kind, f.Message)
			}
		}
	}
}

// claimChecks are the kinds of the checks that compare who holds which
// title, who acts, who speaks and how surely.
var claimChecks = []FindingKind{KindTitle, KindActor, KindAttribution, KindModality}

// TestCopiesFindNothing runs each seed article against a copy of itself
// under another id: one text cannot disagree with itself, so any finding
// fails the test.
func TestCopiesFindNothing(t *testing.T) {
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("seeds: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var docs []normalize.Document
			for _, id := range []string{"a", "b"} {
				doc, err := normalize.Parse(id, file, data, normalize.Options{})
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, doc)
			}
			for _, f := range Run(docs, Options{}).Findings {
				t.Errorf("two copies of %s: %s %s: %s", name, f.Severity, f.Kind, f.Message)
			}
		})
	}
}
