// The frame of a claim's facts beyond their measure: holder, as-of,
// event of the past, scope and source.

package compare

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

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
// (11.384.014 votos)"), or "" when none is, or when a subject described
// but not named comes after that name (describedSubject).
func (r *factReader) holder(span normalize.Span) string {
	name, end := "", 0
	for m, mn := range r.s.Mentions {
		if mn.Start >= span.Start {
			break
		}
		if r.s.InAttribution(mn.Span) {
			continue // who counts the votes holds none of them
		}
		if k := r.entityKind(m); k == normalize.MentionPerson || k == normalize.MentionOrg {
			name, end = r.entityName(m), mn.End
		}
	}
	if t, ok := r.subjectRole(end, span.Start); ok {
		if e, ok := r.roles().person(t); ok {
			return r.res.Entities[e].Name // "En tanto, el candidato oficialista logró 44,2 % y 11.361.718 de los sufragios"
		}
		return ""
	}
	if name != "" && r.describedSubject(end, span.Start) {
		return ""
	}
	return name
}

// subjectRole returns the bare role (a title that names no one) that is
// the subject of the claim between byte offsets from and to: after a
// determiner that opens a subject (opensSubject), with no comma after it
// before to.
func (r *factReader) subjectRole(from, to int) (normalize.Title, bool) {
	var out normalize.Title
	found := false
	for _, t := range r.s.Titles {
		if t.Person >= 0 || t.Start < from || t.End > to || hasClauseComma(r.text[t.End:to]) {
			continue
		}
		if k, _ := r.tokenRange(t.Span); k >= 1 && r.opensSubject(k-1, from) {
			out, found = t, true
		}
	}
	return out, found
}

// describedSubject reports whether a new subject, described rather than
// named, opens between byte offsets from and to: a determiner that opens
// a subject and a common noun, with no comma after it before to ("Por una
// amplia diferencia sobre su contrincante Sergio Massa, el economista
// logró el 55,8 %": the figure is the economist's, not Massa's). A
// description closed by a comma is an apposition of the name before it
// ("Sergio Massa, el candidato oficialista, logró el 44,2 %").
func (r *factReader) describedSubject(from, to int) bool {
	toks := r.s.Tokens
	for k := 0; k+1 < len(toks) && toks[k+1].End <= to; k++ {
		if noun := toks[k+1]; r.opensSubject(k, from) && !noun.Upper && !noun.Stop && !hasClauseComma(r.text[noun.End:to]) {
			return true
		}
	}
	return false
}

// opensSubject reports whether token k, at or after byte offset from, is
// "el" or "la" that opens the claim or follows a clause comma.
func (r *factReader) opensSubject(k, from int) bool {
	t := r.s.Tokens[k]
	if t.Start < from || (t.Folded() != "el" && t.Folded() != "la") {
		return false
	}
	return k == 0 || hasClauseComma(r.text[max(from, r.s.Tokens[k-1].End):t.Start])
}

// hasClauseComma reports whether text holds a comma that is no decimal
// comma ("55,8").
func hasClauseComma(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] == ',' && (i == 0 || i+1 == len(text) || !isDigit(text[i-1]) || !isDigit(text[i+1])) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// entityKind returns the kind of the entity of mention m: "Milei" alone
// is a person by "Javier Milei" elsewhere in the input.
func (r *factReader) entityKind(m int) normalize.MentionKind {
	if e, ok := r.ents.of[mentionRef{r.c, m}]; ok {
		return r.res.Entities[e].Kind
	}
	return r.s.Mentions[m].Kind
}

