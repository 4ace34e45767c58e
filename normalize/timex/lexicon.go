package timex

import (
	"embed"

	"github.com/dedupe-news/dedupe/normalize/internal/lexicon"
)

// The Spanish words this package knows live in data/*.txt, parsed once, on
// first use, and never changed afterwards.
//
//go:embed data/*.txt
var dataFS embed.FS

// lexiconLines returns the entries of data/name.txt.
func lexiconLines(name string) []string { return lexicon.Lines(dataFS, name) }

// lexiconMap returns the entries of data/name.txt as a map.
func lexiconMap(name string, key func(string) string) map[string]string {
	return lexicon.Map(dataFS, name, key)
}

// lazy wraps sync.OnceValue for a lexicon built on first use.
func lazy[T any](f func() T) func() T { return lexicon.Lazy(f) }
