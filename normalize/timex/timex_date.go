package timex

import "strings"

// Calendar patterns. Each starts at token i, the first token of the expression,
// and looks back only to check what introduces it ("en", "del").

// dayDate matches a day of a month: "4 septiembre, 2023", "el 13 de
// septiembre", "12 sep", "el martes 12 de septiembre de 2023", "Lunes, 11
// de septiembre de 2023", "el pasado 4 de julio", "el 4 de julio
// próximo"; the first day of a range or list that names its month once
// ("del 12 al 17 de septiembre", "entre el 5 y el 6 de junio", "los días 15
// y 16 de marzo"); and days of the anchor month: "el miércoles 13", "el
// día 13".
func (s *txScanner) dayDate(i int) (txHit, bool) { return s.dayDateAt(i, false) }

// dayDateAt is dayDate; inRange is set for the last day of a range, which
// must name its month.
func (s *txScanner) dayDateAt(i int, inRange bool) (txHit, bool) {
	j, det, shift := s.article(i)
	if s.word(i) == "los" && s.word(i+1) == "dias" {
		j, det = i+1, true
	}
	wd, e, ok := txMatch(s, s.lx.weekdays, j)
	comma := false
	if ok {
		j = e
		if comma = s.punct(j) == ","; comma {
			j++ // "Lunes, 11 de septiembre de 2023", but not "el martes, 12 personas…"
		}
	}
	dia := s.word(j) == "dia" || s.word(j) == "dias"
	if dia {
		j++
	}
	d, ok := s.intAt(j, 2)
	if ok && !s.isolated(j) {
		ok = false
	}
	if !ok {
		d, ok = s.dayInWords(j)
	}
	if !ok || d < 1 || d > 31 {
		return txHit{}, false
	}
	j++
	m, abbr, j := s.monthAfterDay(j)
	switch {
	case m != 0:
		return s.dayOfMonthNamed(i, j, d, m, abbr, shift)
	case inRange:
		return txHit{}, false
	case !comma && wd == 0:
		if h, ok := s.rangeStart(j, d); ok {
			return h, true
		}
	}
	if comma || wd == 0 && !(det && dia) {
		return txHit{}, false
	}
	h := txHit{end: j, kind: KindDate, day: true, rel: true}
	if v, ok := s.dayOfMonth(d, wd, s.direction(shift, i, j)); ok {
		h.val = v.String()
	}
	return h, true
}

// placeName returns the end of a day and month that name what the noun
// before them is ("la colonia 20 de Noviembre", "la avenida 9 de Julio";
// data/time_name_heads.txt), if token i starts one: they are no date,
// and neither is their month alone. A year after them makes them a date.
func (s *txScanner) placeName(i int) (int, bool) {
	if _, e, ok := txMatch(s, s.lx.nameHeads, i-1); !ok || e != i {
		return 0, false
	}
	d, ok := s.intAt(i, 2)
	if !ok {
		d, ok = s.dayInWords(i)
	}
	if !ok || d < 1 || d > 31 {
		return 0, false
	}
	m, _, j := s.monthAfterDay(i + 1)
	if m == 0 {
		return 0, false
	}
	if _, _, _, _, year := s.yearPart(j); year {
		return 0, false
	}
	return j, true
}

// monthAfterDay reads the month after a day number: "de septiembre",
// "septiembre", "sep".
func (s *txScanner) monthAfterDay(j int) (m int, abbr bool, end int) {
	if s.word(j) == "de" {
		if mw, e, ok := txMatch(s, s.lx.months, j+1); ok && !mw.abbr {
			return mw.month, false, e
		}
	}
	if mw, e, ok := txMatch(s, s.lx.months, j); ok {
		return mw.month, mw.abbr, e
	}
	return 0, false, j
}

// rangeStart reads the rest of a range or list after its first day d at
// token j ("al 17 de septiembre", "y el 6 de junio", "y 10 de junio") and
// gives day d the month and year of the last day; the expression ends at
// j, the last day being one of its own.
func (s *txScanner) rangeStart(j, d int) (txHit, bool) {
	switch s.word(j) {
	case "y", "al", "a":
	default:
		if s.punct(j) != "," && s.punct(j) != "-" {
			return txHit{}, false
		}
	}
	last, ok := s.dayDateAt(j+1, true)
	if !ok {
		return txHit{}, false
	}
	h := txHit{end: j, kind: KindDate, day: true, rel: last.rel}
	if len(last.val) == 10 {
		if ld, _ := txDigits(last.val, 8, 2); d < ld {
			h.val = last.val[:8] + string(txAppendPad(nil, d, 2))
		}
	}
	return h, true
}

