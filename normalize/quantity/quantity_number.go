package quantity

// The number itself: the atoms of a number written in digits or words,
// from its first token to its last, before any context is looked at.

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

// decimals appends the decimal digits frac (of width digits) to the
// current group: "dos coma cinco" is 25/10.
func (a *quantAcc) decimals(frac, width float64) {
	a.cur = a.cur*width + frac*a.den
	a.thou *= width
	a.big *= width
	a.den *= width
}

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
	qlDone             // a counted noun, bare plural or fraction: nothing may follow
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

// quantNum is a number being read, from token first to token k.
type quantNum struct {
	acc, alt  quantAcc
	first, k  int
	isDigits  bool
	level     int
	thouUsed  bool    // "mil" read in the current group
	lastBig   float64 // scale of the last big multiplier, 0 before any
	anyMult   bool
	approx    bool
	vague     float64
	lastScale float64 // scale of a final multiplier or noun, for "y medio"
	fraction  bool    // ends in a fraction: "de" may come before its unit ("1/4 de milla")
	fracNoun  bool    // ends in "cuarto", "tercio": needs "de" and what it divides
	high      float64 // the upper end of "10-15", when hasHigh
	hasHigh   bool
}

// single reports a number that is one token of digits.
func (n *quantNum) single() bool { return n.isDigits && n.k == n.first }

// readNumber reads the number starting at token i. Without ok, next is
// the token to go on from.
func (s *quantScanner) readNumber(i int) (n quantNum, next int, ok bool) {
	n = quantNum{first: i, k: i, isDigits: s.toks[i].kind == qkNum}
	if n.isDigits && !s.toks[i].d.ok {
		return n, s.skipChunk(i), false
	}
	if !s.openOK(i, n.isDigits) {
		if n.isDigits {
			return n, s.skipChunk(i), false
		}
		return n, i + 1, false
	}
	if n.isDigits {
		s.startDigits(&n)
	} else if !s.startWord(&n) {
		return n, i + 1, false
	}
	for n.level != qlDone && s.numStep(&n) {
	}
	if !s.closeOK(n.k, s.toks[n.k].kind == qkNum) {
		if n.single() {
			return n, s.skipChunk(i), false
		}
		return n, i + 1, false
	}
	s.numTail(&n)
	return n, 0, true
}

// startDigits reads the first atom written in digits: "820", "6,8", a
// fraction "1/4", a hyphenated range "10-15".
func (s *quantScanner) startDigits(n *quantNum) {
	i := n.first
	d := &s.toks[i].d
	n.acc = quantAcc{cur: float64(d.m), den: quantPow10(d.n)}
	n.alt = quantAcc{cur: float64(d.altM), den: quantPow10(d.altN)}
	n.level = qlDigits
	if num, den, ok := s.fractionAt(i); ok {
		n.acc = quantAcc{cur: num, den: den}
		n.alt = n.acc
		n.level, n.fraction, n.k = qlDone, true, i+2
		return
	}
	if hi, ok := s.hyphenHigh(i); ok {
		n.high, n.hasHigh, n.k = hi, true, i+2
		n.level = qlDone
	}
}

// fractionAt reads a fraction written in digits at token i: "1/4", "3/4",
// "2/3"; the numerator below a denominator of 2, 3, 4 or 8, so that
// "24/7" and dates ("12/03/2023", "1/3/2023") are no fractions.
func (s *quantScanner) fractionAt(i int) (num, den float64, ok bool) {
	if i+2 >= len(s.toks) {
		return 0, 0, false
	}
	a, sl, b := &s.toks[i], &s.toks[i+1], &s.toks[i+2]
	if sl.ws || sl.kind != qkPunct || sl.r != '/' || b.ws || b.kind != qkNum {
		return 0, 0, false
	}
	if !a.d.ok || !a.d.plain || !b.d.ok || !b.d.plain || a.d.intDigits > 1 || b.d.intDigits > 1 {
		return 0, 0, false
	}
	switch b.d.m {
	case 2, 3, 4, 8:
	default:
		return 0, 0, false
	}
	if a.d.m == 0 || a.d.m >= b.d.m {
		return 0, 0, false
	}
	return float64(a.d.m), float64(b.d.m), true
}

// hyphenHigh reads the upper end of a range written with a hyphen or en
// dash at token i: "10-15", "20–25". The ends are whole numbers, the
// lower below the upper, and not both years; read checks that a unit
// follows ("10-15 muertos", "20-25 %"), so that scores ("2-1"), ids
// ("COVID-19", "F-16") and months ("2023-09") are no ranges.
func (s *quantScanner) hyphenHigh(i int) (float64, bool) {
	if i+2 >= len(s.toks) {
		return 0, false
	}
	a, h, b := &s.toks[i], &s.toks[i+1], &s.toks[i+2]
	if h.ws || h.kind != qkPunct || (h.r != '-' && h.r != '–') || b.ws || b.kind != qkNum {
		return 0, false
	}
	if !a.d.ok || !b.d.ok || a.d.n != 0 || b.d.n != 0 || a.d.ambiguous || b.d.ambiguous || a.d.m >= b.d.m {
		return 0, false
	}
	if a.d.intDigits == 4 && b.d.intDigits == 4 && a.d.m >= 1900 && b.d.m <= 2100 {
		return 0, false
	}
	if s.text[a.start] == '0' || s.text[b.start] == '0' {
		return 0, false
	}
	return float64(b.d.m), true
}

