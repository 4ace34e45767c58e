package timex

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The Spanish words the temporal tagger knows live in data/months.txt,
// data/weekdays.txt and data/time_*.txt. Each list becomes a txLexicon:
// keys may be phrases ("que viene", "un par de"), matched word by word on
// folded tokens, longest first.

// txEntry is one lexicon key after its first word, and its value.
type txEntry[V any] struct {
	rest []string
	val  V
}

// txLexicon maps a folded first word to the entries starting with it,
// longest first. Each lexicon has its own bit: a token's mask tells which
// lexicons hold an entry starting with it, sparing most map lookups.
type txLexicon[V any] struct {
	bit uint32
	m   map[string][]txEntry[V]
}

// Lexicon bits; txStarter marks the grammar words that can open a pattern
// (txStarters).
const (
	txBitMonths uint32 = 1 << iota
	txBitWeekdays
	txBitCounts
	txBitUnits
	txBitMods
	txBitEdges
	txBitDays
	txBitShifts
	txBitParts
	txBitSets
	txBitYearPreps
	txBitYearNext
	txBitClockPreps
	txBitTense
	txBitRefs
	txBitRefContext
	txBitSeasons
	txBitPeriods
	txBitOrdinals
	txBitAnaphora
	txBitAgeBefore
	txBitAgeNouns
	txBitYearUnits
	txBitWhole
	txBitPartsAlone
	txBitNameHeads
	txStarter
)

// txOpeners are the lexicons whose words may open an expression; the
// others (prepositions before years and clock times, tense cues) only give
// context.
const txOpeners = txBitMonths | txBitWeekdays | txBitCounts | txBitUnits | txBitMods |
	txBitEdges | txBitDays | txBitShifts | txBitSets | txBitRefs | txBitSeasons |
	txBitPeriods | txBitOrdinals | txBitAnaphora | txBitYearUnits | txBitWhole | txBitPartsAlone | txStarter

// txStarters are the function words that open patterns without being in
// any lexicon: articles and demonstratives ("el mes pasado", "esta
// semana"), "hace", "dentro de", "cada", "todos los", "el día 13".
const txStarters = "el la las los este esta mes dia año hace dentro cada todos todas"

// txLoad reads data/name.txt ("key = value" lines) into a lexicon, parsing
// values with parse. Bad data is a build error, so it panics.
func txLoad[V any](name string, bit uint32, parse func(string) (V, bool)) txLexicon[V] {
	lx := txLexicon[V]{bit: bit, m: make(map[string][]txEntry[V])}
	for k, v := range lexiconMap(name, nil) {
		val, ok := parse(v)
		words := strings.Fields(k)
		if !ok || len(words) == 0 {
			panic("timex: bad entry " + strconv.Quote(k) + " in lexicon " + name)
		}
		for i, w := range words {
			words[i] = txFoldKey(w)
		}
		lx.add(words, val)
	}
	lx.sort()
	return lx
}

func (lx txLexicon[V]) add(words []string, val V) {
	lx.m[words[0]] = append(lx.m[words[0]], txEntry[V]{rest: words[1:], val: val})
}

// sort puts longer entries first, so that matching prefers them.
func (lx txLexicon[V]) sort() {
	for _, es := range lx.m {
		slices.SortFunc(es, func(a, b txEntry[V]) int {
			if len(a.rest) != len(b.rest) {
				return len(b.rest) - len(a.rest)
			}
			return strings.Compare(strings.Join(a.rest, " "), strings.Join(b.rest, " "))
		})
	}
}

// mark records in first which words open an entry of lx.
func (lx txLexicon[V]) mark(first map[string]uint32) {
	for w := range lx.m {
		first[w] |= lx.bit
	}
}

// txMatch looks up the lexicon entry starting at token i, longest first,
// and returns its value and the token after it.
func txMatch[V any](s *txScanner, lx txLexicon[V], i int) (v V, end int, ok bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].mask&lx.bit == 0 {
		return v, i, false
	}
	for _, e := range lx.m[s.toks[i].norm] {
		k := i + 1
		for _, r := range e.rest {
			if s.word(k) != r {
				k = -1
				break
			}
			k++
		}
		if k >= 0 {
			return e.val, k, true
		}
	}
	return v, i, false
}

type txMonthWord struct {
	month int
	abbr  bool // only right after a day number
}

type txUnitWord struct {
	code   string // Y M W D H MIN S DE CE WE
	cal    bool   // singular calendar unit: "el mes pasado"
	digits bool   // only after a written number: "48 h"
}

type txDayWord struct {
	off  int    // days from the anchor
	part string // TIMEX3 part of day, "" for a whole day
}

