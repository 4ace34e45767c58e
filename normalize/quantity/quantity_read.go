package quantity

import "math"

// quantRead is what read found at one candidate.
type quantRead struct {
	q          Quantity
	first      int  // first token of the number
	numStart   int  // byte where the number (or its label or symbol) starts
	hedged     bool // a hedge set the bound
	pending    bool // an ambiguous comma to settle with the text's evidence
	ev         int  // evidence about the comma from this number
	betweenTok int  // "entre X y Y": token where Y starts, else -1
}

// quantAcc accumulates a number read in groups, scaled by den so that a
// decimal read in digits stays exact: value = (big + thou + cur) / den.
type quantAcc struct{ cur, thou, big, den float64 }

func (a *quantAcc) value() float64 { return (a.big + a.thou + a.cur) / a.den }

// group returns the group before a big multiplier, 1 if empty ("millón").
func (a *quantAcc) group() float64 {
	if g := a.thou + a.cur; g != 0 {
		return g
	}
	return a.den
}

func (a *quantAcc) mil() {
	g := a.cur
	if g == 0 {
		g = a.den
	}
	a.thou, a.cur = g*1000, 0
}

func (a *quantAcc) bigMult(scale float64) {
	a.big += a.group() * scale
	a.thou, a.cur = 0, 0
}

func (a *quantAcc) noun(scale float64) {
	g := a.cur
	if g == 0 {
		g = a.den
	}
	a.cur = g * scale
}

func (a *quantAcc) add(v float64) { a.cur += v * a.den }

// Levels of the group being read, to accept "ciento cincuenta y dos" but
// not "dos tres".
const (
	qlNone      = iota // empty: right after a multiplier
	qlUnit             // 0–9
	qlTensRound        // 20, 30 … 90: "y" + unit may follow
	qlTeen             // 10–19, 21–29, "treinta y dos": nothing small may follow
	qlHundreds         // 100–900: tens or units may follow
	qlDigits           // written in digits: only a multiplier or noun may follow
	qlHalf             // medio: a multiplier or noun must follow
	qlArticle          // un, una: a multiplier, noun or unit noun must follow
	qlDone             // a counted noun or bare plural: nothing may follow
)

func quantLevel(v float64) int {
	switch {
	case v < 10:
		return qlUnit
	case v >= 20 && v < 100 && int(v)%10 == 0:
		return qlTensRound
	case v < 100:
		return qlTeen
	}
	return qlHundreds
}

