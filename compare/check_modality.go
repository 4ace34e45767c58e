package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dedupe-news/dedupe/normalize"
)

// Modality values of a claim, as findings give them.
const (
	valueHedged  = "hedged"
	valueCertain = "certain"
)

// modality returns how claim c puts what it says, with the cue that shows
// it: hedged when any cue hedges it ("espera", "podría"), certain when a
// cue asserts it ("se llevará a cabo") and none hedges it, "" when no cue
// says.
func (cx *checkContext) modality(c int) (string, normalize.Cue) {
	cues := cx.res.Sentence(c).Cues
	if i := slices.IndexFunc(cues, func(q normalize.Cue) bool { return q.Kind == normalize.CueHedge }); i >= 0 {
		return valueHedged, cues[i]
	}
	if len(cues) > 0 {
		return valueCertain, cues[0]
	}
	return "", normalize.Cue{}
}

// checkModality compares how surely the claims of a cluster put one
// thing: an aligned claim of another document stating as certain what one
// hopes for or calls possible is a warning ("espera que … continúen" /
// "que se llevará a cabo en Rusia").
func checkModality(cx *checkContext) []Finding {
	var out []Finding
	for k := range cx.res.Clusters {
		var sides []FindingMention
		add := func(c int) {
			value, cue := cx.modality(c)
			if !slices.ContainsFunc(sides, func(m FindingMention) bool { return m.Claim == c }) {
				sides = append(sides, cx.mention(c, cue.Span, value))
			}
		}
		cx.crossPairs(k, func(a, b int) {
			va, _ := cx.modality(a)
			vb, _ := cx.modality(b)
			if va != "" && vb != "" && va != vb {
				add(a)
				add(b)
			}
		})
		if len(sides) > 0 {
			out = append(out, cx.modalityFinding(k, sides))
		}
	}
	return out
}

// certainCues names a modality finding for its id by what its certain
// sides say ("se llevará a cabo"), which sources that only hope for the
// same thing do not change.
func certainCues(sides []FindingMention) string {
	var cues []string
	for _, m := range sides {
		if m.Value == valueCertain {
			cues = append(cues, strings.ToLower(m.Text))
		}
	}
	slices.Sort(cues)
	return strings.Join(slices.Compact(cues), "|")
}

// modalityFinding reports the hedged and certain claims of a cluster.
func (cx *checkContext) modalityFinding(k int, sides []FindingMention) Finding {
	slices.SortFunc(sides, func(a, b FindingMention) int { return a.Claim - b.Claim })
	subject := cx.clusterSlot(k)
	f := Finding{
		Kind:     KindModality,
		Severity: Warning,
		Cluster:  cx.res.Clusters[k].ID,
		Mentions: sides,
		Message: fmt.Sprintf("on %s, sources differ in certainty: stated as certain in %s, but only hoped for or called possible in %s",
			subject, cx.cueList(sides, valueCertain), cx.cueList(sides, valueHedged)),
	}
	f.ID = findingID(KindModality, certainCues(sides), sides, cx.res)
	return f
}

// cueList lists the sides with the given value as "000_e857… («espera»)".
func (cx *checkContext) cueList(sides []FindingMention, value string) string {
	var parts []string
	for _, m := range sides {
		if m.Value == value {
			parts = append(parts, fmt.Sprintf("%s («%s»)", cx.docID(m.Claim), m.Text))
		}
	}
	return strings.Join(parts, ", ")
}
