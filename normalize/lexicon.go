package normalize

import (
	"embed"

	"github.com/dedupe-news/dedupe/normalize/internal/lexicon"
)

// Spanish knowledge (stopwords, abbreviations, names, titles, cues) lives
// in data/*.txt, read by package lexicon once, on first use, and never
// changed afterwards. Dates and numbers keep theirs in timex and quantity.
//
//go:embed data/*.txt
var dataFS embed.FS

// lexiconLines returns the entries of data/name.txt.
func lexiconLines(name string) []string { return lexicon.Lines(dataFS, name) }

// lexiconSet returns the entries of data/name.txt as a set.
func lexiconSet(name string, key func(string) string) map[string]bool {
	return lexicon.Set(dataFS, name, key)
}

// lexiconMap returns the entries of data/name.txt as a map.
func lexiconMap(name string, key func(string) string) map[string]string {
	return lexicon.Map(dataFS, name, key)
}

// lazy wraps sync.OnceValue for a lexicon built on first use.
func lazy[T any](f func() T) func() T { return lexicon.Lazy(f) }
