package timex

// Clock times: "a las 10.30", "las ocho y media", "10.30 h".

// clock matches clock times: "las 10.30", "las 10:30 horas", "la una", "las
// ocho y media", "las 8 de la tarde" after "a", "desde", "hasta"…, and
// "10.30 h" anywhere. A time takes the day named last before it in its
// sentence ("el lunes a las 10", "la noche del lunes 6, a las 23:40"),
// otherwise a day anchor's.
func (s *txScanner) clock(i int) (txHit, bool) {
	h, m, j, loose, ok := s.clockStart(i)
	if !ok {
		return txHit{}, false
	}
	if h, m, j, ok = s.clockRest(h, m, j, loose); !ok {
		return txHit{}, false
	}
	var b [40]byte
	out := b[:0]
	hit := txHit{end: j, kind: KindTime}
	switch {
	case s.dayVal != "":
		out = append(out, s.dayVal...)
		hit.rel = s.dayRel
	case s.gran() == txDay:
		v, _ := s.at(txDay)
		out = append(out, v.String()...)
		hit.rel = true
	}
	out = append(out, 'T')
	out = txAppendPad(out, h, 2)
	out = txAppendPad(append(out, ':'), m, 2)
	hit.val = string(out)
	return hit, true
}

// clockStart reads the hour of a clock time at token i, and its minutes
// when written in digits; loose reports a bare hour ("las 5") that needs
// more to be a time.
func (s *txScanner) clockStart(i int) (h, m, j int, loose, ok bool) {
	switch w := s.word(i); {
	case (w == "las" || w == "la") && s.clockPrep(i-1):
		j = i + 1
		if hh, mm, ok := s.clockNum(j); ok && w == "las" {
			return hh, mm, j + 1, false, true
		}
		if v, ok := s.intAt(j, 2); ok && w == "las" && s.cleanNum(j) {
			return v, 0, j + 1, true, true
		}
		if v, e, ok := txMatch(s, s.lx.counts, j); ok && v == float64(int(v)) && (w == "la") == (v == 1) && v <= 12 {
			return int(v), 0, e, true, true
		}
	case w == "":
		if hh, mm, ok := s.clockNum(i); ok {
			if u, _, ok := txMatch(s, s.lx.units, i+1); !ok || u.code != "H" {
				return 0, 0, i, false, false // "2:24" alone is not a time
			}
			return hh, mm, i + 1, false, true
		}
		if hh, ok := s.intAt(i, 2); ok && s.cleanNum(i) {
			if mm, e, ok := s.hMinutes(i + 1); ok {
				return hh, mm, e, false, true
			}
		}
	}
	return 0, 0, i, false, false
}

// clockRest reads what may follow the hour at token j: "h30", "y media",
// "menos cuarto", "horas", "de la tarde". A loose hour must be followed by
// one of them, or by a mark or a function word ("a las 5 víctimas" is not
// a time).
func (s *txScanner) clockRest(h, m, j int, loose bool) (int, int, int, bool) {
	if mm, e, ok := s.hMinutes(j); ok && loose {
		m, j, loose = mm, e, false // "las 10h30"
	}
	if loose {
		switch a, b := s.word(j), s.word(j+1); {
		case a == "y" && b == "media":
			m, j, loose = 30, j+2, false
		case a == "y" && b == "cuarto":
			m, j, loose = 15, j+2, false
		case a == "menos" && b == "cuarto":
			h, m, j, loose = h-1, 45, j+2, false
		case a == "en" && b == "punto":
			j, loose = j+2, false
		}
	}
	if u, e, ok := txMatch(s, s.lx.units, j); ok && u.code == "H" {
		j, loose = e, false
	}
	if w := s.word(j); (w == "de" || w == "por") && s.word(j+1) == "la" {
		if p, e, ok := txMatch(s, s.lx.parts, j+2); ok && !txPlural(s.word(e-1)) {
			if (p == "AF" || p == "NI") && h < 12 {
				h += 12
			}
			j, loose = e, false
		}
	}
	if loose && j < len(s.toks) && s.toks[j].kind == txWord {
		switch s.word(j) {
		case "y", "en", "de", "del", "para", "con", "cuando", "que", "hasta", "desde":
		default:
			return 0, 0, j, false
		}
	}
	if h < 0 || h > 24 || m > 59 || h == 24 && m > 0 {
		return 0, 0, j, false
	}
	return h, m, j, true
}

// partOfDayOf matches a part of a named day: "la noche del lunes", "la
// madrugada del 6 de febrero", "la mañana de ayer": a time such as
// "2023-02-06TNI".
func (s *txScanner) partOfDayOf(i int) (txHit, bool) {
	if s.word(i) != "la" {
		return txHit{}, false
	}
	p, e, ok := txMatch(s, s.lx.parts, i+1)
	if w := s.word(e); !ok || txPlural(s.word(e-1)) || w != "del" && w != "de" {
		return txHit{}, false
	}
	j := e + 1
	var day txHit
	found := false
	for _, f := range []func(int) (txHit, bool){s.weekdayExpr, s.dayDate, s.dayWord} {
		if h, ok := f(j); ok && h.day && (!found || h.end > day.end) {
			day, found = h, true
		}
	}
	if !found {
		return txHit{}, false
	}
	h := txHit{end: day.end, kind: KindTime, rel: day.rel}
	if len(day.val) == 10 {
		h.val = day.val + "T" + p
	}
	return h, true
}

// clockPrep reports that word k may introduce a clock time.
func (s *txScanner) clockPrep(k int) bool {
	_, _, ok := txMatch(s, s.lx.clockPreps, k)
	return ok
}

// hMinutes reads the "h30" of "10h30" at token k, glued to the hour.
func (s *txScanner) hMinutes(k int) (m, end int, ok bool) {
	if s.word(k) != "h" || s.toks[k].space || k+1 >= len(s.toks) || s.toks[k+1].space || len(s.toks[k+1].norm) != 2 {
		return 0, k, false
	}
	m, ok = s.intAt(k+1, 2)
	if !ok || m > 59 || k+2 < len(s.toks) && !s.toks[k+2].space && s.toks[k+2].kind != txPunct {
		return 0, k, false
	}
	return m, k + 2, true
}

// clockNum reads "10.30" or "10:30" at token k.
func (s *txScanner) clockNum(k int) (h, m int, ok bool) {
	if k >= len(s.toks) || s.toks[k].kind != txNum || !s.cleanNum(k) {
		return 0, 0, false
	}
	t := s.toks[k].norm
	sep := len(t) - 3
	if sep < 1 || sep > 2 || t[sep] != '.' && t[sep] != ':' {
		return 0, 0, false
	}
	h, ok1 := txDigits(t, 0, sep)
	m, ok2 := txDigits(t, sep+1, 2)
	if !ok1 || !ok2 || h > 24 || m > 59 {
		return 0, 0, false
	}
	return h, m, true
}
