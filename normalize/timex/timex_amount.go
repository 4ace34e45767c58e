package timex

import "strconv"

// Amounts of time (durations, "hace N U") and recurring times.

// txAmount is a count and a unit, perhaps with a second, smaller
// component: "dos horas y treinta minutos".
type txAmount struct {
	end   int
	mod   string
	n     float64 // < 0 for an indefinite amount: "unos días"
	unit  string  // Y M W D H MIN S DE CE
	n2    float64
	unit2 string
}

// amount reads "[mod] count unit [y medio | y count unit]" at token j:
// "casi una hora", "una hora y media", "unos treinta minutos", "48 horas",
// "media hora", "un par de días", "unos días".
func (s *txScanner) amount(j int) (txAmount, bool) {
	k, mod := j, ""
	for range 2 {
		m, e, ok := txMatch(s, s.lx.mods, k)
		if !ok {
			break
		}
		if mod == "" {
			mod = m
		}
		k = e
	}
	if a, ok := s.bareAmount(k); ok && (a.n >= 0 || k == j) {
		if a.n >= 0 {
			a.mod = mod
		}
		return a, true
	}
	if k != j { // "unos días": the modifier was the count
		return s.bareAmount(j)
	}
	return txAmount{}, false
}

// bareAmount reads "count unit [y medio | y count unit]" at token j.
func (s *txScanner) bareAmount(j int) (txAmount, bool) {
	n, e, digits, ok := s.count(j)
	if !ok {
		return txAmount{}, false
	}
	u, e, ok := txMatch(s, s.lx.units, e)
	if !ok || u.code == "WE" || u.digits && !digits {
		return txAmount{}, false
	}
	a := txAmount{end: e, n: n, unit: u.code}
	if n < 1 || s.word(e) != "y" {
		return a, true
	}
	if half, e2, ok := txMatch(s, s.lx.counts, e+1); ok && half == 0.5 {
		if _, _, unit := txMatch(s, s.lx.units, e2); !unit {
			a.n += 0.5 // "una hora y media"
			a.end = e2
		}
		return a, true
	}
	if n2, e2, digits2, ok := s.count(e + 1); ok && n2 > 0 {
		u2, e3, ok := txMatch(s, s.lx.units, e2)
		if ok && txUnitRank(u2.code) > txUnitRank(u.code) && !(u2.digits && !digits2) {
			a.n2, a.unit2, a.end = n2, u2.code, e3
		}
	}
	return a, true
}

// count reads a number of units at token k: digits ("48", "1,5"), a count
// word ("tres", "treinta y cinco", "un par de") or an indefinite one
// ("varios": n < 0). digits reports a written number.
func (s *txScanner) count(k int) (n float64, end int, digits, ok bool) {
	if k >= len(s.toks) {
		return 0, k, false, false
	}
	if t := s.toks[k]; t.kind == txNum {
		if k > 0 && !t.space && s.toks[k-1].kind != txPunct {
			return 0, k, false, false
		}
		n, ok := txParseCount(t.norm)
		return n, k + 1, true, ok
	}
	n, e, ok := txMatch(s, s.lx.counts, k)
	if !ok {
		return 0, k, false, false
	}
	if n >= 30 && n < 100 && int(n)%10 == 0 && s.word(e) == "y" {
		if u, e2, ok := txMatch(s, s.lx.counts, e+1); ok && u >= 1 && u <= 9 && u == float64(int(u)) {
			n, e = n+u, e2
		}
	}
	return n, e, false, true
}

// txParseCount reads "48", "1,5" (decimal comma) or "1.000" (thousands),
// up to a million.
func txParseCount(s string) (float64, bool) {
	var n, frac, scale float64 = 0, 0, 1
	digits, group, comma := 0, -1, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if comma {
				scale /= 10
				frac += float64(c-'0') * scale
			} else {
				n = n*10 + float64(c-'0')
				digits++
				if group >= 0 {
					group++
				}
			}
		case c == ',' && !comma && group < 0:
			comma = true
		case c == '.' && !comma && (group < 0 && digits <= 3 || group == 3):
			group = 0
		default:
			return 0, false
		}
	}
	if group >= 0 && group != 3 || n > 1e6 {
		return 0, false
	}
	return n + frac, true
}

// iso formats the amount as a TIMEX3 duration: "PT1H30M", "P1Y6M", "P2W",
// "PXD" for an indefinite one. Halves move to the next smaller unit where
// there is one ("un año y medio" → "P1Y6M").
func (a txAmount) iso() string {
	var b [40]byte
	out := append(b[:0], 'P')
	r := txUnitRank(a.unit)
	if a.n < 0 {
		if r >= 6 {
			out = append(out, 'T')
		}
		return string(txAppendUnit(append(out, 'X'), r))
	}
	var v [9]float64
	v[r] += a.n
	if a.unit2 != "" {
		v[txUnitRank(a.unit2)] += a.n2
	}
	for _, c := range [...]struct {
		from, to int
		half     float64
	}{{0, 2, 50}, {1, 2, 5}, {2, 3, 6}, {5, 6, 12}, {6, 7, 30}, {7, 8, 30}} {
		if f := v[c.from] - float64(int(v[c.from])); f == 0.5 {
			v[c.from] -= 0.5
			v[c.to] += c.half
		}
	}
	inTime := false
	for k, x := range v {
		if x == 0 && !(k == r && txAllZero(v[:])) {
			continue // a zero amount ("0 horas") keeps its unit
		}
		if k >= 6 && !inTime {
			out, inTime = append(out, 'T'), true
		}
		out = txAppendUnit(strconv.AppendFloat(out, x, 'f', -1, 64), k)
	}
	return string(out)
}

