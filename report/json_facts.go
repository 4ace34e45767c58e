package report

import (
	"iter"

	"github.com/dedupe-news/dedupe/compare"
)

// JSONFact is one figure or date a claim gives, in its frame: what the
// checks compare, so that a reader (or a benchmark) can see why two
// values were or were not set side by side.
type JSONFact struct {
	Doc     string `json:"doc"`
	Claim   string `json:"claim"`
	Kind    string `json:"kind"` // "figure" or "date"
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Line    int    `json:"line"`
	Col     int    `json:"col"`
	Text    string `json:"text"`
	Value   string `json:"value"`   // normalized, in the base unit of its dimension; a TIMEX3 value for a date
	Measure string `json:"measure"` // what is counted or measured: "dead", "magnitude", "date"
	Event   string `json:"event"`   // "" for the story's main event, else "second", "aftershock", "past 1999"…
	Scope   string `json:"scope"`   // the places counted over, "" when none is named
	AsOf    string `json:"as_of"`   // when the value was reported, "" when unknown
	Source  string `json:"source"`  // who gave it, "" when the text does not say
}

func jsonFacts(r *compare.Result, pos positions) iter.Seq[JSONFact] {
	return each(len(r.Facts), func(i int) JSONFact {
		f := &r.Facts[i]
		line, col := pos.at(r.Claims[f.Claim].Doc, f.Start)
		return JSONFact{
			Doc: claimDoc(r, f.Claim), Claim: claimID(r, f.Claim), Kind: string(f.Kind),
			Start: f.Start, End: f.End, Line: line, Col: col, Text: f.Text, Value: f.Value,
			Measure: f.Frame.Measure, Event: f.Frame.Event, Scope: f.Frame.Scope, AsOf: f.Frame.AsOf, Source: f.Frame.Source,
		}
	})
}
