package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenizeText splits text into words and numbers with their byte spans
// relative to text. Hyphens split words ("Jong-un" → "Jong", "un"); a
// period or comma between digits stays inside a number ("1.035", "6,8").
// Stem and Stop are left empty; see [Stemmer.Tokens].
func tokenizeText(text string) []Token {
	toks := scanWords(text)
	for i := range toks {
		toks[i].words = fold(toks[i].In(text))
	}
	return toks
}

// scanWords returns the tokens of text with their spans and Upper only.
func scanWords(text string) []Token {
	// Count first, so the slice is allocated once at its size: tokens are
	// most of what a parsed feed keeps in memory.
	toks := make([]Token, 0, countWords(text))
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		end := wordEnd(text, i)
		toks = append(toks, Token{Span: Span{i, end}, Upper: unicode.IsUpper(r)})
		i = end
	}
	return toks
}

// countWords returns the number of tokens Tokenize finds in text.
func countWords(text string) int {
	n := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		i = wordEnd(text, i)
		n++
	}
	return n
}

// wordEnd returns the end of the word or number starting at i.
func wordEnd(text string, i int) int {
	digits := true
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			digits = digits && unicode.IsDigit(r)
			i += size
			continue
		case (r == '.' || r == ',') && digits && i > 0 && i+1 < len(text) && isDigitByte(text[i+1]):
			i += size
			continue
		}
		break
	}
	return i
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// Tokens tokenizes text and fills in Stem and Stop: stopwords are checked
// on the lowercased accented word, then the word is stemmed and the stem
// folded. Numbers keep their folded text as stem. What a word as written
// gives is memoized: the tokens of one word share one string, and the
// memo holds copies, never the text.
func (s *Stemmer) Tokens(text string) []Token {
	toks := scanWords(text)
	for i := range toks {
		t := &toks[i]
		raw := t.In(text)
		if v, ok := s.words.Load(raw); ok {
			w := v.(wordInfo)
			t.words, t.stem, t.Stop = w.words, w.stem, w.stop
			continue
		}
		lower := toLower(raw)
		t.words = strings.Clone(fold(raw))
		t.Stop = isStopword(lower, t.words)
		switch {
		case t.Stop:
		case isDigitByte(raw[0]):
			t.setStem(t.words)
		default:
			t.setStem(s.Stem(lower))
		}
		s.words.Store(strings.Clone(raw), wordInfo{t.words, t.stem, t.Stop})
	}
	return toks
}