// txAllZero reports that every value in v is 0.
func txAllZero(v []float64) bool {
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}

// txAppendUnit appends the TIMEX3 designator of unit rank r.
func txAppendUnit(b []byte, r int) []byte {
	switch r {
	case 0:
		return append(b, "CE"...)
	case 1:
		return append(b, "DE"...)
	case 2:
		return append(b, 'Y')
	case 3, 7:
		return append(b, 'M')
	case 4:
		return append(b, 'W')
	case 5:
		return append(b, 'D')
	case 6:
		return append(b, 'H')
	}
	return append(b, 'S')
}

// whole matches the whole of one unit (data/time_whole.txt): "toda la
// semana" is a duration, P1W; after "de" or with a shift it is the period
// itself, a date: "de todo el año" is the anchor's year, "todo el mes
// pasado" the month before it.
func (s *txScanner) whole(i int) (txHit, bool) {
	_, j, ok := txMatch(s, s.lx.whole, i)
	if !ok {
		return txHit{}, false
	}
	u, e, ok := txMatch(s, s.lx.units, j)
	if !ok || u.digits || u.code == "WE" {
		return txHit{}, false
	}
	shift, e2, hasShift := txMatch(s, s.lx.shifts, e)
	w := s.word(i - 1)
	if !u.cal || !hasShift && w != "de" && w != "del" {
		return txHit{end: e, kind: KindDuration, val: txAmount{n: 1, unit: u.code}.iso()}, true
	}
	if hasShift {
		e = e2
	}
	var v txVal
	switch u.code {
	case "Y":
		v, ok = s.relYears(shift, txYear)
	case "M":
		v, ok = s.relMonths(shift)
	default:
		v, ok = s.relWeeks(shift)
	}
	h := txHit{end: e, kind: KindDate, rel: true}
	if ok {
		h.val = v.String()
	}
	return h, true
}

// duration matches an amount of time: "cinco horas", "casi una hora", "tres
// años". After "en" in a future context it is a date instead: "en
// aproximadamente un mes" is a month from the anchor; years of a person are
// an age (see age).
func (s *txScanner) duration(i int) (txHit, bool) {
	a, ok := s.amount(i)
	if !ok {
		return txHit{}, false
	}
	if s.word(i-1) == "en" && s.future(i, a.end) {
		h := txHit{end: a.end, kind: KindDate, mod: a.mod, rel: true}
		if v, ok := s.shiftBy(1, a); ok {
			h.val, h.day = v.String(), v.g == txDay
		}
		return h, true
	}
	return s.age(i, a, txHit{end: a.end, kind: KindDuration, val: a.iso(), mod: a.mod}), true
}

// set matches recurring times: "cada año", "cada dos semanas", "todos los
// lunes", "los domingos", "todas las mañanas", "diariamente".
func (s *txScanner) set(i int) (txHit, bool) {
	if v, e, ok := txMatch(s, s.lx.sets, i); ok {
		return txHit{end: e, kind: KindSet, val: v}, true
	}
	switch s.word(i) {
	case "cada":
		return s.setItem(i+1, true)
	case "todos", "todas":
		if w := s.word(i + 1); w == "los" || w == "las" {
			return s.setItem(i+2, false)
		}
	case "los":
		if wd, e, ok := txMatch(s, s.lx.weekdays, i+1); ok {
			return txHit{end: e, kind: KindSet, val: "XXXX-WXX-" + strconv.Itoa(wd)}, true
		}
	}
	return txHit{}, false
}

// setItem reads what recurs, at token j.
func (s *txScanner) setItem(j int, counted bool) (txHit, bool) {
	if wd, e, ok := txMatch(s, s.lx.weekdays, j); ok {
		return txHit{end: e, kind: KindSet, val: "XXXX-WXX-" + strconv.Itoa(wd)}, true
	}
	if p, e, ok := txMatch(s, s.lx.parts, j); ok {
		return txHit{end: e, kind: KindSet, val: "XXXX-XX-XXT" + p}, true
	}
	if u, e, ok := txMatch(s, s.lx.units, j); ok && !u.digits {
		if u.code == "WE" {
			return txHit{end: e, kind: KindSet, val: "XXXX-WXX-WE"}, true
		}
		return txHit{end: e, kind: KindSet, val: txAmount{n: 1, unit: u.code}.iso()}, true
	}
	if counted {
		if a, ok := s.bareAmount(j); ok && a.n > 0 {
			return txHit{end: a.end, kind: KindSet, val: a.iso()}, true
		}
	}
	return txHit{}, false
}

// cleanNum reports that the number at token k is not glued to a word or
// number before it, nor to a number or a mark and number after it; a word
// may follow it glued ("10.30h").
func (s *txScanner) cleanNum(k int) bool {
	if k > 0 && !s.toks[k].space && s.toks[k-1].kind != txPunct {
		return false
	}
	if k+1 < len(s.toks) && !s.toks[k+1].space && s.toks[k+1].kind == txPunct {
		return s.isolated(k)
	}
	return true
}
