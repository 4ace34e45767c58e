package quantity

import "math"

// What comes before a number (a hedge, a label, a quake, a currency
// symbol, a sign, the "de" of a range) and after it (its unit, "y media",
// the cents of an amount of money).

// readPrefix reads what comes before the number at token i.
func (s *quantScanner) readPrefix(text string, lx *quantityLexicon, i, floor int, digits bool) quantPrefix {
	p := quantPrefix{lead: i, label: -1, symbol: -1, sign: -1, from: -1}
	if digits {
		if st, u, ok := s.symbolBefore(i, floor); ok {
			p.symbol, p.symUnit, p.lead = st, u, st
		}
		if j := p.lead; j-1 >= floor && s.isMinus(j-1) {
			// "-1,5 %" (glued: always a sign), "de - 3 grados" (spaced);
			// right after another number the dash opens an aside ("en 20
			// -19 provincias más la capital"): a sign only before a signed
			// unit
			spaced := s.toks[j].ws
			if !spaced || s.afterWord(j-1) {
				p.sign, p.weakSign, p.lead = j-1, spaced || s.afterNumber(j-1), j-1
			}
		}
	}
	p.hStart, p.h, p.hedged = s.findHedge(p.lead, floor)
	if !p.hedged && p.sign < 0 && p.lead-1 >= floor && s.afterWord(p.lead) && s.role(p.lead-1)&qrSign != 0 {
		// "menos 3 grados"; "al menos 3" and "menos de 3" are hedges
		p.sign, p.weakSign, p.lead = p.lead-1, true, p.lead-1
		p.hStart, p.h, p.hedged = s.findHedge(p.lead, floor)
	}
	b := p.lead
	if p.hedged {
		b = p.hStart
	}
	switch {
	case b-1 >= floor && s.afterWord(b) && s.role(b-1)&qrLabel != 0:
		p.label = b - 1 // "magnitud 6,8", "categoría 4"
	case b-2 >= floor && s.afterWord(b) && s.is(b-1, "de") && s.afterWord(b-1) && s.role(b-2)&qrQuake != 0:
		p.quake = true // "un sismo de 6,8"
	case !p.hedged && b-1 >= floor && s.afterWord(b) && s.role(b-1)&qrRangeFrom != 0 && !s.changeBefore(b-1):
		p.from = b - 1 // "de 5.000 a 11.000"; not "pasó de 5.000 a 11.000"
	}
	return p
}

// changeBefore reports a word of change in the three words before token
// j, with no punctuation between: "pasó de 5.000 a 11.000" is a change,
// not a range.
func (s *quantScanner) changeBefore(j int) bool {
	for t := j - 1; t >= 0 && t >= j-3; t-- {
		if !s.afterWord(t + 1) {
			return false
		}
		if s.role(t)&qrChange != 0 {
			return true
		}
	}
	return false
}

// afterNumber reports whether token i follows a number, whitespace
// between them.
func (s *quantScanner) afterNumber(i int) bool {
	return i > 0 && s.toks[i].ws && s.toks[i-1].kind == qkNum
}

// isMinus reports whether token i is a minus sign: "-" or "−".
func (s *quantScanner) isMinus(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	return t.kind == qkPunct && (t.r == '-' || t.r == '−') && i+1 < len(s.toks) && s.toks[i+1].kind == qkNum
}

// readUnit reads the unit after the number n, and what may follow it.
func (s *quantScanner) readUnit(text string, lx *quantityLexicon, n *quantNum, p *quantPrefix) quantUnit {
	u := quantUnit{tok: -1, end: int(s.toks[n.k].end), after: n.k + 1, value: n.acc.value(), alt: n.alt.value()}
	switch {
	case p.label >= 0 || p.quake:
		if p.label >= 0 {
			u.unit = lx.stem(text[s.toks[p.label].start:s.toks[p.label].end])
		} else {
			u.unit = lx.magnitud
		}
		if s.wordAfter(u.after) && s.role(u.after)&qrMagNoun != 0 {
			u.tok = u.after // "7,1 grados"
		}
	case p.symbol >= 0:
		u.unit = p.symUnit // "US$ 300 millones": money, whatever follows
	default:
		u.unit, u.tok = s.unitAfter(text, lx, n.k, n.lastScale != 0 || n.fraction)
	}
	if u.tok >= 0 {
		u.end = int(s.toks[u.tok].end)
		u.after = u.tok + 1
		s.halfAfterUnit(lx, n, &u)
	}
	if lx.currency[u.unit] {
		s.centsAfter(lx, &u)
	}
	return u
}

// halfAfterUnit reads "dos horas y media", "un año y medio".
func (s *quantScanner) halfAfterUnit(lx *quantityLexicon, n *quantNum, u *quantUnit) {
	a := u.after
	if n.lastScale != 0 || u.unit == "%" || lx.countStems[u.unit] || !s.is(a, "y") || !s.spaced(a) || !s.spaced(a+1) ||
		u.value != math.Trunc(u.value) {
		return
	}
	if w, ok := s.numWord(a + 1); ok && w.flags&qnHalf != 0 && s.closeOK(a+1, false) {
		u.value += 0.5
		u.alt += 0.5
		u.end = int(s.toks[a+1].end)
		u.after = a + 2
	}
}

// centsAfter reads the cents of an amount of money written in two parts:
// "15 dólares y 15 centavos", "dos euros con cincuenta céntimos", "siete
// euros con cincuenta".
func (s *quantScanner) centsAfter(lx *quantityLexicon, u *quantUnit) {
	a := u.after
	joint := s.role(a) & (qrRangeAnd | qrDecimalWeak)
	if joint == 0 || !s.spaced(a) || u.value != math.Trunc(u.value) || u.value != u.alt {
		return
	}
	c, last, ok := s.smallNumber(a + 1)
	if !ok {
		return
	}
	switch {
	case s.unitWord(last+1) && lx.subunits[s.text[s.toks[last+1].start:s.toks[last+1].end]]:
		last++
	case joint&qrDecimalWeak == 0 || s.unitWord(last+1) || !s.closeOK(last, s.toks[last].kind == qkNum):
		return
	}
	u.value = (u.value*100 + c) / 100
	u.alt = u.value
	u.end = int(s.toks[last].end)
	u.after = last + 1
}
