package normalize

import (
	"strings"
	"sync"

	"github.com/kljensen/snowball/spanish"
)

// Stemmer stems Spanish words with the Snowball stemmer and memoizes the
// results. The zero value is ready to use and safe for concurrent use.
type Stemmer struct {
	memo  sync.Map // lowercased word → folded stem
	words sync.Map // word as written → wordInfo, for Tokens
}

// wordInfo is what a token takes from its word as written.
type wordInfo struct {
	words string // Token.words
	stem  int32  // Token.stem
	stop  bool
}

// Stem returns the folded Snowball stem of word: "Declaraciones" → "declar",
// "niños" → "niñ". Stopwords are stemmed too; use [IsStopword] to skip them.
func (s *Stemmer) Stem(word string) string {
	if v, ok := s.memo.Load(word); ok {
		return v.(string)
	}
	st := Stem(word)
	s.memo.Store(strings.Clone(word), st)
	return st
}

// Stem returns the folded Snowball stem of word without memoizing. Order
// matters: lowercase, stem the accented word (Snowball's suffix tables hold
// accented forms), then fold the stem.
func Stem(word string) string {
	return Fold(spanish.Stem(strings.ToLower(word), true))
}
