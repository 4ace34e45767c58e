package timex

// Clock times: "a las 10.30", "las ocho y media", "10.30 h".

// clock matches clock times: "las 10.30", "las 10:30 horas", "la una", "las
// ocho y media", "las 8 de la tarde" after "a", "desde", "hasta"…, and
// "10.30 h" anywhere. A time right after a named day ("el lunes a las 10")
// takes that day, otherwise a day anchor's.
func (s *txScanner) clock(i int) (txHit, bool) {
	var h, m int
	j, loose := i, false
	switch w := s.word(i); {
	case (w == "las" || w == "la") && s.clockPrep(i-1):
		j = i + 1
		if hh, mm, ok := s.clockNum(j); ok && w == "las" {
			h, m, j = hh, mm, j+1
		} else if v, ok := s.intAt(j, 2); ok && w == "las" && s.cleanNum(j) {
			h, j, loose = v, j+1, true
		} else if v, e, ok := txMatch(s, s.lx.counts, j); ok && v == float64(int(v)) && (w == "la") == (v == 1) && v <= 12 {
			h, j, loose = int(v), e, true
		} else {
			return txHit{}, false
		}
	case w == "":
		if hh, mm, ok := s.clockNum(i); ok {
			if u, _, ok := txMatch(s, s.lx.units, i+1); !ok || u.code != "H" {
				return txHit{}, false // "2:24" alone is not a time
			}
			h, m, j = hh, mm, i+1
		} else if hh, ok := s.intAt(i, 2); ok && s.cleanNum(i) {
			mm, e, ok := s.hMinutes(i + 1)
			if !ok {
				return txHit{}, false
			}
			h, m, j = hh, mm, e
		} else {
			return txHit{}, false
		}
	default:
		return txHit{}, false
	}
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
			return txHit{}, false // "a las 5 víctimas"
		}
	}
	if h < 0 || h > 24 || m > 59 || h == 24 && m > 0 {
		return txHit{}, false
	}
	var b [40]byte
	out := b[:0]
	hit := txHit{end: j, kind: KindTime}
	switch {
	case s.hasLast && s.last.day && len(s.last.val) == 10 && s.last.end >= i-2:
		out = append(out, s.last.val...)
		hit.rel = s.last.rel
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
