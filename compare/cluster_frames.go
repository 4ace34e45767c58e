package compare

import (
	"slices"
	"strings"

	"github.com/dedupe-news/dedupe/normalize/quantity"
)

// frameBonus is what two claims that give a figure of one frame (one
// measure of one event, in one scope: "dead | | Siria", "magnitude |
// second |") add to their similarity: they speak of one fact, however they
// word the rest ("El número de personas fallecidas … llegó a al menos
// cuatro mil" / "Los movimientos telúricos dejan … más de 5.000
// muertos"). Figures known only by their counted noun frame nothing, nor
// do dates (every claim has one), nor vague plurals ("miles de muertos",
// which any sentence on a disaster may give: no figure).
const frameBonus = 0.1

// sameFigureBonus replaces frameBonus when the two claims give the same
// figure of the frame ("39 muertos" / "39 víctimas mortales"): one
// report of the fact, worded twice.
const sameFigureBonus = 0.2

// otherEventFactor scales the edge between a claim that tells of another
// event of the story only (an earlier quake, a past meeting; see
// claimEvents) and one that tells of the main event only: the background
// of a story is not its news.
const otherEventFactor = 0.5

// claimEvents returns, by claim with facts, 2 when it tells of another
// event of the story only (a figure of another event, or a date more than
// half a year before the story, and neither a figure of the main event nor
// a date of the story's time: "El terremoto de Izmit de 1999 dejó más de
// 17.000 muertos"), 1 when it tells of the main one only, 3 when it tells
// of both ("el terremoto más potente desde el de 1999").
func claimEvents(facts []Fact) map[int]uint8 {
	const main, background = 1, 2
	out := map[int]uint8{}
	for _, ft := range facts {
		switch {
		case ft.Kind != FactFigure && ft.past, ft.Kind == FactFigure && ft.Frame.Event != "":
			out[ft.Claim] |= background
		default:
			out[ft.Claim] |= main
		}
	}
	return out
}

// claimFrames returns, by claim, the sorted frame keys of its figures of
// a known measure, but vague plurals, and those figures that it states,
// not hedges.
func claimFrames(facts []Fact) (frames map[int][]string, figures map[int][]Fact) {
	frames, figures = map[int][]string{}, map[int][]Fact{}
	for _, ft := range facts {
		if ft.Kind != FactFigure || ft.byNoun || vague(ft) || ft.Frame.Measure == "" {
			continue
		}
		key := strings.Join([]string{ft.Frame.Measure, ft.Frame.Event, ft.Frame.Scope}, "|")
		frames[ft.Claim] = append(frames[ft.Claim], key)
		if !ft.projected {
			figures[ft.Claim] = append(figures[ft.Claim], ft)
		}
	}
	for c, keys := range frames {
		slices.Sort(keys)
		frames[c] = slices.Compact(keys)
	}
	return frames, figures
}

// sameFigure reports whether a and b give one figure of one frame: the
// same measure of the same event, scopes that can be one, and the same
// number, however qualified ("más de cuatro horas" / "unas cuatro horas");
// a range ("entre 30 y 40") is no one number.
func sameFigure(a, b []Fact) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Frame.Measure == y.Frame.Measure && x.Frame.Event == y.Frame.Event && comparableScopes(x, y) &&
				x.qty.Value == y.qty.Value && x.qty.Value >= minValue && x.qty.Bound != quantity.Range && y.qty.Bound != quantity.Range {
				return true
			}
		}
	}
	return false
}

// otherFrameFactor scales the edge between two claims that both give
// figures of known measures but none of one frame: "11 muertos" and "4
// desaparecidos" in two sentences on one accident are two facts, however
// many words the sentences share.
const otherFrameFactor = 0.6

// claimFacts is what the facts of the claims say about how they link.
type claimFacts struct {
	frames  map[int][]string // claim → sorted frame keys (claimFrames)
	figures map[int][]Fact   // claim → its stated figures of known measures (claimFrames)
	events  map[int]uint8    // claim → main and other events (claimEvents)
}

// newClaimFacts reads the frames and events of facts by claim.
func newClaimFacts(facts []Fact) claimFacts {
	frames, figures := claimFrames(facts)
	return claimFacts{frames: frames, figures: figures, events: claimEvents(facts)}
}

// adjust returns the similarity of claims a and b, score by their words,
// as their facts change it: up by sameFigureBonus when they give one
// figure of one frame, else by frameBonus when they share a frame (sharesFrame),
// down by otherFrameFactor when both have frames and share none, and by
// otherEventFactor when one tells only of the story's main event and the
// other only of another; at most 1, the score of one claim twice, so that
// a link's score stays a similarity.
func (cf claimFacts) adjust(a, b int, score float64) float64 {
	fa, fb := cf.frames[a], cf.frames[b]
	switch {
	case sameFigure(cf.figures[a], cf.figures[b]):
		score += sameFigureBonus
	case sharesFrame(fa, fb):
		score += frameBonus
	case len(fa) > 0 && len(fb) > 0:
		score *= otherFrameFactor
	}
	if ea, eb := cf.events[a], cf.events[b]; ea|eb == 3 && ea != 3 && eb != 3 {
		score *= otherEventFactor
	}
	return min(score, 1)
}

// adjustEdges applies adjust to each edge.
func (cf claimFacts) adjustEdges(edges []edge) {
	for i, e := range edges {
		edges[i].score = cf.adjust(e.a, e.b, e.score)
	}
}

// sharesFrame reports whether two claims' frame keys (claimFrames) hold
// one frame: the same measure of the same event, in scopes that can be
// one ("dead||Acapulco" and "dead||", a toll told with and without the
// place it hit).
func sharesFrame(a, b []string) bool {
	for _, x := range a {
		xf, xs := splitScope(x)
		for _, y := range b {
			if yf, ys := splitScope(y); xf == yf && (xs == ys || xs == "" || ys == "") {
				return true
			}
		}
	}
	return false
}

// splitScope splits a frame key into its measure and event, and its scope.
func splitScope(key string) (string, string) {
	i := strings.LastIndexByte(key, '|')
	return key[:i], key[i+1:]
}
