// Package quantity reads the figures in Spanish news text: digits and
// number words ("820", "3.000", "48,2 millones", "medio millón", "dos
// coma cinco"), the bound before them ("más de", "al menos", "casi",
// "unos", "entre … y …"), and the unit or counted noun after them
// ("heridos", "km/h", "%", "dólares").
//
// Find takes a string and returns spans into it; it cannot fail and never
// panics, whatever the text. Its Spanish words live in data/*.txt.
package quantity

import (
	"math"
	"strconv"
)

// Bound says how a quantity relates to its value.
type Bound uint8

// Bounds, as written before a number.
const (
	Exact    Bound = iota // "820 heridos"
	Approx                // unos, alrededor de, cerca de, aproximadamente, un centenar
	AtLeast               // al menos, como mínimo
	MoreThan              // más de, por encima de
	AtMost                // hasta, como máximo
	LessThan              // menos de, casi
)

// String returns "exact", "approx", "at_least", "more_than", "at_most" or
// "less_than".
func (b Bound) String() string {
	switch b {
	case Exact:
		return "exact"
	case Approx:
		return "approx"
	case AtLeast:
		return "at_least"
	case MoreThan:
		return "more_than"
	case AtMost:
		return "at_most"
	case LessThan:
		return "less_than"
	}
	return "Bound(" + strconv.Itoa(int(b)) + ")"
}

// Quantity is one number found in a text, with what it counts.
type Quantity struct {
	Start, End int     // byte offsets into the text passed to Find (hedge + number + unit noun), End exclusive
	Text       string  // text[Start:End]
	Value      float64 // the number as most likely meant
	Alt        float64 // a second reading when the writing is ambiguous ("2,012": 2012 or 2.012), else equal to Value
	Bound      Bound
	Unit       string // Stem of the noun counted or the unit ("kilómetros" → Stem("kilómetros")), "%" for percentages, "" if none

	// near marks a bound close to its value: "casi 2.000" is below 2.000
	// but above 1.800; "poco más de 300" is above 300 but below 330.
	near bool
	// vague > 0 marks a bare plural ("decenas de", "miles de"): the count
	// lies in [2·Value, vague·Value).
	vague float64
}

// How Find reads Spanish numbers (outlets from Spain and Latin
// America); lexQuantDigits documents the forms written in digits.
//
// Words: "tres", "veintitrés", "treinta y dos", "ciento cincuenta", "dos mil
// quinientos", "un millón", "mil millones", "medio millón", "dos millones y
// medio"; mixed forms "dos mil 012", "2 mil 100", "mil 404", "300 mil",
// "4,5 millones", "3.000 millones". "un centenar", "un millar", "una
// decena", "un par" are approximate; the bare plurals "decenas de",
// "centenares de", "cientos de", "miles de", "cientos de miles" are
// approximate and vague (see Compatible). "un", "una" and "uno" are numbers
// only before a multiplier or counted noun ("un millón", "un centenar"),
// after "y" ("cuarenta y un") or before a unit noun listed in
// data/quantity_units.txt ("un muerto", "una hora"); otherwise they are
// articles ("un acuerdo", "uno de los heridos"). Number words come from
// data/numbers.txt; ordinals ("primera", "segundo") are not there.
//
// Hedges from data/hedges.txt right before the number set the bound ("más
// de 2.000", "al menos 820", "unos 300", "casi", "hasta"); an article or a
// currency symbol may sit between them ("más de un 20 %", "alrededor del 30
// %"). "entre X y Y" reads X at least and Y at most, X taking Y's unit.
// Hedges after the number ("300 o más") are not read.
//
// The unit is the Stem of the lowercase word right after the number ("820
// heridos", "tres horas", "los dos países"), skipping "de" after a
// multiplier or counted noun ("2 millones de personas", "miles de
// personas") and a listed adjective ("dos nuevos misiles"); function words,
// months, capitalized words and verb forms ("subió", "murieron") are never
// units. "%" and "por ciento" give
// "%", a currency symbol its noun ("€500" → Stem("euros")), a glued
// abbreviation itself ("5km" → "km"). A number after "magnitud",
// "categoría" or "nivel", or after "sismo de" / "terremoto de", measures
// that: Unit Stem("magnitud") ("magnitud 6,8", "un sismo de 6,8 grados").
//
// Not quantities:
//   - numbers glued to letters or ids, in URLs or ranges ("G7", "COVID-19",
//     "0e5bc6c8-6444", "2023-09", "10-15", "24/7"), and negative numbers;
//   - clock times and durations with a colon ("10:30", "2:24"), and "10.30
//     h", "23.11 horas", "14 GMT", "a las 10", "las 10.30", "a las dos",
//     "8 de la mañana";
//   - ordinals ("1º", "1.º", "3er");
//   - day numbers: "13 de septiembre", "4 septiembre", "del 12 al 17 de
//     septiembre", "el miércoles 13", "el día 13";
//   - years, that is 4-digit numbers 1900–2100 with no separator, after a
//     month or a year preposition ("septiembre, 2023", "febrero de 2022",
//     "en 2019", "desde 2014", "antes de 2020"), or else without a hedge or
//     a listed unit noun ("2000 personas" and "más de 2000" are counts);
//   - decades ("los años 90"), numbers after an index word ("artículo
//     155", "vuelo 370", "km 14") and after a capitalized word inside a
//     sentence ("el Ibex 35", "un Boeing 737").
//
// "Hace 2 años" is a date phrase but is returned as 2 with Unit
// Stem("años"): a span of time is still a quantity.
//
// A comma before exactly three digits ("2,012") is ambiguous: Value takes
// the thousands reading and Alt the decimal one, except for a magnitude
// (decimal), or when the unit is not a counted noun and the text's other
// numbers show a decimal comma ("6,8", "2.000"); then they swap.

