package quantity

// Token helpers and the context rules of the quantity reader: chunks,
// hedges, units, clock times, days, decades and years. Everything here only
// looks at the scanner; strings that end up in a Quantity are built by read
// from the text and lexicon it is given.

// candidate reports whether token i may start a number.
func (s *quantScanner) candidate(i int) bool {
	switch s.toks[i].kind {
	case qkNum:
		return true
	case qkWord:
		_, ok := s.lx.numbers[string(s.word(i))]
		return ok
	}
	return false
}

// numWord returns the number word at token i.
func (s *quantScanner) numWord(i int) (quantNumWord, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != qkWord {
		return quantNumWord{}, false
	}
	w, ok := s.lx.numbers[string(s.word(i))]
	return w, ok
}

// role returns the roles of word token i, none when i is out of range.
func (s *quantScanner) role(i int) quantRole {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != qkWord {
		return 0
	}
	return s.lx.roles[string(s.word(i))]
}

// role2 returns the roles of the two-word phrase at tokens i, i+1.
func (s *quantScanner) role2(i int) quantRole {
	if i < 0 || i+1 >= len(s.toks) || s.toks[i].kind != qkWord || s.toks[i+1].kind != qkWord || !s.toks[i+1].ws {
		return 0
	}
	var buf [64]byte
	a, b := s.word(i), s.word(i+1)
	if len(a)+len(b)+1 > len(buf) {
		return 0
	}
	n := copy(buf[:], a)
	buf[n] = ' '
	n++
	n += copy(buf[n:], b)
	return s.lx.roles[string(buf[:n])]
}

// is reports whether token i is the folded word w.
func (s *quantScanner) is(i int, w string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == qkWord && string(s.word(i)) == w
}

// spaced reports whether token i exists and whitespace comes before it.
func (s *quantScanner) spaced(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].ws }

// wordAfter reports whether token i is a word with whitespace before it.
func (s *quantScanner) wordAfter(i int) bool {
	return i > 0 && i < len(s.toks) && s.toks[i].kind == qkWord && s.toks[i].ws
}

// afterWord reports whether token i follows a word with only whitespace
// between them.
func (s *quantScanner) afterWord(i int) bool {
	return i > 0 && i < len(s.toks) && s.toks[i].ws && s.toks[i-1].kind == qkWord
}

// prevWord returns the word before token i, skipping up to two punctuation
// tokens ("septiembre, 2023"), or -1.
func (s *quantScanner) prevWord(i int) int {
	for j, skipped := i-1, 0; j >= 0 && skipped <= 2; j-- {
		switch s.toks[j].kind {
		case qkWord:
			return j
		case qkPunct:
			skipped++
		default:
			return -1
		}
	}
	return -1
}

// symbolBefore returns the first token of a currency symbol right before
// the number at token i, glued ("€500", "US$500") or spaced ("US$ 500",
// "$ 300"), and its unit; the symbol's chunk may open with punctuation
// only. "%" comes after numbers only.
func (s *quantScanner) symbolBefore(i, floor int) (int, string, bool) {
	if i <= 0 || i >= len(s.toks) {
		return 0, "", false
	}
	for st := max(floor, i-3, 0); st < i; st++ {
		ok := true
		for j := st + 1; j < i && ok; j++ {
			ok = !s.toks[j].ws
		}
		if !ok {
			continue
		}
		key := s.text[s.toks[st].start:s.toks[i-1].end]
		u, isSym := s.lx.symbols[key]
		if !isSym || u == "%" {
			continue
		}
		if s.opensChunk(st) {
			return st, u, true
		}
	}
	return 0, "", false
}

// opensChunk reports whether only opening punctuation stands between the
// whitespace before token st and it.
func (s *quantScanner) opensChunk(st int) bool {
	for j := st; j > 0 && !s.toks[j].ws; j-- {
		if p := &s.toks[j-1]; p.kind != qkPunct || !isQuantOpener(p.r) {
			return false
		}
	}
	return true
}

