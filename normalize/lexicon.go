package normalize

import (
	"embed"
	"strings"
	"sync"
)

// Spanish knowledge (stopwords, abbreviations, month and number words,
// titles) lives in data/*.txt: one entry a line, blank lines and lines
// starting with # ignored. Each list is parsed once, on first use, and never
// changed afterwards.
//
//go:embed data/*.txt
var dataFS embed.FS

// lexiconLines returns the entries of data/name.txt, trimmed. It panics if
// the file is missing, which is a build error, not an input error.
func lexiconLines(name string) []string {
	b, err := dataFS.ReadFile("data/" + name + ".txt")
	if err != nil {
		panic("normalize: missing embedded lexicon " + name)
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// lexiconSet returns the entries of data/name.txt as a set, each passed
// through key (for instance Fold) when key is not nil.
func lexiconSet(name string, key func(string) string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range lexiconLines(name) {
		if key != nil {
			w = key(w)
		}
		set[w] = true
	}
	return set
}

// lexiconMap returns the entries of data/name.txt written "key<TAB>value"
// (or "key = value") as a map, keys passed through key when not nil.
func lexiconMap(name string, key func(string) string) map[string]string {
	m := make(map[string]string)
	for _, line := range lexiconLines(name) {
		k, v, ok := strings.Cut(line, "\t")
		if !ok {
			k, v, _ = strings.Cut(line, "=")
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if key != nil {
			k = key(k)
		}
		m[k] = v
	}
	return m
}

// lazy wraps sync.OnceValue for a lexicon built on first use.
func lazy[T any](f func() T) func() T { return sync.OnceValue(f) }