// asOf returns when the claim's figures were reported: a date right
// after a report cue ("según el balance del sábado", "actualizado el 30
// de octubre"), else the document's date.
func (r *factReader) asOf() string {
	for _, tx := range r.s.Times {
		if tx.Kind != timex.KindDate || len(tx.Value) != len("2006-01-02") {
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

// pastPrefix opens the event of a figure of an event more than half a
// year before the story ("past 1939"; pastEvent).
const pastPrefix = "past "

// ofPast reports whether an event (Frame.Event) is one of the past: its
// tolls were settled long before the story, so they do not accumulate
// over its reports.
func ofPast(event string) bool { return strings.HasPrefix(event, pastPrefix) }

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
		if tx.Kind != timex.KindDate || tx.Value == "" {
			continue
		}
		_, last, ok := tx.Interval()
		if !ok || !last.Before(limit) {
			continue
		}
		txFirst, _ := r.tokenRange(normalize.Span{Start: tx.Start, End: tx.End})
		if tx.End <= span.Start || txFirst-first <= 6 && !r.boundaryBetween(first, txFirst) {
			return pastPrefix + strconv.Itoa(last.Year())
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

// source returns who gives the claim's figures: its speaker (a person
// among several), or the first name in its attribution.
func (r *factReader) source() string {
	if m, ok := r.speaker(); ok {
		return r.entityName(m)
	}
	if r.s.Attribution.End <= r.s.Attribution.Start {
		return r.citedSource()
	}
	found := -1
	for m, mn := range r.s.Mentions {
		if !r.s.InAttribution(mn.Span) || mn.Weak {
			continue // "Anteriormente, la OMS dijo que": no name
		}
		if mn.Kind == normalize.MentionPerson {
			return r.entityName(m)
		}
		if found < 0 {
			found = m
		}
	}
	if holder := r.officeInAttribution(); holder >= 0 {
		return r.entityName(holder) // "Según el balance del ministro de Salud …, Othman Abdeljalil,"
	}
	if found < 0 {
		return ""
	}
	return r.entityName(found)
}

// speaker returns the claim's speaker that gives its figures: the first
// person among its speakers ("Acapulco, Guerrero 29 octubre 2023.- La
// Gobernadora de Guerrero, Evelyn Salgado, informó que"), else the first
// that is a name and not only a word opening the sentence
// ("Anteriormente, la OMS dijo que" is the OMS's).
func (r *factReader) speaker() (int, bool) {
	named := -1
	for _, m := range r.s.Speakers {
		switch k := r.entityKind(m); {
		case k == normalize.MentionPerson:
			return m, true
		case named < 0 && !(r.s.Mentions[m].Weak && k == normalize.MentionOther):
			named = m
		}
	}
	return named, named >= 0
}

// officeInAttribution returns the person named with an office that the
// attribution holds, or -1: the office may be all the attribution says,
// the name coming after it ("Según el último balance del ministro de
// Salud del gobierno del este, Othman Abdeljalil, hay 3.252 fallecidos").
func (r *factReader) officeInAttribution() int {
	for _, t := range r.s.Titles {
		if t.Person >= 0 && r.s.InAttribution(t.Span) {
			return t.Person
		}
	}
	return -1
}

// citedSource returns the name right after a source cue ("según el
// Ministerio del Interior", "informó el USGS"), or else the subject of a
// reporting verb, the last person or organization named before it in the
// phrase, past an apposition ("Erdogan, presidente de Turquía, confirmó
// que"); "" when there is none.
func (r *factReader) citedSource() string {
	if name := r.citedOfficeHolder(); name != "" {
		return name
	}
	for m, mn := range r.s.Mentions {
		if mn.Kind == normalize.MentionPlace {
			continue
		}
		first, _ := r.tokenRange(mn.Span)
		for j := first - 1; j >= 0 && j >= first-5; j-- {
			if r.boundary(j, j+1) || r.isNumber(j) || r.scopeCue(j) {
				break // "informó de 1.200 muertos en Tarija", "detalló que en Tarija hay": where, not who
			}
			if cue, ok := normalize.CueOf(r.s.Tokens[j]); ok && cue.Role == "source" {
				return r.entityName(m)
			}
		}
	}
	for j, t := range r.s.Tokens {
		if cue, ok := normalize.CueOf(t); ok && cue.Role == "source" && t.Folded() != "segun" && t.Folded() != "acuerdo" {
			if name := r.subjectBefore(j); name != "" {
				return name
			}
		}
	}
	return ""
}

// scopeCue reports whether token j is a scope cue ("en"): a name it
// introduces is where what the verb before it reports happened, not who
// reports it.
func (r *factReader) scopeCue(j int) bool {
	cue, ok := normalize.CueOf(r.s.Tokens[j])
	return ok && cue.Role == "scope"
}

// citedOfficeHolder returns the person named with the office that
// follows a source cue ("según confirmó el jefe de bomberos, Sergio
// Pizarro"): one person is one source however an outlet orders name and
// office. "" when no such office follows one.
func (r *factReader) citedOfficeHolder() string {
	for _, t := range r.s.Titles {
		if t.Person < 0 {
			continue
		}
		first, _ := r.tokenRange(t.Span)
		for j := first - 1; j >= 0 && j >= first-2; j-- {
			if r.boundary(j, j+1) {
				break
			}
			if cue, ok := normalize.CueOf(r.s.Tokens[j]); ok && cue.Role == "source" {
				return r.entityName(t.Person)
			}
		}
	}
	return ""
}

// subjectBefore returns the person named last within eight words before
// token j, else the organization ("Erdogan, presidente de Turquía,
// confirmó" is Erdogan's, not Turkey's), or "".
func (r *factReader) subjectBefore(j int) string {
	person, org := "", ""
	for m, mn := range r.s.Mentions {
		if mn.Start >= r.s.Tokens[j].Start {
			break
		}
		if last, _ := r.tokenRange(mn.Span); j-last > 8 {
			continue
		}
		switch mn.Kind {
		case normalize.MentionPerson:
			person = r.entityName(m)
		case normalize.MentionOrg:
			org = r.entityName(m)
		}
	}
	if person != "" {
		return person
	}
	return org
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
