package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dedupe-news/dedupe/normalize"
)

// minSameClaim is the similarity two claims need for their speakers to be
// compared: claims only loosely alike may be two statements by two people
// (Watson on Monday, Kirby on Wednesday), close ones are one statement.
const minSameClaim = 0.3

// maxImpliedHops is how many sentences back a bare "Dijeron que" may look
// for its speaker when the sentence before is bare too.
const maxImpliedHops = 3

// speakers is who a claim is said by, as far as the documents tell.
type speakers struct {
	claim int            // the claim compared
	at    int            // the claim whose words say who speaks
	span  normalize.Span // those words
	ents  []int          // the people and countries speaking, in order
}

// value names the speakers: "Estados Unidos, Reino Unido".
func (sp speakers) value(res *Result) string {
	names := make([]string, len(sp.ents))
	for i, e := range sp.ents {
		names[i] = res.Entities[e].Name
	}
	return strings.Join(names, ", ")
}

// speakersOf returns who makes claim c: the people and countries its
// attribution names; a clause without one takes its sentence's, and a
// bare "Dijeron que" or "…, dijo." the previous sentence's. Organizations
// ("la Casa Blanca") and unnamed sources ("los informes") are left out,
// since the people behind them may be the ones another source names.
func (cx *checkContext) speakersOf(c int) (speakers, bool) {
	at, ok := cx.attributedIn(c)
	if !ok {
		return speakers{}, false
	}
	s := cx.res.Sentence(at)
	sp := speakers{claim: c, at: at, span: s.Attribution}
	src := at
	for hop := 0; cx.res.Sentence(src).SpeakerImplied; hop++ {
		prev, ok := cx.previousSentence(src)
		if !ok || hop == maxImpliedHops {
			return speakers{}, false
		}
		if src, ok = cx.attributedIn(prev); !ok {
			return speakers{}, false
		}
	}
	ss := cx.res.Sentence(src)
	for _, m := range ss.Speakers {
		e, ok := cx.entityOf(src, m)
		if !ok {
			continue
		}
		if kind := cx.res.Entities[e].Kind; (kind == normalize.MentionPerson || kind == normalize.MentionPlace) && !slices.Contains(sp.ents, e) {
			sp.ents = append(sp.ents, e)
		}
		if src == at {
			sp.span = cover(sp.span, ss.Mentions[m].Span)
		}
	}
	sp.span = trimPunct(cx.res.Documents[cx.res.Claims[at].Doc].Text, sp.span)
	return sp, len(sp.ents) > 0
}

// trimPunct moves the end of span back over commas, colons and spaces
// ("dijo Kirby," → "dijo Kirby").
func trimPunct(text string, span normalize.Span) normalize.Span {
	span.End = span.Start + len(strings.TrimRight(text[span.Start:span.End], ",;: "))
	return span
}

// cover returns the smallest span holding a and b.
func cover(a, b normalize.Span) normalize.Span {
	return normalize.Span{Start: min(a.Start, b.Start), End: max(a.End, b.End)}
}

// attributedIn returns the claim whose attribution covers claim c: c
// itself, or an earlier clause of its sentence.
func (cx *checkContext) attributedIn(c int) (int, bool) {
	for j := c; j >= 0 && cx.res.Claims[j].Doc == cx.res.Claims[c].Doc; j-- {
		s := cx.res.Sentence(j)
		if s.Attribution.Len() > 0 {
			return j, true
		}
		if s.Part == 0 {
			break
		}
	}
	return 0, false
}

// previousSentence returns the last clause of the claim before the
// sentence of claim c in its document.
func (cx *checkContext) previousSentence(c int) (int, bool) {
	for cx.res.Sentence(c).Part > 0 {
		c--
	}
	prev := c - 1
	if prev < 0 || cx.res.Claims[prev].Doc != cx.res.Claims[c].Doc || cx.res.Sentence(prev).Kind != normalize.KindClaim {
		return 0, false
	}
	return prev, true
}

// checkAttributions compares who makes the claims of a cluster: two
// aligned claims of different documents, alike enough to be one
// statement, said by different people or countries are a warning. A person speaking for the one country their
// titles name ("portavoz … de EE.UU.") agrees with that country.
func checkAttributions(cx *checkContext) []Finding {
	ix := cx.titles()
	var out []Finding
	for k, cl := range cx.res.Clusters {
		said := map[int]speakers{}
		for _, c := range cl.Claims {
			if sp, ok := cx.speakersOf(c); ok {
				said[c] = sp
			}
		}
		var sides []speakers
		cx.crossPairs(k, func(a, b int) {
			sa, okA := said[a]
			sb, okB := said[b]
			if okA && okB && cx.f.cosine(a, b, nil) >= minSameClaim && !cx.sameSource(sa.ents, sb.ents, ix) {
				sides = appendSpeakers(appendSpeakers(sides, sa), sb)
			}
		})
		if len(sides) > 0 {
			out = append(out, cx.attributionFinding(k, sides))
		}
	}
	return out
}

// appendSpeakers adds sp to list unless its words are there already (two
// clauses of one sentence share their attribution).
func appendSpeakers(list []speakers, sp speakers) []speakers {
	if slices.ContainsFunc(list, func(x speakers) bool { return x.at == sp.at && x.span == sp.span }) {
		return list
	}
	return append(list, sp)
}

// sameSource reports whether two sets of speakers may be one source: they
// share someone, one is a person speaking for the one country the other
// is, or all are officials of one country (two spokespeople of one
// government giving its line: "Watson dijo que Washington instó…" /
// "Kirby añadió: «Instamos…»").
func (cx *checkContext) sameSource(a, b []int, ix titleIndex) bool {
	return slices.ContainsFunc(a, func(e int) bool { return slices.Contains(b, e) }) ||
		cx.speaksFor(a, b, ix) || cx.speaksFor(b, a, ix) || oneCountry(slices.Concat(a, b), ix)
}

// oneCountry reports whether every one of people holds a title of one and
// the same country.
func oneCountry(people []int, ix titleIndex) bool {
	country := ""
	for _, e := range people {
		c := ix.country(e)
		if c == "" {
			return false
		}
		k := normalize.NameKey(normalize.Canonical(c))
		if country != "" && k != country {
			return false
		}
		country = k
	}
	return country != ""
}

// speaksFor reports whether places is one country and a person of
// people holds a title of that country.
func (cx *checkContext) speaksFor(people, places []int, ix titleIndex) bool {
	if len(places) != 1 || cx.res.Entities[places[0]].Kind != normalize.MentionPlace {
		return false
	}
	country := normalize.NameKey(cx.res.Entities[places[0]].Name)
	return slices.ContainsFunc(people, func(e int) bool {
		c := ix.country(e)
		return c != "" && normalize.NameKey(normalize.Canonical(c)) == country
	})
}

// attributionFinding reports the different speakers of a cluster's
// claims.
func (cx *checkContext) attributionFinding(k int, said []speakers) Finding {
	slices.SortFunc(said, func(a, b speakers) int { return a.claim - b.claim })
	sides := make([]FindingMention, len(said))
	for i, sp := range said {
		sides[i] = cx.mention(sp.at, sp.span, sp.value(cx.res))
	}
	subject := cx.clusterSlot(k)
	f := Finding{
		Kind:     KindAttribution,
		Severity: Warning,
		Cluster:  cx.res.Clusters[k].ID,
		Mentions: sides,
		Message:  fmt.Sprintf("sources attribute the same claim (%s) to different speakers: %s", subject, cx.sideList(sides)),
	}
	f.ID = findingID(KindAttribution, "", sides, cx.res) // the speakers say what it is about
	return f
}
