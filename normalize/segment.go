package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations are words that end in a period without ending a sentence
// (data/abbreviations.txt), folded, without the period.
var abbreviations = lazy(func() map[string]bool { return lexiconSet("abbreviations", fold) })

// splitSentences splits one paragraph into sentences and returns their
// spans, relative to text, trimmed of surrounding white space. It survives
// abbreviations ("EE. UU.", "Sr.", "núm."), initials, decimals ("6,8",
// "18.5") and quotations that close after the period ("… fracaso." dijo),
// and a paragraph without final punctuation is one sentence.
func splitSentences(text string) []Span {
	var spans []Span
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isTerminator(r) {
			i += size
			continue
		}
		end := skipWhile(text, i, func(r rune) bool { return isTerminator(r) || isCloser(r) })
		if end < len(text) && isBoundary(text, start, i, end) {
			spans = appendTrimmed(spans, text, start, end)
			start = end
		}
		i = end
	}
	return appendTrimmed(spans, text, start, len(text))
}

// isBoundary reports whether the terminator run text[term:end] ends a
// sentence that began at start.
func isBoundary(text string, start, term, end int) bool {
	next := skipWhile(text, end, unicode.IsSpace)
	if next == end || next == len(text) {
		return false // "6.8", "EE.UU.," or trailing space
	}
	r, _ := utf8.DecodeRuneInString(text[next:])
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(r)) {
		return false
	}
	if text[term] != '.' || end-term != 1 {
		return true // "?", "!", "…" or "..." followed by a capital
	}
	word := lastWord(text[start:term])
	if utf8.RuneCountInString(word) == 1 && isUpperStart(word) {
		return false // an initial: "George W. Bush"
	}
	return !abbreviations()[fold(word)]
}

// lastWord returns the run of letters that ends s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= size
	}
	return s[i:]
}

func isTerminator(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '¿', '¡', '—', '–', '-':
		return true
	}
	return false
}

// skipWhile returns the first offset at or after i whose rune fails keep.
func skipWhile(s string, i int, keep func(rune) bool) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !keep(r) {
			break
		}
		i += size
	}
	return i
}

// appendTrimmed appends the span of text[start:end] without its surrounding
// white space, if anything is left.
func appendTrimmed(spans []Span, text string, start, end int) []Span {
	s := text[start:end]
	trimmed := strings.TrimLeftFunc(s, unicode.IsSpace)
	start += len(s) - len(trimmed)
	trimmed = strings.TrimRightFunc(trimmed, unicode.IsSpace)
	if trimmed == "" {
		return spans
	}
	return append(spans, Span{start, start + len(trimmed)})
}