// txRefWord is an entry of data/time_refs.txt.
type txRefWord struct {
	value string // PRESENT_REF, PAST_REF or FUTURE_REF
	det   bool   // only after a word of data/time_ref_context.txt
}

// txAnaphor is an entry of data/time_anaphora.txt.
type txAnaphor struct {
	off  int
	unit txGran // txNoGran: the granularity of the date referred to
}

// txSeasonWord is an entry of data/time_seasons.txt.
type txSeasonWord struct {
	code  string // SP SU FA WI
	first int    // the month it starts in, in the year it is written in: 0 for December of the year before
}

// txPeriodWord is an entry of data/time_periods.txt.
type txPeriodWord struct {
	code    string // Q H T
	perYear int
}

type txSuffix struct {
	suf   string // lower-case, accented
	tense int8
}

// txLex holds every lexicon of the temporal tagger.
type txLex struct {
	months      txLexicon[txMonthWord]
	weekdays    txLexicon[int]
	counts      txLexicon[float64] // < 0: indefinite ("unos", "varios")
	units       txLexicon[txUnitWord]
	mods        txLexicon[string]
	edges       txLexicon[string]
	days        txLexicon[txDayWord]
	shifts      txLexicon[int]
	parts       txLexicon[string]
	sets        txLexicon[string]
	yearPreps   txLexicon[bool]
	yearNext    txLexicon[bool]
	clockPreps  txLexicon[bool]
	tense       txLexicon[int8] // 1 future, -1 past, 0 not a verb
	refs        txLexicon[txRefWord]
	refContext  txLexicon[bool]
	seasons     txLexicon[txSeasonWord]
	periods     txLexicon[txPeriodWord]
	seasonFirst map[string]int    // TIMEX3 code of a season ("WI") → its first month, as txSeasonWord.first
	partMonths  map[byte]int      // letter of a part of a year ("Q") → the months it lasts
	yearUnits   txLexicon[string] // "W" or "M"
	whole       txLexicon[bool]
	partsAlone  txLexicon[string]
	ordinals    txLexicon[int] // -1 for the last, 0 for "ª" after a number
	anaphora    txLexicon[txAnaphor]
	ageBefore   txLexicon[bool]
	ageNouns    txLexicon[bool]
	nameHeads   txLexicon[bool] // nouns a date names: "colonia 20 de Noviembre"
	suffixes    []txSuffix      // longest first
	participles []string        // folded endings of past participles
	first       map[string]uint32
}

var txLexicons = lazy(func() *txLex {
	lx := &txLex{}
	txLoadCalendar(lx)
	txLoadAmounts(lx)
	txLoadContext(lx)
	txLoadTense(lx)
	lx.seasonFirst, lx.partMonths = make(map[string]int), make(map[byte]int)
	for _, es := range lx.seasons.m {
		for _, e := range es {
			lx.seasonFirst[e.val.code] = e.val.first
		}
	}
	for _, es := range lx.periods.m {
		for _, e := range es {
			lx.partMonths[e.val.code[0]] = 12 / e.val.perYear
		}
	}
	lx.first = make(map[string]uint32)
	for _, mark := range []func(map[string]uint32){
		lx.months.mark, lx.weekdays.mark, lx.counts.mark, lx.units.mark, lx.mods.mark,
		lx.edges.mark, lx.days.mark, lx.shifts.mark, lx.parts.mark, lx.sets.mark,
		lx.yearPreps.mark, lx.yearNext.mark, lx.clockPreps.mark, lx.tense.mark,
		lx.refs.mark, lx.refContext.mark, lx.seasons.mark, lx.periods.mark, lx.ordinals.mark, lx.anaphora.mark, lx.ageBefore.mark, lx.ageNouns.mark,
		lx.yearUnits.mark, lx.whole.mark, lx.partsAlone.mark, lx.nameHeads.mark,
	} {
		mark(lx.first)
	}
	for _, w := range strings.Fields(txStarters) {
		lx.first[txFoldKey(w)] |= txStarter
	}
	return lx
})

// txAtoi parses a lexicon value as an int.
func txAtoi(v string) (int, bool) {
	n, err := strconv.Atoi(v)
	return n, err == nil
}

// txText takes a lexicon value as it is.
func txText(v string) (string, bool) { return v, v != "" }

// txFlag takes any lexicon value: the key is what counts.
func txFlag(string) (bool, bool) { return true, true }