// dayOfMonthNamed resolves day d of month m, the day's tokens running from
// i to j: with the year that follows, or else as namedDay does (a shift
// after the month counts: "el 1 de diciembre próximo").
func (s *txScanner) dayOfMonthNamed(i, j, d, m int, abbr bool, shift int) (txHit, bool) {
	if d > txDaysIn(2024, m) { // 2024 is a leap year: 29 de febrero may be fine
		return txHit{}, false
	}
	h := txHit{kind: KindDate, day: true}
	k := j
	if abbr && s.punct(k) == "." && !s.toks[k].space {
		k++ // "12 sep. 2023"
	}
	if y, rel, resolved, e, ok := s.yearPart(k); ok {
		if resolved && d > txDaysIn(y, m) {
			return txHit{}, false
		}
		h.end, h.rel = e, rel
		if resolved {
			h.val = txVal{y: y, m: m, d: d, g: txDay}.String()
		}
		return h, true
	}
	if sh, e, ok := txMatch(s, s.lx.shifts, j); ok && shift == 0 && sh != 0 {
		shift, j = sh, e
	}
	h.end, h.rel = j, true
	if v, ok := s.namedDay(m, d, s.direction(shift, i, j)); ok {
		h.val = v.String()
	}
	return h, true
}

// dayInWords reads a day written in words before "de" and a month: "el
// primero de mayo", "el uno de agosto", "el quince de septiembre".
func (s *txScanner) dayInWords(j int) (int, bool) {
	if s.word(j+1) != "de" {
		return 0, false
	}
	if mw, _, ok := txMatch(s, s.lx.months, j+2); !ok || mw.abbr {
		return 0, false
	}
	if o, e, ok := txMatch(s, s.lx.ordinals, j); ok && o == 1 && e == j+1 {
		return 1, true
	}
	if c, e, ok := txMatch(s, s.lx.counts, j); ok && e == j+1 && c == float64(int(c)) {
		return int(c), true
	}
	return 0, false
}

// numericDate matches a date written in numbers: day, month and year
// ("12/09/2023", "12-09-2023", "12.9.2023", and "12/09/23" with a
// two-digit year), or year, month and day ("2023-09-13", "2023/09/13",
// "2023.9.13"). A day-first date whose month is over 12 and whose day is
// not is read month first ("09/21/2023"). Three parts are needed, so that
// "24/7", "10-15", "3-1" and "Ley 11/2016" are not dates, and a two-digit
// year takes two digits ("4-4-2", a football formation, is not a date).
func (s *txScanner) numericDate(i int) (txHit, bool) {
	p, sep, end, ok := s.numericParts(i)
	if !ok {
		return txHit{}, false
	}
	var y, m, d int
	var ok1, ok2, ok3 bool
	short := false
	switch {
	case len(p[0]) == 4 && len(p[1]) <= 2 && len(p[2]) <= 2:
		y, ok1 = txDigits(p[0], 0, 4)
		m, ok2 = txDigits(p[1], 0, len(p[1]))
		d, ok3 = txDigits(p[2], 0, len(p[2]))
	case len(p[0]) <= 2 && len(p[1]) <= 2 && (len(p[2]) == 4 || len(p[2]) == 2 && sep != "."):
		d, ok1 = txDigits(p[0], 0, len(p[0]))
		m, ok2 = txDigits(p[1], 0, len(p[1]))
		y, ok3 = txDigits(p[2], 0, len(p[2]))
		if m > 12 && d <= 12 {
			d, m = m, d
		}
		short = len(p[2]) == 2
	}
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > txDaysIn(2024, m) {
		return txHit{}, false
	}
	h := txHit{end: end, kind: KindDate, day: true, rel: short}
	if short {
		var ok bool
		if y, ok = s.shortYear(y); !ok {
			return h, true
		}
	}
	if y < 1900 || y > 2100 || d > txDaysIn(y, m) {
		return txHit{}, false
	}
	h.val = txVal{y: y, m: m, d: d, g: txDay}.String()
	return h, true
}

