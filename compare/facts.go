package compare

import (
	"strings"
	"time"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/quantity"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// Fact is one figure a claim gives, in its frame: what it counts or
// measures, of which event, where, as of when and according to whom.
// Checks compare facts of one frame, not sentences (check_facts.go).
type Fact struct {
	Claim int // index into Result.Claims
	Kind  FactKind
	normalize.Span
	Text  string // the expression as written
	Value string // normalized, in the base unit of its dimension: "3840", ">2000", "~64.37"
	Frame Frame

	qty        quantity.Quantity // Value and Alt in the base unit
	cumulative bool              // the measure is a count that grows as it is reported again
	step       float64           // the precision written: 0.01 for "76,37", 1000 for "22 mil"
	byNoun     bool              // the measure is only the counted noun, no known measure
	held       bool              // a figure of a holder, such as a candidate's votes
	projected  bool              // the claim hedges it: "podría llegar a 20.000"
	date       *timex.Timex      // for a date fact, the expression; nil for a figure
	past       bool              // a date more than half a year before the story
	pred       string            // for a date, the idea of the word next to it; "" if none
	borrowed   bool              // a date whose year was taken from the story: a warning at most
}

// FactKind says what a fact's value is.
type FactKind string

// Fact kinds.
const (
	FactFigure FactKind = "figure" // a count, a measure, a duration
	FactDate   FactKind = "date"   // a date, as a TIMEX3 value
)

// Frame is what a fact's value is about. Two facts are compared only
// when Measure and Event are equal and their scopes can hold one value.
type Frame struct {
	// Measure is what is counted or measured: "dead", "injured",
	// "magnitude", "wind speed", "distance from San Francisco",
	// "meeting duration".
	Measure string
	// Event is "" for the story's main event, or the other event the
	// sentence names: "second", "aftershock", "earlier", "past 1999".
	Event string
	// Scope is the places the figure covers, "Turquía + Siria"; "" when
	// the sentence names none (or the measure does not depend on places).
	Scope string
	// AsOf is when the source reported the value: the article's date, or a
	// report date the sentence gives ("según el balance del sábado");
	// "" when unknown.
	AsOf string
	// Source is who gave the value when the text says ("Tarek al
	// Kharraz", "USGS"); "" otherwise.
	Source string
}

// factReader reads the facts of one claim.
type factReader struct {
	res    *Result
	ents   *entityTable
	c      int
	s      *normalize.Sentence
	text   string // the document's text
	doc    normalize.Document
	anchor timex.Date         // the document's date, else its story's first
	span   [2]time.Time       // the first and last day of the story's dated documents
	roles  func() *titleIndex // the titles of the story's claims, for the people bare roles stand for; built on first use
	// prior is the measure of the count the document's claims named last,
	// within maxAnaphorClaims before this one: what "la cifra" counts.
	prior *normalize.Measure
	// counted is the measure of the last count this claim names, for the
	// next claims' prior.
	counted *normalize.Measure
}

// maxAnaphorClaims is how many claims back "la cifra" may refer.
const maxAnaphorClaims = 3

// extractFacts returns the facts of every claim, by claim and position.
func extractFacts(res *Result, ents *entityTable) []Fact {
	var out []Fact
	anchors, spans := storyAnchors(res)
	roles := storyRoles(res, ents)
	carry := "" // the other event the claim before told of, to the next claim
	var prior *normalize.Measure
	priorAt := 0 // the claim that named prior
	for c := range res.Claims {
		s := res.Sentence(c)
		if c > 0 && res.Claims[c-1].Doc != res.Claims[c].Doc {
			carry, prior = "", nil
		}
		if c-priorAt > maxAnaphorClaims {
			prior = nil
		}
		if s.Kind != normalize.KindClaim || len(s.Numbers)+len(s.Times) == 0 {
			if s.Kind == normalize.KindClaim {
				carry = ""
			}
			continue
		}
		d := res.Claims[c].Doc
		doc := res.Documents[d]
		r := &factReader{res: res, ents: ents, c: c, s: s, text: doc.Text, doc: doc, anchor: anchors[d], span: spans[d], roles: func() *titleIndex { return roles(d) }, prior: prior}
		figures := r.facts()
		if r.counted != nil {
			prior, priorAt = r.counted, c
		}
		if carry != "" && !namesEvent(s) {
			for i := range figures {
				if figures[i].Frame.Event == "" {
					figures[i].Frame.Event = carry
				}
			}
		}
		carry = otherEvent(figures)
		out = append(out, figures...)
		out = append(out, r.dateFacts()...)
	}
	return out
}

// storyRoles returns, for a document, the index of the titles of its
// story's claims, built once per story on first use (only a figure a
// bare role may hold needs one): a bare role ("el candidato oficialista")
// stands for a person of its own story. Without stories (ScorePairs), all
// claims are one story.
func storyRoles(res *Result, ents *entityTable) func(doc int) *titleIndex {
	storyOf := docStories(len(res.Documents), res.Stories) // all 0 without stories
	claims := make([][]int, max(1, len(res.Stories)))      // by story
	for c, cl := range res.Claims {
		claims[storyOf[cl.Doc]] = append(claims[storyOf[cl.Doc]], c)
	}
	built := make([]*titleIndex, len(claims))
	return func(doc int) *titleIndex {
		if st := storyOf[doc]; built[st] == nil {
			ix := newTitleIndex(res, ents, claims[st])
			built[st] = &ix
		}
		return built[storyOf[doc]]
	}
}

// otherEvent returns the event of figures when all of them are of one
// other event of the story, by a cue ("el segundo terremoto … tuvo una
// magnitud de 7,5"), else "". The claim after it that names no event of
// its own goes on telling of that one: "Se ha producido a una
// profundidad de cinco kilómetros" is the second quake's depth.
func otherEvent(figures []Fact) string {
	event := ""
	for _, f := range figures {
		if f.Frame.Event == "" || ofPast(f.Frame.Event) || event != "" && f.Frame.Event != event {
			return ""
		}
		event = f.Frame.Event
	}
	return event
}

// namesEvent reports whether the claim names an event with a noun of its
// own ("el sismo", "la reunión").
func namesEvent(s *normalize.Sentence) bool {
	for _, t := range s.Tokens {
		if cue, ok := normalize.CueOf(t); ok && cue.Role == "eventnoun" {
			return true
		}
	}
	return false
}

// storyAnchors returns the date each document's claims are read against
// for events of the past (its own, or for an undated one the first date
// of its story) and the first and last days of its story's dates.
func storyAnchors(res *Result) ([]timex.Date, [][2]time.Time) {
	out := make([]timex.Date, len(res.Documents))
	spans := make([][2]time.Time, len(res.Documents))
	for _, st := range res.Stories {
		var first timex.Date
		var span [2]time.Time
		for _, d := range st.Docs {
			dt := res.Documents[d].Date
			if dt.IsZero() {
				continue
			}
			if first.IsZero() || dt.First().Before(first.First()) {
				first, span[0] = dt, dt.First()
			}
			if dt.Last().After(span[1]) {
				span[1] = dt.Last()
			}
		}
		for _, d := range st.Docs {
			out[d], spans[d] = res.Documents[d].Date, span
			if out[d].IsZero() {
				out[d] = first
			}
		}
	}
	return out, spans
}

// facts reads the figures of the claim. A figure with neither unit nor
// measure takes those of the figure it is listed with ("de 21, 12 y dos
// años"; "el primero de magnitud 7,8 y el segundo de 7,5").
func (r *factReader) facts() []Fact {
	n := len(r.s.Numbers)
	frames := make([]*figure, n)
	for i := range r.s.Numbers {
		frames[i] = r.figure(i)
	}
	for i := n - 2; i >= 0; i-- { // a list takes the unit of its last member
		if f := frames[i]; f != nil && f.bare() && r.listed(i, i+1) && frames[i+1] != nil {
			f.inherit(frames[i+1])
		}
	}
	for i := 1; i < n; i++ { // a coordinated figure takes the measure before it
		f, prev := frames[i], frames[i-1]
		switch {
		case f == nil || prev == nil || !r.listed(i-1, i):
		case f.bare():
			f.inherit(prev)
		case f.hasUnit && !f.named && prev.onScale():
			f.inherit(prev) // "de magnitud de 7.7 y 7.6 grados"
		}
	}
	r.gapScopes(frames)
	r.orderEvents(frames)
	var out []Fact
	for i := 0; i < n; i++ {
		fact, ok := r.fact(i, frames[i])
		if ok {
			out = append(out, fact)
		}
	}
	return out
}

// orderEvents gives the members of a list of figures on a scale that
// follows a plural event noun the events in order: "los terremotos, de
// magnitud de 7.7 y 7.6" tells two quakes, the second of 7.6, not two
// magnitudes of one.
func (r *factReader) orderEvents(frames []*figure) {
	for i := 0; i < len(frames); i++ {
		f := frames[i]
		if f == nil || !f.onScale() || f.event != "" || !r.pluralEventBefore(i) {
			continue
		}
		name, _ := f.measureName()
		for j, ordinal := range [...]string{"second", "third"} {
			k := i + 1 + j
			if k >= len(frames) || frames[k] == nil || !r.listed(k-1, k) {
				break
			}
			g := frames[k]
			if other, _ := g.measureName(); other != name {
				break
			}
			if g.event == "" {
				g.event = ordinal
			}
		}
	}
}

// pluralEventBefore reports whether a plural event noun ("los
// terremotos", "dos sismos") stands within six words before figure i,
// with no other figure between.
func (r *factReader) pluralEventBefore(i int) bool {
	first, _ := r.tokenRange(normalize.Span{Start: r.s.Numbers[i].Start, End: r.s.Numbers[i].End})
	for j := first - 1; j >= 0 && j >= first-6; j-- {
		t := r.s.Tokens[j]
		if cue, ok := normalize.CueOf(t); ok && cue.Role == "eventnoun" && strings.HasSuffix(t.Folded(), "s") {
			return true // "dos terremotos": counted, and plural
		}
		if r.isNumber(j) {
			return false
		}
	}
	return false
}

// figure is what is read of one quantity before it becomes a fact.
type figure struct {
	unit    normalize.Unit
	hasUnit bool
	noun    string // the counted noun's stem when it is no unit of measure
	measure normalize.Measure
	named   bool   // measure was read from the words
	speed   bool   // the unit is per hour
	event   string // an event cue right before the figure
	to      string // the place a distance is measured to
	meeting bool   // a duration in a claim about a meeting
	// scopeSpan, when set, is where the figure's own places are named:
	// one of a gapped pair (facts_gapping.go).
	scopeSpan normalize.Span
}

// onScale reports a figure on a scale: a magnitude, by its unit or its
// measure.
func (f *figure) onScale() bool {
	return f.named && f.measure.Scale || f.hasUnit && f.unit.Dim == "magnitude"
}

// bare reports a figure with neither unit, counted noun nor measure.
func (f *figure) bare() bool { return !f.hasUnit && f.noun == "" && !f.named }

// inherit takes the unit and measure of the figure it is listed with.
func (f *figure) inherit(o *figure) {
	f.unit, f.hasUnit, f.noun, f.measure, f.named, f.speed, f.to = o.unit, o.hasUnit, o.noun, o.measure, o.named, o.speed, o.to
	if f.event == "" {
		f.event = o.event
	}
}

// figure reads the unit, measure and event cue of quantity i, or nil for
// one that is no fact: inside a date or the attribution.
func (r *factReader) figure(i int) *figure {
	q := r.s.Numbers[i]
	span := normalize.Span{Start: q.Start, End: q.End}
	if inDate(r.s, span) || r.s.InAttribution(span) {
		return nil
	}
	first, last := r.tokenRange(span)
	if first < 0 {
		return nil
	}
	f := &figure{}
	if q.Unit != "" {
		if u, ok := normalize.UnitOf(q.Unit); ok {
			f.unit, f.hasUnit = u, true
			f.speed = perHour(r.text[q.End:])
		} else if m, _, ok := normalize.MeasureAt(r.s, last); ok && q.Unit != "" {
			f.measure, f.named = m, true
		} else if !normalize.GenericNoun(q.Unit) {
			f.noun = q.Unit
		}
	}
	if r.definite(first, q) || r.part(q, last) {
		return nil
	}
	if !f.named && f.noun == "" {
		// "muertos" names no figure in km, "profundidad" none without a unit
		fits := func(m normalize.Measure) bool { return m.Count && !f.hasUnit || !m.Count && (f.hasUnit || m.Scale) }
		if m, ok := r.measureAfter(last); ok && fits(m) {
			f.measure, f.named = m, true
		} else if m, ok := r.measureBefore(first); ok && fits(m) {
			f.measure, f.named = m, true
		}
	}
	if f.bare() && r.prior != nil && r.anaphorBefore(first) {
		f.measure, f.named = *r.prior, true // "ajustó la cifra …: 3,958"
	}
	if f.named && f.measure.Count {
		m := f.measure
		r.counted = &m
	}
	f.event = r.eventCue(first)
	if f.event == "" && !f.measure.Count && f.noun == "" {
		f.event = r.namedEvent(first) // "el segundo terremoto, …, que tuvo una magnitud de 7,5"
	}
	if f.hasUnit && f.unit.Dim == "length" && !f.speed {
		f.to = r.distanceTo(last)
	}
	f.meeting = f.hasUnit && f.unit.Dim == "duration" && r.aboutMeeting()
	return f
}

// fact builds the fact of quantity i read as f, if it names a measure.
func (r *factReader) fact(i int, f *figure) (Fact, bool) {
	if f == nil {
		return Fact{}, false
	}
	q := r.s.Numbers[i]
	span := normalize.Span{Start: q.Start, End: q.End}
	name, ok := f.measureName()
	if !ok {
		return Fact{}, false
	}
	if f.hasUnit && f.unit.Factor != 1 {
		q = q.Scale(f.unit.Factor) // both ends of a range too
	}
	fr := Frame{Measure: name, Event: f.event, AsOf: r.asOf(), Source: r.source()}
	if fr.Event == "" {
		fr.Event = r.pastEvent(span)
	}
	switch {
	case !f.measure.Scoped && f.noun == "":
	case f.scopeSpan.End > f.scopeSpan.Start:
		fr.Scope = r.phraseScope(f.scopeSpan.Start, f.scopeSpan.End)
	default:
		fr.Scope = r.scope()
	}
	if f.measure.Held {
		holder := r.holder(span)
		if holder == "" {
			return Fact{}, false
		}
		fr.Measure += " of " + holder
	}
	return Fact{
		Claim: r.c, Kind: FactFigure, Span: normalize.Span{Start: q.Start, End: q.End}, Text: q.Text, Value: q.Format(), Frame: fr,
		qty: q, cumulative: f.measure.Cumulative && !ofPast(fr.Event), step: writtenStep(q) * factorOf(f), byNoun: f.noun != "" && !f.named, held: f.measure.Held, projected: r.hedged(),
	}, true
}

// measureName names what f measures, or false when too little is known
// to compare it: a bare number, a percentage of nothing named.
func (f *figure) measureName() (string, bool) {
	switch {
	case f.speed && f.named:
		return f.measure.Name + " speed", true
	case f.speed:
		return "speed", true
	case f.hasUnit && f.unit.Dim == "length" && f.named:
		return f.measure.Name, true
	case f.hasUnit && f.unit.Dim == "length" && f.to != "":
		return "distance from " + f.to, true
	case f.hasUnit && f.unit.Dim == "duration" && f.meeting && f.unit.Factor <= 1:
		return "meeting duration", true
	case f.hasUnit && f.unit.Dim == "magnitude":
		return "magnitude", true
	case f.hasUnit && f.unit.Dim == "percent" && f.named:
		return f.measure.Name + " %", true
	case f.hasUnit && (f.unit.Dim == "points" || f.unit.Dim == "degree") && f.named:
		return f.measure.Name, true
	case f.hasUnit:
		return "", false
	case f.named && f.measure.Scale:
		return f.measure.Name, true
	case f.named && f.measure.Count:
		return f.measure.Name, true
	case f.noun != "":
		return f.noun, true
	}
	return "", false
}

// factorOf returns the factor of f's unit to its base unit, 1 if none.
func factorOf(f *figure) float64 {
	if f.hasUnit && f.unit.Factor != 0 {
		return f.unit.Factor
	}
	return 1
}

// writtenStep is the step q is written to (quantity.Quantity.Step): a
// figure so written agrees with a finer one that rounds to it.
func writtenStep(q quantity.Quantity) float64 {
	step, _ := q.Step()
	return step
}
