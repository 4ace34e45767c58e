package quantity

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dedupe-news/dedupe/normalize/internal/lexicon"
)

// The Spanish knowledge Find needs lives in data/numbers.txt,
// data/hedges.txt, data/quantity_context.txt and data/quantity_units.txt,
// parsed once into a quantityLexicon on first use and never changed after.

// quantNumFlag describes how a number word combines with its neighbours.
type quantNumFlag uint8

const (
	qnMult    quantNumFlag = 1 << iota // mil, millón: multiplies the group before it
	qnNoun                             // centenar, docena: a counted noun taking "de"
	qnApprox                           // the noun is a round approximation
	qnArticle                          // un, una, uno: a number only in some places
	qnHalf                             // medio, media
	qnFrac                             // cuarto, tercio: a part of one, read only before "de" and what it divides
	qnWhole                            // uno: a number on its own before decimals ("uno coma cinco")
)

// quantNumWord is one entry of data/numbers.txt.
type quantNumWord struct {
	value float64
	vague float64 // > 0 for a bare plural: the count is in [2·value, vague·value)
	flags quantNumFlag
}

// quantHedge is one entry of data/hedges.txt.
type quantHedge struct {
	bound   Bound
	near    bool // the value is close to the bound ("casi")
	between bool // "entre X y Y"
}

// quantRole is a set of roles of a context word (data/quantity_context.txt).
type quantRole uint32

const (
	qrMonth quantRole = 1 << iota
	qrWeekday
	qrDayNoun
	qrYearPrep
	qrDecade
	qrClockPrep
	qrDaypart
	qrClockAbbr
	qrIndex
	qrLabel
	qrQuake
	qrMagNoun
	qrSkipAdj
	qrNonUnit
	qrDecimal     // "coma", "punto": decimals in words follow
	qrDecimalWeak // "con": decimals, unless a counted noun follows them
	qrSign        // "menos": a minus before a signed unit
	qrRangeFrom   // "de": opens "de X a Y"
	qrRangeTo     // "a": the "a Y" of "de X a Y"
	qrRangeAnd    // "y": the "y Y" of "entre X y Y"
	qrChange      // "pasó": "de X a Y" after it is a change, not a range
	qrFracDet     // "la", "los": "dos tercios de los votos"
	qrPer         // "h" of "km/h"
)

// quantityLexicon holds every list the quantity reader uses, keyed by
// folded words.
type quantityLexicon struct {
	numbers       map[string]quantNumWord
	hedges        map[string]quantHedge
	hedgeMaxWords int
	roles         map[string]quantRole
	afterArticle  map[string]bool   // "un muerto": folded singular nouns
	countStems    map[string]bool   // stems of nouns counted in whole numbers
	unitStems     map[string]bool   // stems of every listed count or measure noun
	abbr          map[string]bool   // abbreviations glued to digits ("5km")
	symbols       map[string]string // by the symbol as written: "€" → lexicon.Stem("euros"), "US$" → lexicon.Stem("dólares"), "%" → "%"
	currency      map[string]bool   // units that are money: stems of currency nouns, units of symbols other than "%"
	subunits      map[string]bool   // the hundredths of a currency, lowercase as written: "centavo", "céntimos"
	signed        map[string]bool   // units that may be negative: "grados", "%", "puntos"
	stemOf        map[string]string // Stem of listed units and labels, by lowercase written form
	magnitud      string            // lexicon.Stem("magnitud")
	verbEndings   []string          // "ó", "aron": a word ending so is a verb, not a unit
}

// quantLex returns the quantity lexicon, loading it on first use.
var quantLex = lazy(loadQuantityLexicon)

