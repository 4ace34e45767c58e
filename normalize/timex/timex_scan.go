package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds of the temporal scanner.
const (
	txWord  = 1 + iota // a run of letters (and combining marks)
	txNum              // ASCII digits, with inner . , : between digits ("10.30", "2.019")
	txPunct            // any other single rune
)

// txTok is a word, number or punctuation mark with its byte span in the
// original text.
type txTok struct {
	start, end int
	norm       string // folded word; the original text of numbers and marks
	fb, fe     int    // span of norm in the fold buffer, while tokenizing
	mask       uint32 // lexicons holding an entry that starts with this word
	kind       uint8
	space      bool // whitespace or the start of the text precedes it
	nl         bool // a line break precedes it
	upper      bool // a word starting with an upper-case letter
	folded     bool // norm comes from the fold buffer
}

// txTokenize appends the tokens of text to toks, with their lexicon masks
// from first. Words that are not already lower-case ASCII are folded into
// one buffer, turned into a single string at the end.
func txTokenize(text string, toks []txTok, first map[string]uint32) []txTok {
	var stack [512]byte
	buf := stack[:0]
	space, nl := true, false
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case c == '\n' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			space, nl = true, true
			i += size
			continue
		case c == ' ' || c == '\t' || c == '\r' || (c >= utf8.RuneSelf && unicode.IsSpace(r)):
			space = true
			i += size
			continue
		case '0' <= c && c <= '9':
			j := txNumEnd(text, i)
			toks = append(toks, txTok{start: i, end: j, norm: text[i:j], kind: txNum, space: space, nl: nl})
		case txIsLetter(r):
			var t txTok
			t, buf = txWordTok(text, i, buf)
			t.space, t.nl = space, nl
			toks = append(toks, t)
		default:
			toks = append(toks, txTok{start: i, end: i + size, norm: text[i : i+size], kind: txPunct, space: space, nl: nl})
		}
		i = toks[len(toks)-1].end
		space, nl = false, false
	}
	var fs string
	if len(buf) > 0 {
		fs = string(buf)
	}
	for k := range toks {
		t := &toks[k]
		if t.folded {
			t.norm = fs[t.fb:t.fe]
		}
		if t.kind == txWord {
			t.mask = first[t.norm]
		}
	}
	return toks
}

// txNumEnd returns where the number starting at i ends: ASCII digits,
// with inner . , : between digits ("10.30", "2.019").
func txNumEnd(text string, i int) int {
	j := i + 1
	for j < len(text) {
		if txIsDigit(text[j]) {
			j++
		} else if (text[j] == '.' || text[j] == ',' || text[j] == ':') && j+1 < len(text) && txIsDigit(text[j+1]) {
			j += 2
		} else {
			break
		}
	}
	return j
}

// txWordTok reads the word starting at i. A word that is not lower-case
// ASCII is folded into buf, which it returns grown.
func txWordTok(text string, i int, buf []byte) (txTok, []byte) {
	r, _ := utf8.DecodeRuneInString(text[i:])
	j, lower := i, true
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				j++
				continue
			}
			if 'A' <= c && c <= 'Z' {
				lower = false
				j++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if !txIsLetter(r) {
			break
		}
		lower = false
		j += n
	}
	t := txTok{start: i, end: j, kind: txWord, upper: unicode.IsUpper(r)}
	if lower {
		t.norm = text[i:j]
	} else {
		t.fb = len(buf)
		buf = txFoldAppend(buf, text[i:j])
		t.fe, t.folded = len(buf), true
	}
	return t, buf
}

func txIsDigit(c byte) bool { return '0' <= c && c <= '9' }

func txIsLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// txScanner walks the tokens of one text.
type txScanner struct {
	text    string
	toks    []txTok
	anchor  Date
	lx      *txLex
	last    txHit // the previous expression
	hasLast bool
	prior   txVal  // the last date read, for anaphora; g is txNoGran when none
	dayVal  string // the day ("2023-02-06") named last in the text, for clock times
	dayRel  bool   // dayVal depends on the anchor
	dayPart string // the part of dayVal named with it ("NI" for "anoche"), or ""
}

