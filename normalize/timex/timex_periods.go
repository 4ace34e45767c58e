package timex

import "strconv"

// Periods longer than a month: seasons, quarters and halves, centuries and
// decades ("la primavera de 1983", "el primer trimestre de 1998", "el siglo
// XX", "la década de los noventa"), valued as TIMEX3 writes them: "1983-SP",
// "1998-Q1", "19", "199".

// periodHead reads what may open the name of a period at token i: "este"
// or "esta" (the current one: a shift of 0), or "el"/"la" and then perhaps
// a shift ("el pasado invierno", "el próximo siglo"). It returns where the
// period's word starts, and the shift when there is one.
func (s *txScanner) periodHead(i int) (j, shift int, hasShift bool) {
	j = i
	switch s.word(j) {
	case "este", "esta":
		return j + 1, 0, true
	case "el", "la":
		j++
	}
	if sh, e, ok := txMatch(s, s.lx.shifts, j); ok {
		return e, sh, true
	}
	return j, 0, false
}

// season matches "la primavera de 1983", "este verano", "el verano pasado",
// "el pasado invierno", "el invierno del año pasado" and a bare season.
func (s *txScanner) season(i int) (txHit, bool) {
	j, shift, hasShift := s.periodHead(i)
	sw, e, ok := txMatch(s, s.lx.seasons, j)
	if !ok {
		return txHit{}, false
	}
	j = e
	if y, rel, resolved, e, ok := s.yearPart(j); ok && !hasShift {
		h := txHit{end: e, kind: KindDate, rel: rel}
		if resolved {
			h.val = txYearCode(y, sw.code)
		}
		return h, true
	}
	if !hasShift {
		if sh, e, ok := txMatch(s, s.lx.shifts, j); ok {
			shift, hasShift, j = sh, true, e
		}
	}
	h := txHit{end: j, kind: KindDate, rel: true}
	if y, ok := s.seasonYear(sw, hasShift, shift, s.future(i, j)); ok {
		h.val = txYearCode(y, sw.code)
	}
	return h, true
}

// seasonYear gives a season named without a year its year: the current
// one for "este" (or a shift of 0), the last one over for "pasado", the
// next one to begin for "próximo", and else the one under way or last
// begun (the next to end, in a future context). It needs a month anchor.
func (s *txScanner) seasonYear(sw txSeasonWord, hasShift bool, shift int, future bool) (int, bool) {
	if s.gran() < txMonth {
		return 0, false
	}
	y, m := s.anchor.Year, int(s.anchor.Month)
	start := sw.first
	if start == 0 && m == 12 {
		y, m = y+1, 0 // December belongs to the winter of the next January
	}
	last := start + 2 // the season's last month
	switch {
	case hasShift && shift == 0:
		return y, true
	case hasShift && shift < 0:
		if m > last {
			return y, true
		}
		return y - 1, true
	case hasShift:
		if m < start {
			return y, true
		}
		return y + 1, true
	case future:
		if m <= last {
			return y, true
		}
		return y + 1, true
	case m >= start:
		return y, true
	}
	return y - 1, true
}

// txYearCode writes a year with a TIMEX3 part code: "1983-SP", "1998-Q1".
func txYearCode(y int, code string) string {
	v := txVal{y: y, g: txYear}.String()
	if v == "" {
		return ""
	}
	return v + "-" + code
}

// quarter matches a part of a year: "el primer trimestre de 1998", "el
// segundo semestre de este año", "el último trimestre del año pasado",
// "este semestre", "el trimestre pasado".
func (s *txScanner) quarter(i int) (txHit, bool) {
	j, this := i, false
	switch s.word(j) {
	case "este", "esta":
		j, this = j+1, true
	case "el", "los", "la":
		j++
	}
	ord, hasOrd := 0, false
	if !this {
		if o, e, ok := s.ordinal(j); ok {
			ord, hasOrd, j = o, true, e
		}
	}
	pw, e, ok := txMatch(s, s.lx.periods, j)
	if !ok || !this && !hasOrd && s.word(i) != "el" {
		return txHit{}, false
	}
	j = e
	if ord > pw.perYear {
		return txHit{}, false
	}
	if ord < 0 {
		ord = pw.perYear
	}
	if hasOrd {
		if y, rel, resolved, e, ok := s.yearPart(j); ok {
			h := txHit{end: e, kind: KindDate, rel: rel}
			if resolved {
				h.val = txYearCode(y, pw.code+strconv.Itoa(ord))
			}
			return h, true
		}
	}
	shift := 0
	if !this && !hasOrd {
		sh, e, ok := txMatch(s, s.lx.shifts, j)
		if !ok {
			return txHit{}, false
		}
		shift, j = sh, e
	}
	h := txHit{end: j, kind: KindDate, rel: true}
	if y, n, ok := s.periodOf(pw, ord, shift, hasOrd && s.future(i, j)); ok {
		h.val = txYearCode(y, pw.code+strconv.Itoa(n))
	}
	return h, true
}