func loadQuantityLexicon() *quantityLexicon {
	lx := &quantityLexicon{
		numbers:      make(map[string]quantNumWord),
		hedges:       make(map[string]quantHedge),
		roles:        make(map[string]quantRole),
		afterArticle: make(map[string]bool),
		countStems:   make(map[string]bool),
		unitStems:    make(map[string]bool),
		abbr:         make(map[string]bool),
		symbols:      make(map[string]string),
		currency:     make(map[string]bool),
		subunits:     make(map[string]bool),
		signed:       make(map[string]bool),
		stemOf:       make(map[string]string),
		magnitud:     lexicon.Stem("magnitud"),
	}
	for k, v := range lexiconMap("numbers", lexicon.Fold) {
		lx.numbers[k] = parseQuantNumWord(k, v)
	}
	for k, v := range lexiconMap("hedges", lexicon.Fold) {
		lx.hedges[k] = parseQuantHedge(k, v)
		if n := len(strings.Fields(k)); n > lx.hedgeMaxWords {
			lx.hedgeMaxWords = n
		}
	}
	// A word may be listed more than once; its roles add up.
	for _, line := range lexiconLines("quantity_context") {
		k, v, _ := strings.Cut(line, "=")
		k = strings.Join(strings.Fields(k), " ")
		if strings.HasPrefix(k, "-") {
			// Endings keep their accents: "-ó" (subió) is not "-o" (precio).
			if strings.TrimSpace(v) != "verbending" {
				panic("quantity: quantity_context: an ending needs the verbending role: " + k)
			}
			lx.verbEndings = append(lx.verbEndings, strings.ToLower(k[1:]))
			continue
		}
		raw := k
		k = lexicon.Fold(k)
		for _, name := range strings.Split(v, ",") {
			r := parseQuantRole(strings.TrimSpace(name))
			lx.roles[k] |= r
			if r == qrLabel {
				lx.stemOf[strings.ToLower(raw)] = lexicon.Stem(raw)
			}
		}
	}
	for _, line := range lexiconLines("quantity_units") {
		lx.addUnit(line)
	}
	return lx
}

// addUnit adds a line of data/quantity_units.txt.
func (lx *quantityLexicon) addUnit(line string) {
	raw, v, _ := strings.Cut(line, "=")
	raw = strings.TrimSpace(raw)
	k := lexicon.Fold(raw)
	f := strings.Fields(v)
	if len(f) == 0 {
		panic("quantity: quantity_units: no kind for " + raw)
	}
	flags := f[1:]
	var st string
	switch f[0] {
	case "count", "measure":
		st = lexicon.Stem(raw)
		if f[0] == "count" {
			lx.countStems[st] = true
		}
		lx.unitStems[st] = true
		if slices.Contains(flags, "article") {
			lx.afterArticle[k] = true
		}
		// Stems of the written forms, so that common units cost no
		// stemming: "muerto" and a guess at its plural, "muertos".
		lower := strings.ToLower(raw)
		lx.stemOf[lower] = st
		if pl := quantPlural(lower); pl != "" {
			lx.stemOf[pl] = lexicon.Stem(pl)
		}
	case "subunit":
		lower := strings.ToLower(raw)
		lx.subunits[lower] = true
		if pl := quantPlural(lower); pl != "" {
			lx.subunits[pl] = true
		}
	case "abbr":
		lx.abbr[k] = true
		lx.stemOf[strings.ToLower(raw)] = lexicon.Stem(raw)
	case "symbol":
		if len(flags) == 0 {
			panic("quantity: quantity_units: symbol " + raw + " needs one unit word")
		}
		st = lexicon.Stem(flags[0])
		if flags[0] == "%" {
			st = "%"
		}
		lx.symbols[raw] = st
		if st != "%" && !slices.Contains(flags, "measure") {
			lx.currency[st] = true
		}
		flags = flags[1:]
	default:
		panic("quantity: quantity_units: unknown kind " + f[0])
	}
	for _, fl := range flags {
		switch fl {
		case "article", "measure":
		case "currency":
			lx.currency[st] = true
		case "signed":
			lx.signed[st] = true
		default:
			panic("quantity: quantity_units: unknown flag " + fl + " for " + raw)
		}
	}
}

// stem returns lexicon.Stem(word), from the lexicon when word is a listed unit.
func (lx *quantityLexicon) stem(word string) string {
	if st, ok := lx.stemOf[word]; ok {
		return st
	}
	return lexicon.Stem(word)
}

// quantNumFlags are the flags an entry of data/numbers.txt may carry.
var quantNumFlags = map[string]quantNumFlag{
	"mult": qnMult, "noun": qnNoun, "approx": qnApprox, "article": qnArticle,
	"half": qnHalf, "frac": qnFrac, "whole": qnWhole,
}