// txHit is an expression found at some token i: it ends before token end.
type txHit struct {
	end  int
	kind Kind
	val  string
	mod  string
	rel  bool
	day  bool // names one day, resolved or not: a part of day may follow
	year bool // a bare year: "entre 2019 y 2022"
}

// word returns the folded word at token i, "" for anything else.
func (s *txScanner) word(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != txWord {
		return ""
	}
	return s.toks[i].norm
}

// punct returns the mark at token i, "" for anything else.
func (s *txScanner) punct(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != txPunct {
		return ""
	}
	return s.toks[i].norm
}

// intAt returns the value of a plain number of at most n digits at token i.
func (s *txScanner) intAt(i, n int) (int, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != txNum || len(s.toks[i].norm) > n {
		return 0, false
	}
	v, ok := txDigits(s.toks[i].norm, 0, len(s.toks[i].norm))
	return v, ok
}

// isolated reports that the number at token i is not glued to a word or to
// another number ("G20", "2019-2020", "12/09").
func (s *txScanner) isolated(i int) bool {
	if i > 0 && !s.toks[i].space {
		p := s.toks[i-1]
		if p.kind != txPunct || (p.norm == "-" || p.norm == "/") && i > 1 && !p.space && s.toks[i-2].kind == txNum {
			return false
		}
	}
	if i+1 < len(s.toks) && !s.toks[i+1].space {
		n := s.toks[i+1]
		if n.kind != txPunct || (n.norm == "-" || n.norm == "/") && i+2 < len(s.toks) && !s.toks[i+2].space && s.toks[i+2].kind == txNum {
			return false
		}
	}
	return true
}

// endsSentence reports that token k is a sentence-final mark.
func (s *txScanner) endsSentence(k int) bool {
	switch s.punct(k) {
	case ".", "!", "?", ";", "…":
		return true
	}
	return false
}

// sentenceStart reports that word k opens a sentence or a line, perhaps
// after opening quotes or marks.
func (s *txScanner) sentenceStart(k int) bool {
	for ; k > 0 && !s.toks[k].nl; k-- {
		switch s.punct(k - 1) {
		case "\"", "“", "«", "'", "‘", "¿", "¡", "(", "-", "–", "—":
			continue
		}
		return s.endsSentence(k - 1)
	}
	return true
}

// match returns the longest expression starting at token i.
func (s *txScanner) match(i int) (txHit, bool) {
	if t := s.toks[i]; t.kind == txPunct || t.kind == txWord && t.mask&txOpeners == 0 {
		return txHit{}, false
	}
	var best txHit
	found := false
	keep := func(h txHit, ok bool) {
		if ok && (!found || h.end > best.end) {
			best, found = h, true
		}
	}
	keep(s.dayDate(i))
	keep(s.numericDate(i))
	keep(s.monthExpr(i))
	keep(s.year(i))
	keep(s.relUnit(i))
	keep(s.weekdayExpr(i))
	keep(s.dayWord(i))
	keep(s.thisPart(i))
	keep(s.offset(i))
	keep(s.edge(i))
	keep(s.clock(i))
	keep(s.partClock(i))
	keep(s.partAlone(i))
	keep(s.set(i))
	keep(s.duration(i))
	keep(s.whole(i))
	keep(s.ref(i))
	keep(s.season(i))
	keep(s.quarter(i))
	keep(s.yearUnit(i))
	keep(s.century(i))
	keep(s.decade(i))
	keep(s.anaphor(i))
	keep(s.partOfDayOf(i))
	if found && best.day {
		best = s.partOfDay(best)
	}
	return best, found
}

