package compare

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/dedupe-news/dedupe/normalize"
)

// TestFindingsTxtar runs each testdata/findings/*.txtar: its *.txt files
// are articles, and its want file lists the findings expected, one a line:
// "severity kind value | value …" (values in any order; a line without
// values matches any finding of that severity and kind). An empty want
// file means no finding at all.
func TestFindingsTxtar(t *testing.T) {
	files, err := filepath.Glob("testdata/findings/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var docs []normalize.Document
			var want []string
			for _, f := range ar.Files {
				if f.Name == "want" {
					want = nonBlankLines(string(f.Data))
					continue
				}
				doc, err := normalize.Parse(strings.TrimSuffix(f.Name, ".txt"), f.Name, f.Data, normalize.Options{})
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, doc)
			}
			res := Run(docs, Options{})
			var got []string
			for _, f := range res.Findings {
				got = append(got, describeFinding(f))
			}
			if len(got) != len(want) {
				t.Fatalf("got %d findings, want %d:\ngot:\n%s\nwant:\n%s", len(got), len(want), strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			for _, w := range want {
				if !slices.ContainsFunc(got, func(g string) bool { return findingMatches(g, w) }) {
					t.Errorf("no finding matches %q; got:\n%s", w, strings.Join(got, "\n"))
				}
			}
		})
	}
}

// describeFinding writes a finding as "severity kind v1 | v2 …".
func describeFinding(f Finding) string {
	var values []string
	for _, m := range f.Mentions {
		values = append(values, m.Value)
	}
	return f.Severity.String() + " " + string(f.Kind) + " " + strings.Join(values, " | ")
}

// findingMatches reports whether a described finding matches a want line.
func findingMatches(got, want string) bool {
	wf := strings.Fields(want)
	gf := strings.Fields(got)
	if len(gf) < 2 || len(wf) < 2 || gf[0] != wf[0] || gf[1] != wf[1] {
		return false
	}
	if len(wf) == 2 {
		return true
	}
	split := func(s string) []string {
		vs := strings.Split(s, "|")
		for i := range vs {
			vs[i] = strings.TrimSpace(vs[i])
		}
		slices.Sort(vs)
		return vs
	}
	return slices.Equal(split(strings.Join(gf[2:], " ")), split(strings.Join(wf[2:], " ")))
}

func nonBlankLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, strings.TrimSpace(l))
		}
	}
	return out
}
