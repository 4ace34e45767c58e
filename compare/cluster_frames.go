package compare

import (
	"slices"
	"strings"
)

// frameBonus is what two claims that give a figure of one frame (one
// measure of one event, in one scope: "dead | | Siria", "magnitude |
// second |") add to their similarity: they speak of one fact, however they
// word the rest ("El número de personas fallecidas … llegó a al menos
// cuatro mil" / "Los movimientos telúricos dejan … más de 5.000
// muertos"). Figures known only by their counted noun frame nothing, nor
// do dates (every claim has one).
const frameBonus = 0.1

// claimFrames returns, by claim, the sorted frame keys of its figures of
// a known measure.
func claimFrames(facts []Fact) map[int][]string {
	out := map[int][]string{}
	for _, ft := range facts {
		if ft.Kind != FactFigure || ft.byNoun || ft.Frame.Measure == "" {
			continue
		}
		key := strings.Join([]string{ft.Frame.Measure, ft.Frame.Event, ft.Frame.Scope}, "|")
		out[ft.Claim] = append(out[ft.Claim], key)
	}
	for c, keys := range out {
		slices.Sort(keys)
		out[c] = slices.Compact(keys)
	}
	return out
}

// addFrameBonus raises the score of each edge whose claims share a frame.
func addFrameBonus(edges []edge, frames map[int][]string) {
	for i, e := range edges {
		if sharesKey(frames[e.a], frames[e.b]) {
			edges[i].score += frameBonus
		}
	}
}

// sharesKey reports whether two sorted lists share an element.
func sharesKey(a, b []string) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch c := strings.Compare(a[i], b[j]); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			return true
		}
	}
	return false
}
