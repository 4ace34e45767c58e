// How two facts of one frame are judged: agreeing, an update, or
// values that differ, and how severe that is.

package compare

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/dedupe-news/dedupe/normalize/quantity"
)

// pairVerdict is what two facts of one frame from independent documents
// say of each other.
type pairVerdict uint8

const (
	agreeing  pairVerdict = iota // one value, or values that can both be true
	updated                      // a count reported higher later, or far apart the same day
	differing                    // values that cannot both be true
)

// judge compares facts a and b of one frame and returns the verdict and,
// for differing values, the severity.
func judge(a, b Fact) (pairVerdict, Severity) {
	if !comparableScopes(a, b) || factsAgree(a, b) {
		return agreeing, Info
	}
	sev := Error
	if a.qty.Bound != quantity.Exact || b.qty.Bound != quantity.Exact || a.Frame.Scope != b.Frame.Scope {
		sev = Warning
	}
	if a.Frame.Source != b.Frame.Source {
		sev = Warning // two bodies count apart; the message names both
	}
	if ofPast(a.Frame.Event) {
		sev = Warning // a figure of an event long past is background, recalled from other sources
	}
	if a.byNoun || b.byNoun || a.projected || b.projected || vague(a) || vague(b) {
		sev = Info // a frame known only by its noun, a projection or "miles de": too little to warn on
	}
	if a.held && a.Frame.AsOf != b.Frame.AsOf {
		return updated, Info // a share of a count reported at two stages
	}
	if !a.cumulative {
		return differing, sev
	}
	switch {
	case a.Frame.AsOf == "" || b.Frame.AsOf == "":
		if transcribed(a, b) {
			return differing, Warning
		}
		return updated, Info
	case a.Frame.AsOf == b.Frame.AsOf:
		if transcribed(a, b) || a.Frame.Source != "" && a.Frame.Source == b.Frame.Source {
			return differing, sev // one figure written twice, or one body's two counts of a day
		}
		return updated, Info // successive counts of one day, by different bodies
	}
	early, late := a, b
	if late.Frame.AsOf < early.Frame.AsOf {
		early, late = late, early
	}
	if late.qty.Value >= early.qty.Value {
		return updated, Info
	}
	sameBody := a.Frame.Source != "" && a.Frame.Source == b.Frame.Source
	switch {
	case sameBody && !vague(a) && !vague(b):
		return differing, max(sev, Warning) // one body's count fell: its figures disagree
	case late.qty.Value < early.qty.Value/2:
		return differing, Info // far lower later: more likely a part of the count than a correction
	}
	return differing, min(sev, Warning) // a count that fell: a correction or a clash
}

// vague reports a bare plural ("miles de muertos"), which gives no figure.
func vague(f Fact) bool { return strings.HasSuffix(f.Value, "s") }

// judgeDates compares two dates of a story. They are about one event
// when they have one predicate and their claims name someone or somewhere
// in common (for an event of the past, a name that does not set the
// whole story: "el terremoto de Erzincan"), or when their claims say the same thing (aligned in one
// cluster, each with that one date) and no two predicates tell them
// apart. Dates of one event that cannot overlap differ: an error unless
// one is approximate or the sources differ.
func (cx *checkContext) judgeDates(a, b Fact) (pairVerdict, Severity) {
	if a.past != b.past || overlaps(*a.date, *b.date) {
		return agreeing, Info
	}
	samePred := a.pred != "" && a.pred == b.pred && cx.shareEntity(a.Claim, b.Claim, a.past)
	sameClaim := (a.pred == "" || b.pred == "" || a.pred == b.pred) && !a.past &&
		cx.sameClaim(a.Claim, b.Claim) && cx.oneDate(a.Claim) && cx.oneDate(b.Claim)
	if !samePred && !sameClaim {
		return agreeing, Info
	}
	if a.date.Mod == "APPROX" || b.date.Mod == "APPROX" || a.Frame.Source != b.Frame.Source || a.borrowed || b.borrowed {
		return differing, Warning
	}
	return differing, Error
}

// sameClaim reports whether claims a and b say the same thing: aligned
// in one cluster, and alike enough by their own words to be linked
// (DefaultThreshold), not only through the cluster's other claims. That
// frames figures whose measure is only their noun ("3.000 millones de
// euros" in two tellings of one announcement).
func (cx *checkContext) sameClaim(a, b int) bool {
	k := cx.res.Claims[a].Cluster
	return k >= 0 && k == cx.res.Claims[b].Cluster && cx.aligned(a, b) && cx.f.cosine(a, b, nil) >= DefaultThreshold
}

// oneDate reports whether claim c gives exactly one date outside its
// attribution, so that the date is the one of what it tells.
func (cx *checkContext) oneDate(c int) bool {
	_, ok := cx.claimEventDate(c)
	return ok
}

