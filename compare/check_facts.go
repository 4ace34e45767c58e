package compare

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

// frameGroup is the facts of one story that share a measure and an
// event: the only facts ever set side by side.
type frameGroup struct {
	story int
	key   string // measure and event
	facts []Fact
}

// groupFacts returns the facts of each story by measure and event, in a
// deterministic order.
func (cx *checkContext) groupFacts() []frameGroup {
	storyOf := make([]int, len(cx.res.Documents))
	for s, st := range cx.res.Stories {
		for _, d := range st.Docs {
			storyOf[d] = s
		}
	}
	byKey := map[string]*frameGroup{}
	var keys []string
	for _, f := range cx.res.Facts {
		s := storyOf[cx.res.Claims[f.Claim].Doc]
		key := fmt.Sprintf("%d\x00%s\x00%s", s, f.Frame.Measure, f.Frame.Event)
		g, ok := byKey[key]
		if !ok {
			g = &frameGroup{story: s, key: f.Frame.Measure + "\x00" + f.Frame.Event}
			byKey[key] = g
			keys = append(keys, key)
		}
		g.facts = append(g.facts, f)
	}
	slices.Sort(keys)
	out := make([]frameGroup, len(keys))
	for i, k := range keys {
		out[i] = *byKey[k]
	}
	return out
}

// checkFacts compares the facts of each frame across the independent
// documents of a story, whether or not their claims share a cluster; two
// copies of one text that differ (an outlet edited a figure of the wire
// text) are one source's versions, reported at info.
// Each pair of values that cannot both be true is a number finding (a
// duration or date one for those) naming the sources of each; the values
// of a count reported at several times are one update finding, at info.
// Facts alike in all that judging looks at are judged once, through a
// few of them (representatives), so a frame repeated by thousands of
// articles costs no more than by a handful; a frame given more than
// maxFrameValues values is no one fact and is not compared.
func checkFacts(cx *checkContext) []Finding {
	var out []Finding
	for _, g := range cx.groupFacts() {
		if distinctValues(g.facts) > maxFrameValues {
			continue
		}
		reps := cx.representatives(g.facts)
		clashes := map[[2]string]*clash{}
		update := map[string]bool{} // values in an update
		once := onePerClaim(g.facts)
		byDoc := cx.nounFigures(g.facts)
		places := distinctScopes(g.facts)
		for x, i := range reps {
			for _, j := range reps[x+1:] {
				a, b := g.facts[i], g.facts[j]
				copies := cx.copies(a.Claim, b.Claim)
				if !copies && !cx.independent(a.Claim, b.Claim) || cx.unmatched(a, b, byDoc) {
					continue
				}
				switch v, s := cx.judgePair(a, b, once); v {
				case differing:
					if copies || places > 1 && (a.Frame.Scope == "") != (b.Frame.Scope == "") {
						s = Info // one source's versions; or a count of no place named, where the story counts several
					}
					addClash(clashes, g.facts, i, j, s)
				case updated:
					update[a.Value], update[b.Value] = true, true
				}
			}
		}
		byValue := map[string][]int{}
		for i, f := range g.facts {
			byValue[f.Value] = append(byValue[f.Value], i)
		}
		for _, key := range slices.SortedFunc(maps.Keys(clashes), compareKeys) {
			c := clashes[key]
			for _, v := range key { // every source of either value
				for _, i := range byValue[v] {
					c.members[i] = true
				}
			}
			out = append(out, cx.factFinding(g, c.members, c.sev))
		}
		if len(update) > 0 {
			members := map[int]bool{}
			for v := range update {
				for _, i := range byValue[v] {
					members[i] = true
				}
			}
			out = append(out, cx.updateFinding(g, members))
		}
	}
	return out
}

// maxFrameValues is the most different values one frame of a story may
// be given and still be compared; past it the figures are of many things
// the words do not tell apart.
const maxFrameValues = 32

// maxRepresentatives bounds the facts of one frame judged pairwise.
const maxRepresentatives = 256

// distinctScopes counts the different places facts name they cover
// ("Turquía", "Siria", "Siria + Turquía"). Where a story counts a measure
// in two places or more, a figure that names none may count any of them,
// so setting it against one that names its place is no more than an info.
func distinctScopes(facts []Fact) int {
	seen := map[string]bool{}
	for _, f := range facts {
		if f.Frame.Scope != "" {
			seen[f.Frame.Scope] = true
		}
	}
	return len(seen)
}

// distinctValues counts the different values of facts.
func distinctValues(facts []Fact) int {
	seen := map[string]bool{}
	for _, f := range facts {
		seen[f.Value] = true
	}
	return len(seen)
}