// symbolAfter returns the last token of a symbol right after token k
// ("500 €", "20%", "25 °C", "25ºC") and its unit.
func (s *quantScanner) symbolAfter(k int) (int, string, bool) {
	if k+1 >= len(s.toks) {
		return 0, "", false
	}
	last := k + 1
	for last+1 < len(s.toks) && last < k+3 && !s.toks[last+1].ws {
		last++
	}
	for e := last; e > k; e-- {
		if u, ok := s.lx.symbols[s.text[s.toks[k+1].start:s.toks[e].end]]; ok {
			return e, u, true
		}
	}
	return 0, "", false
}

// openOK reports whether only opening punctuation (or, before digits, a
// currency symbol or a minus sign) stands between the whitespace before
// token i and it.
func (s *quantScanner) openOK(i int, digits bool) bool {
	j := i
	if digits && !s.toks[i].ws {
		if st, _, ok := s.symbolBefore(i, 0); ok {
			j = st
		}
		if j > 0 && !s.toks[j].ws && s.isMinus(j-1) {
			j--
		}
	}
	return s.opensChunk(j)
}

// closeOK reports whether only closing punctuation stands between token i
// and the next whitespace; after digits, a glued "%", symbol or unit
// abbreviation may come first ("20%", "500€", "5km", "270km/h", "25ºC").
func (s *quantScanner) closeOK(i int, digits bool) bool {
	j := i + 1
	if digits && j < len(s.toks) && !s.toks[j].ws {
		if e, _, ok := s.symbolAfter(i); ok {
			j = e + 1
		} else if s.toks[j].kind == qkWord && s.lx.abbr[string(s.word(j))] {
			j = s.perAbbr(j + 1)
		}
	}
	for ; j < len(s.toks) && !s.toks[j].ws; j++ {
		if s.toks[j].kind != qkPunct || !isQuantCloser(s.toks[j].r) {
			return false
		}
	}
	return true
}

// perAbbr returns the token after "/h" of "km/h" when it starts at token
// j, else j.
func (s *quantScanner) perAbbr(j int) int {
	if j+1 < len(s.toks) && !s.toks[j].ws && s.toks[j].kind == qkPunct && s.toks[j].r == '/' &&
		!s.toks[j+1].ws && s.toks[j+1].kind == qkWord && s.role(j+1)&qrPer != 0 {
		return j + 2
	}
	return j
}

// skipChunk returns the first token after the chunk holding token i.
func (s *quantScanner) skipChunk(i int) int {
	j := i + 1
	for j < len(s.toks) && !s.toks[j].ws {
		j++
	}
	return j
}

// findHedge finds the longest hedge phrase ending right before token i
// (the number, or its sign or currency symbol: "más de $300"), or before
// an article right before it ("más de un 20 %", "alrededor del 30 %"),
// starting at or after token floor.
func (s *quantScanner) findHedge(i, floor int) (start int, h quantHedge, ok bool) {
	if start, h, ok = s.hedgeEnding(i, floor); ok {
		return start, h, true
	}
	if i-1 < floor || i-1 < 0 {
		return 0, quantHedge{}, false
	}
	if s.afterWord(i) && (s.is(i-1, "el") || s.is(i-1, "la") || s.is(i-1, "los") ||
		s.is(i-1, "las") || s.is(i-1, "un") || s.is(i-1, "una")) {
		return s.hedgeEnding(i-1, floor)
	}
	return 0, quantHedge{}, false
}

// hedgeEnding looks up the words right before token e as a hedge phrase,
// longest first.
func (s *quantScanner) hedgeEnding(e, floor int) (int, quantHedge, bool) {
	if e <= 0 || e >= len(s.toks) || !s.toks[e].ws {
		return 0, quantHedge{}, false
	}
	maxN := min(s.lx.hedgeMaxWords, e-floor)
	var buf [96]byte
	for n := maxN; n >= 1; n-- {
		b := e - n
		m := 0
		fits := true
		for j := b; j < e && fits; j++ {
			w := s.word(j)
			switch {
			case s.toks[j].kind != qkWord || (j > b && !s.toks[j].ws) || m+len(w)+1 > len(buf):
				fits = false
			case j > b:
				buf[m] = ' '
				m++
				fallthrough
			default:
				m += copy(buf[m:], w)
			}
		}
		if !fits {
			continue
		}
		if h, ok := s.lx.hedges[string(buf[:m])]; ok {
			return b, h, true
		}
	}
	return 0, quantHedge{}, false
}

