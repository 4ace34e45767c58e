// Package timex finds temporal expressions in Spanish news text and
// resolves them to TIMEX3 values against the document's date: dates,
// weeks, seasons, decades, clock times, durations and recurring times
// ("el mes pasado" in an article of 2023-09 → "2023-08", "hace tres años"
// → "2020-09", "durante cinco horas" → "PT5H"). [Date] is the calendar
// value it resolves against, from a day down to a year.
//
// Find takes a string and returns spans into it; it cannot fail and never
// panics, whatever the text. Its Spanish words live in data/*.txt.
package timex

import "time"

// Kind is the TIMEX3 type of a temporal expression.
type Kind string

// The TIMEX3 types.
const (
	KindDate     Kind = "date"     // a calendar date, month, year or week
	KindTime     Kind = "time"     // a clock time or a part of a day
	KindDuration Kind = "duration" // an amount of time
	KindSet      Kind = "set"      // a recurring time
	// KindAge is a person's age ("un niño de 13 años", "murió a los 85
	// años", "el presidente, de 64 años,"), valued as TIMEX3 writes the
	// duration ("P13Y"); a kind of its own, so that an age is never taken
	// for how long something lasted. TIMEX3 has no such type.
	KindAge Kind = "age"
)

// Timex is one temporal expression found in a text.
type Timex struct {
	Start, End int    // byte offsets into the text passed to Find, End exclusive
	Text       string // text[Start:End]
	Kind       Kind
	// Value is the TIMEX3 value: "2023-08", "2023-09-04", "2023-W35",
	// "2023-W36-WE", "2022", "PT5H", "P1Y", "T10:30", "2023-09-13T10:30",
	// "2023-09-13TMO", "XXXX-WXX-1"; "" when unresolved.
	Value string
	// Mod is the TIMEX3 mod: "", "START", "MID", "END", "APPROX",
	// "MORE_THAN" or "LESS_THAN".
	Mod string
	// Relative reports that the value depends on the anchor (the document
	// date): it is "" whenever Relative is true and the anchor is unknown.
	Relative bool
}

// Find returns the temporal expressions in text, in order, resolved
// against anchor (the document's date; zero Date when unknown). Matching
// ignores case and accents and works on whole words; expressions never
// overlap and the longest match wins.
//
// Spans follow TIMEX3: determiners and operators belong to the expression
// ("el mes pasado", "hace tres años", "dentro de un mes", "finales del año
// pasado", "las 10.30"), plain prepositions do not ("en julio" → "julio",
// "a finales de" → "finales de", "durante cinco horas" → "cinco horas").
//
// Resolution gives the finest value that is certain given the anchor's
// precision:
//   - "hoy", "este mes", "este año" give the anchor itself, coarsened to the
//     expression ("hoy" with anchor 2023-09 is "2023-09");
//   - days and weeks ("ayer", "el lunes", "la semana pasada", "hace dos
//     días") need a day anchor, months ("el mes pasado") a month anchor,
//     years ("el año pasado") a year anchor; otherwise Value is "";
//   - "hace/dentro de N años" keep the anchor's precision, capped at month
//     (anchor 2023-09-13: "hace tres años" → "2020-09"); "hace/dentro de N
//     meses" give a month, "N semanas" an ISO week, "N días" a day;
//   - a month or day named without a year ("en julio", "el 13 de
//     septiembre", "el miércoles 13") takes the nearest one not after the
//     anchor, compared at the anchor's precision, or in a future context the
//     nearest one not before it; "el lunes" is the nearest Monday strictly
//     before (or, in a future context, after) the anchor day, "este lunes"
//     may be the anchor day itself.
//
// A context is future when "próximo", "que viene" and the like are part of
// the expression, or when the nearest tense cue in the sentence (a future
// or conditional verb, "se espera", "prevé", "planea"; against a past verb
// such as "anunció", "dijo", "había") is a future one. Only cues within 40
// tokens count, and sentences without any count as past. The cue lists live
// in data/time_tense.txt.
//
// "en" + amount ("en aproximadamente un mes") is a date in a future context
// and a duration otherwise ("por primera vez en tres años"). Bare four-digit
// years count only after a preposition or "año", and not when glued to
// other numbers ("2.019", "2019,5") or followed by a counted noun ("de 2000
// soldados"). Bare clock readings such as "2:24" are ignored: a clock time
// needs "las" or a unit ("a las 10.30", "10.30 h"). It takes the day named
// just before it ("el lunes a las 10" → "2023-09-11T10:00"), else a day
// anchor's day, else none ("T10:00", not relative).
func Find(text string, anchor Date) []Timex {
	tg := Tagger{Anchor: anchor}
	return tg.Find(text)
}

