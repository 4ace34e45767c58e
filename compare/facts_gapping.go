package compare

import (
	"strings"

	"github.com/dedupe-news/dedupe/normalize"
)

// Gapping. News lists one count over two places with the noun said once:
// "más de 5.000 muertos en el país y cerca de 1.500 en el norte de
// Siria", "3.000 desplazados en Derna y más de 2.000 en Bengasi". The
// second figure takes the first's measure, and each covers the places of
// its own phrase, not those of both.

// maxGapWords is the most words the place phrase of the first figure may
// have, "en" and "y" included.
const maxGapWords = 8

// gapped reports whether figures i and j = i+1 are such a pair: the first
// followed by a place phrase ("en …") and "y", the second by "en".
func (r *factReader) gapped(i, j int) bool {
	gap := strings.Fields(strings.ToLower(r.text[r.s.Numbers[i].End:r.s.Numbers[j].Start]))
	if len(gap) < 3 || len(gap) > maxGapWords || gap[0] != "en" || gap[len(gap)-1] != "y" && gap[len(gap)-1] != "e" {
		return false
	}
	if strings.ContainsAny(r.text[r.s.Numbers[i].End:r.s.Numbers[j].Start], boundaryMarks) {
		return false
	}
	after := strings.Fields(strings.ToLower(r.text[r.s.Numbers[j].End:min(len(r.text), r.s.Numbers[j].End+8)]))
	return len(after) > 0 && after[0] == "en"
}

// phraseScope returns the places named between offsets start and end,
// sorted: the scope of one figure of a gapped pair, read in its own
// phrase.
func (r *factReader) phraseScope(start, end int) string {
	var names []string
	for m, mn := range r.s.Mentions {
		if mn.Kind != normalize.MentionPlace || mn.Start < start || mn.End > end || r.s.InAttribution(mn.Span) {
			continue
		}
		names = append(names, r.entityName(m))
	}
	return joinSorted(names)
}

// gapScopes sets, for each gapped pair of frames, the second's measure
// from the first, and the span each one's places are read in: the first's
// up to the "y", the second's from its figure to the next boundary.
func (r *factReader) gapScopes(frames []*figure) {
	for j := 1; j < len(frames); j++ {
		i := j - 1
		f, prev := frames[j], frames[i]
		if f == nil || prev == nil || !f.bare() || prev.bare() || !r.gapped(i, j) {
			continue
		}
		f.inherit(prev)
		prev.scopeSpan = normalize.Span{Start: r.s.Numbers[i].End, End: r.s.Numbers[j].Start}
		f.scopeSpan = normalize.Span{Start: r.s.Numbers[j].End, End: r.phraseEnd(r.s.Numbers[j].End)}
	}
}

// phraseEnd returns where the phrase that starts at offset from ends: at
// the next punctuation of a boundary, or the end of the sentence.
func (r *factReader) phraseEnd(from int) int {
	end := r.s.End
	if k := strings.IndexAny(r.text[from:end], boundaryMarks); k >= 0 {
		end = from + k
	}
	return end
}
