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
}

// docDays returns the days date covers.
func docDays(date timex.Date) days {
	if date.IsZero() {
		return days{undated: true}
	}
	return days{lo: int32(date.First().Unix() / 86400), hi: int32(date.Last().Unix() / 86400)}
}

// decay is the weight of a pair of documents of dates x and y.
func decay(x, y days) float64 {
	if x.undated || y.undated {
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