// read reads the quantity whose number starts at token i, building it
// from text and lx only. It returns the token to go on from and whether a
// quantity was read. Hedges may reach back to token floor.
func (s *quantScanner) read(text string, lx *quantityLexicon, i, floor int) (r quantRead, next int, ok bool) {
	r = quantRead{first: i, betweenTok: -1}
	toks := s.toks
	first := &toks[i]
	isDigits := first.kind == qkNum
	if isDigits && !first.d.ok {
		return r, s.skipChunk(i), false
	}
	if !s.openOK(i, isDigits) {
		if isDigits {
			return r, s.skipChunk(i), false
		}
		return r, i + 1, false
	}

	// The number itself: atoms from token i to token k.
	var acc, alt quantAcc
	level := qlNone
	thouUsed := false // "mil" read in the current group
	lastBig := 0.0    // scale of the last big multiplier, 0 before any
	anyMult := false
	approx := false
	vague := 0.0
	lastScale := 0.0 // scale of a final multiplier or noun, for "y medio"
	k := i
	if isDigits {
		d := &first.d
		acc = quantAcc{cur: float64(d.m), den: quantPow10(d.n)}
		alt = quantAcc{cur: float64(d.altM), den: quantPow10(d.altN)}
		level = qlDigits
		r.ev = int(d.ev)
	} else {
		w, _ := s.numWord(i)
		acc = quantAcc{den: 1}
		switch {
		case w.vague > 0:
			// A bare plural: "decenas de", "miles de", "millones de",
			// "cientos de miles".
			acc.cur, vague, approx = w.value, w.vague, true
			if s.is(i+1, "de") && s.spaced(i+1) && s.spaced(i+2) {
				if w2, ok := s.numWord(i + 2); ok && w2.vague > 0 && w2.value >= 1000 && w2.value > w.value {
					acc.cur *= w2.value
					k = i + 2
				}
			}
			level, lastScale = qlDone, -1
		case w.flags&qnMult != 0:
			if w.value == 1000 {
				acc.thou, thouUsed = 1000, true
			} else {
				acc.big, lastBig = w.value, w.value
			}
			level, anyMult, lastScale = qlNone, true, w.value
		case w.flags&qnNoun != 0:
			return r, i + 1, false // "centenar" needs a number before it
		case w.flags&qnHalf != 0:
			acc.cur, level = 0.5, qlHalf
		case w.flags&qnArticle != 0:
			acc.cur, level = 1, qlArticle
		default:
			acc.cur, level = w.value, quantLevel(w.value)
		}
		alt = acc
	}
atoms:
	for level != qlDone {
		j := k + 1
		if !s.spaced(j) {
			break
		}
		if toks[j].kind == qkNum {
			// Digits after a multiplier: "mil 404", "dos mil 012", "2 mil 100",
			// "2 millones 300 mil".
			d := &toks[j].d
			if !d.ok || !d.plain || d.intDigits > 3 || level != qlNone || !anyMult {
				break
			}
			if !thouUsed && !(s.is(j+1, "mil") && s.spaced(j+1)) {
				break
			}
			acc.add(float64(d.m))
			alt.add(float64(d.m))
			level, lastScale = qlDigits, 0
			k = j
			continue
		}
		if s.is(j, "y") {
			// "treinta y dos", "cuarenta y un muertos"
			w, ok := s.numWord(j + 1)
			if level != qlTensRound || !ok || !s.spaced(j+1) || w.value < 1 || w.value >= 10 || w.flags&^qnArticle != 0 {
				break
			}
			acc.add(w.value)
			alt.add(w.value)
			level = qlTeen
			k = j + 1
			continue
		}
		w, isNum := s.numWord(j)
		if !isNum {
			break
		}
		switch {
		case w.flags&qnMult != 0 && w.value == 1000:
			// "dos mil", "300 mil", "un mil"; not "mil mil"
			if thouUsed || level == qlNone || level == qlHalf || (level == qlDigits && acc.cur >= 1000*acc.den) {
				break atoms
			}
			acc.mil()
			alt.mil()
			thouUsed = true
		case w.flags&qnMult != 0:
			// "un millón", "3.000 millones", "mil millones", "medio millón"
			if (lastBig != 0 && w.value >= lastBig) || (level == qlNone && !thouUsed) || acc.group() >= 1e6*acc.den {
				break atoms
			}
			acc.bigMult(w.value)
			alt.bigMult(w.value)
			thouUsed, lastBig = false, w.value
		case w.flags&qnNoun != 0:
			// "un centenar", "dos docenas", "media docena"
			if anyMult || level == qlNone {
				break atoms
			}
			acc.noun(w.value)
			alt.noun(w.value)
			approx = w.flags&qnApprox != 0
			level, lastScale = qlDone, w.value
			k = j
			continue
		case w.flags&qnArticle != 0 && level == qlHundreds:
			// "ciento un heridos", "doscientas una viviendas"
			acc.add(w.value)
			alt.add(w.value)
			level, lastScale = qlTeen, 0
			k = j
			continue
		case w.flags&(qnHalf|qnArticle) != 0 || w.vague > 0:
			break atoms
		default:
			// A small number word: "ciento cincuenta", "dos mil quinientos".
			if !(level == qlNone || (level == qlHundreds && w.value < 100)) {
				break atoms
			}
			acc.add(w.value)
			alt.add(w.value)
			level, lastScale = quantLevel(w.value), 0
			if level == qlUnit {
				level = qlTeen
			}
			k = j
			continue
		}
		// A multiplier was read.
		level, anyMult, lastScale = qlNone, true, w.value
		k = j
	}
	if !s.closeOK(k, toks[k].kind == qkNum) {
		if isDigits && k == i {
			return r, s.skipChunk(i), false
		}
		return r, i + 1, false
	}
	end := int(toks[k].end)
	after := k + 1

	// "dos millones y medio", "una docena y media"
	if lastScale > 0 && s.is(after, "y") && s.spaced(after) && s.spaced(after+1) {
		if w, ok := s.numWord(after + 1); ok && w.flags&qnHalf != 0 && s.closeOK(after+1, false) {
			acc.big += 0.5 * lastScale * acc.den
			alt.big += 0.5 * lastScale * alt.den
			k = after + 1
			end = int(toks[k].end)
			after = k + 1
		}
	}

	value, altValue := acc.value(), alt.value()
	single := isDigits && k == i

	// What the number is not: an index, a time, a day, a decade.
	if s.afterWord(i) && s.role(i-1)&qrIndex != 0 || s.nameBefore(i) {
		return r, k + 1, false
	}
	if s.isClock(i, k, value, isDigits) || s.isDay(i, k, value, single) || s.isDecade(i, value, single) {
		return r, k + 1, false
	}

	// What comes before: a hedge, a label, a quake, a currency symbol.
	hStart, h, hedged := s.findHedge(i, floor)
	b := i
	if hedged {
		b = hStart
	}
	label, quake, symbol := -1, false, -1
	switch {
	case b-1 >= floor && s.afterWord(b) && s.role(b-1)&qrLabel != 0:
		label = b - 1 // "magnitud 6,8", "categoría 4"
	case b-2 >= floor && s.afterWord(b) && s.is(b-1, "de") && s.afterWord(b-1) && s.role(b-2)&qrQuake != 0:
		quake = true // "un sismo de 6,8"
	}
	if isDigits && i-1 >= floor && s.isSymbol(i-1) {
		symbol = i - 1 // "€500", "$ 300"
	}

	// "un muerto", "una hora", "media hora": an article, or "medio" with no
	// multiplier, is a number only before a listed unit noun.
	if (level == qlArticle || level == qlHalf) && k == i && !(s.unitWord(i+1) && lx.afterArticle[string(s.word(i+1))]) {
		return r, i + 1, false
	}

	// The unit.
	unit := ""
	unitTok := -1
	switch {
	case label >= 0 || quake:
		if label >= 0 {
			unit = lx.stem(text[toks[label].start:toks[label].end])
		} else {
			unit = lx.magnitud
		}
		if s.wordAfter(after) && s.role(after)&qrMagNoun != 0 {
			unitTok = after // "7,1 grados"
		}
	default:
		unit, unitTok = s.unitAfter(text, lx, k, lastScale != 0)
		if unitTok < 0 && symbol >= 0 {
			unit = lx.symbols[text[toks[symbol].start:toks[symbol].end]]
		}
	}
	if unitTok >= 0 {
		end = int(toks[unitTok].end)
		after = unitTok + 1
		// "dos horas y media", "un año y medio"
		if lastScale == 0 && unit != "%" && !lx.countStems[unit] &&
			s.is(after, "y") && s.spaced(after) && s.spaced(after+1) && value == math.Trunc(value) {
			if w, ok := s.numWord(after + 1); ok && w.flags&qnHalf != 0 && s.closeOK(after+1, false) {
				value += 0.5
				altValue += 0.5
				end = int(toks[after+1].end)
				after += 2
			}
		}
	}

	// Years: 4 digits, 1900–2100 (1000–2100 after a year preposition:
	// "en 1839"), no separator.
	if single && first.d.plain && first.d.intDigits == 4 && (value >= 1900 || value >= 1000 && s.isYear(i)) && value <= 2100 {
		keep := hedged && !h.between && h.bound != AtMost
		if s.isYear(i) || !keep && unit != "%" && !lx.unitStems[unit] {
			return r, k + 1, false
		}
	}

	// The span and the bound.
	start := int(toks[i].start)
	if label >= 0 {
		start = int(toks[label].start)
	} else if symbol >= 0 {
		start = int(toks[symbol].start)
	}
	r.numStart = start
	q := Quantity{Value: value, Alt: altValue, Unit: unit}
	if approx {
		q.Bound = Approx
	}
	switch {
	case hedged && h.between:
		// "entre 300 y 400 muertos": only when "y" and a number follow.
		if unitTok < 0 && s.is(after, "y") && s.spaced(after) && s.spaced(after+1) && s.candidate(after+1) {
			r.betweenTok = after + 1
			q.Bound = AtLeast
			start = int(toks[hStart].start)
		}
	case hedged:
		q.Bound, q.near = h.bound, h.near
		start = int(toks[hStart].start)
		r.hedged = true
	}
	if q.Bound == Approx && vague > 0 {
		q.vague = vague
	}

	// An ambiguous comma ("2,012").
	if isDigits && first.d.ambiguous {
		switch {
		case single && (label >= 0 || quake):
			q.Value, q.Alt = q.Alt, q.Value
		case single && lx.countStems[unit]:
		default:
			r.pending = true
		}
	}
	if !quantFinite(q.Value) || !quantFinite(q.Alt) {
		return r, k + 1, false
	}
	q.Start, q.End = start, end
	q.Text = text[start:end]
	r.q = q
	return r, after, true
}

func quantFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
