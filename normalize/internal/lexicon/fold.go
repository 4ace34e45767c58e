package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/spanish"
	"golang.org/x/text/unicode/norm"
)

// Fold lowercases s and removes accents and diaeresis, keeping ñ:
// "Núñez" → "nuñez", "PINGÜINO" → "pinguino", "Año" → "año". The result is
// NFC and valid UTF-8; Fold(Fold(s)) == Fold(s).
func Fold(s string) string {
	if isFoldedASCII(s) {
		return s
	}
	if f, ok := foldLatin1(s); ok {
		return f
	}
	return foldGeneral(s)
}

// foldGeneral folds any text through the normalization forms: NFKC, then
// NFD to drop combining marks but the tilde of ñ, then NFC.
func foldGeneral(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(norm.NFKC.String(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// A tilde over n survives; every other combining mark goes.
			if r == '\u0303' && endsWithN(b.String()) {
				b.WriteRune(r)
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return norm.NFC.String(b.String())
}

// isFoldedASCII reports whether s is ASCII with no upper-case letter, the
// common case that Fold can return unchanged.
func isFoldedASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

func endsWithN(s string) bool {
	return strings.HasSuffix(s, "n")
}

// foldLatin1 folds s without normalization forms when s holds only ASCII
// and the letters of Latin-1 (À to ÿ), as nearly every word of Spanish
// news does; ok is false otherwise. It gives what the general path gives
// (TestFoldLatin1 checks every such letter) with one allocation instead
// of four.
func foldLatin1(s string) (string, bool) {
	for _, r := range s {
		if r >= utf8.RuneSelf && (r < 'À' || r > 'ÿ' || r == '×' || r == '÷') {
			return "", false
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		default:
			b.WriteRune(latin1Fold(r))
		}
	}
	return b.String(), true
}

// latin1Fold folds one letter of Latin-1: lower case, no accent, ñ kept.
func latin1Fold(r rune) rune {
	r = unicode.ToLower(r)
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å':
		return 'a'
	case 'ç':
		return 'c'
	case 'è', 'é', 'ê', 'ë':
		return 'e'
	case 'ì', 'í', 'î', 'ï':
		return 'i'
	case 'ò', 'ó', 'ô', 'õ', 'ö':
		return 'o'
	case 'ù', 'ú', 'û', 'ü':
		return 'u'
	case 'ý', 'ÿ':
		return 'y'
	}
	return r // ñ, and letters without accents: æ, ð, ø, þ, ß
}

// Stem returns the folded Snowball stem of word: "Declaraciones" →
// "declar", "niños" → "niñ". Order matters: lowercase, stem the accented
// word (Snowball's suffix tables hold accented forms), then fold the stem.
func Stem(word string) string {
	return Fold(spanish.Stem(strings.ToLower(word), true))
}
