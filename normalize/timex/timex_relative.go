package timex

// Relative patterns: "el mes pasado", "el lunes", "ayer", "hace tres años",
// and the START/MID/END edges of a period.

// relUnitParse reads "el mes pasado", "la próxima semana", "este año", "el
// fin de semana", "el año que viene", and returns the unit code and the
// shift. The determiner may be missing after "del"/"al" ("del año
// pasado"), or anywhere when bare is set (after "de": "julio de año
// pasado" is rare, "a principios de mes" common). With zero set, a period
// without shift or demonstrative is the current one ("a principios de mes",
// "a finales del año").
func (s *txScanner) relUnitParse(i int, bare, zero bool) (code string, shift, end int, ok bool) {
	j := i
	det := s.word(j)
	switch det {
	case "el", "la", "este", "esta":
		j++
	default:
		det = ""
		if w := s.word(i - 1); !bare && w != "del" && w != "al" {
			return "", 0, i, false
		}
	}
	this := det == "este" || det == "esta"
	hasShift := this
	pre := false
	if !this {
		if sh, e, ok := txMatch(s, s.lx.shifts, j); ok {
			shift, hasShift, pre, j = sh, true, true, e
		}
	}
	u, e, ok := txMatch(s, s.lx.units, j)
	if !ok || !u.cal {
		return "", 0, i, false
	}
	j = e
	if !pre && !this {
		if sh, e, ok := txMatch(s, s.lx.shifts, j); ok {
			shift, hasShift, j = sh, true, e
		}
	}
	switch {
	case hasShift:
	case u.code == "WE" && det == "el": // "el fin de semana"
	case zero && det == "" && u.code != "W" && u.code != "WE": // "a principios de mes"
	default:
		return "", 0, i, false
	}
	return u.code, shift, j, true
}

// relUnit matches the relative weeks, months and years of relUnitParse
// that stand on their own.
func (s *txScanner) relUnit(i int) (txHit, bool) {
	return s.relUnitAt(i, false)
}

// relUnitAt resolves relUnitParse; bare is for periods after "de"/"del".
func (s *txScanner) relUnitAt(i int, bare bool) (txHit, bool) {
	code, shift, end, ok := s.relUnitParse(i, bare, bare)
	if !ok {
		return txHit{}, false
	}
	var v txVal
	switch code {
	case "Y":
		v, ok = s.relYears(shift, txYear)
	case "M":
		v, ok = s.relMonths(shift)
	case "W":
		v, ok = s.relWeeks(shift)
	case "WE":
		explicit := shift != 0 || s.word(i) == "este"
		v, ok = s.weekend(shift, explicit, s.future(i, end))
	}
	h := txHit{end: end, kind: KindDate, rel: true}
	if ok {
		h.val = v.String()
	}
	return h, true
}

// weekdayExpr matches "el lunes", "este miércoles", "el pasado viernes",
// "el viernes pasado", "el próximo lunes", "el lunes que viene", and
// "lunes" after "del"/"al".
func (s *txScanner) weekdayExpr(i int) (txHit, bool) {
	j := i
	det := s.word(j)
	switch det {
	case "el", "este":
		j++
	default:
		det = ""
	}
	shift, hasShift := 0, false
	if sh, e, ok := txMatch(s, s.lx.shifts, j); ok {
		shift, hasShift, j = sh, true, e
	}
	wd, e, ok := txMatch(s, s.lx.weekdays, j)
	if !ok {
		return txHit{}, false
	}
	j = e
	if !hasShift {
		if sh, e, ok := txMatch(s, s.lx.shifts, j); ok {
			shift, hasShift, j = sh, true, e
		}
	}
	if w := s.word(i - 1); det == "" && !hasShift && w != "del" && w != "al" {
		return txHit{}, false
	}
	dir := s.direction(shift, i, j)
	h := txHit{end: j, kind: KindDate, rel: true, day: true}
	// "este martes", and "el martes" told in the past or with no tense, may
	// be the day of the article itself: wire copy says "dijo el martes" of
	// that day, and "el martes pasado" of the week before.
	today := !hasShift && (det == "este" || dir <= 0)
	if v, ok := s.weekday(wd, dir, today); ok {
		h.val = v.String()
	}
	return h, true
}