// Interval returns the first and last day a date-kind Timex can denote
// (taking Mod loosely: END of 2022 is still within 2022), ok false for
// unresolved values, durations and sets. A time whose value names a day
// ("2023-09-13T10:30") gives that day.
func (t Timex) Interval() (first, last time.Time, ok bool) {
	if t.Kind != KindDate && t.Kind != KindTime {
		return
	}
	v := t.Value
	if n, ok := txDigits(v, 0, len(v)); ok && (len(v) == 2 || len(v) == 3) {
		span := 100 // a century, "19"
		if len(v) == 3 {
			span = 10 // a decade, "199"
		}
		return txUTC(n*span, 1, 1), txUTC(n*span+span-1, 12, 31), true
	}
	y, ok := txDigits(v, 0, 4)
	if !ok {
		return
	}
	switch {
	case len(v) == 4:
		return txUTC(y, 1, 1), txUTC(y, 12, 31), true
	case len(v) >= 8 && v[4] == '-' && v[5] == 'W':
		w, ok := txDigits(v, 6, 2)
		if !ok || w < 1 || w > 53 || (len(v) != 8 && v[8:] != "-WE") {
			return first, last, false
		}
		mon := txISOWeekMonday(y, w)
		if len(v) == 8 {
			return mon, mon.AddDate(0, 0, 6), true
		}
		return mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6), true
	case len(v) == 7 && v[4] == '-' && (v[5] < '0' || v[5] > '9'):
		return txPartInterval(y, v[5:])
	case len(v) >= 7 && v[4] == '-':
		m, ok := txDigits(v, 5, 2)
		if !ok || m < 1 || m > 12 {
			return first, last, false
		}
		if len(v) == 7 {
			return txUTC(y, m, 1), txUTC(y, m+1, 0), true
		}
		d, ok := txDigits(v, 8, 2)
		if !ok || v[7] != '-' || d < 1 || d > txDaysIn(y, m) || (len(v) > 10 && v[10] != 'T') {
			return first, last, false
		}
		return txUTC(y, m, d), txUTC(y, m, d), true
	}
	return first, last, false
}

// txPartInterval returns the days of part code of year y: a quarter
// "Q1"–"Q4", a half "H1"–"H2", a third "T1"–"T3" (data/time_periods.txt),
// or a season "SP", "SU", "FA", "WI" (data/time_seasons.txt: winter from
// December of the year before to February).
func txPartInterval(y int, code string) (first, last time.Time, ok bool) {
	lx := txLexicons()
	if m, ok := lx.seasonFirst[code]; ok {
		return txUTC(y, m, 1), txUTC(y, m+3, 0), true
	}
	months := lx.partMonths[code[0]]
	if n := int(code[1]) - '0'; months > 0 && n >= 1 && n*months <= 12 {
		return txUTC(y, (n-1)*months+1, 1), txUTC(y, n*months+1, 0), true
	}
	return first, last, false
}

// txDigits reads the n decimal digits of s at off.
func txDigits(s string, off, n int) (int, bool) {
	if off+n > len(s) {
		return 0, false
	}
	v := 0
	for i := off; i < off+n; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

func txUTC(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// txISOWeekMonday returns the Monday of ISO week w of year y: week 1 is the
// one holding 4 January.
func txISOWeekMonday(y, w int) time.Time {
	jan4 := txUTC(y, 1, 4)
	return jan4.AddDate(0, 0, 1-txISOWeekday(jan4)+7*(w-1))
}

// txISOWeekday numbers weekdays 1 (Monday) to 7 (Sunday).
func txISOWeekday(t time.Time) int {
	if wd := int(t.Weekday()); wd != 0 {
		return wd
	}
	return 7
}

// txDaysIn returns the number of days in month m of year y.
func txDaysIn(y, m int) int { return txUTC(y, m+1, 0).Day() }
