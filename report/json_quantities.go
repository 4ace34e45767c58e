package report

import (
	"iter"

	"github.com/dedupe-news/dedupe/compare"
)

// JSONQuantity is a figure the number reader found in a claim, as read,
// before the checks put it in a frame (see [JSONFact]): its value, bound
// and unit. A range ("entre 300 y 400", "de 5.000 a 11.000") has bound
// "range" and its ends in Low and High, null for any other bound.
type JSONQuantity struct {
	Doc   string   `json:"doc"`
	Claim string   `json:"claim"`
	Start int      `json:"start"`
	End   int      `json:"end"`
	Line  int      `json:"line"`
	Col   int      `json:"col"`
	Text  string   `json:"text"`
	Value float64  `json:"value"` // as most likely meant; for a range, its lower end
	Bound string   `json:"bound"` // exact, approx, at_least, more_than, at_most, less_than or range
	Unit  string   `json:"unit"`  // the stem of the unit or counted noun, "%", a currency, "" when none
	Low   *float64 `json:"low"`
	High  *float64 `json:"high"`
}

func jsonQuantities(r *compare.Result, pos positions) iter.Seq[JSONQuantity] {
	return func(yield func(JSONQuantity) bool) {
		for i, c := range r.Claims {
			for _, q := range r.Sentence(i).Numbers {
				line, col := pos.at(c.Doc, q.Start)
				jq := JSONQuantity{
					Doc: claimDoc(r, i), Claim: claimID(r, i), Start: q.Start, End: q.End, Line: line, Col: col,
					Text: q.Text, Value: q.Value, Bound: q.Bound.String(), Unit: q.Unit,
				}
				if lo, hi := q.Ends(); lo != hi {
					jq.Low, jq.High = &lo, &hi
				}
				if !yield(jq) {
					return
				}
			}
		}
	}
}