// representatives returns, in order, the facts of a frame that are
// judged: of the facts alike in all that judging looks at (value, scope,
// as-of, source and how they were read), the first three from documents
// that are not copies of one another, and no more than maxRepresentatives
// in all. The others give the same verdicts.
func (cx *checkContext) representatives(facts []Fact) []int {
	bySig := map[string][]int{}
	var out []int
	for i, f := range facts {
		sig := fmt.Sprintf("%s\x00%s\x00%s\x00%s\x00%s\x00%v%v%v%v%v", f.Value, f.Frame.Scope, f.Frame.AsOf, f.Frame.Source, f.pred,
			f.byNoun, f.projected, f.borrowed, f.past, f.step)
		kept := bySig[sig]
		if len(kept) >= 3 || len(out) >= maxRepresentatives ||
			slices.ContainsFunc(kept, func(k int) bool { return !cx.independent(facts[k].Claim, f.Claim) }) {
			continue
		}
		bySig[sig] = append(kept, i)
		out = append(out, i)
	}
	return out
}

// judgePair judges facts a and b of one frame from independent
// documents. A figure known only by its noun is framed by its claim when
// both claims say the same thing and give one such figure (once), and is
// a warning at most.
func (cx *checkContext) judgePair(a, b Fact, once map[int]bool) (pairVerdict, Severity) {
	if a.date != nil {
		return cx.judgeDates(a, b)
	}
	nounOnly := a.byNoun || b.byNoun
	if nounOnly && once[a.Claim] && once[b.Claim] && cx.sameClaim(a.Claim, b.Claim) {
		a.byNoun, b.byNoun = false, false // one claim: its cluster frames the figures
	}
	v, s := judge(a, b)
	if nounOnly {
		s = min(s, Warning)
	}
	return v, s
}

// nounFigures returns, by document, its figures of a frame known only by
// their noun ("de 40 y 39 años", "de 21, 12 y dos años"), one of each
// value: what each counts is not known, so a figure of another document
// is matched with the one of them it is closest to.
func (cx *checkContext) nounFigures(facts []Fact) map[int][]Fact {
	out := map[int][]Fact{}
	for _, f := range facts {
		d := cx.res.Claims[f.Claim].Doc
		if f.byNoun && !slices.ContainsFunc(out[d], func(x Fact) bool { return x.Value == f.Value }) {
			out[d] = append(out[d], f)
		}
	}
	return out
}

// unmatched reports whether figures a and b, known only by their noun,
// are not each other's counterparts: when a figure agrees with one of
// another document's figures of the frame ("Karla Galeana, de 39 años"
// and "el padre y la madre, de 40 y 39 años"), that one is its
// counterpart, and when it agrees with none, the closest is ("Victoria,
// de 13 años" against the 12 of "sus tres hijos de 21, 12 y dos años").
func (cx *checkContext) unmatched(a, b Fact, byDoc map[int][]Fact) bool {
	return a.byNoun && b.byNoun &&
		(notClosest(a, b, byDoc[cx.res.Claims[b.Claim].Doc]) || notClosest(b, a, byDoc[cx.res.Claims[a.Claim].Doc]))
}

// notClosest reports whether x, one of list, is not f's counterpart: f
// agrees with a figure of list, or another is closer to it than x.
func notClosest(f, x Fact, list []Fact) bool {
	if len(list) == 0 {
		return false
	}
	d := math.Abs(x.qty.Value - f.qty.Value)
	for _, y := range list {
		if factsAgree(f, y) || math.Abs(y.qty.Value-f.qty.Value) < d {
			return true
		}
	}
	return false
}

// onePerClaim reports, by claim, whether the claim gives one fact of the
// group: a claim giving two figures of one noun speaks of two things.
func onePerClaim(facts []Fact) map[int]bool {
	n := map[int]int{}
	for _, f := range facts {
		n[f.Claim]++
	}
	out := make(map[int]bool, len(n))
	for c, k := range n {
		out[c] = k == 1
	}
	return out
}

// clash is the facts of a frame that give two values that cannot both be
// true, and how severe that is.
type clash struct {
	members map[int]bool
	sev     Severity
}

// addClash records facts i and j as giving clashing values.
func addClash(clashes map[[2]string]*clash, facts []Fact, i, j int, sev Severity) {
	key := [2]string{facts[i].Value, facts[j].Value}
	if key[1] < key[0] {
		key[0], key[1] = key[1], key[0]
	}
	c, ok := clashes[key]
	if !ok {
		c = &clash{members: map[int]bool{}}
		clashes[key] = c
	}
	c.members[i], c.members[j] = true, true
	c.sev = max(c.sev, sev)
}