// dayWord matches "hoy", "ayer", "anteayer", "mañana", "pasado mañana" and
// "anoche". "mañana" after an article, demonstrative or "cada" is a
// morning, and "hoy (en) día" means nowadays.
func (s *txScanner) dayWord(i int) (txHit, bool) {
	dw, end, ok := txMatch(s, s.lx.days, i)
	if !ok {
		return txHit{}, false
	}
	switch s.word(i) {
	case "mañana":
		switch s.word(i - 1) {
		case "la", "esta", "una", "cada", "toda", "misma", "esa", "aquella", "media":
			return txHit{}, false
		}
	case "hoy":
		if s.word(i+1) == "dia" || s.word(i+1) == "en" && s.word(i+2) == "dia" {
			return txHit{}, false
		}
	}
	v, ok := s.relDays(dw.off)
	h := txHit{end: end, kind: KindDate, rel: true, day: true}
	if dw.part != "" {
		h.kind, h.day = KindTime, false
		if d := v.String(); ok && v.g == txDay && d != "" {
			h.val = d + "T" + dw.part
		}
		return h, true
	}
	if ok {
		h.val = v.String()
	}
	return h, true
}

// thisPart matches "esta mañana", "esta tarde", "esta noche": a part of the
// anchor day.
func (s *txScanner) thisPart(i int) (txHit, bool) {
	if s.word(i) != "esta" {
		return txHit{}, false
	}
	p, e, ok := txMatch(s, s.lx.parts, i+1)
	if !ok || txPlural(s.word(e-1)) {
		return txHit{}, false
	}
	h := txHit{end: e, kind: KindTime, rel: true}
	if v, ok := s.relDays(0); ok && v.g == txDay {
		h.val = v.String() + "T" + p // the anchor day: a valid year
	}
	return h, true
}

// offset matches "hace tres años", "hace dos días", "dentro de un mes",
// and "desde hace dos años", the point the time is counted from.
func (s *txScanner) offset(i int) (txHit, bool) {
	dir, j := 0, i
	switch s.word(i) {
	case "hace":
		dir, j = -1, i+1
	case "dentro":
		if s.word(i+1) == "de" {
			dir, j = 1, i+2
		}
	}
	if dir == 0 {
		return txHit{}, false
	}
	a, ok := s.amount(j)
	if !ok {
		return txHit{}, false
	}
	h := txHit{end: a.end, kind: KindDate, mod: a.mod, rel: true}
	if v, ok := s.shiftBy(dir, a); ok {
		h.val, h.day = v.String(), v.g == txDay
	}
	return h, true
}

// edge matches "principios de mes", "mediados de julio", "finales del año
// pasado", "comienzos de 2022": the period with a START, MID or END mod.
func (s *txScanner) edge(i int) (txHit, bool) {
	mod, j, ok := txMatch(s, s.lx.edges, i)
	if !ok {
		return txHit{}, false
	}
	if !txPlural(s.word(i)) {
		// "la final de 2022" is a match, not the end of a year.
		switch s.word(i - 1) {
		case "la", "las", "una":
			return txHit{}, false
		}
	}
	de := s.word(j)
	if de != "de" && de != "del" {
		return txHit{}, false
	}
	j++
	var best txHit
	found := false
	keep := func(h txHit, ok bool) {
		if ok && (!found || h.end > best.end) {
			best, found = h, true
		}
	}
	if de == "de" {
		keep(s.monthExpr(j))
		keep(s.year(j))
	} else {
		keep(s.monthExpr(j)) // "finales del pasado mes de mayo"
	}
	keep(s.relUnitAt(j, true))
	if !found {
		return txHit{}, false
	}
	if mod == "-" {
		mod = "" // "lo que va de año": the period itself
	}
	best.mod, best.day, best.year = mod, false, false
	return best, true
}
