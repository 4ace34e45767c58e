package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// eventDate is the one date a claim gives its event: a date expression
// outside the words of attribution ("dijo el lunes" dates the statement,
// not the event).
type eventDate struct {
	claim int
	tx    timex.Timex
}

// claimEventDate returns the event date of claim c when it has exactly one.
func (cx *checkContext) claimEventDate(c int) (eventDate, bool) {
	s := cx.res.Sentence(c)
	var found []timex.Timex
	for _, tx := range s.Times {
		if tx.Kind != timex.KindDate || tx.Reference() {
			continue
		}
		if s.InAttribution(normalize.Span{Start: tx.Start, End: tx.End}) {
			continue
		}
		found = append(found, tx)
	}
	if len(found) != 1 {
		return eventDate{}, false
	}
	return eventDate{c, found[0]}, true
}

// checkDates reports, as info, the relative dates of a cluster that could
// not be resolved, because their document has no date, where another
// source gives a resolved one. Resolved dates are compared as facts
// (checkFacts).
func checkDates(cx *checkContext) []Finding {
	var out []Finding
	for k, cl := range cx.res.Clusters {
		var resolved, unresolved []eventDate
		for _, c := range cl.Claims {
			d, ok := cx.claimEventDate(c)
			switch {
			case !ok:
			case d.tx.Value != "":
				if _, _, ok := d.tx.Interval(); ok {
					resolved = append(resolved, d)
				}
			case d.tx.Relative:
				unresolved = append(unresolved, d)
			}
		}
		out = append(out, cx.unresolvedDates(k, unresolved, resolved)...)
	}
	return out
}

// overlaps reports whether two dates can denote one time.
func overlaps(a, b timex.Timex) bool {
	af, al, _ := a.Interval()
	bf, bl, _ := b.Interval()
	return !al.Before(bf) && !bl.Before(af)
}

// unresolvedDates reports, as info, the relative dates of a cluster that
// could not be compared because their document has no date, with a
// resolved date of another source to compare them with: a copy's date is
// no other source's.
func (cx *checkContext) unresolvedDates(k int, dates, resolved []eventDate) []Finding {
	var out []Finding
	for _, d := range dates {
		if !slices.ContainsFunc(resolved, func(r eventDate) bool { return cx.independent(d.claim, r.claim) }) {
			continue
		}
		side := cx.mention(d.claim, normalize.Span{Start: d.tx.Start, End: d.tx.End}, "")
		doc := cx.res.Documents[cx.res.Claims[d.claim].Doc]
		why := "has no date"
		if !doc.Date.IsZero() {
			why = "is dated only " + doc.Date.String() + ", too coarse to resolve it"
		}
		f := Finding{
			Kind:     KindDate,
			Severity: Info,
			Cluster:  cx.res.Clusters[k].ID,
			Mentions: []FindingMention{side},
			Message: fmt.Sprintf("«%s» in %s is relative and %s %s, so it was not compared; give the date with --date %s=YYYY-MM-DD",
				side.Text, doc.ID, doc.ID, why, doc.ID),
		}
		f.ID = findingID(KindDate, "unresolved "+strings.ToLower(side.Text), []FindingMention{side}, cx.res)
		out = append(out, f)
	}
	return out
}
