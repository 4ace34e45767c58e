package compare

import (
	"cmp"
	"fmt"
	"maps"
	"slices"

	"github.com/dedupe-news/dedupe/normalize"
)

// actor is a person who does something in a claim: the subject of a verb,
// named ("Kim busca") or standing behind a role ("el presidente ruso
// busca").
type actor struct {
	claim  int
	person int            // entity
	span   normalize.Span // the subject as written
	verb   string         // the concept of the verb's stem
	said   string         // the verb as written
}

// actors returns the people claim c says do something, each subject
// resolved to a person entity; subjects that resolve to no one, or to
// something other than a person, are left out.
func (cx *checkContext) actors(c int, ix titleIndex) []actor {
	s := cx.res.Sentence(c)
	var out []actor
	for _, a := range s.Agents {
		verb := s.Tokens[a.Verb]
		if verb.Stem() == "" {
			continue
		}
		e, ok := cx.agentPerson(c, a, ix)
		if !ok {
			continue
		}
		out = append(out, actor{claim: c, person: e, span: a.Span, verb: normalize.Concept(verb.Stem()), said: s.Word(a.Verb)})
	}
	return out
}

// agentPerson resolves the subject of an agent to a person entity: the
// entity of its name, or the one person the documents give its role
// (head and place) to.
func (cx *checkContext) agentPerson(c int, a normalize.Agent, ix titleIndex) (int, bool) {
	if a.Mention >= 0 {
		e, ok := cx.entityOf(c, a.Mention)
		return e, ok && cx.res.Entities[e].Kind == normalize.MentionPerson
	}
	return ix.person(cx.res.Sentence(c).Titles[a.Title])
}

// names reports whether claim c names person e anywhere, by name or by a
// role that stands for e.
func (cx *checkContext) names(c, e int, ix titleIndex) bool {
	s := cx.res.Sentence(c)
	for m := range s.Mentions {
		if x, ok := cx.entityOf(c, m); ok && x == e {
			return true
		}
	}
	for _, t := range s.Titles {
		if p, ok := ix.person(t); ok && p == e {
			return true
		}
	}
	return false
}

// checkActors compares who does what in the claims of a cluster: two
// aligned claims of different documents whose subjects do the same thing
// (one verb concept) but are different people, neither named by the
// other claim, are a warning ("Kim busca tecnología" / "el presidente
// ruso busca … tecnología").
func checkActors(cx *checkContext) []Finding {
	ix := cx.titles()
	var out []Finding
	for k, cl := range cx.res.Clusters {
		byClaim := map[int][]actor{}
		for _, c := range cl.Claims {
			byClaim[c] = cx.actors(c, ix)
		}
		sides := map[string][]actor{} // verb → actors in conflict
		cx.crossPairs(k, func(a, b int) {
			for _, x := range byClaim[a] {
				for _, y := range byClaim[b] {
					if x.verb == y.verb && x.person != y.person && !cx.names(b, x.person, ix) && !cx.names(a, y.person, ix) {
						sides[x.verb] = appendActor(appendActor(sides[x.verb], x), y)
					}
				}
			}
		})
		for _, verb := range slices.Sorted(maps.Keys(sides)) {
			out = append(out, cx.actorFinding(k, verb, sides[verb]))
		}
	}
	return out
}

// appendActor adds x to actors unless it is there already.
func appendActor(actors []actor, x actor) []actor {
	if slices.ContainsFunc(actors, func(y actor) bool { return y.claim == x.claim && y.span == x.span }) {
		return actors
	}
	return append(actors, x)
}

// actorFinding reports the different people a cluster's claims say do
// one thing.
func (cx *checkContext) actorFinding(k int, verb string, actors []actor) Finding {
	slices.SortFunc(actors, func(a, b actor) int {
		return cmp.Or(cmp.Compare(a.claim, b.claim), cmp.Compare(a.span.Start, b.span.Start))
	})
	sides := make([]FindingMention, len(actors))
	for i, a := range actors {
		sides[i] = cx.mention(a.claim, a.span, cx.res.Entities[a.person].Name)
	}
	subject := cx.clusterSlot(k)
	f := Finding{
		Kind:     KindActor,
		Severity: Warning,
		Cluster:  cx.res.Clusters[k].ID,
		Mentions: sides,
		Message:  fmt.Sprintf("sources name different people as the one who «%s» (%s): %s", actors[0].said, subject, cx.sideList(sides)),
	}
	f.ID = findingID(KindActor, verb+" "+cx.sideSlot(sides), sides, cx.res)
	return f
}
