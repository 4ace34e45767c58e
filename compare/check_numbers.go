package compare

import (
	"fmt"
	"maps"
	"slices"

	"github.com/dedupe-news/dedupe/normalize"
)

// countOf is the one quantity a claim gives for a unit.
type countOf struct {
	claim int
	q     normalize.Quantity
}

// claimCounts returns, per unit, the quantity claim c gives, leaving out
// units it counts twice (two figures of one unit in one sentence speak of
// two things), quantities inside a temporal expression ("hace tres años")
// and quantities in the attribution.
func (cx *checkContext) claimCounts(c int) map[string]normalize.Quantity {
	s := cx.res.Sentence(c)
	out := map[string]normalize.Quantity{}
	twice := map[string]bool{}
	for _, q := range s.Numbers {
		span := normalize.Span{Start: q.Start, End: q.End}
		if q.Unit == "" || inTime(s, span) || s.InAttribution(normalize.Span{Start: q.Start, End: q.End}) {
			continue
		}
		if _, ok := out[q.Unit]; ok {
			twice[q.Unit] = true
		}
		out[q.Unit] = q
	}
	for u := range twice {
		delete(out, u)
	}
	return out
}

// inTime reports whether span overlaps a temporal expression of s.
func inTime(s *normalize.Sentence, span normalize.Span) bool {
	for _, tx := range s.Times {
		if tx.Start < span.End && span.Start < tx.End {
			return true
		}
	}
	return false
}

// checkNumbers compares the figures that claims of one cluster give for
// the same unit ("820 heridos" / "al menos 800 heridos"). Two writings of
// one value, or a bound and a value inside it, agree; exact figures that
// differ are an error, and a hedged one that cannot match a warning.
func checkNumbers(cx *checkContext) []Finding {
	var out []Finding
	for k, cl := range cx.res.Clusters {
		byUnit := map[string][]countOf{}
		for _, c := range cl.Claims {
			for u, q := range cx.claimCounts(c) {
				byUnit[u] = append(byUnit[u], countOf{c, q})
			}
		}
		for _, u := range slices.Sorted(maps.Keys(byUnit)) {
			if f, ok := cx.numberConflict(k, u, byUnit[u]); ok {
				out = append(out, f)
			}
		}
	}
	return out
}

// numberConflict reports the figures of one unit in a cluster when two
// documents give incompatible ones.
func (cx *checkContext) numberConflict(k int, unit string, counts []countOf) (Finding, bool) {
	vals := make([]slotValue, len(counts))
	for i, c := range counts {
		vals[i] = slotValue{c.claim, normalize.Span{Start: c.q.Start, End: c.q.End}, c.q.Format(), c.q.Bound != normalize.Exact}
	}
	agree := func(i, j int) bool { return counts[i].q.Compatible(counts[j].q) }
	return cx.slotConflict(KindNumber, k, unit, fmt.Sprintf("figures for %q", unit), vals, agree, Error)
}
