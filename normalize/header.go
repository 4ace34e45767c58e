package normalize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// dateHeader is a leading "date 2023-09" (or -DD); a sentence may follow
	// on the same line.
	dateHeader = regexp.MustCompile(`^(?i:date)[ \t]+(\d{4}(?:-\d{2}){0,2})\b`)
	// dateline is an agency dateline: "MOSCÚ, 13 sep (Reuters) –", "(CNN) ––".
	dateline = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu}\p{M} .'-]*,?[ \t]+(?:\d{1,2}[ \t]+\p{L}+\.?[ \t]*)?)?\((\p{L}[\p{L} .]{0,30})\)[ \t]*[–—-]+`)
	// sourceLine is a closing "Fuente: https://…".
	sourceLine = regexp.MustCompile(`^(?i:fuente|source|con información de|vía|via)[ \t]*:`)
	url        = regexp.MustCompile(`https?://\S+`)
	// captionEnd is a video duration closing a caption: "… pronto 2:24".
	captionEnd = regexp.MustCompile(`[ \t]\d{1,2}:\d{2}$`)
	// outletLine is a short opening line with a year and a separator:
	// "infoinfusion 4 septiembre, 2023 | Hace 2 años".
	outletLine = regexp.MustCompile(`^(\S+(?:[ \t]\S+){0,3}?)[ \t]+\d{1,2}[ \t]+(?:de[ \t]+)?\p{L}+\.?,?[ \t]+(?:de[ \t]+)?\d{4}\b`)
)

// maxHeadingWords is the most words a line without final punctuation may
// have to count as a heading rather than a claim.
const maxHeadingWords = 12

// hasFinalPunct reports whether s ends like a sentence.
func hasFinalPunct(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return isCloser(r) || unicode.IsSpace(r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return isTerminator(r) || r == ':'
}

// isSubheading reports whether a paragraph is a lone subheading: no final
// punctuation and few words, or set off with dashes ("- ¿Progreso? -").
func isSubheading(s string) bool {
	if strings.HasPrefix(s, "- ") && strings.HasSuffix(s, " -") {
		return true
	}
	return !hasFinalPunct(s) && len(strings.Fields(s)) <= maxHeadingWords
}