// compareKeys orders value pairs.
func compareKeys(a, b [2]string) int {
	return cmp.Or(strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1]))
}

// factFinding reports the facts of g that clash.
func (cx *checkContext) factFinding(g frameGroup, members map[int]bool, sev Severity) Finding {
	facts := pick(g.facts, members)
	kind := KindNumber
	switch {
	case facts[0].date != nil:
		kind = KindDate
	case strings.HasSuffix(facts[0].Frame.Measure, "duration"):
		kind = KindDuration
	}
	sides := cx.factMentions(facts)
	cluster := cx.sharedCluster(facts)
	about := frameTitle(facts[0].Frame)
	if kind == KindDate {
		about = "the same event (" + cx.eventSubject(facts, cluster) + ")"
	}
	f := Finding{
		Kind: kind, Severity: sev, Cluster: cluster, Mentions: sides,
		Message: fmt.Sprintf("sources give different %s for %s: %s", kindNoun(kind), about, cx.factList(facts)),
	}
	f.ID = findingID(kind, g.key, sides, cx.res)
	return f
}

// eventSubject names what dated facts are about: the subject of their
// cluster, else the names their claims share, else their predicate.
func (cx *checkContext) eventSubject(facts []Fact, cluster string) string {
	if cluster != "" {
		return cx.clusterSubject(cx.res.Claims[facts[0].Claim].Cluster)
	}
	names := cx.sharedNames(cx.factMentions(facts))
	if len(names) == 0 {
		return facts[0].pred
	}
	return strings.Join(names[:min(3, len(names))], ", ")
}

// kindNoun names what findings of a kind set apart, for messages.
func kindNoun(k FindingKind) string {
	switch k {
	case KindDate:
		return "dates"
	case KindDuration:
		return "durations"
	}
	return "figures"
}

// updateFinding reports a count of g reported at several times, its
// values in the order they were reported.
func (cx *checkContext) updateFinding(g frameGroup, members map[int]bool) Finding {
	facts := pick(g.facts, members)
	slices.SortStableFunc(facts, func(a, b Fact) int {
		return cmp.Or(cmp.Compare(a.Frame.AsOf, b.Frame.AsOf), cmp.Compare(a.qty.Value, b.qty.Value))
	})
	sides := cx.factMentions(facts)
	f := Finding{
		Kind: KindUpdate, Severity: Info, Cluster: cx.sharedCluster(facts), Mentions: sides,
		Message: fmt.Sprintf("%s reported at several times: %s", frameTitle(facts[0].Frame), cx.factList(facts)),
	}
	f.ID = findingID(KindUpdate, g.key, sides, cx.res)
	return f
}

// pick returns the facts whose indices are in members, in order.
func pick(facts []Fact, members map[int]bool) []Fact {
	var out []Fact
	for i, f := range facts {
		if members[i] {
			out = append(out, f)
		}
	}
	return out
}

// factMentions returns a mention for each fact.
func (cx *checkContext) factMentions(facts []Fact) []FindingMention {
	out := make([]FindingMention, len(facts))
	for i, f := range facts {
		out[i] = cx.mention(f.Claim, f.Span, f.Value)
	}
	return out
}

// sharedCluster returns the cluster every fact's claim sits in, or "".
func (cx *checkContext) sharedCluster(facts []Fact) string {
	id := cx.clusterID(facts[0].Claim)
	for _, f := range facts[1:] {
		if cx.clusterID(f.Claim) != id {
			return ""
		}
	}
	return id
}

// frameTitle names a frame for messages: "dead (second)".
func frameTitle(fr Frame) string {
	if fr.Event != "" {
		return fr.Measure + " (" + fr.Event + ")"
	}
	return fr.Measure
}

// factList formats facts for a message: "6840 («6.840») in l02 (2023-09-13,
// Tarek al Kharraz; in Derna)".
func (cx *checkContext) factList(facts []Fact) string {
	parts := make([]string, len(facts))
	for i, f := range facts {
		var ctx []string
		for _, s := range []string{f.Frame.AsOf, f.Frame.Source} {
			if s != "" {
				ctx = append(ctx, s)
			}
		}
		if f.Frame.Scope != "" {
			ctx = append(ctx, "in "+f.Frame.Scope)
		}
		p := fmt.Sprintf("%s («%s») in %s", f.Value, f.Text, cx.docID(f.Claim))
		if len(ctx) > 0 {
			p += " (" + strings.Join(ctx, "; ") + ")"
		}
		parts[i] = p
	}
	return strings.Join(parts, "; ")
}
