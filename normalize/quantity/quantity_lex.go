package quantity

import (
	"math"
	"unicode"
	"unicode/utf8"
)

// The quantity reader works on a light token stream of its own: words
// (letters), numbers written in digits (with their separators) and single
// punctuation runes, each remembering whether whitespace came before it.
// Tokens separated by no whitespace form a chunk; a number only counts when
// its chunk is the number itself, with at most opening punctuation or a
// currency symbol before it and closing punctuation, "%", a symbol or a unit
// abbreviation after it. That rule alone keeps out "COVID-19", "G7",
// "2023-09", "10:30", "1º", "3er", "24/7" and every number inside a URL or an
// id such as "0e5bc6c8-6444-41e5".

type quantKind uint8

const (
	qkWord quantKind = iota + 1
	qkNum
	qkPunct
)

// quantTok is one token of the quantity reader.
type quantTok struct {
	start, end int32 // span in the text
	fs, fe     int32 // folded word: arena[fs:fe]
	kind       quantKind
	ws         bool // whitespace (or the start of the text) comes right before
	nl         bool // a line break (or the start of the text) comes right before
	upper      bool // a word starting with an upper-case letter
	r          rune // punctuation rune
	d          quantDigits
}

// quantDigits is a number written in digits: value m/10^n, and a second
// reading altM/10^altN when a comma followed by three digits leaves the
// writing ambiguous ("2,012": 2012 or 2.012).
type quantDigits struct {
	m, altM   uint64
	n, altN   uint8
	intDigits uint8 // digits of the integer part
	ok        bool  // well formed: consistent separators, at most 15 digits
	plain     bool  // no separator at all
	ambiguous bool  // comma + 3 digits: m is the thousands reading, altM the decimal one
	clockLike bool  // "10.30", "8,15": one separator, 1–2 digits ≤ 24, 2 digits ≤ 59
	ev        int8  // evidence about the outlet's comma: +1 decimal, -1 thousands
}

// quantPow10 returns 10^n, exactly for the n a quantDigits holds.
func quantPow10(n uint8) float64 { return math.Pow10(int(n)) }

// quantMaxDigits keeps every mantissa exact in a float64.
const quantMaxDigits = 15

// quantScanner holds one call's tokens and folded words. Nothing read from
// it flows into the quantities returned (those are built from the text and
// the lexicon passed to read), so that its buffers can stay on the stack.
type quantScanner struct {
	text  string
	arena []byte // folded words
	toks  []quantTok
	lx    *quantityLexicon
}

func quantIsDigit(c byte) bool { return '0' <= c && c <= '9' }

// quantTokenize appends the tokens of text to toks and their folded words
// to arena. (A function, not a method, so that the buffers it is given can
// live on the caller's stack.)
func quantTokenize(text string, toks []quantTok, arena []byte) ([]quantTok, []byte) {
	ws, nl := true, true
	add := func(t quantTok) {
		t.ws, t.nl = ws, nl
		toks = append(toks, t)
		ws, nl = false, false
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\v' || c == '\f':
				ws = true
				i++
				continue
			case c == '\n' || c == '\r':
				ws, nl = true, true
				i++
				continue
			case quantIsDigit(c):
				end, d := lexQuantDigits(text, i)
				add(quantTok{start: int32(i), end: int32(end), kind: qkNum, d: d})
				i = end
				continue
			case ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z'):
				// a word; read below
			default:
				add(quantTok{start: int32(i), end: int32(i + 1), kind: qkPunct, r: rune(c)})
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				ws = true
				nl = nl || r == '\u2028' || r == '\u2029' || r == '\u0085'
				i += size
				continue
			}
			if !isQuantLetter(r) {
				add(quantTok{start: int32(i), end: int32(i + size), kind: qkPunct, r: r})
				i += size
				continue
			}
		}
		// A word: letters and combining marks.
		j := i
		for j < len(text) {
			if b := text[j]; b < utf8.RuneSelf {
				if ('a' <= b && b <= 'z') || ('A' <= b && b <= 'Z') {
					j++
					continue
				}
				break
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isQuantLetter(r) {
				break
			}
			j += size
		}
		first, _ := utf8.DecodeRuneInString(text[i:])
		t := quantTok{start: int32(i), end: int32(j), kind: qkWord, upper: unicode.IsUpper(first)}
		t.fs = int32(len(arena))
		arena = appendQuantFold(arena, text[i:j])
		t.fe = int32(len(arena))
		add(t)
		i = j
	}
	return toks, arena
}

