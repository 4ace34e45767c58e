package main

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
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

// readmeFirstScreen is how many lines of the README a newcomer sees
// before scrolling.
const readmeFirstScreen = 24

// maxReadmeSize is the most bytes the README may hold: what it does,
// install, a sample, the recipes; the rest is in docs/.
const maxReadmeSize = 12 << 10

// TestReadmeFirstScreen holds the README to its size and its first
// screen to the install line and the two commands to start with (run on
// the seeds; run the tests), and checks that the files it links exist.
func TestReadmeFirstScreen(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(data) >= maxReadmeSize {
		t.Errorf("README.md is %d bytes, want under %d: move details to docs/", len(data), maxReadmeSize)
	}
	lines := strings.SplitN(string(data), "\n", readmeFirstScreen+1)
	first := strings.Join(lines[:min(len(lines), readmeFirstScreen)], "\n")
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`(?m)^go install github\.com/dedupe-news/dedupe/cmd/dedupe@latest\b`),
		regexp.MustCompile(`go install \./cmd/dedupe\b`),
		regexp.MustCompile(`(?m)^dedupe testdata/seeds/\*\.txt\b`),
		regexp.MustCompile(`(?m)^go test -race \./\.\.\.`),
	} {
		if !want.MatchString(first) {
			t.Errorf("the README's first %d lines lack %s:\n%s", readmeFirstScreen, want, first)
		}
	}
	link := regexp.MustCompile(`\]\(([^)#:]+)(#[^)]*)?\)`)
	for _, m := range link.FindAllStringSubmatch(string(data), -1) {
		if _, err := os.Stat(filepath.Join("..", "..", m[1])); err != nil {
			t.Errorf("README links %s: %v", m[1], err)
		}
	}
}

// readmeConfig returns the README's example configuration: its first
// YAML block with ignore rules.
func readmeConfig() (string, error) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		return "", err
	}
	block := regexp.MustCompile("(?ms)^```yaml\n(.*?)^```$")
	for _, m := range block.FindAllStringSubmatch(string(data), -1) {
		if strings.Contains(m[1], "\nignore:") {
			return m[1], nil
		}
	}
	return "", errors.New("README.md: no YAML block with ignore rules")
}
