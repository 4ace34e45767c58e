package timex

// Clock times: "a las 10.30", "las ocho y media", "10.30 h".

// clock matches clock times: "las 10.30", "las 10:30 horas", "la una", "las
// ocho y media", "las 8 de la tarde" after "a", "desde", "hasta"…, and
// "10.30 h" anywhere. A time takes the day named last before it in its
// sentence ("el lunes a las 10", "la noche del lunes 6, a las 23:40"),
// otherwise a day anchor's.
func (s *txScanner) clock(i int) (txHit, bool) { return s.clockIn(i, "") }

// clockIn is clock for a time named after the part of day it falls in
// ("por la tarde a las siete"): part, when set, moves the hour as the
// part its day was named with does.
func (s *txScanner) clockIn(i int, dayPart string) (txHit, bool) {
	mod, k := s.clockMod(i)
	h, m, j, loose, ok := s.clockStart(k)
	if !ok {
		return txHit{}, false
	}
	part := false
	if h, m, j, part, ok = s.clockRest(h, m, j, loose); !ok {
		return txHit{}, false
	}
	var b [40]byte
	out := b[:0]
	hit := txHit{end: j, kind: KindTime, mod: mod}
	if dayPart == "" && s.dayVal != "" {
		dayPart = s.dayPart
	}
	if !part {
		h = txDayPartHour(h, dayPart)
	}
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

// clockMod reads an approximation before a clock time, "alrededor de las
// 10", "cerca de la una": its mod and where "las" or "la" starts.
func (s *txScanner) clockMod(i int) (string, int) {
	if m, e, ok := txMatch(s, s.lx.mods, i); ok && m == "APPROX" {
		if w := s.word(e); w == "las" || w == "la" {
			return m, e
		}
	}
	return "", i
}

// txDayPartHour moves an hour of the clock to the afternoon or the night
// its day was named in ("el lunes por la noche, a las 10" → 22:00) when the
// time names no part itself.
func txDayPartHour(h int, part string) int {
	switch {
	case part == "AF" && h >= 1 && h < 12, part == "NI" && h >= 6 && h < 12:
		return h + 12
	}
	return h
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
// "y veinte", "menos cuarto", "p. m.", "horas", "de la tarde". A loose hour
// must be followed by one of them, or by a mark or a function word ("a las
// 5 víctimas" is not a time). part reports that the time names its half of
// the day ("de la tarde", "p. m.").
func (s *txScanner) clockRest(h, m, j int, loose bool) (hh, mm, end int, part, ok bool) {
	if mm, e, ok := s.hMinutes(j); ok && loose {
		m, j, loose = mm, e, false // "las 10h30"
	}
	if loose {
		h, m, j, loose = s.clockMinutes(h, m, j)
	}
	if p, e := s.meridiem(j); p != 0 && h >= 1 && h <= 12 {
		if h == 12 {
			h = 0
		}
		if p == 'p' {
			h += 12
		}
		j, loose, part = e, false, true
	}
	if u, e, ok := txMatch(s, s.lx.units, j); ok && u.code == "H" {
		j, loose = e, false
	}
	if w := s.word(j); (w == "de" || w == "por") && s.word(j+1) == "la" {
		if p, e, ok := txMatch(s, s.lx.parts, j+2); ok && !txPlural(s.word(e-1)) {
			if (p == "AF" || p == "NI") && h < 12 {
				h += 12
			}
			j, loose, part = e, false, true
		}
	} else if _, e, ok := txMatch(s, s.lx.partsAlone, j+1); ok && w == "del" {
		if h < 6 {
			h += 12 // "la una del mediodía"
		}
		j, loose, part = e, false, true
	}
	if loose && !s.clockEnds(j) {
		return 0, 0, j, false, false
	}
	if h < 0 || h > 24 || m > 59 || h == 24 && m > 0 {
		return 0, 0, j, false, false
	}
	return h, m, j, part, true
}

// clockMinutes reads the minutes written after a bare hour at token j: "y
// media", "y cuarto", "menos cuarto", "y veinte", "menos diez", "en punto".
func (s *txScanner) clockMinutes(h, m, j int) (int, int, int, bool) {
	switch a, b := s.word(j), s.word(j+1); {
	case a == "y" && b == "media":
		return h, 30, j + 2, false
	case a == "y" && b == "cuarto":
		return h, 15, j + 2, false
	case a == "menos" && b == "cuarto":
		return h - 1, 45, j + 2, false
	case a == "en" && b == "punto":
		return h, m, j + 2, false
	case a == "y" || a == "menos":
		v, e, ok := txMatch(s, s.lx.counts, j+1)
		if !ok || v != float64(int(v)) || v < 2 || v > 59 || !s.clockEnds(e) {
			break // "a las 5 y dos heridos"
		}
		if a == "y" {
			return h, int(v), e, false
		}
		return h - 1, 60 - int(v), e, false
	}
	return h, m, j, true
}

// clockEnds reports that token j may follow a bare clock time: a mark, a
// number, the end, or a function word.
func (s *txScanner) clockEnds(j int) bool {
	if p, _ := s.meridiem(j); p != 0 || j >= len(s.toks) || s.toks[j].kind != txWord {
		return true
	}
	switch s.word(j) {
	case "y", "en", "de", "del", "para", "con", "cuando", "que", "hasta", "desde":
		return true
	}
	return false
}

// meridiem reads "a. m." or "p. m." (also "am", "pm", "p.m.") at token j:
// 'a' or 'p', 0 when none, and where it ends.
func (s *txScanner) meridiem(j int) (byte, int) {
	switch w := s.word(j); {
	case w == "am" || w == "pm":
		return w[0], j + 1
	case (w == "a" || w == "p") && s.punct(j+1) == "." && s.word(j+2) == "m":
		if s.punct(j+3) == "." {
			return w[0], j + 4
		}
		return w[0], j + 3
	}
	return 0, j
}

// partClock matches a clock time after the part of day it falls in: "la
// tarde a las siete", "la noche, a las 10" (after "por", "en", "a"): one
// time, its hour moved to the part (19:00, 22:00).
func (s *txScanner) partClock(i int) (txHit, bool) {
	if s.word(i) != "la" {
		return txHit{}, false
	}
	p, e, ok := txMatch(s, s.lx.parts, i+1)
	if !ok || txPlural(s.word(e-1)) {
		return txHit{}, false
	}
	if s.punct(e) == "," {
		e++
	}
	if !s.clockPrep(e) {
		return txHit{}, false
	}
	return s.clockIn(e+1, p)
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
	day, ok := s.namedDayAt(e + 1)
	if !ok {
		return txHit{}, false
	}
	h := txHit{end: day.end, kind: KindTime, rel: day.rel}
	if len(day.val) == 10 {
		h.val = day.val + "T" + p
	}
	return h, true
}

// namedDayAt reads the day named at token j, as after "la noche del":
// "lunes", "6 de febrero", "ayer".
func (s *txScanner) namedDayAt(j int) (txHit, bool) {
	var day txHit
	found := false
	for _, f := range []func(int) (txHit, bool){s.weekdayExpr, s.dayDate, s.dayWord} {
		if h, ok := f(j); ok && h.day && (!found || h.end > day.end) {
			day, found = h, true
		}
	}
	return day, found
}

// partAlone matches a part of day that stands on its own
// (data/time_parts_alone.txt): "al mediodía", "este mediodía", "cerca de
// mediodía" (mod APPROX), "el mediodía del lunes", "mediodía de hoy". It
// falls on the day named after it, else on the one named before it in the
// text, else on a day anchor's ("2023-09-13TMI"), else on none ("TMI").
func (s *txScanner) partAlone(i int) (txHit, bool) {
	mod, k := "", i
	if m, e, ok := txMatch(s, s.lx.mods, i); ok && m == "APPROX" {
		mod, k = m, e
	}
	if w := s.word(k); w == "el" || w == "este" {
		k++
	}
	p, e, ok := txMatch(s, s.lx.partsAlone, k)
	if !ok {
		return txHit{}, false
	}
	h := txHit{end: e, kind: KindTime, mod: mod, rel: true}
	if w := s.word(e); w == "de" || w == "del" {
		if day, ok := s.namedDayAt(e + 1); ok {
			h.end, h.rel = day.end, day.rel
			if len(day.val) == 10 {
				h.val = day.val + "T" + p
			}
			return h, true
		}
	}
	switch {
	case s.dayVal != "":
		h.val, h.rel = s.dayVal+"T"+p, s.dayRel
	case s.gran() == txDay:
		v, _ := s.at(txDay)
		h.val = v.String() + "T" + p
	default:
		h.val, h.rel = "T"+p, false
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