// unitAfter returns the unit after the number ending at token k and the
// token that holds it (-1 if none). With afterMult, "de" may come between
// ("2 millones de personas", "un centenar de heridos").
func (s *quantScanner) unitAfter(text string, lx *quantityLexicon, k int, afterMult bool) (string, int) {
	j := k + 1
	if j >= len(s.toks) {
		return "", -1
	}
	t := &s.toks[j]
	if e, u, ok := s.symbolAfter(k); ok {
		return u, e // "20%", "20 %", "500 €", "500€", "25 °C", "25ºC"
	}
	switch {
	case t.kind == qkWord && !t.ws:
		// "5km" (closeOK let only a listed abbreviation through)
		if s.toks[k].kind == qkNum && lx.abbr[string(s.word(j))] {
			return lx.stem(text[t.start:t.end]), j
		}
	case t.kind == qkWord:
		if s.is(j, "por") && (s.is(j+1, "ciento") || s.is(j+1, "cien")) && s.spaced(j+1) {
			return "%", j + 1
		}
		if afterMult && s.is(j, "de") && s.unitWord(j+1) {
			j++
		} else if !s.unitWord(j) {
			return "", -1
		}
		if s.role(j)&qrSkipAdj != 0 && s.unitWord(j+1) {
			j++ // "tres nuevos misiles"
		}
		return lx.stem(text[s.toks[j].start:s.toks[j].end]), j
	}
	return "", -1
}

// unitWord reports whether token j can name what a number counts: a
// lowercase word after whitespace that is no function word, month or
// number.
func (s *quantScanner) unitWord(j int) bool {
	if j >= len(s.toks) {
		return false
	}
	t := &s.toks[j]
	if t.kind != qkWord || !t.ws || t.upper {
		return false
	}
	if s.role(j)&(qrNonUnit|qrMonth|qrWeekday|qrClockAbbr) != 0 {
		return false
	}
	if _, isNum := s.lx.numbers[string(s.word(j))]; isNum {
		return false
	}
	raw := s.text[t.start:t.end]
	for _, e := range s.lx.verbEndings {
		if len(raw) > len(e) && raw[len(raw)-len(e):] == e {
			return false
		}
	}
	return true
}

// monthAt reports whether a month name starts at token j, with or without
// "de" before it: "septiembre", "de septiembre".
func (s *quantScanner) monthAt(j int) bool {
	if s.is(j, "de") && s.spaced(j) {
		j++
	}
	return s.wordAfter(j) && s.role(j)&qrMonth != 0
}

// nameBefore reports whether token i follows a capitalized word inside a
// sentence, as in "el Ibex 35", "el Boeing 737", "Apolo 11": a name, not a
// quantity, when the number is plain digits (notCount): "en Turquía 5.000
// muertos" and "en Turquía cinco mil muertos" count. A capitalized word after a line break, the start of the text
// or punctuation other than a comma starts a sentence ("Murieron 300").
func (s *quantScanner) nameBefore(i int) bool {
	if !s.afterWord(i) || !s.toks[i-1].upper {
		return false
	}
	w := &s.toks[i-1]
	if w.nl || i-2 < 0 {
		return false
	}
	p := &s.toks[i-2]
	return p.kind != qkPunct || p.r == ',' || p.r == ';'
}

