package compare

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dedupe-news/dedupe/normalize"
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

	qty        normalize.Quantity // Value and Alt in the base unit
	cumulative bool               // the measure is a count that grows as it is reported again
	step       float64            // the precision written: 0.01 for "76,37", 1000 for "22 mil"
	byNoun     bool               // the measure is only the counted noun, no known measure
	held       bool               // a figure of a holder, such as a candidate's votes
	projected  bool               // the claim hedges it: "podría llegar a 20.000"
	date       *normalize.Timex   // for a date fact, the expression; nil for a figure
	past       bool               // a date more than half a year before the story
	pred       string             // for a date, the idea of the word next to it; "" if none
	borrowed   bool               // a date whose year was taken from the story: a warning at most
	rng        [2]float64         // the ends of a range ("entre 7,5 y 7,6"); zero when none
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
	anchor normalize.Date // the document's date, else its story's first
	span   [2]time.Time   // the first and last day of the story's dated documents
}

// extractFacts returns the facts of every claim, by claim and position.
func extractFacts(res *Result, ents *entityTable) []Fact {
	var out []Fact
	anchors, spans := storyAnchors(res)
	for c := range res.Claims {
		s := res.Sentence(c)
		if s.Kind != normalize.KindClaim || len(s.Numbers)+len(s.Times) == 0 {
			continue
		}
		d := res.Claims[c].Doc
		doc := res.Documents[d]
		r := &factReader{res: res, ents: ents, c: c, s: s, text: doc.Text, doc: doc, anchor: anchors[d], span: spans[d]}
		out = append(out, r.facts()...)
		out = append(out, r.dateFacts()...)
	}
	return out
}

// storyAnchors returns the date each document's claims are read against
// for events of the past (its own, or for an undated one the first date
// of its story) and the first and last days of its story's dates.
func storyAnchors(res *Result) ([]normalize.Date, [][2]time.Time) {
	out := make([]normalize.Date, len(res.Documents))
	spans := make([][2]time.Time, len(res.Documents))
	for _, st := range res.Stories {
		var first normalize.Date
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
		if f := frames[i]; f != nil && f.bare() && r.listed(i-1, i) && frames[i-1] != nil {
			f.inherit(frames[i-1])
		}
	}
	var out []Fact
	for i := 0; i < n; i++ {
		fact, ok := r.fact(i, frames[i])
		if ok && i+1 < n && r.isRange(i) {
			fact = r.rangeFact(fact, i)
			i++
		}
		if ok {
			out = append(out, fact)
		}
	}
	return out
}

// isRange reports whether figures i and i+1 are the ends of one range:
// "entre 7,5 y 7,6", which the reader gives as at least 7,5 and at most
// 7,6.
func (r *factReader) isRange(i int) bool {
	a, b := r.s.Numbers[i], r.s.Numbers[i+1]
	gap := strings.TrimSpace(r.text[a.End:b.Start])
	return a.Bound == normalize.AtLeast && b.Bound == normalize.AtMost && strings.EqualFold(gap, "y") &&
		strings.HasPrefix(strings.ToLower(a.Text), "entre")
}