// numericParts reads the three numbers of a numeric date at token i: one
// number token with inner dots ("13.5.2015"), or three numbers joined by
// one "/" or "-", with no spaces between them. The date must not be glued
// to a word or to more numbers ("G20", "91-55-12-34"). It returns the
// parts, the separator and the token after the date.
func (s *txScanner) numericParts(i int) (p [3]string, sep string, end int, ok bool) {
	if i >= len(s.toks) || s.toks[i].kind != txNum {
		return p, "", 0, false
	}
	if parts := strings.Split(s.toks[i].norm, "."); len(parts) == 3 {
		copy(p[:], parts)
		sep, end = ".", i+1
	} else {
		sep = s.punct(i + 1)
		if i+4 >= len(s.toks) || (sep != "/" && sep != "-") || s.punct(i+3) != sep ||
			s.toks[i+2].kind != txNum || s.toks[i+4].kind != txNum {
			return p, "", 0, false
		}
		for k := i + 1; k <= i+4; k++ {
			if s.toks[k].space {
				return p, "", 0, false
			}
		}
		p = [3]string{s.toks[i].norm, s.toks[i+2].norm, s.toks[i+4].norm}
		end = i + 5
	}
	for _, x := range p {
		if x == "" || strings.ContainsAny(x, ",:.") {
			return p, "", 0, false
		}
	}
	return p, sep, end, !s.gluedNum(i-1, i, -1) && !s.gluedNum(end, end-1, 1)
}

// gluedNum reports that token k, next to token at of a numeric date on
// the side dir (-1 before, 1 after), glues the date to something: a word
// or a number, or a mark joining it to one ("12-09-2023-1", "x/12/09/2023").
// A sentence mark or a bracket does not.
func (s *txScanner) gluedNum(k, at, dir int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[max(k, at)].space {
		return false
	}
	if s.toks[k].kind != txPunct {
		return true
	}
	switch s.punct(k) {
	case "/", "-", ".", ",", ":":
		n := k + dir
		return n >= 0 && n < len(s.toks) && !s.toks[max(k, n)].space && s.toks[n].kind != txPunct
	}
	return false
}

// shortYear reads a two-digit year against the anchor: the year ending in
// yy that lies at most 20 years after the anchor's and less than 80
// before it ("05/05/71" in 2016 is 1971, "3-7-27" is 2027); false without
// an anchor.
func (s *txScanner) shortYear(yy int) (int, bool) {
	if s.anchor.IsZero() {
		return 0, false
	}
	a := s.anchor.Year
	y := a - a%100 + yy
	for y > a+20 {
		y -= 100
	}
	for y <= a-80 {
		y += 100
	}
	return y, true
}

// monthExpr matches a month: "julio", "febrero de 2022", "julio del año
// pasado", "el pasado mes de julio", "julio pasado", "este septiembre".
func (s *txScanner) monthExpr(i int) (txHit, bool) {
	if s.word(i) == "este" {
		return s.thisMonth(i)
	}
	j, det, shift := s.article(i)
	mesDe := s.word(j) == "mes" && s.word(j+1) == "de"
	if mesDe {
		j += 2
	}
	mw, e, ok := txMatch(s, s.lx.months, j)
	if !ok || mw.abbr || det && shift == 0 && !mesDe {
		return txHit{}, false
	}
	j = e
	h := txHit{kind: KindDate}
	if y, rel, resolved, e, ok := s.yearPart(j); ok && shift == 0 {
		h.end, h.rel = e, rel
		if resolved {
			h.val = txVal{y: y, m: mw.month, g: txMonth}.String()
		}
		return h, true
	}
	if shift == 0 {
		if sh, e, ok := txMatch(s, s.lx.shifts, j); ok {
			shift, j = sh, e
		}
	}
	// A capitalised month standing alone mid-sentence is more likely a
	// name ("Julio Iglesias") than a date.
	if !det && !mesDe && shift == 0 && s.toks[i].upper && !s.sentenceStart(i) && !s.yearPrep(i-1) {
		return txHit{}, false
	}
	h.end, h.rel = j, true
	if v, ok := s.namedMonth(mw.month, s.direction(shift, i, j)); ok {
		h.val = v.String()
	}
	return h, true
}

// thisMonth matches "este septiembre": the month of the anchor's year,
// before or after the anchor.
func (s *txScanner) thisMonth(i int) (txHit, bool) {
	mw, e, ok := txMatch(s, s.lx.months, i+1)
	if !ok || mw.abbr {
		return txHit{}, false
	}
	h := txHit{end: e, kind: KindDate, rel: true}
	if s.gran() >= txYear {
		h.val = txVal{y: s.anchor.Year, m: mw.month, g: txMonth}.String()
	}
	return h, true
}

