package compare

import (
	"fmt"

	"github.com/dedupe-news/dedupe/normalize"
)

// slotValue is what one claim says for a slot (the date of an event, a
// count, a place): the expression, where it is, and its normalized value.
type slotValue struct {
	claim  int
	span   normalize.Span
	value  string
	hedged bool // an approximation or a bound: a mismatch is a warning
}

// slotConflict reports the values a cluster gives one slot when two
// aligned claims of independent documents give values that cannot both be
// true, as agree(i, j) on indices of vals says. The finding is an error when the values are
// plain, a warning when one of a mismatched pair is hedged, and never
// above most. about completes "sources give different …".
func (cx *checkContext) slotConflict(kind FindingKind, k int, slot, about string, vals []slotValue, agree func(i, j int) bool, most Severity) (Finding, bool) {
	sev, conflict := Info, false
	for i, a := range vals {
		for j := i + 1; j < len(vals); j++ {
			b := vals[j]
			if !cx.independent(a.claim, b.claim) || !cx.aligned(a.claim, b.claim) || agree(i, j) {
				continue
			}
			conflict = true
			s := Error
			if a.hedged || b.hedged {
				s = Warning
			}
			sev = max(sev, min(s, most))
		}
	}
	if !conflict {
		return Finding{}, false
	}
	sides := make([]FindingMention, len(vals))
	for i, v := range vals {
		sides[i] = cx.mention(v.claim, v.span, v.value)
	}
	subject := cx.clusterSubject(k)
	f := Finding{
		Kind:     kind,
		Severity: sev,
		Cluster:  cx.res.Clusters[k].ID,
		Mentions: sides,
		Message:  fmt.Sprintf("sources give different %s (%s): %s", about, subject, cx.sideList(sides)),
	}
	f.ID = findingID(kind, cx.sideSlot(sides)+" "+slot, sides, cx.res)
	return f, true
}