// txLoadCalendar loads the words that name days, months, seasons and the
// parts of a year.
func txLoadCalendar(lx *txLex) {
	lx.months = txLoad("months", txBitMonths, func(v string) (txMonthWord, bool) {
		f := strings.Fields(v)
		if len(f) == 0 || len(f) > 2 || (len(f) == 2 && f[1] != "abbr") {
			return txMonthWord{}, false
		}
		n, err := strconv.Atoi(f[0])
		return txMonthWord{month: n, abbr: len(f) == 2}, err == nil && n >= 1 && n <= 12
	})
	lx.weekdays = txLoad("weekdays", txBitWeekdays, func(v string) (int, bool) {
		n, ok := txAtoi(v)
		return n, ok && n >= 1 && n <= 7
	})
	lx.days = txLoad("time_days", txBitDays, func(v string) (txDayWord, bool) {
		f := strings.Fields(v)
		if len(f) == 0 || len(f) > 2 {
			return txDayWord{}, false
		}
		n, err := strconv.Atoi(f[0])
		d := txDayWord{off: n}
		if len(f) == 2 {
			d.part = f[1]
		}
		return d, err == nil
	})
	lx.parts = txLoad("time_parts", txBitParts, txText)
	lx.partsAlone = txLoad("time_parts_alone", txBitPartsAlone, txText)
	lx.seasons = txLoad("time_seasons", txBitSeasons, func(v string) (txSeasonWord, bool) {
		f := strings.Fields(v)
		if len(f) != 2 || len(f[0]) != 2 {
			return txSeasonWord{}, false
		}
		m, ok := txAtoi(f[1])
		return txSeasonWord{code: f[0], first: m % 12}, ok && m >= 1 && m <= 12
	})
	lx.periods = txLoad("time_periods", txBitPeriods, func(v string) (txPeriodWord, bool) {
		f := strings.Fields(v)
		if len(f) != 2 || len(f[0]) != 1 {
			return txPeriodWord{}, false
		}
		n, ok := txAtoi(f[1])
		return txPeriodWord{code: f[0], perYear: n}, ok && n >= 2 && n <= 12
	})
	lx.ordinals = txLoad("time_ordinals", txBitOrdinals, func(v string) (int, bool) {
		n, ok := txAtoi(v)
		return n, ok && n >= -1 && n <= 12
	})
	lx.yearUnits = txLoad("time_year_units", txBitYearUnits, func(v string) (string, bool) {
		return v, v == "W" || v == "M"
	})
}

// txLoadAmounts loads the words of amounts, shifts, edges and sets.
func txLoadAmounts(lx *txLex) {
	lx.counts = txLoad("time_counts", txBitCounts, func(v string) (float64, bool) {
		if v == "X" {
			return -1, true
		}
		n, err := strconv.ParseFloat(v, 64)
		return n, err == nil && n > 0
	})
	lx.units = txLoad("time_units", txBitUnits, func(v string) (txUnitWord, bool) {
		f := strings.Fields(v)
		if len(f) == 0 || txUnitRank(f[0]) < 0 && f[0] != "WE" {
			return txUnitWord{}, false
		}
		u := txUnitWord{code: f[0]}
		for _, fl := range f[1:] {
			switch fl {
			case "cal":
				u.cal = true
			case "digits":
				u.digits = true
			default:
				return u, false
			}
		}
		return u, true
	})
	lx.mods = txLoad("time_mods", txBitMods, txText)
	lx.edges = txLoad("time_edges", txBitEdges, txText)
	lx.shifts = txLoad("time_shifts", txBitShifts, func(v string) (int, bool) {
		n, ok := txAtoi(v)
		return n, ok && n >= -1 && n <= 1
	})
	lx.sets = txLoad("time_sets", txBitSets, txText)
}

// txLoadContext loads the words that only give context, and the words that
// refer to the present, past and future.
func txLoadContext(lx *txLex) {
	lx.yearPreps = txLoad("time_year_preps", txBitYearPreps, txFlag)
	lx.yearNext = txLoad("time_year_next", txBitYearNext, txFlag)
	lx.clockPreps = txLoad("time_clock_preps", txBitClockPreps, txFlag)
	lx.whole = txLoad("time_whole", txBitWhole, txFlag)
	lx.anaphora = txLoad("time_anaphora", txBitAnaphora, func(v string) (txAnaphor, bool) {
		f := strings.Fields(v)
		if len(f) != 2 {
			return txAnaphor{}, false
		}
		n, ok := txAtoi(f[0])
		unit, known := map[string]txGran{"D": txDay, "M": txMonth, "Y": txYear, "=": txNoGran}[f[1]]
		return txAnaphor{off: n, unit: unit}, ok && known
	})
	lx.ageBefore = txLoad("time_age_before", txBitAgeBefore, txFlag)
	lx.ageNouns = txLoad("time_age_nouns", txBitAgeNouns, txFlag)
	lx.nameHeads = txLoad("time_name_heads", txBitNameHeads, txFlag)
	lx.refContext = txLoad("time_ref_context", txBitRefContext, txFlag)
	lx.refs = txLoad("time_refs", txBitRefs, func(v string) (txRefWord, bool) {
		f := strings.Fields(v)
		if len(f) == 0 || len(f) > 2 || len(f) == 2 && f[1] != "det" {
			return txRefWord{}, false
		}
		switch f[0] {
		case "PRESENT", "PAST", "FUTURE":
			return txRefWord{value: f[0] + "_REF", det: len(f) == 2}, true
		}
		return txRefWord{}, false
	})
}

