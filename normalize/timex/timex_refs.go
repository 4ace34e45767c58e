package timex

// ref matches the words of data/time_refs.txt that refer to the present,
// past or future without naming a date ("ahora", "la actualidad", "desde
// entonces", "el futuro"): a date valued PRESENT_REF, PAST_REF or
// FUTURE_REF whatever the anchor. An entry flagged "det" needs a word of
// data/time_ref_context.txt right before it.
func (s *txScanner) ref(i int) (txHit, bool) {
	r, end, ok := txMatch(s, s.lx.refs, i)
	if !ok {
		return txHit{}, false
	}
	if r.det {
		if _, _, ok := txMatch(s, s.lx.refContext, i-1); !ok {
			return txHit{}, false
		}
	}
	return txHit{end: end, kind: KindDate, val: r.value}, true
}

// Reference reports whether t refers to the present, past or future
// without naming a date (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF: "ahora",
// "en el pasado", "la futura ley"). Such an expression has no Interval and
// dates nothing that can be compared.
func (t Timex) Reference() bool {
	switch t.Value {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return true
	}
	return false
}