// yearPart reads the year after a day or month: "de 2022", ", 2023",
// "2023", "del año pasado", "de este año". rel reports a year taken from
// the anchor, resolved whether it could be.
func (s *txScanner) yearPart(j int) (y int, rel, resolved bool, end int, ok bool) {
	w := s.word(j)
	de := w == "de" || w == "del"
	if de || s.punct(j) == "," {
		if y, ok := s.yearNum(j + 1); ok {
			return y, false, true, j + 2, true
		}
	}
	if y, ok := s.yearNum(j); ok {
		return y, false, true, j + 1, true
	}
	if de {
		if code, shift, e, ok := s.relUnitParse(j+1, w == "del", false); ok && code == "Y" {
			v, ok := s.relYears(shift, txYear)
			return v.y, true, ok, e, true
		}
	}
	return 0, false, false, j, false
}

// yearNum reads a four-digit year 1000–2100 at token j, not glued to other
// numbers or words.
func (s *txScanner) yearNum(j int) (int, bool) {
	if j < 0 || j >= len(s.toks) || len(s.toks[j].norm) != 4 {
		return 0, false
	}
	y, ok := s.intAt(j, 4)
	if !ok || y < 1000 || y > 2100 || !s.isolated(j) {
		return 0, false
	}
	return y, true
}

// yearPrep reports that word k may introduce a bare year.
func (s *txScanner) yearPrep(k int) bool {
	_, _, ok := txMatch(s, s.lx.yearPreps, k)
	return ok
}

// year matches a bare year: "en 2019", "desde 2019", "el año 2019", the
// second year of "entre 2019 y 2022" and the years of a list.
func (s *txScanner) year(i int) (txHit, bool) {
	j := i
	if s.word(j) == "el" && s.word(j+1) == "año" {
		j++
	}
	if s.word(j) == "año" {
		if y, ok := s.yearNum(j + 1); ok {
			return txHit{end: j + 2, kind: KindDate, val: txVal{y: y, g: txYear}.String(), year: true}, true
		}
		return txHit{}, false
	}
	y, ok := s.yearNum(i)
	if !ok {
		return txHit{}, false
	}
	// The second year of "entre 2019 y 2022", "de 2019 a 2022", and the
	// next of a list: "en 1988, 1994 y 2000".
	pw := s.word(i - 1)
	if pw == "" && s.punct(i-1) == "," {
		pw = ","
	}
	pair := (pw == "y" || pw == "o" || pw == "a" || pw == "al" || pw == ",") && s.hasLast && s.last.year && s.last.end == i-1
	if !pair && !s.yearPrep(i-1) || s.quantityBefore(i) || s.countedAfter(i) {
		return txHit{}, false
	}
	return txHit{end: i + 1, kind: KindDate, val: txVal{y: y, g: txYear}.String(), year: true}, true
}

// quantityBefore reports that a quantity modifier ends right before token i
// ("más de 2000").
func (s *txScanner) quantityBefore(i int) bool {
	for k := i - 3; k < i; k++ {
		if _, e, ok := txMatch(s, s.lx.mods, k); ok && e == i {
			return true
		}
	}
	return false
}

// countedAfter reports that the number at token i is followed by what looks
// like a counted noun: a lower-case word of four letters or more ending in
// -s that is not in data/time_year_next.txt ("de 2000 soldados").
func (s *txScanner) countedAfter(i int) bool {
	if w := s.word(i + 1); len(w) < 4 || !txPlural(w) || s.toks[i+1].upper {
		return false
	}
	_, _, ok := txMatch(s, s.lx.yearNext, i+1)
	return !ok
}

// txPlural reports that the folded word w ends in -s.
func txPlural(w string) bool { return w != "" && w[len(w)-1] == 's' }

// article reads an optional "el" at i and, after it (or right after
// "del", "al"), a shift ("pasado", "próximo"): "el pasado 4 de julio", "el
// próximo mes de julio", "del pasado mes de mayo". It returns
// where the date proper starts, whether "el" was there, and the shift.
func (s *txScanner) article(i int) (j int, det bool, shift int) {
	j, det = i, s.word(i) == "el"
	if det {
		j++
	} else if w := s.word(i - 1); w != "del" && w != "al" {
		return j, false, 0
	}
	if sh, e, ok := txMatch(s, s.lx.shifts, j); ok {
		shift, j, det = sh, e, true // "el pasado", or "pasado" after "del": "del pasado día 3"
	}
	return j, det, shift
}
