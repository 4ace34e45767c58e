// Package lexicon reads the Spanish word lists that normalize, timex and
// quantity embed as data/*.txt: one entry a line, blank lines and lines
// starting with # ignored, "key<TAB>value" or "key = value" for maps. It
// is internal because the format is theirs, and one package because the
// three share it: each embeds its own files and parses them once, on first
// use (see Lazy).
package lexicon

import (
	"io/fs"
	"strings"
	"sync"
)

// Lines returns the entries of data/name.txt in fsys, trimmed. It panics
// if the file is missing: the lists are embedded, so that is a build
// error, not an input error.
func Lines(fsys fs.FS, name string) []string {
	b, err := fs.ReadFile(fsys, "data/"+name+".txt")
	if err != nil {
		panic("lexicon: missing embedded list " + name)
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

// Set returns the entries of data/name.txt as a set, each passed through
// key (for instance a fold) when key is not nil.
func Set(fsys fs.FS, name string, key func(string) string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range Lines(fsys, name) {
		if key != nil {
			w = key(w)
		}
		set[w] = true
	}
	return set
}

// Map returns the entries of data/name.txt written "key<TAB>value" (or
// "key = value") as a map, keys passed through key when not nil.
func Map(fsys fs.FS, name string, key func(string) string) map[string]string {
	m := make(map[string]string)
	for _, line := range Lines(fsys, name) {
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

// Lazy wraps sync.OnceValue for a list built on first use.
func Lazy[T any](f func() T) func() T { return sync.OnceValue(f) }