// rangeFact widens the fact of figure i to the range it opens.
func (r *factReader) rangeFact(f Fact, i int) Fact {
	hi := r.s.Numbers[i+1]
	factor := f.qty.Value / r.s.Numbers[i].Value
	if r.s.Numbers[i].Value == 0 {
		factor = 1
	}
	f.End = hi.End
	f.Text = r.text[f.Start:f.End]
	f.rng = [2]float64{f.qty.Value, hi.Value * factor}
	f.Value = strconv.FormatFloat(f.rng[0], 'f', -1, 64) + "-" + strconv.FormatFloat(f.rng[1], 'f', -1, 64)
	return f
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

// aboutMeeting reports whether the claim names a meeting, in any of the
// words news uses for one (data/synonyms.txt): "reunión", "cumbre",
// "conversación", "se reunieron".
func (r *factReader) aboutMeeting() bool {
	meeting := normalize.Concept(normalize.Stem("reunión"))
	for _, t := range r.s.Tokens {
		if st := t.Stem(); st != "" && normalize.Concept(st) == meeting {
			return true
		}
	}
	return false
}

// part reports a figure that counts a part of another or adds to it
// ("29 de ellos", "de los cuales 3.190", "tres muertos más").
func (r *factReader) part(q normalize.Quantity, last int) bool {
	start := max(r.s.Start, q.Start-24)
	end := min(r.s.End, q.End+16)
	return normalize.PartOf(r.text[start:q.Start], r.text[q.End:end])
}

// definite reports a small number in words right after a definite
// article ("las dos economías", "los tres países"): things already
// counted, no figure of their own.
func (r *factReader) definite(first int, q normalize.Quantity) bool {
	if first == 0 || q.Value >= 10 || q.Text == "" || q.Text[0] >= '0' && q.Text[0] <= '9' {
		return false
	}
	cue, ok := normalize.CueOf(r.s.Tokens[first-1])
	return ok && cue.Role == "article"
}

// inDate reports whether span overlaps a date or time of s ("hace tres
// años", "las 10.30"); durations are figures.
func inDate(s *normalize.Sentence, span normalize.Span) bool {
	for _, tx := range s.Times {
		if tx.Kind != normalize.TimeDuration && tx.Start < span.End && span.Start < tx.End {
			return true
		}
	}
	return false
}

// perHour reports whether the text right after a unit makes it a speed:
// "km/h", "kilómetros por hora".
func perHour(after string) bool {
	after = strings.ToLower(after)
	return strings.HasPrefix(after, "/h") || strings.HasPrefix(after, " por hora")
}

// tokenRange returns the first and last token of s inside span, or -1.
func (r *factReader) tokenRange(span normalize.Span) (int, int) {
	first, last := -1, -1
	for i, t := range r.s.Tokens {
		if t.Start >= span.Start && t.End <= span.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// maxAfter and maxBefore are how many tokens after and before a figure
// may stand between it and the noun of its measure.
const (
	maxAfter  = 4
	maxBefore = 10
)

// measureAfter reads the measure named right after token last ("5.385
// han resultado heridas", "5.000 el número de muertos"), stopping at a
// boundary or another figure.
func (r *factReader) measureAfter(last int) (normalize.Measure, bool) {
	for j := last + 1; j <= last+maxAfter && j < len(r.s.Tokens); j++ {
		if r.boundary(j-1, j) || r.isNumber(j) || conjunction(r.s.Tokens[j]) {
			break
		}
		if m, _, ok := normalize.MeasureAt(r.s, j); ok {
			return m, true
		}
	}
	return normalize.Measure{}, false
}

// conjunction reports "y", "e", "o", "u": the words that join two
// figures, past which the words after one are not about it.
func conjunction(t normalize.Token) bool {
	switch t.Folded() {
	case "y", "e", "o", "u":
		return true
	}
	return false
}

// measureBefore reads the nearest measure named before token first ("los
// muertos ascienden a 48", "la participación alcanzó 78 %"), within the
// clause and past no other figure.
func (r *factReader) measureBefore(first int) (normalize.Measure, bool) {
	for j := first - 1; j >= 0 && j >= first-maxBefore; j-- {
		if r.boundary(j, j+1) || r.isNumber(j) {
			break
		}
		if m, _, ok := normalize.MeasureAt(r.s, j); ok {
			return m, true
		}
	}
	return normalize.Measure{}, false
}

// eventCue returns the event named by a cue in the few words before token
// first: "el segundo de 7,5", "una réplica de 6,7".
func (r *factReader) eventCue(first int) string {
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		if r.boundary(j, j+1) || r.isNumber(j) {
			break
		}
		if cue, ok := normalize.CueOf(r.s.Tokens[j]); ok && cue.Role == "event" && r.namesEvent(j, first) {
			return cue.Event
		}
	}
	return ""
}

// namedEvent returns the event the nearest event noun before token first
// names: "second" for "el segundo terremoto, independiente del primero,
// que tuvo una magnitud de 7,5", "aftershock" for "sus 50 réplicas, entre
// éstas una de magnitud 7.5"; "" when that noun has no cue ("el
// terremoto de magnitud 7,8") or there is none.
func (r *factReader) namedEvent(first int) string {
	for j := first - 1; j >= 0; j-- {
		cue, ok := normalize.CueOf(r.s.Tokens[j])
		switch {
		case ok && cue.Role == "event" && cue.Event == "aftershock":
			return cue.Event
		case ok && cue.Role == "eventnoun":
			if j > 0 {
				if prev, ok := normalize.CueOf(r.s.Tokens[j-1]); ok && prev.Role == "event" {
					return prev.Event
				}
			}
			return ""
		}
	}
	return ""
}

// namesEvent reports whether the event cue at token j is about an event:
// an aftershock is one, another cue needs a noun of an event after it
// ("un segundo terremoto", "otro seísmo") or "de" right before the figure
// at token first ("el segundo de 7,5").
func (r *factReader) namesEvent(j, first int) bool {
	cue, _ := normalize.CueOf(r.s.Tokens[j])
	if cue.Event == "aftershock" {
		return true
	}
	if next, ok := normalize.CueOf(r.s.Tokens[j+1]); ok && next.Role == "eventnoun" {
		return true
	}
	return j+2 == first && r.s.Tokens[j+1].Folded() == "de"
}

// distanceTo returns the place a distance after token last is measured
// to: "a 40 kilómetros de San Francisco", "26 km al oeste de Gaziantep".
func (r *factReader) distanceTo(last int) string {
	for m, mn := range r.s.Mentions {
		if mn.Start < r.s.Tokens[last].End {
			continue // any name: the kind of an unknown place is a guess ("San Francisco")
		}
		first, _ := r.tokenRange(mn.Span)
		if first < 0 || first-last > 5 || r.boundaryBetween(last, first) {
			return ""
		}
		return r.entityName(m)
	}
	return ""
}

// boundary reports whether punctuation that ends a phrase stands between
// tokens i and j = i+1.
func (r *factReader) boundary(i, j int) bool {
	gap := r.text[r.s.Tokens[i].End:r.s.Tokens[j].Start]
	return strings.ContainsAny(gap, ",;:.()«»\"“”—")
}

// boundaryBetween reports a boundary anywhere between tokens i and j.
func (r *factReader) boundaryBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if r.boundary(k, k+1) {
			return true
		}
	}
	return false
}

