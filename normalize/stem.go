package normalize

import (
	"strings"
	"sync"

	"github.com/dedupe-news/dedupe/normalize/internal/lexicon"
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

// Stem returns the folded Snowball stem of word without memoizing.
func Stem(word string) string { return lexicon.Stem(word) }

// fold lowercases s and removes accents and diaeresis, keeping ñ:
// "Núñez" → "nuñez", "PINGÜINO" → "pinguino", "Año" → "año". The result is
// NFC and valid UTF-8; fold(fold(s)) == fold(s).
func fold(s string) string { return lexicon.Fold(s) }