// startWord reads the first atom written in words; false when it cannot
// start a number ("centenar" needs a number before it).
func (s *quantScanner) startWord(n *quantNum) bool {
	i := n.first
	w, _ := s.numWord(i)
	n.acc = quantAcc{den: 1}
	switch {
	case w.vague > 0:
		// A bare plural: "decenas de", "miles de", "millones de",
		// "cientos de miles".
		n.acc.cur, n.vague, n.approx = w.value, w.vague, true
		if s.is(i+1, "de") && s.spaced(i+1) && s.spaced(i+2) {
			if w2, ok := s.numWord(i + 2); ok && w2.vague > 0 && w2.value >= 1000 && w2.value > w.value {
				n.acc.cur *= w2.value
				n.k = i + 2
			}
		}
		n.level, n.lastScale = qlDone, -1
	case w.flags&qnMult != 0:
		if w.value == 1000 {
			n.acc.thou, n.thouUsed = 1000, true
		} else {
			n.acc.big, n.lastBig = w.value, w.value
		}
		n.level, n.anyMult, n.lastScale = qlNone, true, w.value
	case w.flags&qnNoun != 0:
		return false
	case w.flags&qnHalf != 0:
		n.acc.cur, n.level = 0.5, qlHalf
	case w.flags&qnArticle != 0:
		n.acc.cur, n.level = 1, qlArticle
	default:
		n.acc.cur, n.level = w.value, quantLevel(w.value)
	}
	n.alt = n.acc
	return true
}

// numStep reads one more atom after token n.k, if one fits.
func (s *quantScanner) numStep(n *quantNum) bool {
	j := n.k + 1
	if !s.spaced(j) {
		return false
	}
	if s.toks[j].kind == qkNum {
		return s.stepDigits(n, j)
	}
	if s.is(j, "y") {
		return s.stepAnd(n, j)
	}
	if s.role(j)&(qrDecimal|qrDecimalWeak) != 0 {
		return s.stepDecimals(n, j)
	}
	w, isNum := s.numWord(j)
	if !isNum {
		return false
	}
	switch {
	case w.flags&qnMult != 0:
		return s.stepMult(n, j, w)
	case w.flags&qnNoun != 0:
		// "un centenar", "dos docenas", "media docena", "tres cuartos"
		if n.anyMult || n.level == qlNone || (w.flags&qnFrac != 0 && n.level != qlUnit && n.level != qlArticle) {
			return false
		}
		n.acc.noun(w.value)
		n.alt.noun(w.value)
		n.approx = w.flags&qnApprox != 0
		n.fracNoun = w.flags&qnFrac != 0
		n.level, n.lastScale, n.k = qlDone, w.value, j
		if n.fracNoun {
			n.lastScale, n.fraction = 0, true
		}
		return true
	case w.flags&qnArticle != 0 && n.level == qlHundreds:
		// "ciento un heridos", "doscientas una viviendas"
		n.acc.add(w.value)
		n.alt.add(w.value)
		n.level, n.lastScale, n.k = qlTeen, 0, j
		return true
	case w.flags&(qnHalf|qnArticle) != 0 || w.vague > 0:
		return false
	}
	// A small number word: "ciento cincuenta", "dos mil quinientos".
	if !(n.level == qlNone || (n.level == qlHundreds && w.value < 100)) {
		return false
	}
	n.acc.add(w.value)
	n.alt.add(w.value)
	n.level, n.lastScale, n.k = quantLevel(w.value), 0, j
	if n.level == qlUnit {
		n.level = qlTeen
	}
	return true
}

// stepDigits reads digits after a multiplier: "mil 404", "dos mil 012",
// "2 mil 100", "2 millones 300 mil".
func (s *quantScanner) stepDigits(n *quantNum, j int) bool {
	d := &s.toks[j].d
	if !d.ok || !d.plain || d.intDigits > 3 || n.level != qlNone || !n.anyMult {
		return false
	}
	if !n.thouUsed && !(s.is(j+1, "mil") && s.spaced(j+1)) {
		return false
	}
	n.acc.add(float64(d.m))
	n.alt.add(float64(d.m))
	n.level, n.lastScale, n.k = qlDigits, 0, j
	return true
}

// stepAnd reads "y" and a unit: "treinta y dos", "cuarenta y un muertos".
func (s *quantScanner) stepAnd(n *quantNum, j int) bool {
	w, ok := s.numWord(j + 1)
	if n.level != qlTensRound || !ok || !s.spaced(j+1) || w.value < 1 || w.value >= 10 || w.flags&^qnArticle != 0 {
		return false
	}
	n.acc.add(w.value)
	n.alt.add(w.value)
	n.level, n.k = qlTeen, j+1
	return true
}