// isNumber reports whether token j is part of a figure.
func (r *factReader) isNumber(j int) bool {
	t := r.s.Tokens[j]
	for _, q := range r.s.Numbers {
		if t.Start >= q.Start && t.End <= q.End {
			return true
		}
	}
	return false
}

// listed reports whether figures i and j = i+1 are members of one list:
// a comma or "y" between them, and at most the article, event cue and
// "de" of an elided noun ("el primero de magnitud 7,8 y el segundo de
// 7,5").
func (r *factReader) listed(i, j int) bool {
	gap := strings.ToLower(strings.TrimSpace(r.text[r.s.Numbers[i].End:r.s.Numbers[j].Start]))
	gap = strings.TrimSpace(strings.TrimPrefix(gap, ","))
	words := strings.Fields(gap)
	if len(words) == 0 {
		return gap == ""
	}
	if w := words[0]; w != "y" && w != "e" {
		return false
	}
	for _, w := range words[1:] {
		cue, ok := normalize.CueWord(w)
		if w != "de" && !(ok && (cue.Role == "article" || cue.Role == "event")) {
			return false
		}
	}
	return true
}

// entityName returns the name of the entity of mention m, or the mention
// as written.
func (r *factReader) entityName(m int) string {
	if e, ok := r.ents.of[mentionRef{r.c, m}]; ok {
		return r.res.Entities[e].Name
	}
	return r.s.Mentions[m].Text
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
		q.Value *= f.unit.Factor
		q.Alt *= f.unit.Factor
	}
	fr := Frame{Measure: name, Event: f.event, AsOf: r.asOf(), Source: r.source()}
	if fr.Event == "" {
		fr.Event = r.pastEvent(span)
	}
	if f.measure.Scoped || f.noun != "" {
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
		qty: q, cumulative: f.measure.Cumulative, step: precision(q.Text) * factorOf(f), byNoun: f.noun != "" && !f.named, held: f.measure.Held, projected: r.hedged(),
	}, true
}

// hedged reports whether the claim hedges what it says ("podría",
// "se teme"): its figures are projections, not counts.
func (r *factReader) hedged() bool {
	for _, c := range r.s.Cues {
		if c.Kind == normalize.CueHedge {
			return true
		}
	}
	return false
}

