// The words around a figure: where its phrase ends, the noun of its
// measure, the cues of another event, a part or a list.

package compare

import (
	"strings"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/quantity"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

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
func (r *factReader) part(q quantity.Quantity, last int) bool {
	start := max(r.s.Start, q.Start-24)
	end := min(r.s.End, q.End+16)
	return normalize.PartOf(r.text[start:q.Start], r.text[q.End:end])
}

// definite reports a small number in words right after a definite
// article ("las dos economías", "los tres países"): things already
// counted, no figure of their own.
func (r *factReader) definite(first int, q quantity.Quantity) bool {
	if first == 0 || q.Value >= 10 || q.Text == "" || q.Text[0] >= '0' && q.Text[0] <= '9' {
		return false
	}
	cue, ok := normalize.CueOf(r.s.Tokens[first-1])
	return ok && cue.Role == "article"
}

// inDate reports whether span overlaps a date or time of s ("hace tres
// años", "las 10.30"); durations and ages are figures.
func inDate(s *normalize.Sentence, span normalize.Span) bool {
	for _, tx := range s.Times {
		if tx.Kind != timex.KindDuration && tx.Kind != timex.KindAge && tx.Start < span.End && span.Start < tx.End {
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
	// maxSubject is how far before a figure set by a verb its subject,
	// which names the measure, may stand.
	maxSubject = 24
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
// clause and past no other figure; within maxBefore words, or, for a
// figure a verb sets a count at, maxSubject ("las víctimas fatales
// provocadas por el devastador paso del huracán Otis por el Pacífico
// mexicano aumentaron a 48"), past the figures of the subject and their
// own measures.
func (r *factReader) measureBefore(first int) (normalize.Measure, bool) {
	reach := maxBefore
	if r.setByLevel(first) {
		reach = maxSubject
	}
	for j := first - 1; j >= 0 && j >= first-reach; j-- {
		if r.isNumber(j) && reach == maxSubject {
			j = r.measuredFrom(j) // "El balance de muertos a causa del terremoto de magnitud 7,4 … ha ascendido a más de 2.300"
			continue
		}
		if r.isNumber(j) || r.boundary(j, j+1) && (reach == maxBefore || !r.commaOnly(j, j+1)) {
			break // a subject may hold appositions: "La diferencia entre Milei, el libertario, y Massa"
		}
		if m, _, ok := normalize.MeasureAt(r.s, j); ok {
			return m, true
		}
	}
	return normalize.Measure{}, false
}

// measuredFrom returns the first token of the figure at token j with the
// measure named right before it ("magnitud 7,4", "magnitud de 7,4"), or
// j: inside the subject of a verb that sets a count, another figure
// names its own measure, not the subject's.
func (r *factReader) measuredFrom(j int) int {
	k := j - 1
	if k >= 0 && r.s.Tokens[k].Folded() == "de" {
		k--
	}
	if k >= 0 {
		if _, _, ok := normalize.MeasureAt(r.s, k); ok {
			return k
		}
	}
	return j
}

// setByLevel reports whether the figure at token first follows a verb
// that sets a count at it, and "a" or "en": "aumentaron a 48", "se
// mantenía en 39", with an adverb or a date between them.
func (r *factReader) setByLevel(first int) bool {
	level := func(j int) bool {
		cue, ok := normalize.CueOf(r.s.Tokens[j])
		return ok && cue.Role == "level" && !r.boundary(j, j+1)
	}
	if first >= 1 && level(first-1) {
		return true // the hedge holds the preposition: "se estabilizó en torno a los 11,5"
	}
	if first < 2 || r.boundary(first-1, first) {
		return false
	}
	if w := r.s.Tokens[first-1].Folded(); w != "a" && w != "en" {
		return false
	}
	j := first - 2
	for j > 0 && r.between(j) && !r.boundary(j, j+1) {
		j-- // "asciende ya a 11.300", "se elevó este sábado a 39"
	}
	return level(j)
}

// between reports whether token j may stand between a verb that sets a
// count and its "a": an adverb of the fact cues ("ya") or a word of a
// date ("este sábado").
func (r *factReader) between(j int) bool {
	t := r.s.Tokens[j]
	if cue, ok := normalize.CueOf(t); ok && cue.Role == "adverb" {
		return true
	}
	return r.inTime(normalize.Span{Start: t.Start, End: t.End})
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

// boundaryMarks are the punctuation marks that end the phrase a figure's
// words are read in.
const boundaryMarks = ",;:.()«»\"“”—"

// boundary reports whether punctuation that ends a phrase stands between
// tokens i and j = i+1.
func (r *factReader) boundary(i, j int) bool {
	gap := r.text[r.s.Tokens[i].End:r.s.Tokens[j].Start]
	return strings.ContainsAny(gap, boundaryMarks)
}

// commaOnly reports whether only a comma and spaces stand between tokens
// i and j.
func (r *factReader) commaOnly(i, j int) bool {
	return strings.TrimSpace(r.text[r.s.Tokens[i].End:r.s.Tokens[j].Start]) == ","
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

// maxAnaphorWords is how far before a figure "la cifra" may stand.
const maxAnaphorWords = 25

// anaphorBefore reports whether a noun of a count said before ("la
// cifra", "el saldo") stands before token first in the claim, past no
// other figure: the figure is that count's.
func (r *factReader) anaphorBefore(first int) bool {
	for j := first - 1; j >= 0 && j >= first-maxAnaphorWords; j-- {
		if r.isNumber(j) {
			return false
		}
		if cue, ok := normalize.CueOf(r.s.Tokens[j]); ok && cue.Role == "anaphor" {
			return true
		}
	}
	return false
}