// Find returns the quantities in text, in order, with
// non-overlapping spans. Texts longer than 2 GiB yield nothing.
func Find(text string) []Quantity {
	if len(text) > math.MaxInt32 {
		return nil
	}
	var tokBuf [48]quantTok
	var foldBuf [384]byte
	lx := quantLex()
	toks, arena := quantTokenize(text, tokBuf[:0], foldBuf[:0])
	s := quantScanner{text: text, toks: toks, arena: arena, lx: lx}

	var (
		out      []Quantity
		ev       int    // evidence about the comma, summed over the text
		pendBuf  [4]int // ambiguous quantities settled by evidence at the end
		pending  = pendBuf[:0]
		between  = -1 // index in out of an "entre X" waiting for "y Y"
		betTok   int  // token where Y should start
		betStart int  // where X's number starts, to undo the hedge
		floor    int  // first token a hedge may use
	)
	for i := 0; i < len(s.toks); {
		if !s.candidate(i) {
			i++
			continue
		}
		r, next, ok := s.read(text, lx, i, floor)
		if !ok {
			i = next
			continue
		}
		if between >= 0 {
			if r.first == betTok && !r.hedged {
				r.q.Bound = AtMost
				if out[between].Unit == "" {
					out[between].Unit = r.q.Unit
				}
			} else {
				undoQuantBetween(text, &out[between], betStart)
			}
			between = -1
		}
		ev += r.ev
		if r.pending {
			pending = append(pending, len(out))
		}
		if r.betweenTok >= 0 {
			between, betTok, betStart = len(out), r.betweenTok, r.numStart
		}
		if out == nil {
			out = make([]Quantity, 0, 4)
		}
		out = append(out, r.q)
		floor = next
		i = next
	}
	if between >= 0 {
		undoQuantBetween(text, &out[between], betStart)
	}
	if ev > 0 {
		for _, k := range pending {
			out[k].Value, out[k].Alt = out[k].Alt, out[k].Value
		}
	}
	return out
}

// undoQuantBetween turns an "entre X" whose "y Y" was not read back into a
// plain X.
func undoQuantBetween(text string, q *Quantity, start int) {
	q.Bound = Exact
	q.Start = start
	q.Text = text[q.Start:q.End]
}

// quantTolerance is the relative width of an approximation: "unos 300"
// stands for any value from 270 to 330, and "casi 2.000" for one from 1.800
// up to (not including) 2.000.
const quantTolerance = 0.10