// shareEntity reports whether claims a and b name one entity; when
// distinctive, one that not most articles of the story name (Erzincan,
// not Turkey, tells the earthquake of 1939).
func (cx *checkContext) shareEntity(a, b int, distinctive bool) bool {
	in := map[int]bool{}
	for m := range cx.res.Sentence(a).Mentions {
		if e, ok := cx.entityOf(a, m); ok {
			in[e] = true
		}
	}
	for m := range cx.res.Sentence(b).Mentions {
		e, ok := cx.entityOf(b, m)
		if ok && in[e] && (!distinctive || !cx.setting(e, b)) {
			return true
		}
	}
	return false
}

// setting reports whether entity e is named by at least half the
// documents of claim c's story: where the story happens, which tells no
// event of it from another.
func (cx *checkContext) setting(e, c int) bool {
	docs := map[int]bool{}
	for _, m := range cx.res.Entities[e].Mentions {
		docs[m.Doc] = true
	}
	d := cx.res.Claims[c].Doc
	for _, st := range cx.res.Stories {
		if slices.Contains(st.Docs, d) {
			n := 0
			for _, x := range st.Docs {
				if docs[x] {
					n++
				}
			}
			return 2*n >= len(st.Docs)
		}
	}
	return false
}

// comparableScopes reports whether a and b may count over the same
// places: the same ones, or places named on one side only (a warning at
// most); "en Turquía" is not "en Turquía y Siria".
func comparableScopes(a, b Fact) bool {
	return a.Frame.Scope == b.Frame.Scope || a.Frame.Scope == "" || b.Frame.Scope == ""
}

// factsAgree reports whether two values can be one: bounds and
// approximations that overlap, or one the other rounded ("55,8" and
// "55,75"; "8" and "7,8").
func factsAgree(a, b Fact) bool {
	if a.qty.Bound == quantity.Range || b.qty.Bound == quantity.Range {
		return rangesMeet(a, b)
	}
	if a.qty.Compatible(b.qty) || a.qty.Value == b.qty.Value && !strictlyApart(a.qty.Bound, b.qty.Bound) {
		return true // "más de 10.100" cites the figure "10.100"
	}
	return roundsTo(a, b) || roundsTo(b, a)
}

// strictlyApart reports whether two bounds of one value leave no value
// both can be: "más de 12" and "casi 12".
func strictlyApart(a, b quantity.Bound) bool {
	return a == quantity.MoreThan && b == quantity.LessThan || a == quantity.LessThan && b == quantity.MoreThan
}

// rangesMeet reports whether two facts, one or both a range, can share a
// value: "entre 7,5 y 7,6" holds 7,5 and 7,6.
func rangesMeet(a, b Fact) bool {
	ar, aok := factRange(a)
	br, bok := factRange(b)
	if !aok {
		a, ar, b, br, bok = b, br, a, ar, aok
	}
	if bok {
		return ar[0] <= br[1] && br[0] <= ar[1]
	}
	lo := quantity.Quantity{Value: ar[0], Alt: ar[0], Bound: quantity.AtLeast}
	hi := quantity.Quantity{Value: ar[1], Alt: ar[1], Bound: quantity.AtMost}
	return b.qty.Compatible(lo) && b.qty.Compatible(hi)
}

// factRange returns the ends of a range fact, in the base unit, as the
// reader gave them ("entre 7,5 y 7,6", "de 5.000 a 11.000").
func factRange(f Fact) ([2]float64, bool) {
	if f.qty.Bound == quantity.Range {
		lo, hi := f.qty.Ends()
		return [2]float64{lo, hi}, true
	}
	return [2]float64{}, false
}

// roundsTo reports whether b rounded to the step a is written to is a's
// value: "55,8" of "55,75", "22 mil" of "22.168".
func roundsTo(a, b Fact) bool {
	if a.step <= b.step || a.qty.Bound != quantity.Exact {
		return false
	}
	return math.Abs(math.Round(b.qty.Value/a.step)*a.step-a.qty.Value) < a.step/1e6
}

// transcribed reports whether two different values look like one figure
// written twice: they differ in one digit (6.840 and 3.840) or by less
// than 1 % (2.818 and 2.824). Successive counts of a toll are further
// apart.
func transcribed(a, b Fact) bool {
	x, y := a.qty.Value, b.qty.Value
	if math.Abs(x-y) <= 0.01*math.Max(math.Abs(x), math.Abs(y)) {
		return true
	}
	sx, sy := fmt.Sprint(x), fmt.Sprint(y)
	if len(sx) != len(sy) || significant(sx) < 3 || significant(sy) < 3 {
		return false // round figures ("5.000", "4.000") are estimates, not one figure mistyped
	}
	diff := 0
	for i := range sx {
		if sx[i] != sy[i] {
			diff++
		}
	}
	return diff == 1
}

// significant counts the digits of a formatted number without its
// trailing zeros: 3 for "6840", 1 for "5000".
func significant(s string) int {
	return len(strings.TrimRight(strings.TrimLeft(strings.ReplaceAll(s, ".", ""), "0"), "0"))
}
