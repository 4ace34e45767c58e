package compare

import (
	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// dateFacts returns the dates the claim gives what it tells, each with
// its predicate, the word next to it through its class of synonyms
// ("tocó tierra el 27 de octubre", "azotó … el 25": one idea). Dates in
// the attribution date the statement, not the event; unresolved ones give
// no fact.
func (r *factReader) dateFacts() []Fact {
	var out []Fact
	for i := range r.s.Times {
		tx := &r.s.Times[i]
		span := normalize.Span{Start: tx.Start, End: tx.End}
		if tx.Kind != timex.KindDate || r.s.InAttribution(span) || r.reportDate(span) {
			continue
		}
		borrowed := false
		if tx.Value == "" {
			if tx, borrowed = r.yearOfStory(tx); !borrowed {
				continue
			}
		}
		if _, _, ok := tx.Interval(); !ok {
			continue
		}
		fr := Frame{Measure: "date", Source: r.source()}
		out = append(out, Fact{
			Claim: r.c, Kind: FactDate, Span: span, Text: tx.Text, Value: tx.Value, Frame: fr,
			date: tx, past: r.pastDate(tx), pred: r.predicate(span), borrowed: borrowed,
		})
	}
	return out
}

// reportDate reports whether the date at span follows a verb that revises
// a count or reports it, or a word that dates a report ("elevó este
// sábado a 39", "informó el jueves", "en un primer reporte, el pasado
// jueves"), or opens its sentence before such a verb, not one of a
// trailing attribution: it dates the report, not the event, and sources
// report on different days.
func (r *factReader) reportDate(span normalize.Span) bool {
	first, last := r.tokenRange(span)
	if first < 0 {
		return false
	}
	reports := func(j int) bool {
		cue, ok := normalize.CueOf(r.s.Tokens[j])
		return ok && (cue.Role == "report" || cue.Role == "source" || cue.Role == "asof")
	}
	if first > 0 && reports(first-1) {
		return true
	}
	// A date that opens its sentence, before a report verb a few words on,
	// dates the report: "Ayer, la Coordinación Nacional de Protección Civil
	// reportó que el huracán ha dejado 48 muertos".
	for j := 0; j < first; j++ {
		if !r.s.Tokens[j].Stop {
			return false
		}
	}
	// The verb of a trailing attribution reports the whole sentence, not
	// the date: "El 27 de agosto, Novak llegó a Cuenca, informó el diario".
	for j := last + 1; j < len(r.s.Tokens) && j <= last+8; j++ {
		if reports(j) && !r.s.Tokens[j].Attr {
			return true
		}
	}
	return false
}

// yearOfStory resolves a date of an undated document that lacks only its
// year ("el 27 de octubre") by the story's dates: read against the day
// after the story's last date and four months later it must give one
// value, so that no weekday, "el mes pasado" or "el año pasado" is
// resolved by a guess, and that value must fall within a month of the
// story's dates.
func (r *factReader) yearOfStory(tx *timex.Timex) (*timex.Timex, bool) {
	if !r.doc.Date.IsZero() || r.span[1].IsZero() {
		return tx, false
	}
	var values [2]string
	for i, days := range []int{1, 120} {
		at := r.span[1].AddDate(0, 0, days)
		found := timex.Find(tx.Text, timex.DayDate(at.Year(), at.Month(), at.Day()))
		if len(found) != 1 || found[0].End-found[0].Start != len(tx.Text) {
			return tx, false
		}
		values[i] = found[0].Value
	}
	resolved := *tx
	resolved.Value = values[0]
	first, last, ok := resolved.Interval()
	if values[0] == "" || values[0] != values[1] || !ok ||
		first.After(r.span[1].AddDate(0, 1, 0)) || last.Before(r.span[0].AddDate(0, -1, 0)) {
		return tx, false
	}
	return &resolved, true
}

// predicate returns the idea of the content word nearest a date in its
// phrase, up to eight words away: before it ("tocó tierra el 27 de octubre" → the idea of
// "tierra"… of "tocar tierra"), else after it; names, numbers and
// stopwords are passed over. "" when there is none.
func (r *factReader) predicate(span normalize.Span) string {
	first, last := r.tokenRange(span)
	if first < 0 {
		return ""
	}
	for j := first - 1; j >= 0 && j >= first-8; j-- {
		if r.boundary(j, j+1) {
			break
		}
		if c, ok := r.content(j); ok {
			if j > 0 {
				if pc, ok := normalize.PhraseConcept(r.s, j-1); ok {
					return pc // "tocó tierra"
				}
			}
			return c
		}
	}
	for j := last + 1; j < len(r.s.Tokens) && j <= last+3; j++ {
		if r.boundary(j-1, j) {
			break
		}
		if c, ok := r.content(j); ok {
			return c
		}
	}
	return ""
}

// content returns the idea of token j when it is a content word: no
// stopword, name, number or word of a date.
func (r *factReader) content(j int) (string, bool) {
	t := r.s.Tokens[j]
	st := t.Stem()
	if st == "" || t.Upper || r.isNumber(j) || r.inTime(t.Span) {
		return "", false
	}
	if c, ok := normalize.PhraseConcept(r.s, j); ok {
		return c, true
	}
	return normalize.Concept(st), true
}

// inTime reports whether span is inside a temporal expression.
func (r *factReader) inTime(span normalize.Span) bool {
	for _, tx := range r.s.Times {
		if tx.Start <= span.Start && span.End <= tx.End {
			return true
		}
	}
	return false
}

// pastDate reports a date that ends more than half a year before the
// story: the date of an earlier event ("el terremoto de 1939").
func (r *factReader) pastDate(tx *timex.Timex) bool {
	if r.anchor.IsZero() {
		return false
	}
	_, last, ok := tx.Interval()
	return ok && last.Before(r.anchor.First().AddDate(0, -6, 0))
}
