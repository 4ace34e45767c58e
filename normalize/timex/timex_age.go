package timex

// age turns a duration of whole years at tokens [i, end) into an age when
// its context says it is one (see data/time_age_before.txt and
// data/time_age_nouns.txt): after "a los", "con", "tenía"…, or after "de"
// following a noun of people or a comma. "de edad" after it joins it.
func (s *txScanner) age(i int, a txAmount, h txHit) txHit {
	if a.unit != "Y" || a.unit2 != "" || a.n < 1 || a.n != float64(int(a.n)) || a.mod != "" && a.mod != "APPROX" {
		return h
	}
	end := h.end
	edad := s.word(end) == "de" && s.word(end+1) == "edad"
	if edad {
		end += 2
	}
	ok := edad
	if !ok && s.word(end) != "de" {
		ok = s.ageBefore(i)
	}
	if !ok && s.word(i-1) == "de" {
		_, _, noun := txMatch(s, s.lx.ageNouns, i-2)
		comma := s.punct(i-2) == "," && (end >= len(s.toks) || s.toks[end].kind == txPunct)
		ok = noun || comma
	}
	if !ok {
		return h
	}
	h.kind, h.end = KindAge, end
	return h
}

// ageBefore reports that an entry of data/time_age_before.txt ends right
// before token i.
func (s *txScanner) ageBefore(i int) bool {
	for k := i - 2; k < i; k++ {
		if _, e, ok := txMatch(s, s.lx.ageBefore, k); ok && e == i {
			return true
		}
	}
	return false
}
