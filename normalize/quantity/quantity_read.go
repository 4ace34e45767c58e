package quantity

import "math"

// quantRead is what read found at one candidate.
type quantRead struct {
	q          Quantity
	first      int     // first token of the number
	hedged     bool    // a hedge set the bound
	pending    bool    // an ambiguous comma to settle with the text's evidence
	ev         int     // evidence about the comma from this number
	rangeTok   int     // "entre X y Y", "de X a Y": token where Y starts, else -1
	rangeStart int     // where that range's span starts ("entre", "de")
	bare       bool    // no unit, multiplier or fraction: "entre 5" may take "y 7 millones"
	mult       float64 // the multiplier the number ends in ("7 millones"), else 0
}

// quantPrefix is what read found before a number.
type quantPrefix struct {
	lead     int // first token of the number with its glued sign or symbol
	hStart   int // first token of the hedge
	h        quantHedge
	hedged   bool
	label    int    // "magnitud 6,8": the label's token, else -1
	quake    bool   // "un sismo de 6,8"
	symbol   int    // first token of a currency symbol before the number, else -1
	symUnit  string // that symbol's unit
	sign     int    // a minus sign or its word before the number, else -1
	weakSign bool   // a spaced sign or "menos": a sign only before a signed unit
	from     int    // "de" opening "de X a Y", else -1
}

// quantUnit is what read found after a number.
type quantUnit struct {
	unit       string
	tok        int // last token of the unit, -1 if none
	end        int // byte where the quantity ends
	after      int // token after it
	value, alt float64
}

// read reads the quantity whose number starts at token i, building it
// from text and lx only. It returns the token to go on from and whether a
// quantity was read. Hedges may reach back to token floor.
func (s *quantScanner) read(text string, lx *quantityLexicon, i, floor int) (r quantRead, next int, ok bool) {
	r = quantRead{first: i, rangeTok: -1}
	n, next, ok := s.readNumber(i)
	if !ok {
		return r, next, false
	}
	if n.isDigits {
		r.ev = int(s.toks[i].d.ev)
	}
	if s.notCount(&n, floor) {
		return r, n.k + 1, false
	}
	p := s.readPrefix(text, lx, i, floor, n.isDigits)
	// "un muerto", "una hora", "media hora": an article, or "medio" with no
	// multiplier, is a number only before a listed unit noun.
	if (n.level == qlArticle || n.level == qlHalf) && n.k == i && !(s.unitWord(i+1) && lx.afterArticle[string(s.word(i+1))]) {
		return r, i + 1, false
	}
	u := s.readUnit(text, lx, &n, &p)
	if !s.unitFits(lx, &n, &p, &u) || s.isYearNumber(lx, &n, &p, u.unit) {
		return r, n.k + 1, false
	}
	q := s.quantity(text, lx, &n, &p, &u, &r)
	if !quantFinite(q.Value) || !quantFinite(q.Alt) || !quantFinite(q.High) {
		return r, n.k + 1, false
	}
	r.q = q
	r.bare = !n.anyMult && !n.fraction && u.unit == "" && p.symbol < 0
	if n.anyMult && n.lastScale >= 1000 {
		r.mult = n.lastScale
	}
	return r, u.after, true
}

// notCount reports a number that names rather than counts: an index, a
// name, a time, a day, a decade.
func (s *quantScanner) notCount(n *quantNum, floor int) bool {
	i, k, v := n.first, n.k, n.acc.value()
	if _, _, sym := s.symbolBefore(i, floor); sym && n.isDigits {
		// "USD 500": a symbol, not a name
	} else if s.afterWord(i) && s.role(i-1)&qrIndex != 0 || n.isDigits && s.toks[i].d.plain && s.nameBefore(i) {
		return true
	}
	return s.isClock(i, k, v, n.isDigits) || s.isDay(i, k, v, n.single()) || s.isDecade(i, v, n.single())
}

