// Package quantity reads the figures in Spanish news text: digits and
// number words ("820", "3.000", "48,2 millones", "medio millón", "dos
// coma cinco", "-1,5", "1/4", "tres cuartos"), the bound before them ("más
// de", "al menos", "casi", "unos"), ranges ("entre 300 y 400", "de 5.000
// a 11.000", "10-15 muertos"), and the unit or counted noun after them
// ("heridos", "km/h", "%", "dólares", "US$").
//
// Find takes a string and returns spans into it; it cannot fail and never
// panics, whatever the text. Its Spanish words live in data/*.txt.
package quantity

import (
	"math"
	"strconv"
	"strings"
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
	Range                 // entre 300 y 400, de 5.000 a 11.000, 10-15: Value the lower end, High the upper
)

// String returns "exact", "approx", "at_least", "more_than", "at_most",
// "less_than" or "range".
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
	case Range:
		return "range"
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
	// High is the upper end of a Range, in the unit of Value (Value is the
	// lower end, always below High); 0 for every other bound. A caller
	// converting units should use Scale, which converts both ends.
	High float64

	// altHigh is High's second reading, as Alt is Value's.
	altHigh float64
	// base is Value as Find set it: when a caller rescales Value and Alt
	// but not High, Ends, Compatible and Format keep High in proportion.
	base float64

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
// Decimals in words follow "coma" or "punto" ("dos coma cinco", "uno coma
// cero cinco", "tres punto dos millones"), or "con" unless a counted noun
// or an unlisted noun comes after them ("siete con cincuenta", "ocho con
// cuarenta y cinco metros"; "dos con tres niños" is two numbers).
// Fractions: "1/4", "3/4", "2/3" (denominator 2, 3, 4 or 8, numerator
// below it), "10 1/2", and the nouns "cuarto", "tercio" after a number and
// before "de" and what they divide ("un cuarto de hora", "dos tercios de
// los votos"; "un cuarto de hotel" is a room); "media milla" is 0,5.
//
// Negative numbers: a minus sign ("-" or "−") glued to the digits, after
// whitespace or opening punctuation ("una caída de -1,5 %"); a spaced sign
// after a word ("cayó a - 4,2 puntos") or "menos" ("menos 3 grados") only
// before a unit flagged signed in data/quantity_units.txt (degrees, "%",
// points): "menos de 3" is a bound and "menos 3 heridos" no negative count.
//
// Hedges from data/hedges.txt right before the number (or its sign or
// currency symbol) set the bound ("más de 2.000", "al menos 820", "unos
// 300", "casi", "hasta"); an article may sit between them ("más de un 20
// %", "alrededor del 30 %"). Hedges after the number ("300 o más") are not
// read.
//
// Ranges are one Quantity with Bound Range, Value the lower end and High
// the upper: "entre X y Y" and "de X a Y" (also "del X al Y") when Y is a
// plain number above X, in X's unit or none; X takes Y's unit and, when
// bare, its multiplier ("entre 5 y 7 millones de euros" is 5 to 7
// million). "de X a Y" after a word of change ("pasó de 5.000 a 11.000")
// is two figures. A hyphen or en dash between two whole numbers is a
// range only when a unit follows ("10-15 familias", "20-25 %"), the lower
// end first and not both years: scores ("2-1"), ids ("F-16"), months
// ("2023-09"), school years ("2023-2024") and days ("12-15 de mayo") are
// not.
//
// Not quantities:
//   - numbers glued to letters or ids, in URLs, slashed or hyphenated
//     ("G7", "COVID-19", "0e5bc6c8-6444", "2023-09", "2-1", "24/7",
//     "12/03/2023");
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
//     155", "vuelo 370", "km 14") and plain digits after a capitalized
//     word inside a sentence ("el Ibex 35", "un Boeing 737"; but "en
//     Turquía 5.000 muertos" counts).
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
		f       = quantFinder{open: quantOpenRange{x: -1}}
		pendBuf [4]int // ambiguous quantities settled by evidence at the end
		pending = pendBuf[:0]
	)
	for i := 0; i < len(s.toks); {
		if !s.candidate(i) {
			i++
			continue
		}
		r, next, ok := s.read(text, lx, i, f.floor)
		if ok {
			if k := f.add(text, r); k >= 0 {
				pending = append(pending, k)
			}
			f.floor = next
		}
		i = next
	}
	return f.finish(pending)
}