// isClock reports whether the number at tokens i..k is a time of day.
func (s *quantScanner) isClock(i, k int, v float64, isDigits bool) bool {
	clockLike := isDigits && k == i && s.toks[i].d.clockLike
	if v < 0 || v > 24 || (v != float64(int(v)) && !clockLike) {
		return false
	}
	// "10 h", "10.30 h", "14 GMT", "10 am"
	if s.wordAfter(k+1) && s.role(k+1)&qrClockAbbr != 0 {
		return true
	}
	// "23.11 horas"
	if clockLike && (s.is(k+1, "horas") || s.is(k+1, "hora")) && s.spaced(k+1) {
		return true
	}
	// "10 a.m.", "8 p.m."
	if (s.is(k+1, "a") || s.is(k+1, "p")) && s.spaced(k+1) && k+3 < len(s.toks) &&
		s.toks[k+2].kind == qkPunct && s.toks[k+2].r == '.' && !s.toks[k+2].ws && s.is(k+3, "m") && !s.toks[k+3].ws {
		return true
	}
	// "8 de la mañana", "las 3 de la tarde"
	if s.is(k+1, "de") && s.is(k+2, "la") && s.spaced(k+1) && s.spaced(k+2) && s.wordAfter(k+3) && s.role(k+3)&qrDaypart != 0 {
		return true
	}
	// "a las 10", "desde las 8", "antes de las 9", "las 10.30"
	if s.afterWord(i) && (s.is(i-1, "las") || s.is(i-1, "la")) {
		if clockLike {
			return true
		}
		if s.afterWord(i-1) && (s.role(i-2)&qrClockPrep != 0 || s.role2(i-3)&qrClockPrep != 0) {
			return true
		}
	}
	return false
}

// isDay reports whether the number at tokens i..k is the day of a date.
func (s *quantScanner) isDay(i, k int, v float64, single bool) bool {
	if v < 1 || v > 31 || v != float64(int(v)) {
		return false
	}
	if single && !s.toks[i].d.plain {
		return false
	}
	// "13 de septiembre", "4 septiembre"
	if s.monthAt(k + 1) {
		return true
	}
	if !single {
		return false
	}
	// "del 12 al 17 de septiembre", "los días 4 y 5 de mayo"
	if (s.is(k+1, "al") || s.is(k+1, "a") || s.is(k+1, "y")) && s.spaced(k+1) && s.spaced(k+2) &&
		k+2 < len(s.toks) && s.toks[k+2].kind == qkNum && s.toks[k+2].d.plain && s.toks[k+2].d.intDigits <= 2 && s.monthAt(k+3) {
		return true
	}
	// "el miércoles 13", "el día 13", "septiembre 13"
	return s.afterWord(i) && s.role(i-1)&(qrWeekday|qrDayNoun|qrMonth) != 0
}

// isDecade reports whether the number at token i names a decade: "los años
// 90", "la década de 1980".
func (s *quantScanner) isDecade(i int, v float64, single bool) bool {
	if !single || !s.toks[i].d.plain {
		return false
	}
	n := s.toks[i].d.intDigits
	if !(n == 2 && int(v)%10 == 0) && !(n == 4 && v >= 1900 && v <= 2100) {
		return false
	}
	j := i - 1 // the word before, "los" skipped: "la década de los 90"
	if s.afterWord(i) && s.is(j, "los") {
		j--
	}
	if !s.afterWord(j + 1) {
		return false
	}
	if s.role(j)&qrDecade != 0 {
		return true
	}
	return s.is(j, "de") && s.afterWord(j) && s.role(j-1)&qrDecade != 0
}

// isYear reports whether what comes before the 4-digit number at token i
// makes it a year: a month ("septiembre, 2023", "febrero de 2022") or a
// year preposition ("en 2019", "desde 2014", "antes de 2020").
func (s *quantScanner) isYear(i int) bool {
	pw := s.prevWord(i)
	if pw < 0 {
		return false
	}
	if s.role(pw)&(qrMonth|qrYearPrep) != 0 || s.role2(pw-1)&qrYearPrep != 0 {
		return true
	}
	return s.is(pw, "de") && s.role(pw-1)&qrMonth != 0
}