// Compatible reports whether q and o can both be true of one thing; units
// are not checked. Each reading (Value, and Alt when it differs) stands for
// a range: a value for itself; "unos v" for v ± 10 %; "decenas de" for
// [20, 100), "miles de" for [2000, 10⁶); "al menos v" [v, ∞); "más de v"
// (v, ∞); "hasta v" (−∞, v]; "menos de v" (−∞, v); "casi v" [v − 10 %, v);
// "poco más de v" (v, v + 10 %]. They are compatible when a range of q
// meets a range of o, values equal within 10⁻⁹ relative counting as equal:
// "2,012" and "2.012", "más de 2.000" and "2.012", "casi 2.000" and "1.990"
// are; "más de 2.000" and "1.500", "casi 2.000" and "2.000" are not.
func (q Quantity) Compatible(o Quantity) bool {
	qv := [2]float64{q.Value, q.Alt}
	ov := [2]float64{o.Value, o.Alt}
	for i, a := range qv {
		if i == 1 && quantClose(a, qv[0]) {
			break
		}
		for j, b := range ov {
			if j == 1 && quantClose(b, ov[0]) {
				break
			}
			if q.interval(a).overlaps(o.interval(b)) {
				return true
			}
		}
	}
	return false
}

// Format returns a normalized rendering of the value and bound, without
// the unit: "2012", "6.8", ">2000", "~300", "≥820", "≤50", "<2000"; a bare
// plural reads "~10s" ("decenas"), "~1000s" ("miles").
func (q Quantity) Format() string {
	num := strconv.FormatFloat(q.Value, 'f', -1, 64)
	switch q.Bound {
	case Approx:
		if q.vague > 0 {
			return "~" + num + "s"
		}
		return "~" + num
	case AtLeast:
		return "≥" + num
	case MoreThan:
		return ">" + num
	case AtMost:
		return "≤" + num
	case LessThan:
		return "<" + num
	}
	return num
}

// quantInterval is a range of values, each end open or closed.
type quantInterval struct {
	lo, hi         float64
	loOpen, hiOpen bool
}

// interval returns the values a quantity with value v stands for.
func (q Quantity) interval(v float64) quantInterval {
	tol := quantTolerance * math.Abs(v)
	inf := math.Inf(1)
	near := q.near && tol > 0 // "casi 0" is just "less than 0"
	switch q.Bound {
	case Approx:
		if q.vague > 0 {
			return quantInterval{lo: 2 * v, hi: q.vague * v, hiOpen: true}
		}
		return quantInterval{lo: v - tol, hi: v + tol}
	case AtLeast:
		if near {
			return quantInterval{lo: v, hi: v + tol}
		}
		return quantInterval{lo: v, hi: inf, hiOpen: true}
	case MoreThan:
		if near {
			return quantInterval{lo: v, hi: v + tol, loOpen: true}
		}
		return quantInterval{lo: v, hi: inf, loOpen: true, hiOpen: true}
	case AtMost:
		if near {
			return quantInterval{lo: v - tol, hi: v}
		}
		return quantInterval{lo: -inf, hi: v, loOpen: true}
	case LessThan:
		if near {
			return quantInterval{lo: v - tol, hi: v, hiOpen: true}
		}
		return quantInterval{lo: -inf, hi: v, loOpen: true, hiOpen: true}
	}
	return quantInterval{lo: v, hi: v}
}

// overlaps reports whether a and b share a value.
func (a quantInterval) overlaps(b quantInterval) bool {
	lo, loOpen := a.lo, a.loOpen
	if b.lo > lo || (b.lo == lo && b.loOpen) {
		lo, loOpen = b.lo, b.loOpen
	}
	hi, hiOpen := a.hi, a.hiOpen
	if b.hi < hi || (b.hi == hi && b.hiOpen) {
		hi, hiOpen = b.hi, b.hiOpen
	}
	if quantClose(lo, hi) {
		return !loOpen && !hiOpen
	}
	return lo < hi
}

// quantClose reports whether a and b are equal within 1e-9 relative.
func quantClose(a, b float64) bool {
	if a == b {
		return true
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false
	}
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}