// ordinal reads an ordinal at token j: a word ("primera", "última": -1)
// or a number and the mark glued to it ("3ª", "2º"). It returns the
// position and the token after it.
func (s *txScanner) ordinal(j int) (n, end int, ok bool) {
	if n, e, ok := txMatch(s, s.lx.ordinals, j); ok && n != 0 {
		return n, e, true
	}
	n, ok = s.intAt(j, 2)
	if !ok || j+1 >= len(s.toks) || s.toks[j+1].space {
		return 0, 0, false
	}
	if m, e, ok := txMatch(s, s.lx.ordinals, j+1); ok && m == 0 && e == j+2 && n >= 1 {
		return n, e, true
	}
	return 0, 0, false
}

// yearUnit matches a week or a month counted within a named year: "la
// primera semana de 2015", "la última semana de 2016", "la 3ª semana de
// 2018", "el noveno mes del próximo año", "la semana 27 del año pasado"
// (data/time_year_units.txt). Without the year it is not a match: "la
// primera semana" is the first of something else.
func (s *txScanner) yearUnit(i int) (txHit, bool) {
	j := i
	if w := s.word(j); w == "el" || w == "la" {
		j++
	}
	ord, e, hasOrd := s.ordinal(j)
	if hasOrd {
		j = e
	}
	code, e, ok := txMatch(s, s.lx.yearUnits, j)
	if !ok {
		return txHit{}, false
	}
	j = e
	if !hasOrd {
		n, ok := s.intAt(j, 2)
		if !ok || !s.isolated(j) {
			return txHit{}, false
		}
		ord, j = n, j+1
	}
	y, rel, resolved, e, ok := s.yearPart(j)
	if !ok {
		return txHit{}, false
	}
	h := txHit{end: e, kind: KindDate, rel: rel}
	if !resolved {
		return h, true
	}
	h.val = txYearUnitVal(y, code, ord)
	return h, h.val != ""
}

// txYearUnitVal writes week or month n (-1 the last) of year y: "2015-W01",
// "2016-W52", "2021-03"; "" when the year has no such one.
func txYearUnitVal(y int, code string, n int) string {
	last := 12
	if code == "W" {
		_, last = txUTC(y, 12, 28).ISOWeek()
	}
	if n < 0 {
		n = last
	}
	if n < 1 || n > last {
		return ""
	}
	if code == "M" {
		return txVal{y: y, m: n, g: txMonth}.String()
	}
	return txWeekVal(txISOWeekMonday(y, n)).String()
}

// periodOf resolves a part of a year named without a year: part ord of
// the anchor's year (of the year before when it has not begun yet, in a
// past context), or with ord 0 the anchor's part moved by shift.
func (s *txScanner) periodOf(pw txPeriodWord, ord, shift int, future bool) (y, n int, ok bool) {
	if s.gran() < txMonth {
		return 0, 0, false
	}
	y = s.anchor.Year
	cur := (int(s.anchor.Month)-1)*pw.perYear/12 + 1
	if ord == 0 {
		n = cur + shift
		switch {
		case n < 1:
			y, n = y-1, pw.perYear
		case n > pw.perYear:
			y, n = y+1, 1
		}
		return y, n, true
	}
	if ord > cur && !future {
		y--
	}
	return y, ord, true
}