func isQuantLetter(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// word returns the folded form of word token i.
func (s *quantScanner) word(i int) []byte {
	t := &s.toks[i]
	return s.arena[t.fs:t.fe]
}

// appendQuantFold appends the folded form of word to dst without
// allocating: it agrees with Fold on Spanish words (lowercase, accents and
// diaeresis off, ñ kept); other letters are only lowercased.
func appendQuantFold(dst []byte, word string) []byte {
	for _, r := range word {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		case r == 'ñ' || r == 'Ñ':
			dst = append(dst, "ñ"...)
			continue
		case r == '\u0303':
			// A decomposed ñ: the tilde over an n survives.
			if n := len(dst); n > 0 && dst[n-1] == 'n' {
				dst = append(dst[:n-1], "ñ"...)
			}
			continue
		case unicode.Is(unicode.Mn, r):
			continue
		}
		if b := quantBaseVowel(r); b != 0 {
			dst = append(dst, b)
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// quantBaseVowel returns the base letter of an accented Latin letter, or 0.
func quantBaseVowel(r rune) byte {
	switch r {
	case 'á', 'à', 'â', 'ä', 'ã', 'Á', 'À', 'Â', 'Ä', 'Ã':
		return 'a'
	case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë':
		return 'e'
	case 'í', 'ì', 'î', 'ï', 'Í', 'Ì', 'Î', 'Ï':
		return 'i'
	case 'ó', 'ò', 'ô', 'ö', 'õ', 'Ó', 'Ò', 'Ô', 'Ö', 'Õ':
		return 'o'
	case 'ú', 'ù', 'û', 'ü', 'Ú', 'Ù', 'Û', 'Ü':
		return 'u'
	case 'ç', 'Ç':
		return 'c'
	case 'ª':
		return 'a'
	case 'º':
		return 'o'
	}
	return 0
}

// quantSpaceSep returns the width of a thousands space at text[i] (space,
// no-break space, narrow no-break space or thin space), or 0.
func quantSpaceSep(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	switch {
	case text[i] == ' ':
		return 1
	case text[i] == 0xc2 && i+1 < len(text) && text[i+1] == 0xa0: // U+00A0
		return 2
	case text[i] == 0xe2 && i+2 < len(text) && text[i+1] == 0x80 &&
		(text[i+2] == 0xaf || text[i+2] == 0x89): // U+202F, U+2009
		return 3
	}
	return 0
}

// lexQuantDigits reads the number written in digits at text[p] and returns
// where it ends.
//
//   - "1.035", "1.234.567": dots before groups of exactly three digits are
//     thousands separators.
//   - "6,8", "18,5", "6.8", "3,14159": one comma or dot before 1–2 or 4+
//     digits is a decimal mark, and so is one before 3 digits after a 0 or
//     after 4+ digits ("0,500", "2019,500").
//   - "2,012": one comma before exactly 3 digits is ambiguous; m holds 2012
//     and altM 2.012 (Find may swap them by context).
//   - "1,234,567": several commas are thousands; "1.234,56" and "1,234.56":
//     the last, single mark of the other kind is the decimal one.
//   - "3 000", "3\u00a0000": a space (or no-break, narrow or thin space)
//     before exactly three digits after a group of 1–3 is a thousands
//     separator.
//
// Anything else ("1.2.3", "1,22,333") is consumed but not ok.
func lexQuantDigits(text string, p int) (int, quantDigits) {
	g, i, bad := scanQuantGroups(text, p)
	d := quantDigits{plain: g.n == 1}
	if bad {
		return i, d
	}
	dec, ok := g.classify(text, &d)
	if !ok {
		return i, d
	}
	// Build the mantissa.
	total := 0
	for k := 0; k < g.n; k++ {
		total += g.len(k)
	}
	if total > quantMaxDigits {
		return i, quantDigits{plain: d.plain}
	}
	for k := 0; k < g.n; k++ {
		for c := g.s[k]; c < g.e[k]; c++ {
			d.m = d.m*10 + uint64(text[c]-'0')
		}
		if dec > 0 && k >= dec {
			d.n += uint8(g.len(k))
		}
	}
	d.intDigits = uint8(total - int(d.n))
	d.altM, d.altN = d.m, d.n
	if d.ambiguous {
		d.altN = 3
	}
	d.ok = true
	return i, d
}

// quantMaxGroups is the most digit groups a number may have.
const quantMaxGroups = 12

// quantGroups are the digit groups of a number and the separator before
// each (g ≥ 1): '.', ',' or ' '.
type quantGroups struct {
	s, e [quantMaxGroups]int
	sep  [quantMaxGroups]byte
	n    int
}

func (g *quantGroups) len(k int) int { return g.e[k] - g.s[k] }

// scanQuantGroups reads the digit groups of the number at text[p] and
// returns where it ends; bad when there are too many.
func scanQuantGroups(text string, p int) (g quantGroups, i int, bad bool) {
	i = p
	for i < len(text) && quantIsDigit(text[i]) {
		i++
	}
	g.s[0], g.e[0], g.n = p, i, 1
	for {
		if i+1 < len(text) && (text[i] == '.' || text[i] == ',') && quantIsDigit(text[i+1]) {
			j := i + 1
			for j < len(text) && quantIsDigit(text[j]) {
				j++
			}
			if g.n == quantMaxGroups {
				bad = true
				i = j
				continue
			}
			g.sep[g.n], g.s[g.n], g.e[g.n] = text[i], i+1, j
			g.n++
			i = j
			continue
		}
		if w := quantSpaceSep(text, i); w > 0 && g.n < quantMaxGroups && g.len(0) <= 3 && g.sep[g.n-1] != '.' && g.sep[g.n-1] != ',' {
			k := i + w
			if k+3 <= len(text) && quantIsDigit(text[k]) && quantIsDigit(text[k+1]) && quantIsDigit(text[k+2]) &&
				(k+3 == len(text) || !quantIsDigit(text[k+3])) && (g.n == 1 || g.len(g.n-1) == 3) {
				g.sep[g.n], g.s[g.n], g.e[g.n] = ' ', k, k+3
				g.n++
				i = k + 3
				continue
			}
		}
		return g, i, bad
	}
}

// classify reads the separators: where the decimals start (0 if none),
// the evidence about the comma and whether the writing is ambiguous or
// clock-like, into d; false when the separators are inconsistent.
func (g *quantGroups) classify(text string, d *quantDigits) (dec int, ok bool) {
	var dots, commas, spaces, lastPunct int
	for k := 1; k < g.n; k++ {
		switch g.sep[k] {
		case '.':
			dots++
			lastPunct = k
		case ',':
			commas++
			lastPunct = k
		default:
			spaces++
		}
	}
	leadingZero := text[g.s[0]] == '0' && g.len(0) > 0
	switch {
	case dots == 0 && commas == 0:
		return 0, true
	case dots > 0 && commas > 0:
		mark := g.sep[lastPunct]
		if (mark == '.' && dots != 1) || (mark == ',' && commas != 1) || g.len(0) > 3 || leadingZero || spaces > 0 {
			return 0, false
		}
		for k := 1; k < lastPunct; k++ {
			if g.sep[k] == mark || g.len(k) != 3 {
				return 0, false
			}
		}
		d.ev = quantMarkEvidence(mark)
		return lastPunct, true
	case dots+commas > 1:
		if g.len(0) > 3 || leadingZero || spaces > 0 {
			return 0, false
		}
		for k := 1; k < g.n; k++ {
			if g.len(k) != 3 {
				return 0, false
			}
		}
		d.ev = -quantMarkEvidence(g.sep[lastPunct])
		return 0, true
	}
	if lastPunct != g.n-1 {
		return 0, false
	}
	return g.oneMark(text, d, lastPunct, spaces, leadingZero), true
}

// oneMark classifies a number with one comma or dot, at group k.
func (g *quantGroups) oneMark(text string, d *quantDigits, k, spaces int, leadingZero bool) (dec int) {
	mark := g.sep[k]
	switch {
	case g.len(k) != 3:
		dec = k
		d.ev = quantMarkEvidence(mark)
	case g.len(0) > 3 || leadingZero || spaces > 0:
		dec = k
	case mark == '.':
		d.ev = 1 // thousands dot: the outlet's decimal mark is the comma
	default:
		d.ambiguous = true
	}
	if g.len(k) == 2 && spaces == 0 && g.len(0) <= 2 {
		h := quantSmallInt(text[g.s[0]:g.e[0]])
		mm := quantSmallInt(text[g.s[k]:g.e[k]])
		d.clockLike = h <= 24 && mm <= 59
	}
	return dec
}

// quantMarkEvidence is what a decimal mark says of the outlet's comma:
// +1 decimal comma, -1 decimal point.
func quantMarkEvidence(mark byte) int8 {
	if mark == ',' {
		return 1
	}
	return -1
}

// quantSmallInt reads up to a few ASCII digits.
func quantSmallInt(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 4; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// Punctuation allowed around a number in its chunk.
func isQuantOpener(r rune) bool {
	switch r {
	case '(', '[', '{', '"', '\'', '«', '“', '‘', '¿', '¡', '*':
		return true
	}
	return false
}

func isQuantCloser(r rune) bool {
	switch r {
	case ')', ']', '}', '"', '\'', '»', '”', '’', '.', ',', ';', ':', '!', '?', '…', '*', '—', '–':
		return true
	}
	return false
}