// stepMult reads a multiplier: "dos mil", "300 mil", "un millón", "3.000
// millones", "mil millones", "medio millón"; not "mil mil".
func (s *quantScanner) stepMult(n *quantNum, j int, w quantNumWord) bool {
	if w.value == 1000 {
		if n.thouUsed || n.level == qlNone || n.level == qlHalf || (n.level == qlDigits && n.acc.cur >= 1000*n.acc.den) {
			return false
		}
		n.acc.mil()
		n.alt.mil()
		n.thouUsed = true
	} else {
		if (n.lastBig != 0 && w.value >= n.lastBig) || (n.level == qlNone && !n.thouUsed) || n.acc.group() >= 1e6*n.acc.den {
			return false
		}
		n.acc.bigMult(w.value)
		n.alt.bigMult(w.value)
		n.thouUsed, n.lastBig = false, w.value
	}
	n.level, n.anyMult, n.lastScale, n.k = qlNone, true, w.value, j
	return true
}

// stepDecimals reads the decimals of a number in words: "dos coma cinco",
// "tres punto dos millones", "siete con cincuenta", "uno coma cero
// cinco". The whole part is a number below a thousand, the decimals
// "cero"s and then one number below a hundred.
func (s *quantScanner) stepDecimals(n *quantNum, j int) bool {
	switch n.level {
	case qlUnit, qlTensRound, qlTeen, qlHundreds:
	case qlArticle:
		if w, _ := s.numWord(n.first); w.flags&qnWhole == 0 { // "uno coma cinco", not "un punto"
			return false
		}
	default:
		return false
	}
	if n.anyMult || n.isDigits {
		return false
	}
	e := j + 1
	width := 1.0
	for w, ok := s.numWord(e); ok && w.value == 0 && w.flags == 0 && s.spaced(e) && e-j < 4; w, ok = s.numWord(e) {
		width *= 10 // "uno coma cero cinco"
		e++
	}
	frac, last, ok := s.smallNumber(e)
	if !ok || s.toks[e].kind == qkNum || (s.role(j)&qrDecimalWeak != 0 && !s.weakDecimalsOK(last)) {
		return false
	}
	width *= 10
	if frac >= 10 {
		width *= 10
	}
	n.acc.decimals(frac, width)
	n.alt.decimals(frac, width)
	n.level, n.lastScale, n.k = qlDigits, 0, last
	return true
}

// weakDecimalsOK reports whether "con" before a number ending at token
// last makes decimals: "siete con cincuenta", "siete con cincuenta
// euros", not "dos con tres niños" nor "cinco con dos goles".
func (s *quantScanner) weakDecimalsOK(last int) bool {
	j := last + 1
	if !s.unitWord(j) || s.is(j, "por") {
		return true
	}
	// Only listed units are measures; the lookup keeps s's buffers on the stack.
	st, listed := s.lx.stemOf[s.text[s.toks[j].start:s.toks[j].end]]
	return listed && s.lx.unitStems[st] && !s.lx.countStems[st]
}

// smallNumber reads a number word from 0 to 99 at token e ("cinco",
// "veinticinco", "treinta y dos"), or plain digits of one or two.
func (s *quantScanner) smallNumber(e int) (v float64, last int, ok bool) {
	if !s.spaced(e) {
		return 0, 0, false
	}
	if t := &s.toks[e]; t.kind == qkNum {
		if !t.d.ok || !t.d.plain || t.d.intDigits > 2 {
			return 0, 0, false
		}
		return float64(t.d.m), e, true
	}
	w, isNum := s.numWord(e)
	if !isNum || w.flags&^(qnArticle|qnWhole) != 0 || w.vague > 0 || w.value >= 100 {
		return 0, 0, false
	}
	if quantLevel(w.value) == qlTensRound && s.is(e+1, "y") && s.spaced(e+1) && s.spaced(e+2) {
		if u, ok := s.numWord(e + 2); ok && u.flags&^qnArticle == 0 && u.value >= 1 && u.value < 10 {
			return w.value + u.value, e + 2, true
		}
	}
	return w.value, e, true
}

// numTail reads what may close a number: "dos millones y medio", "una
// docena y media"; the fraction of "10 1/2".
func (s *quantScanner) numTail(n *quantNum) {
	after := n.k + 1
	if n.lastScale > 0 && s.is(after, "y") && s.spaced(after) && s.spaced(after+1) {
		if w, ok := s.numWord(after + 1); ok && w.flags&qnHalf != 0 && s.closeOK(after+1, false) {
			n.acc.big += 0.5 * n.lastScale * n.acc.den
			n.alt.big += 0.5 * n.lastScale * n.alt.den
			n.k = after + 1
		}
		return
	}
	if n.single() && s.toks[n.first].d.plain && s.spaced(after) && s.toks[after].kind == qkNum {
		if num, den, ok := s.fractionAt(after); ok && s.closeOK(after+2, true) {
			n.acc = quantAcc{cur: n.acc.cur*den + num, den: den}
			n.alt = n.acc
			n.level, n.fraction, n.k = qlDone, true, after+2
		}
	}
}