// century matches "el siglo XX", "del siglo XVIII", "este siglo", "el
// siglo pasado", "el presente siglo": the TIMEX3 century, "19" for the
// twentieth; and the decades named the same way, "esta década", "la
// próxima década", "el decenio pasado": "201" for the 2010s.
func (s *txScanner) century(i int) (txHit, bool) {
	j, shift, hasShift := s.periodHead(i)
	u, e, ok := txMatch(s, s.lx.units, j)
	if !ok || u.code != "CE" && u.code != "DE" || txPlural(s.word(j)) {
		return txHit{}, false
	}
	j = e
	if !hasShift {
		if n, ok := txRoman(s.wordAt(j)); ok && n >= 1 && n <= 30 && u.code == "CE" {
			return txHit{end: j + 1, kind: KindDate, val: txCentury(n - 1)}, true
		}
		sh, e, ok := txMatch(s, s.lx.shifts, j)
		if !ok {
			return txHit{}, false
		}
		shift, j = sh, e
	}
	h := txHit{end: j, kind: KindDate, rel: true}
	if s.gran() < txYear {
		return h, true
	}
	if u.code == "DE" {
		h.val = strconv.Itoa(s.anchor.Year/10 + shift)
	} else {
		h.val = txCentury(s.anchor.Year/100 + shift)
	}
	return h, true
}

// txCentury writes the TIMEX3 value of the century whose years start with
// c: "19" for 1900–1999.
func txCentury(c int) string {
	if c < 0 || c > 99 {
		return ""
	}
	return string(txAppendPad(nil, c, 2))
}

// wordAt returns the word at token i as written, "" for anything else.
func (s *txScanner) wordAt(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != txWord {
		return ""
	}
	return s.text[s.toks[i].start:s.toks[i].end]
}

// txRoman reads an upper-case Roman numeral up to XXXIX.
func txRoman(w string) (int, bool) {
	if w == "" || len(w) > 8 {
		return 0, false
	}
	n, prev := 0, 0
	for k := len(w) - 1; k >= 0; k-- {
		var v int
		switch w[k] {
		case 'I':
			v = 1
		case 'V':
			v = 5
		case 'X':
			v = 10
		default:
			return 0, false
		}
		if v < prev {
			n -= v
		} else {
			n, prev = n+v, v
		}
	}
	return n, n > 0
}

// decade matches "los años 30", "los años noventa", "los 80", "la década
// de los noventa", "la década de 1990", "la década 70", "las décadas de los años 20": the
// TIMEX3 decade, "199" for the nineties, in the twentieth century when the
// writing gives no century. "los años 1988" is that year.
func (s *txScanner) decade(i int) (txHit, bool) {
	j, decada := i, false
	if w := s.word(j); (w == "la" || w == "las") && (s.word(j+1) == "decada" || s.word(j+1) == "decadas") {
		j, decada = j+2, true
		if s.word(j) == "de" {
			j++ // "la década de los noventa"; also "la década 70"
		}
	}
	los := s.word(j) == "los"
	if los {
		j++
	}
	anos := s.word(j) == "años"
	if anos {
		j++
	}
	if !los && !decada || !anos && !decada && !s.decadeEnds(j+1) {
		return txHit{}, false
	}
	if y, ok := s.yearNum(j); ok {
		if y%10 != 0 && !anos {
			return txHit{}, false
		}
		h := txHit{end: j + 1, kind: KindDate, val: strconv.Itoa(y / 10)}
		if y%10 != 0 {
			h.val, h.year = strconv.Itoa(y), true
		}
		return h, true
	}
	n, ok := s.intAt(j, 2)
	if ok && !s.isolated(j) {
		ok = false
	}
	if !ok {
		c, e, isCount := txMatch(s, s.lx.counts, j)
		if !isCount || e != j+1 || c != float64(int(c)) {
			return txHit{}, false
		}
		n, ok = int(c), true
	}
	if n%10 != 0 || n < 10 || n > 90 {
		return txHit{}, false
	}
	return txHit{end: j + 1, kind: KindDate, val: "19" + strconv.Itoa(n/10)}, true
}

// decadeEnds reports that token k may follow a bare "los 80": the end of
// the text, a mark, or "y"/"o" ("en los 80 y 90").
func (s *txScanner) decadeEnds(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind == txPunct {
		return true
	}
	w := s.word(k)
	return w == "y" || w == "o"
}