// quantFinder collects what Find reads.
type quantFinder struct {
	out   []Quantity
	ev    int            // evidence about the comma, summed over the text
	open  quantOpenRange // a range whose upper end may come next
	floor int            // first token a hedge may use
}

// quantOpenRange is a quantity that may open a range: "entre X" waiting
// for "y Y", "de X" waiting for "a Y".
type quantOpenRange struct {
	x       int // index in out, -1 if none
	tok     int // token where Y should start
	start   int // where the range's span starts ("entre", "de")
	pending bool
	bare    bool // X has no unit or multiplier of its own
}

// add appends the quantity r read, closing or undoing an open range. It
// returns the index of a quantity whose ambiguous comma the text's
// evidence settles, else -1.
func (f *quantFinder) add(text string, r quantRead) int {
	if f.open.x >= 0 {
		x := f.open
		f.open.x = -1
		if f.closeRange(text, x, r) {
			f.ev += r.ev
			if r.pending && !x.pending {
				return x.x
			}
			return -1
		}
	}
	f.ev += r.ev
	k := -1
	if r.pending {
		k = len(f.out)
	}
	if r.rangeTok >= 0 {
		f.open = quantOpenRange{x: len(f.out), tok: r.rangeTok, start: r.rangeStart, pending: r.pending, bare: r.bare}
	}
	if f.out == nil {
		f.out = make([]Quantity, 0, 4)
	}
	f.out = append(f.out, r.q)
	return k
}

// closeRange makes the open range's X and the quantity r read right
// after it one Range, when r is a plain number above X in X's unit. A
// bare X takes Y's multiplier: "entre 5 y 7 millones" is 5 to 7 millions.
func (f *quantFinder) closeRange(text string, open quantOpenRange, r quantRead) bool {
	x, y := &f.out[open.x], r.q
	if r.first != open.tok || r.hedged || r.rangeTok >= 0 || y.Bound != Exact || x.Bound != Exact ||
		(x.Unit != "" && y.Unit != "" && x.Unit != y.Unit) {
		return false
	}
	lo, loAlt := x.Value, x.Alt
	if open.bare && r.mult > 0 && lo*r.mult <= y.Value && loAlt*r.mult <= y.Alt {
		lo, loAlt = lo*r.mult, loAlt*r.mult
	}
	if y.Value <= lo {
		return false
	}
	x.Value, x.Alt = lo, loAlt
	x.Bound, x.High, x.altHigh = Range, y.Value, y.Alt
	if x.Unit == "" {
		x.Unit = y.Unit
	}
	x.Start, x.End = open.start, y.End
	x.Text = text[x.Start:x.End]
	return true
}

// finish settles the ambiguous commas of the quantities pending by the
// text's evidence.
func (f *quantFinder) finish(pending []int) []Quantity {
	if f.ev > 0 {
		for _, k := range pending {
			q := &f.out[k]
			if q.Bound == Range && !(q.Alt < q.altHigh) {
				continue // "entre 1.000 y 2,000": the range's order settles the comma
			}
			q.Value, q.Alt = q.Alt, q.Value
			q.High, q.altHigh = q.altHigh, q.High
		}
	}
	for k := range f.out {
		f.out[k].base = f.out[k].Value
	}
	return f.out
}

// quantTolerance is how far a bound close to its value reaches: "casi
// 2.000" stands for a value from 1.800 up to (not including) 2.000, "poco
// más de 300" for one above 300 up to 330. The writer chose the side of
// the figure; only the distance is loose.
const quantTolerance = 0.10

// approxTolerance is the relative width of an approximation: "unos 300"
// stands for any value from 285 to 315, "cerca de 30 mil" for 28.500 to
// 31.500. A writer who knew the count to be 320 or 32.000 would round to
// that ("unos 320", "más de 32 mil"); news editors take "cerca de 1.500"
// against "al menos 1.602" for two counts.
const approxTolerance = 0.05

// decimalTolerance is how many steps of its last decimal a figure written
// with decimals may stray, when that is less than the tolerance of its
// bound: "en torno a los 11,5 puntos" is 11 to 12, "casi 11,4" 10,9 up to
// 11,4. Who writes the decimal knows the figure to about that place.
const decimalTolerance = 5