// txLoadTense loads the tense cues. Suffix keys must keep their accents, so
// they are split off before the other keys are folded.
func txLoadTense(lx *txLex) {
	tense := func(v string) (int8, bool) {
		switch v {
		case "F":
			return 1, true
		case "P":
			return -1, true
		case "N":
			return 0, true
		}
		return 0, false
	}
	lx.tense = txLexicon[int8]{bit: txBitTense, m: make(map[string][]txEntry[int8])}
	for k, v := range lexiconMap("time_tense", nil) {
		t, ok := tense(v)
		if !ok || k == "" {
			panic("timex: bad entry " + strconv.Quote(k) + " in lexicon time_tense")
		}
		if suf, ok := strings.CutPrefix(k, "-"); ok {
			lx.suffixes = append(lx.suffixes, txSuffix{suf: strings.ToLower(suf), tense: t})
			continue
		}
		words := strings.Fields(k)
		for i, w := range words {
			words[i] = txFoldKey(w)
		}
		lx.tense.add(words, t)
	}
	lx.tense.sort()
	for _, suf := range lexiconLines("time_participles") {
		lx.participles = append(lx.participles, txFoldKey(suf))
	}
	slices.SortFunc(lx.suffixes, func(a, b txSuffix) int {
		if len(a.suf) != len(b.suf) {
			return len(b.suf) - len(a.suf)
		}
		return strings.Compare(a.suf, b.suf)
	})
}

// txUnitRank orders duration units from the largest, -1 for unknown codes.
func txUnitRank(code string) int {
	switch code {
	case "CE":
		return 0
	case "DE":
		return 1
	case "Y":
		return 2
	case "M":
		return 3
	case "W":
		return 4
	case "D":
		return 5
	case "H":
		return 6
	case "MIN":
		return 7
	case "S":
		return 8
	}
	return -1
}

// txFoldKey folds one lexicon word the way the scanner folds text.
func txFoldKey(w string) string { return string(txFoldAppend(nil, w)) }

// txFoldAppend appends w lower-cased and without accents or diaeresis,
// keeping ñ, as Fold does, but without allocating for the common Latin
// letters.
func txFoldAppend(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		switch lr := unicode.ToLower(r); {
		case r == '\u0303' && len(dst) > 0 && dst[len(dst)-1] == 'n':
			dst = append(dst[:len(dst)-1], "ñ"...)
		case unicode.Is(unicode.Mn, r):
			// accents written as combining marks go
		case lr == 'ñ':
			dst = append(dst, "ñ"...)
		case lr >= 0xe0 && lr <= 0xff:
			dst = append(dst, txLatin1Base(lr))
		default:
			dst = utf8.AppendRune(dst, lr)
		}
	}
	return dst
}

// txLatin1Base strips the accent of a lower-case Latin-1 letter
// (U+00E0–U+00FF).
func txLatin1Base(r rune) byte {
	switch {
	case r <= 'å':
		return 'a'
	case r == 'æ':
		return 'a'
	case r == 'ç':
		return 'c'
	case r <= 'ë':
		return 'e'
	case r <= 'ï':
		return 'i'
	case r == 'ð':
		return 'd'
	case r <= 'ö', r == 'ø':
		return 'o'
	case r == '÷':
		return '/'
	case r <= 'ü':
		return 'u'
	case r == 'þ':
		return 't'
	}
	return 'y' // ý, ÿ
}

// txNormAnchor makes anchor's fields consistent with its precision, so that
// an odd Date ("2023-13" built by hand) cannot produce odd values; years
// TIMEX3 cannot write make the anchor unknown.
func txNormAnchor(d Date) Date {
	if d.Year < 0 || d.Year > 9999 {
		return Date{}
	}
	switch d.Prec {
	case PrecYear:
		return YearDate(d.Year)
	case PrecMonth:
		t := time.Date(d.Year, d.Month, 1, 12, 0, 0, 0, time.UTC)
		return MonthDate(t.Year(), t.Month())
	case PrecDay:
		t := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC)
		return DayDate(t.Year(), t.Month(), t.Day())
	}
	return Date{}
}
