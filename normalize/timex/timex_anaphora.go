package timex

import "strings"

// A Tagger finds the temporal expressions of one document's sentences,
// given in order. Unlike [Find] it remembers the last date it read, which
// the expressions of data/time_anaphora.txt refer to: "ese mismo día", "la
// víspera", "al día siguiente", "aquel año", "esa fecha". Their values are
// Relative. The zero Tagger has no anchor; a Tagger is not safe for
// concurrent use.
type Tagger struct {
	Anchor Date // the document's date; zero when unknown
	last   txVal
}

// Find returns the temporal expressions in text, as [Find] does, and
// remembers the last date among them for the next call.
func (tg *Tagger) Find(text string) []Timex {
	if text == "" {
		return nil
	}
	var stack [96]txTok
	s := txScanner{text: text, anchor: txNormAnchor(tg.Anchor), lx: txLexicons(), prior: tg.last}
	s.toks = txTokenize(text, stack[:0], s.lx.first)
	var out []Timex
	for i := 0; i < len(s.toks); {
		if e, ok := s.placeName(i); ok {
			i = e
			continue
		}
		h, ok := s.match(i)
		if !ok {
			i++
			continue
		}
		start, end := s.toks[i].start, s.toks[h.end-1].end
		out = append(out, Timex{
			Start: start, End: end, Text: text[start:end],
			Kind: h.kind, Value: h.val, Mod: h.mod, Relative: h.rel,
		})
		s.last, s.hasLast = h, true
		if v, ok := txValOf(h); ok {
			s.prior = v
			if v.g == txDay {
				s.dayVal, s.dayRel, s.dayPart = h.val[:10], h.rel, ""
				if len(h.val) == 13 && h.val[10] == 'T' {
					s.dayPart = h.val[11:]
				}
			}
		}
		i = h.end
	}
	tg.last = s.prior
	return out
}

// txValOf returns the date a hit names, when it is a year, a month or a
// day: what an anaphor may refer to.
func txValOf(h txHit) (txVal, bool) {
	if h.kind != KindDate && h.kind != KindTime || h.val == "" {
		return txVal{}, false
	}
	v := h.val
	if k := strings.IndexByte(v, 'T'); k >= 0 {
		v = v[:k]
	}
	d, err := ParseDate(v)
	if err != nil {
		return txVal{}, false
	}
	switch d.Prec {
	case PrecYear:
		return txVal{y: d.Year, g: txYear}, true
	case PrecMonth:
		return txVal{y: d.Year, m: int(d.Month), g: txMonth}, true
	case PrecDay:
		return txVal{y: d.Year, m: int(d.Month), d: d.Day, g: txDay}, true
	}
	return txVal{}, false
}

// anaphor matches the expressions of data/time_anaphora.txt and resolves
// them from the last date read: "ese mismo día" is that day, "la víspera"
// the day before, "aquel año" its year.
func (s *txScanner) anaphor(i int) (txHit, bool) {
	a, end, ok := txMatch(s, s.lx.anaphora, i)
	if !ok {
		return txHit{}, false
	}
	h := txHit{end: end, kind: KindDate, rel: true, day: a.unit == txDay}
	r := s.prior
	unit := a.unit
	if unit == txNoGran {
		unit = r.g
	}
	if r.g == txNoGran || r.g < unit || r.g == txWeek {
		return h, true
	}
	switch unit {
	case txDay:
		h.val = txDayVal(txUTC(r.y, r.m, r.d).AddDate(0, 0, a.off)).String()
	case txMonth:
		y, m := txAddMonths(r.y, r.m, a.off)
		h.val = txVal{y: y, m: m, g: txMonth}.String()
	case txYear:
		h.val = txVal{y: r.y + a.off, g: txYear}.String()
	}
	return h, true
}
