package report

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Escape returns s with every character that could act on a terminal or
// a CI log written out as an escape, so that text from the input prints
// as inert, visible characters: "\n", "\r" and "\t" for line breaks and
// tabs, "\x1b" for the other ASCII control characters and for bytes that
// are not UTF-8, and "\u0085", "\u202e", "\U000e0001" for C1 controls,
// line and paragraph separators and the invisible format characters
// (bidirectional overrides, zero-width spaces). It also writes the "["
// of "##[" as "\x5b", so that no text can spell the prefix of a GitHub
// Actions workflow command of the old form. Printable text, backslashes
// included, is left as it is. Every printer uses it where text from the
// input appears, and so do the command's messages on stderr.
func Escape(s string) string { return escape(s, false) }

// escape is [Escape]; with keepBreaks it leaves "\r" and "\n" for the
// caller to encode (GitHub's workflow commands have their own escapes).
func escape(s string, keepBreaks bool) string {
	i := firstToEscape(s, keepBreaks)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x` + hex2(s[i]))
		case r == '[' && strings.HasSuffix(s[:i], "##"):
			b.WriteString(`\x5b`)
		case keepBreaks && (r == '\r' || r == '\n'):
			b.WriteRune(r)
		case nonPrinting(r):
			b.WriteString(runeEscape(r))
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// firstToEscape returns the offset of the first character of s that
// escape changes, or -1 when it changes none.
func firstToEscape(s string, keepBreaks bool) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '[' && strings.HasSuffix(s[:i], "##") ||
				nonPrinting(rune(c)) && !(keepBreaks && (c == '\r' || c == '\n')) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || nonPrinting(r) {
			return i
		}
		i += size
	}
	return -1
}

// nonPrinting reports whether r is a character that Escape writes as an
// escape: an ASCII or C1 control character, a line or paragraph
// separator, or a format character (Unicode category Cf).
func nonPrinting(r rune) bool {
	switch {
	case r < 0x20 || r == 0x7f:
		return true
	case r < 0x80:
		return false
	case r < 0xa0:
		return true
	}
	return unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp)
}

// runeEscape returns the escape of r, a non-printing character.
func runeEscape(r rune) string {
	switch {
	case r == '\n':
		return `\n`
	case r == '\r':
		return `\r`
	case r == '\t':
		return `\t`
	case r < 0x80:
		return `\x` + hex2(byte(r))
	case r <= 0xffff:
		return `\u` + padHex(r, 4)
	}
	return `\U` + padHex(r, 8)
}

// hex2 returns c as two lower-case hexadecimal digits.
func hex2(c byte) string { return padHex(rune(c), 2) }

// padHex returns r in lower-case hexadecimal, zero-padded to n digits.
func padHex(r rune, n int) string {
	h := strconv.FormatInt(int64(r), 16)
	return strings.Repeat("0", max(n-len(h), 0)) + h
}

// lineStart makes s, escaped text that begins a line of output, unable to
// start a GitHub Actions workflow command: a text that, after leading
// white space, starts with ":" gets "./" before it (the same file, when s
// is a relative path).
func lineStart(s string) string {
	if strings.HasPrefix(strings.TrimLeftFunc(s, unicode.IsSpace), ":") {
		return "./" + s
	}
	return s
}
