package compare

import (
	"github.com/dedupe-news/dedupe/normalize"
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
		if tx.Kind != normalize.TimeDate || tx.Value == "" || r.s.InAttribution(span) {
			continue
		}
		if _, _, ok := tx.Interval(); !ok {
			continue
		}
		fr := Frame{Measure: "date", Source: r.source()}
		out = append(out, Fact{
			Claim: r.c, Span: span, Text: tx.Text, Value: tx.Value, Frame: fr,
			date: tx, past: r.pastDate(tx), pred: r.predicate(span),
		})
	}
	return out
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
func (r *factReader) pastDate(tx *normalize.Timex) bool {
	if r.anchor.IsZero() {
		return false
	}
	_, last, ok := tx.Interval()
	return ok && last.Before(r.anchor.First().AddDate(0, -6, 0))
}