// partOfDay extends a day with "por la tarde", "en la mañana": the result is
// a time such as "2023-09-11TAF".
func (s *txScanner) partOfDay(h txHit) txHit {
	k := h.end
	if w := s.word(k); (w != "por" && w != "en") || s.word(k+1) != "la" {
		return h
	}
	p, e, ok := txMatch(s, s.lx.parts, k+2)
	if !ok || txPlural(s.word(e-1)) {
		return h
	}
	h.end, h.kind, h.day = e, KindTime, false
	if len(h.val) == 10 {
		h.val += "T" + p
	} else {
		h.val = ""
	}
	return h
}

// txCueReach is how many tokens away from an expression a tense cue may be.
const txCueReach = 40

// future reports whether the expression in tokens [i, j) sits in a future
// context (see tense).
func (s *txScanner) future(i, j int) bool { return s.tense(i, j) > 0 }

// tense returns 1 when the expression in tokens [i, j) sits in a future
// context, -1 in a past one, 0 when its sentence gives no cue: the tense
// cue nearest to it in its sentence, and at most txCueReach tokens away
// (see data/time_tense.txt), decides. Ties go to the cue before it.
func (s *txScanner) tense(i, j int) int8 {
	if s.participle(i - 1) {
		return -1
	}
	var left, right int8
	ld, rd := 0, 0
	for k := i - 1; k >= 0 && k >= i-txCueReach && !s.toks[k+1].nl && !s.endsSentence(k); k-- {
		if t := s.tenseAt(k); t != 0 {
			left, ld = t, i-k
			break
		}
	}
	for k := j; k < len(s.toks) && k < j+txCueReach && !s.toks[k].nl && !s.endsSentence(k); k++ {
		if t := s.tenseAt(k); t != 0 {
			right, rd = t, k-j+1
			break
		}
	}
	if left != 0 && (right == 0 || ld <= rd) {
		return left
	}
	return right
}

// direction returns where a date named without its year (or month, or
// week) lies from the anchor: the sign of shift when the expression has
// one ("el pasado 4 de julio"), else the tense of its context, 0 for the
// occurrence nearest the anchor. A date after "del" completes a noun ("las
// elecciones del 12 de marzo", "el partido del sábado"), out of reach of
// the verb's tense: it takes the nearest occurrence too.
func (s *txScanner) direction(shift, i, j int) int {
	switch {
	case shift > 0:
		return 1
	case shift < 0:
		return -1
	case s.word(i-1) == "del":
		return 0
	}
	return int(s.tense(i, j))
}

// participle reports that word k is a past participle, outside the tense
// lexicon ("el trabajo iniciado el 3 de enero", "el acuerdo firmado en
// julio"): right before a date it dates what is done, whatever the tense
// of the sentence.
func (s *txScanner) participle(k int) bool {
	w := s.word(k)
	if len(w) < 5 || s.toks[k].upper {
		return false
	}
	if _, _, ok := txMatch(s, s.lx.tense, k); ok {
		return false
	}
	for _, suf := range s.lx.participles {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// tenseAt returns 1 if word k is a future cue, -1 a past one, 0 neither.
func (s *txScanner) tenseAt(k int) int8 {
	t := s.toks[k]
	if t.kind != txWord {
		return 0
	}
	if v, _, ok := txMatch(s, s.lx.tense, k); ok {
		return v
	}
	if t.upper && !s.sentenceStart(k) {
		return 0
	}
	w := s.text[t.start:t.end]
	for _, sf := range s.lx.suffixes {
		if len(w) > len(sf.suf)+1 && txHasLowerSuffix(w, sf.suf) {
			return sf.tense
		}
	}
	return 0
}

// txHasLowerSuffix reports whether w, lower-cased (ASCII and Latin-1), ends
// with the lower-case suffix suf.
func txHasLowerSuffix(w, suf string) bool {
	off := len(w) - len(suf)
	if off < 0 {
		return false
	}
	for k := 0; k < len(suf); k++ {
		c := w[off+k]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c >= 0x80 && c <= 0x9e && c != 0x97 && off+k > 0 && w[off+k-1] == 0xc3:
			c += 0x20 // À–Þ → à–þ in UTF-8
		}
		if c != suf[k] {
			return false
		}
	}
	return true
}