// holder returns whose figure at span is: the person or organization
// named last before it in the claim ("Sergio Massa, con un 44,24 %
// (11.384.014 votos)"), or "".
func (r *factReader) holder(span normalize.Span) string {
	name := ""
	for m, mn := range r.s.Mentions {
		if mn.Start >= span.Start {
			break
		}
		if mn.Kind == normalize.MentionPerson || mn.Kind == normalize.MentionOrg {
			name = r.entityName(m)
		}
	}
	return name
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

// precision returns the step a figure is written to: 1 for "820", 0.1
// for "7,8", 0.01 for "76,37 %", 1000 for "22 mil", 100000 for "4,5
// millones". A figure so written agrees with a finer one that rounds to
// it.
func precision(text string) float64 {
	lower := strings.ToLower(text)
	step := 1.0
	switch {
	case strings.Contains(lower, "millón") || strings.Contains(lower, "millones"):
		step = 1e6
	case strings.Contains(lower, " mil"):
		step = 1e3
	}
	digits := strings.TrimRightFunc(lower, func(r rune) bool { return r < '0' || r > '9' })
	for i := len(digits) - 1; i >= 0; i-- {
		if digits[i] < '0' || digits[i] > '9' {
			if n := len(digits) - 1 - i; (digits[i] == ',' || digits[i] == '.') && n < 3 {
				step /= math.Pow(10, float64(n))
			}
			break
		}
	}
	return step
}

// asOf returns when the claim's figures were reported: a date right
// after a report cue ("según el balance del sábado", "actualizado el 30
// de octubre"), else the document's date.
func (r *factReader) asOf() string {
	for _, tx := range r.s.Times {
		if tx.Kind != normalize.TimeDate || len(tx.Value) != len("2006-01-02") {
			continue
		}
		first, _ := r.tokenRange(normalize.Span{Start: tx.Start, End: tx.End})
		for j := first - 1; j >= 0 && j >= first-3; j-- {
			if cue, ok := normalize.CueOf(r.s.Tokens[j]); ok && cue.Role == "asof" {
				return tx.Value
			}
		}
	}
	return r.doc.Date.String()
}

// pastEvent returns "past YEAR" when the figure at span is told of an
// event dated more than half a year before the document (or its story):
// it follows the date ("el terremoto de 1999 dejó 17.000 muertos") or
// comes a few words before it ("unas tres horas en noviembre de 2022").
func (r *factReader) pastEvent(span normalize.Span) string {
	if r.anchor.IsZero() {
		return ""
	}
	limit := r.anchor.First().AddDate(0, -6, 0)
	first, _ := r.tokenRange(span)
	for _, tx := range r.s.Times {
		if tx.Kind != normalize.TimeDate || tx.Value == "" {
			continue
		}
		_, last, ok := tx.Interval()
		if !ok || !last.Before(limit) {
			continue
		}
		txFirst, _ := r.tokenRange(normalize.Span{Start: tx.Start, End: tx.End})
		if tx.End <= span.Start || txFirst-first <= 6 && !r.boundaryBetween(first, txFirst) {
			return "past " + strconv.Itoa(last.Year())
		}
	}
	return ""
}

// scope returns the places the claim's figures cover: those named after
// "en" ("en Turquía y Siria", "en la provincia de Hatay"), sorted.
func (r *factReader) scope() string {
	var names []string
	for m, mn := range r.s.Mentions {
		if mn.Kind != normalize.MentionPlace || r.s.InAttribution(mn.Span) {
			continue
		}
		if r.afterScopeCue(mn.Span) {
			names = append(names, r.entityName(m))
		}
	}
	return joinSorted(names)
}

// afterScopeCue reports whether a scope cue ("en") stands within four
// words before span, in its phrase, or a place so introduced comes right
// before it with "y" ("en Turquía y Siria").
func (r *factReader) afterScopeCue(span normalize.Span) bool {
	first, _ := r.tokenRange(span)
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		if r.boundary(j, j+1) || r.isNumber(j) {
			return false
		}
		if cue, ok := normalize.CueOf(r.s.Tokens[j]); ok && cue.Role == "scope" {
			return true
		}
	}
	return false
}

// source returns who gives the claim's figures: its speaker, or the
// first name in its attribution.
func (r *factReader) source() string {
	for _, m := range r.s.Speakers {
		return r.entityName(m)
	}
	if r.s.Attribution.End <= r.s.Attribution.Start {
		return r.citedSource()
	}
	found := -1
	for m, mn := range r.s.Mentions {
		if !r.s.InAttribution(mn.Span) {
			continue
		}
		if mn.Kind == normalize.MentionPerson {
			return r.entityName(m)
		}
		if found < 0 {
			found = m
		}
	}
	if found < 0 {
		return ""
	}
	return r.entityName(found)
}

// citedSource returns the name right after a source cue ("según el
// Ministerio del Interior", "informó el USGS"), or "".
func (r *factReader) citedSource() string {
	for m, mn := range r.s.Mentions {
		if mn.Kind == normalize.MentionPlace {
			continue
		}
		first, _ := r.tokenRange(mn.Span)
		for j := first - 1; j >= 0 && j >= first-5; j-- {
			if r.boundary(j, j+1) {
				break
			}
			if cue, ok := normalize.CueOf(r.s.Tokens[j]); ok && cue.Role == "source" {
				return r.entityName(m)
			}
		}
	}
	return ""
}

// joinSorted returns the unique names sorted and joined with " + ".
func joinSorted(names []string) string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return ""
	}
	slices.Sort(out)
	return strings.Join(out, " + ")
}
