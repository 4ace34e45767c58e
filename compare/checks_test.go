package compare

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/dedupe-news/dedupe/normalize"
)

// TestEveryKindReported runs the seeds and every testdata/findings case:
// each kind the registry lists is reported by its check somewhere, so no
// kind is listed that nothing reports, and each has a description.
func TestEveryKindReported(t *testing.T) {
	seen := map[FindingKind]bool{}
	for _, f := range Run(loadSeeds(t, nil), Options{}).Findings {
		seen[f.Kind] = true
	}
	files, _ := filepath.Glob("testdata/findings/*.txtar")
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var docs []normalize.Document
		for _, f := range ar.Files {
			if strings.HasSuffix(f.Name, ".txt") {
				doc, err := normalize.Parse(strings.TrimSuffix(f.Name, ".txt"), f.Name, f.Data, normalize.Options{})
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, doc)
			}
		}
		for _, f := range Run(docs, Options{}).Findings {
			seen[f.Kind] = true
		}
	}
	for _, info := range KindInfos() {
		if !seen[info.Kind] {
			t.Errorf("kind %s is registered but no case reports it", info.Kind)
		}
		if info.Doc == "" {
			t.Errorf("kind %s has no description", info.Kind)
		}
		if got, ok := Describe(info.Kind); !ok || got != info {
			t.Errorf("Describe(%s) = %v, %v", info.Kind, got, ok)
		}
	}
	if _, ok := Describe("person"); ok {
		t.Error(`Describe("person") found a kind no check reports`)
	}
}
