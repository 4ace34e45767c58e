package compare

import (
	"math"

	"github.com/dedupe-news/dedupe/normalize/timex"
)

// Time. One event is reported over a few days; articles weeks apart that
// share words and even people are different events (a minister's visit,
// and his next one). The cosine of two documents is therefore multiplied
// by a decay of the days between their dates: none up to StorySameDays,
// then halving every StoryHalfLife days, and zero past StoryHorizon. A
// date of month or year precision covers all its days, and the gap is
// between the nearest days of the two; a document without a date is near
// every other. The decay only depends on the pair, so average linkage
// stays exact: a group keeps one vector sum per date of its documents,
// and the decayed sum over all pairs is the sum, over pairs of dates, of
// the decay times the dot product of the two sums.

// Story time constants, in days.
const (
	StorySameDays = 3
	StoryHalfLife = 7
	StoryHorizon  = 30
)

// days is the span of days a document date covers, in days since
// 1970-01-01; undated when the document has no date.
type days struct {
	lo, hi  int32
	undated bool
	anyTime bool // undated in an input whose dates span more than StoryHorizon (spanOpen)
}

// docDays returns the days date covers.
func docDays(date timex.Date) days {
	if date.IsZero() {
		return days{undated: true}
	}
	return days{lo: int32(date.First().Unix() / 86400), hi: int32(date.Last().Unix() / 86400)}
}

// undatedPair is the weight of a pair of undated documents in an input
// whose dated documents span more than StoryHorizon. An undated document
// joins a story by its text, as if of the story's time; but in a feed of
// months two undated documents may be months apart, and two articles on
// one subject share its words ("terremoto de magnitud", "equipos de
// rescate"). Their pair is weighed as if a half-life apart: to be one
// story they must share twice what a pair of one time needs. In an input
// of one time, or of no dates at all, an undated pair weighs 1.
const undatedPair = 0.5

// decay is the weight of a pair of documents of dates x and y.
func decay(x, y days) float64 {
	switch {
	case x.anyTime && y.anyTime:
		return undatedPair
	case x.undated || y.undated:
		return 1
	}
	gap := max(0, x.lo-y.hi, y.lo-x.hi)
	switch {
	case gap <= StorySameDays:
		return 1
	case gap > StoryHorizon:
		return 0
	}
	return math.Exp2(-float64(gap-StorySameDays) / StoryHalfLife)
}

// datedSum is the vector sum of a group's documents of one date.
type datedSum struct {
	when days
	sum  sparseVec
}

// decayedDot returns the decayed sum of the cosines over all pairs of
// documents of two groups.
func decayedDot(x, y []datedSum) float64 {
	var s float64
	for _, a := range x {
		for _, b := range y {
			if k := decay(a.when, b.when); k > 0 {
				s += k * dot(a.sum, b.sum)
			}
		}
	}
	return s
}

// addDated adds the sums of y to x, date by date.
func addDated(x []datedSum, y []datedSum) []datedSum {
next:
	for _, b := range y {
		for i := range x {
			if x[i].when == b.when {
				addInto(&x[i].sum, b.sum)
				continue next
			}
		}
		x = append(x, b)
	}
	return x
}

// spanOpen marks the undated days of when as of any time (anyTime) when
// the dated ones span more than StoryHorizon: a feed of months, in which
// an undated document may be of any of them.
func spanOpen(when []days) {
	lo, hi, dated := int32(math.MaxInt32), int32(math.MinInt32), false
	for _, w := range when {
		if !w.undated {
			lo, hi, dated = min(lo, w.lo), max(hi, w.hi), true
		}
	}
	if !dated || hi-lo <= StoryHorizon {
		return
	}
	for i := range when {
		when[i].anyTime = when[i].undated
	}
}
