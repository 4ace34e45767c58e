package main

import (
	"os"
	"regexp"
	"slices"
	"testing"

	"github.com/dedupe-news/dedupe/compare"
)

// TestReadmeKinds holds the README's table of kinds of finding to the
// registry of checks: the same kinds in the same order, each with its
// description and default severity.
func TestReadmeKinds(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("(?m)^\\| `([a-z]+)` \\| (.+?) \\| (error|warning|info) \\|$")
	var got, want []string
	for _, m := range row.FindAllStringSubmatch(string(data), -1) {
		got = append(got, m[1]+": "+m[2]+" ("+m[3]+")")
	}
	for _, k := range compare.KindInfos() {
		want = append(want, string(k.Kind)+": "+k.Doc+" ("+k.Severity.String()+")")
	}
	if !slices.Equal(got, want) {
		t.Errorf("README kinds:\n%q\nregistry:\n%q", got, want)
	}
}