// unitFits checks what the number needs of its unit: a hyphenated range
// a unit ("10-15 muertos"), a fraction noun what it divides ("un cuarto
// de hora", "dos tercios de los votos"; not "un cuarto de hotel").
func (s *quantScanner) unitFits(lx *quantityLexicon, n *quantNum, p *quantPrefix, u *quantUnit) bool {
	if n.hasHigh && u.tok < 0 && p.symbol < 0 {
		return false
	}
	if n.fracNoun {
		j := n.k + 1
		if !s.is(j, "de") || !s.spaced(j) {
			return false
		}
		return s.role(j+1)&qrFracDet != 0 || u.tok == j+1 && lx.unitStems[u.unit]
	}
	return true
}

// isYearNumber reports a year: 4 digits, 1900–2100 (1000–2100 after a
// year preposition: "en 1839"), no separator, with no unit or hedge that
// makes it a count.
func (s *quantScanner) isYearNumber(lx *quantityLexicon, n *quantNum, p *quantPrefix, unit string) bool {
	i := n.first
	d := &s.toks[i].d
	value := n.acc.value()
	if !n.single() || !d.plain || d.intDigits != 4 || value > 2100 || !(value >= 1900 || value >= 1000 && s.isYear(i)) {
		return false
	}
	keep := p.hedged && !p.h.between && p.h.bound != AtMost
	return s.isYear(i) || !keep && unit != "%" && !lx.unitStems[unit]
}

// quantity builds the quantity read: its span, value, bound and unit.
func (s *quantScanner) quantity(text string, lx *quantityLexicon, n *quantNum, p *quantPrefix, u *quantUnit, r *quantRead) Quantity {
	start := int(s.toks[n.first].start)
	switch {
	case p.label >= 0:
		start = int(s.toks[p.label].start)
	case p.symbol >= 0:
		start = int(s.toks[p.symbol].start)
	}
	sign := 1.0
	if p.sign >= 0 && (!p.weakSign || lx.signed[u.unit]) {
		sign, start = -1, min(start, int(s.toks[p.sign].start))
	}
	q := Quantity{Value: sign * u.value, Alt: sign * u.alt, Unit: u.unit}
	if n.approx {
		q.Bound = Approx
	}
	if n.hasHigh {
		q.Bound, q.High, q.altHigh = Range, n.high, n.high
	}
	switch {
	case p.hedged && p.h.between:
		// "entre 300 y 400 muertos": a range only when "y" and a number follow.
		if y := s.rangeNext(u.after, qrRangeAnd); y >= 0 && !n.hasHigh {
			r.rangeTok, r.rangeStart = y, int(s.toks[p.hStart].start)
		}
	case p.hedged:
		if !n.hasHigh {
			q.Bound, q.near = p.h.bound, p.h.near
		}
		start = int(s.toks[p.hStart].start)
		r.hedged = true
	case p.from >= 0:
		// "de 5.000 a 11.000 muertos"
		if y := s.rangeNext(u.after, qrRangeTo); y >= 0 && !n.hasHigh {
			r.rangeTok, r.rangeStart = y, int(s.toks[p.from].start)
		}
	}
	if q.Bound == Approx && n.vague > 0 {
		q.vague = n.vague
	}
	if n.isDigits && s.toks[n.first].d.ambiguous {
		// An ambiguous comma ("2,012").
		switch {
		case n.single() && (p.label >= 0 || p.quake):
			q.Value, q.Alt = q.Alt, q.Value
		case n.single() && lx.countStems[u.unit]:
		default:
			r.pending = true
		}
	}
	q.Start, q.End = start, u.end
	q.Text = text[start:u.end]
	return q
}

// rangeNext returns the token where the upper end of a range starts when
// token a is a word of role (the "y" of "entre X y Y", the "a" of "de X
// a Y") and a number follows, else -1.
func (s *quantScanner) rangeNext(a int, role quantRole) int {
	if !s.spaced(a) || s.role(a)&role == 0 || !s.spaced(a+1) {
		return -1
	}
	if s.candidate(a+1) && s.toks[a+1].kind != qkPunct {
		return a + 1
	}
	if a+2 < len(s.toks) && s.isMinus(a+1) && !s.toks[a+2].ws && s.toks[a+2].kind == qkNum {
		return a + 2 // "entre -5 y -10 grados"
	}
	return -1
}

func quantFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
