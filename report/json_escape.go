package report

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"
)

// escapeJSON rewrites JSON that encoding/json wrote, in place of the
// characters it leaves as they are but [Escape] would not: DEL, the C1
// controls and the format characters become \u escapes (a pair of them
// beyond U+FFFF), and the "[" of "##[" becomes \u005b. The JSON reads
// back to the same values: outside strings, encoding/json writes only
// ASCII, with neither DEL nor "#". It returns b itself when nothing
// changes.
func escapeJSON(b []byte) []byte {
	i := firstJSONEscape(b)
	if i < 0 {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	out = append(out, b[:i]...)
	for i < len(b) {
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == '[' && bytes.HasSuffix(b[:i], []byte("##")):
			out = append(out, `\u005b`...)
		case r >= 0x7f && r != utf8.RuneError && nonPrinting(r):
			out = appendUnicodeEscape(out, r)
		default:
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	return out
}

// firstJSONEscape returns the offset of the first character of b that
// escapeJSON changes, or -1.
func firstJSONEscape(b []byte) int {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c == 0x7f || c == '[' && bytes.HasSuffix(b[:i], []byte("##")) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError && nonPrinting(r) {
			return i
		}
		i += size
	}
	return -1
}

// appendUnicodeEscape appends the JSON escape of r: \uXXXX, or a
// surrogate pair of them.
func appendUnicodeEscape(out []byte, r rune) []byte {
	if r > 0xffff {
		hi, lo := utf16.EncodeRune(r)
		return append(out, `\u`+padHex(hi, 4)+`\u`+padHex(lo, 4)...)
	}
	return append(out, `\u`+padHex(r, 4)...)
}