// Compatible reports whether q and o can both be true of one thing; units
// are not checked. Each reading (Value, and Alt when it differs) stands for
// a range: a value for itself; "unos v" for v ± 5 %; "decenas de" for
// [20, 100), "miles de" for [2000, 10⁶); "al menos v" [v, ∞); "más de v"
// (v, ∞); "hasta v" (−∞, v]; "menos de v" (−∞, v); "casi v" [v − 10 %, v);
// "poco más de v" (v, v + 10 %]; "entre v y w" [v, w]. A value written
// with decimals strays at most five steps of its last decimal instead,
// when that is less ("unos 11,5": 11 to 12). They are compatible
// when a range of q meets a range of o, values equal within 10⁻⁹ relative
// counting as equal: "2,012" and "2.012", "más de 2.000" and "2.012", "casi
// 2.000" and "1.990", "entre 300 y 400" and "unos 350" are; "más de 2.000"
// and "1.500", "casi 2.000" and "2.000", "entre 300 y 400" and "450" are not.
func (q Quantity) Compatible(o Quantity) bool {
	qr, or := q.readings(), o.readings()
	for i, a := range qr {
		if i == 1 && a == qr[0] {
			break
		}
		for j, b := range or {
			if j == 1 && b == or[0] {
				break
			}
			if a.overlaps(b) {
				return true
			}
		}
	}
	return false
}

// readings returns the ranges Value and Alt stand for.
func (q Quantity) readings() [2]quantInterval {
	s := q.scale()
	return [2]quantInterval{q.interval(q.Value, q.High*s), q.interval(q.Alt, q.altHigh*s)}
}

// scale is how much a caller has rescaled Value since Find set it.
func (q Quantity) scale() float64 {
	if q.base == 0 || q.Value == q.base {
		return 1
	}
	return q.Value / q.base
}

// Ends returns the lower and upper ends of a Range ("entre 300 y 400":
// 300, 400), else Value twice.
func (q Quantity) Ends() (low, high float64) {
	if q.Bound != Range {
		return q.Value, q.Value
	}
	return q.Value, q.High * q.scale()
}

// Scale returns q with every value multiplied by f, to convert its unit:
// kilometres to metres, days to hours.
func (q Quantity) Scale(f float64) Quantity {
	s := q.scale()
	q.Value, q.Alt, q.High, q.altHigh = q.Value*f, q.Alt*f, q.High*s*f, q.altHigh*s*f
	q.base = q.Value
	return q
}

// Format returns a normalized rendering of the value and bound, without
// the unit: "2012", "6.8", "-1.5", ">2000", "~300", "≥820", "≤50",
// "<2000", "300-400" for a range; a bare plural reads "~10s" ("decenas"),
// "~1000s" ("miles").
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
	case Range:
		_, hi := q.Ends()
		return num + "-" + strconv.FormatFloat(hi, 'f', -1, 64)
	}
	return num
}

// quantInterval is a range of values, each end open or closed.
type quantInterval struct {
	lo, hi         float64
	loOpen, hiOpen bool
}

// interval returns the values a quantity with value v stands for; hi is
// the upper end of a Range.
func (q Quantity) interval(v, hi float64) quantInterval {
	tol := quantTolerance * math.Abs(v)
	if q.Bound == Approx {
		tol = approxTolerance * math.Abs(v)
	}
	if step, fractional := q.Step(); fractional {
		tol = min(tol, decimalTolerance*step*q.scale())
	}
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
	case Range:
		return quantInterval{lo: min(v, hi), hi: max(v, hi)}
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

// Step returns the step a figure is written to, in the unit Find gave
// Value: 1 for "820", 0.1 for "7,8", 0.01 for "76,37 %", 1000 for "22
// mil", 100000 for "4,5 millones", 1 for "5 mil 300"; fractional reports
// whether it has decimals ("7,8", "4,5 millones").
func (q Quantity) Step() (step float64, fractional bool) {
	lower := strings.ToLower(q.Text)
	digits := strings.TrimRightFunc(lower, func(r rune) bool { return r < '0' || r > '9' })
	tail := lower[len(digits):] // a multiplier after the last digit scales it: "22 mil", not "5 mil 300"
	step = 1.0
	switch {
	case strings.Contains(tail, "millón") || strings.Contains(tail, "millones"):
		step = 1e6
	case strings.Contains(tail, " mil"):
		step = 1e3
	}
	for i := len(digits) - 1; i >= 0; i-- {
		if digits[i] < '0' || digits[i] > '9' {
			if n := len(digits) - 1 - i; (digits[i] == ',' || digits[i] == '.') && n < 3 {
				return step / math.Pow(10, float64(n)), true
			}
			break
		}
	}
	return step, false
}
