package normalize

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Measure is what a word says a figure counts or measures: "muertos" and
// "fallecidos" both name the measure "dead" (data/measures.txt).
type Measure struct {
	Name string
	// Cumulative marks a count that grows while it is reported again, so
	// that a higher figure reported later is an update.
	Cumulative bool
	// Scoped marks a count that depends on the place it covers.
	Scoped bool
	// Held marks a figure of someone, such as a candidate's votes.
	Held bool
	// Count marks a number of things or people, which no unit of measure
	// (kilómetros, %, horas) can be a figure of.
	Count bool
	// Scale marks a measure on a scale, whose figures need no unit: "una
	// magnitud de 7,7".
	Scale bool
}

// Unit is the dimension a unit word measures and its factor to the
// dimension's base unit (data/measure_units.txt).
type Unit struct {
	Dim    string  // "length", "duration", "percent", "magnitude", …
	Factor float64 // a value times Factor is in the base unit
}

// FactCue is the role a word gives the figures and dates near it
// (data/fact_cues.txt): "event" (with the event it names), "asof" or
// "scope".
type FactCue struct {
	Role  string
	Event string // for Role "event": "second", "aftershock", "earlier"
}

// measureLexicon holds the measures, units and cues, keyed by stem or
// folded word.
type measureLexicon struct {
	words   map[string]Measure  // stem → measure
	phrases map[string][]phrase // first stem → phrases starting with it
	units   map[string]Unit     // stem or folded word → unit
	cues    map[string]FactCue  // folded word → cue
	generic map[string]bool     // stems of counted nouns too generic to name a measure
}

// phrase is a measure named by several words.
type phrase struct {
	stems []string
	m     Measure
}

// measures is the measure lexicon, built on first use.
var measures = lazy(loadMeasures)

func loadMeasures() *measureLexicon {
	lx := &measureLexicon{words: map[string]Measure{}, phrases: map[string][]phrase{}, units: map[string]Unit{}, cues: map[string]FactCue{}, generic: map[string]bool{}}
	for _, line := range lexiconLines("measures") {
		head, words, _ := strings.Cut(line, ":")
		fields := strings.Fields(head)
		m := Measure{Name: fields[0]}
		for _, f := range fields[1:] {
			m.Cumulative = m.Cumulative || f == "cumulative"
			m.Scoped = m.Scoped || f == "scoped"
			m.Held = m.Held || f == "held"
			m.Count = m.Count || f == "count"
			m.Scale = m.Scale || f == "scale"
		}
		for _, w := range strings.Fields(words) {
			parts := strings.Split(w, "_")
			stems := make([]string, len(parts))
			for i, p := range parts {
				stems[i] = measureStem(p)
			}
			if len(stems) == 1 {
				lx.words[stems[0]] = m
				lx.words[measureStem(plural(w))] = m
				continue
			}
			lx.phrases[stems[0]] = append(lx.phrases[stems[0]], phrase{stems, m})
		}
	}
	for k, v := range lexiconMap("measure_units", nil) {
		dim, factor, _ := strings.Cut(v, " ")
		f, err := strconv.ParseFloat(strings.TrimSpace(factor), 64)
		if err != nil {
			panic("normalize: bad factor in measure_units: " + v)
		}
		u := Unit{Dim: dim, Factor: f}
		lx.units[fold(k)] = u
		lx.units[measureStem(k)] = u
	}
	for k, v := range lexiconMap("fact_cues", fold) {
		role, event, _ := strings.Cut(v, " ")
		lx.cues[k] = FactCue{Role: role, Event: event}
		if role == "generic" {
			lx.generic[measureStem(k)] = true
		}
	}
	return lx
}

// plural returns the plural of a Spanish noun written in the singular:
// "hogar" → "hogares", "vivienda" → "viviendas". The measures list their
// nouns in the singular and are matched by stems, and the stem of a
// plural is not always the singular's (Stem("hogares") is "hogar",
// Stem("hogar") "hog"). A symbol or an abbreviation ("%", "km") has no
// plural. Units are left to their singular: "años" as a unit of years
// would stop ages ("de 13 años") being compared at all.
func plural(w string) string {
	if utf8.RuneCountInString(w) < 3 || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return w
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	if strings.ContainsRune("aeiouáéíóú", r) {
		return w + "s"
	}
	return w + "es"
}

// measureStem is the stem a lexicon word is matched by, as tokens are
// stemmed (Stem), or its folded form when it has none.
func measureStem(w string) string {
	if s := Stem(w); s != "" {
		return s
	}
	return fold(w)
}

// MeasureAt returns the measure the words of s starting at token i name,
// and how many tokens they take: "muertos" (1), "víctimas mortales" (2).
func MeasureAt(s *Sentence, i int) (Measure, int, bool) {
	lx := measures()
	stem := tokenKey(s.Tokens[i])
	for _, p := range lx.phrases[stem] {
		if i+len(p.stems) <= len(s.Tokens) && phraseAt(s, i, p.stems) {
			return p.m, len(p.stems), true
		}
	}
	m, ok := lx.words[stem]
	return m, 1, ok
}

// phraseAt reports whether the tokens of s from i on have the stems.
func phraseAt(s *Sentence, i int, stems []string) bool {
	for k, st := range stems {
		if tokenKey(s.Tokens[i+k]) != st {
			return false
		}
	}
	return true
}

// tokenKey is the key a token is looked up by: its stem, or its folded
// word for a stopword.
func tokenKey(t Token) string {
	if st := t.Stem(); st != "" {
		return st
	}
	return t.Folded()
}

// UnitOf returns the unit a quantity's Unit names.
func UnitOf(unit string) (Unit, bool) {
	lx := measures()
	if u, ok := lx.units[unit]; ok {
		return u, true
	}
	u, ok := lx.units[measureStem(unit)]
	return u, ok
}

// PartOf reports whether the words around a figure make it a part of
// another or an addition to it ("29 de ellos", "de los cuales 3.190",
// "tres muertos más"): before is the text that ends right before the
// figure, after the text right after it (past its counted noun).
func PartOf(before, after string) bool {
	b, a := fold(strings.TrimSpace(before)), fold(strings.TrimSpace(after))
	for phrase, cue := range measures().cues {
		if cue.Role == "sum" && strings.HasPrefix(a, phrase) && (len(a) == len(phrase) || !isWordByte(a[len(phrase)])) {
			return false // "19 provincias más la Ciudad": a sum, not an addition to another figure
		}
	}
	for phrase, cue := range measures().cues {
		switch cue.Role {
		case "partbefore":
			if strings.HasSuffix(b, phrase) && (len(b) == len(phrase) || b[len(b)-len(phrase)-1] == ' ') {
				return true
			}
		case "partafter":
			if strings.HasPrefix(a, phrase) && (len(a) == len(phrase) || !isWordByte(a[len(phrase)])) {
				return true
			}
		}
	}
	return false
}

// isWordByte reports whether c is a letter or digit of ASCII, or part of
// a multi-byte letter.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// GenericNoun reports whether the stem of a counted noun says too little
// of what is counted to name a measure: "personas".
func GenericNoun(stem string) bool { return measures().generic[stem] }

// CueOf returns the role token t plays for the figures near it.
func CueOf(t Token) (FactCue, bool) { return CueWord(t.Folded()) }

// CueWord returns the role a folded word plays for the figures near it.
func CueWord(folded string) (FactCue, bool) {
	c, ok := measures().cues[fold(folded)]
	return c, ok
}
