package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold lowercases s and removes accents and diaeresis, keeping ñ:
// "Núñez" → "nuñez", "PINGÜINO" → "pinguino", "Año" → "año". The result is
// NFC and valid UTF-8; Fold(Fold(s)) == Fold(s).
func Fold(s string) string {
	if isFoldedASCII(s) {
		return s
	}
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