// parseQuantNumWord reads the entry k = v of data/numbers.txt.
func parseQuantNumWord(k, v string) quantNumWord {
	f := strings.Fields(v)
	if len(f) == 0 {
		panic("quantity: numbers: no value for " + k)
	}
	val, err := parseQuantValue(f[0])
	if err != nil {
		panic("quantity: numbers: bad value for " + k)
	}
	w := quantNumWord{value: val}
	for _, fl := range f[1:] {
		if flag, ok := quantNumFlags[fl]; ok {
			w.flags |= flag
			continue
		}
		factor, ok := strings.CutPrefix(fl, "vague=")
		if !ok {
			panic("quantity: numbers: unknown flag " + fl)
		}
		n, err := strconv.ParseFloat(factor, 64)
		if err != nil || n <= 2 {
			panic("quantity: numbers: bad vague factor for " + k)
		}
		w.vague = n
	}
	return w
}

// parseQuantValue reads a value of data/numbers.txt: "20", "0.5", "1/3".
func parseQuantValue(v string) (float64, error) {
	num, den, isFrac := strings.Cut(v, "/")
	n, err := strconv.ParseFloat(num, 64)
	if err != nil || !isFrac {
		return n, err
	}
	d, err := strconv.ParseFloat(den, 64)
	if err == nil && d == 0 {
		err = strconv.ErrRange
	}
	return n / d, err
}

func parseQuantHedge(k, v string) quantHedge {
	f := strings.Fields(v)
	if len(f) == 0 {
		panic("quantity: hedges: no bound for " + k)
	}
	var h quantHedge
	switch f[0] {
	case "between":
		h = quantHedge{bound: AtLeast, between: true}
	default:
		b, ok := parseQuantBound(f[0])
		if !ok {
			panic("quantity: hedges: unknown bound " + f[0])
		}
		h.bound = b
	}
	for _, fl := range f[1:] {
		if fl != "near" {
			panic("quantity: hedges: unknown flag " + fl)
		}
		h.near = true
	}
	return h
}

func parseQuantBound(s string) (Bound, bool) {
	for b := Exact; b <= LessThan; b++ {
		if b.String() == s {
			return b, true
		}
	}
	return Exact, false
}

func parseQuantRole(name string) quantRole {
	switch name {
	case "month":
		return qrMonth
	case "weekday":
		return qrWeekday
	case "daynoun":
		return qrDayNoun
	case "yearprep":
		return qrYearPrep
	case "decade":
		return qrDecade
	case "clockprep":
		return qrClockPrep
	case "daypart":
		return qrDaypart
	case "clockabbr":
		return qrClockAbbr
	case "index":
		return qrIndex
	case "label":
		return qrLabel
	case "quake":
		return qrQuake
	case "magnoun":
		return qrMagNoun
	case "skipadj":
		return qrSkipAdj
	case "nonunit":
		return qrNonUnit
	case "decimal":
		return qrDecimal
	case "decimalweak":
		return qrDecimalWeak
	case "sign":
		return qrSign
	case "rangefrom":
		return qrRangeFrom
	case "rangeto":
		return qrRangeTo
	case "rangeand":
		return qrRangeAnd
	case "change":
		return qrChange
	case "fracdet":
		return qrFracDet
	case "per":
		return qrPer
	}
	panic("quantity: quantity_context: unknown role " + name)
}

// quantPlural guesses the plural of a lowercase Spanish noun: "muerto" →
// "muertos", "civil" → "civiles", "nación" → "naciones", "vez" → "veces";
// "" when unsure. A wrong guess only costs a Stem call later.
func quantPlural(w string) string {
	switch {
	case w == "" || strings.ContainsAny(w, " "):
		return ""
	case strings.HasSuffix(w, "z"):
		return w[:len(w)-1] + "ces"
	case strings.HasSuffix(w, "ón"):
		return w[:len(w)-len("ón")] + "ones"
	case strings.HasSuffix(w, "én"):
		return w[:len(w)-len("én")] + "enes"
	case strings.ContainsAny(w[len(w)-1:], "aeiou"):
		return w + "s"
	case strings.ContainsAny(w, "áéíóú"):
		return "" // "país" → "países": the accent moves
	}
	return w + "es"
}
