package compare

import (
	"github.com/dedupe-news/dedupe/normalize"
)

// placePrepositions introduce where an event happens or where someone
// goes ("viajó a Pyongyang", "la reunión en Moscú"), folded.
var placePrepositions = map[string]bool{"a": true, "en": true, "hacia": true, "hasta": true}

// possibility marks a claim that offers places as possibilities, not facts
// ("podría viajar a Vladivostok… o a Moscú"), folded.
var possibility = map[string]bool{
	"podria": true, "podrian": true, "posible": true, "posibles": true, "posibilidad": true,
	"probable": true, "incierto": true, "descarta": true, "quizas": true, "quiza": true, "o": true,
}

// placeOf is the one place a claim gives its event.
type placeOf struct {
	claim int
	span  normalize.Span
	name  string
}

// claimPlace returns the place claim c gives its event: the one place
// named right after a preposition of place, outside the attribution, in a
// claim that does not offer possibilities.
func (cx *checkContext) claimPlace(c int) (placeOf, bool) {
	s := cx.res.Sentence(c)
	for _, t := range s.Tokens {
		if possibility[t.Folded()] {
			return placeOf{}, false
		}
	}
	var found []placeOf
	for m, men := range s.Mentions {
		if men.Kind != normalize.MentionPlace || s.InAttribution(men.Span) {
			continue
		}
		if _, ok := cx.entityOf(c, m); !ok || !afterPreposition(s, men.Start) {
			continue
		}
		found = append(found, placeOf{c, men.Span, normalize.Canonical(men.Text)})
	}
	if len(found) != 1 {
		return placeOf{}, false
	}
	return found[0], true
}

// afterPreposition reports whether the token before offset is a
// preposition of place.
func afterPreposition(s *normalize.Sentence, offset int) bool {
	for i, t := range s.Tokens {
		if t.Start == offset {
			return i > 0 && placePrepositions[s.Tokens[i-1].Folded()]
		}
	}
	return false
}

// within reports whether place a is b or lies inside it.
func within(a, b string) bool {
	ka := normalize.NameKey(a)
	for p, depth := a, 0; p != "" && depth < 8; p, depth = normalize.PlaceParent(p), depth+1 {
		if normalize.NameKey(p) == normalize.NameKey(b) {
			return true
		}
	}
	return ka == normalize.NameKey(b)
}

// checkPlaces compares where the claims of one cluster put their event.
// A place inside another (Pyongyang, North Korea) agrees with it; two
// places apart are at most a warning, since which place belongs to which
// event is a less certain alignment than a date's.
func checkPlaces(cx *checkContext) []Finding {
	var out []Finding
	for k, cl := range cx.res.Clusters {
		var vals []slotValue
		for _, c := range cl.Claims {
			if p, ok := cx.claimPlace(c); ok {
				vals = append(vals, slotValue{p.claim, p.span, p.name, false})
			}
		}
		agree := func(i, j int) bool {
			return within(vals[i].value, vals[j].value) || within(vals[j].value, vals[i].value)
		}
		if f, ok := cx.slotConflict(KindPlace, k, "place", "places for the same event", vals, agree, Warning); ok {
			out = append(out, f)
		}
	}
	return out
}
