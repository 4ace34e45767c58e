package compare

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dedupe-news/dedupe/normalize"
)

// heldTitle is a title a claim gives a person.
type heldTitle struct {
	claim int
	normalize.Title
}

// titleIndex holds every title of the result given to a known person.
type titleIndex struct {
	byPerson map[int][]heldTitle // person entity → titles, in claim order
	byRole   map[role][]int      // head and place, or head and "" → persons, ascending
	byOffice map[string][]int    // office ("defens") → persons, ascending
	byQual   map[role][]int      // head and qualifier ("candidat", "oficial") → persons, ascending
}

// role is a title's head and place, as a bare role names them.
type role struct{ head, place string }

// titles indexes the titles of all claims by the entity of their person,
// and the persons by the heads and places of their titles.
func (cx *checkContext) titles() titleIndex { return newTitleIndex(cx.res, cx.ents, allClaims(cx.res)) }

// allClaims returns the indices of all the claims of res.
func allClaims(res *Result) []int {
	all := make([]int, len(res.Claims))
	for i := range all {
		all[i] = i
	}
	return all
}

// newTitleIndex indexes the titles of the given claims of res that a
// person entity of ents holds.
func newTitleIndex(res *Result, ents *entityTable, claims []int) titleIndex {
	ix := titleIndex{byPerson: map[int][]heldTitle{}, byRole: map[role][]int{}, byOffice: map[string][]int{}, byQual: map[role][]int{}}
	for _, c := range claims {
		for _, t := range res.Sentence(c).Titles {
			if t.Person < 0 {
				continue
			}
			if e, ok := ents.of[mentionRef{c, t.Person}]; ok && ents.entities[e].Kind == normalize.MentionPerson {
				ix.byPerson[e] = append(ix.byPerson[e], heldTitle{c, t})
				ix.byRole[role{t.Head, ""}] = append(ix.byRole[role{t.Head, ""}], e)
				if t.Place != "" {
					ix.byRole[role{t.Head, t.Place}] = append(ix.byRole[role{t.Head, t.Place}], e)
				}
				if t.Office != "" {
					ix.byOffice[t.Office] = append(ix.byOffice[t.Office], e)
				}
				if t.Qualifier != "" {
					ix.byQual[role{t.Head, t.Qualifier}] = append(ix.byQual[role{t.Head, t.Qualifier}], e)
				}
			}
		}
	}
	for r, es := range ix.byRole {
		slices.Sort(es)
		ix.byRole[r] = slices.Compact(es)
	}
	for o, es := range ix.byOffice {
		slices.Sort(es)
		ix.byOffice[o] = slices.Compact(es)
	}
	for q, es := range ix.byQual {
		slices.Sort(es)
		ix.byQual[q] = slices.Compact(es)
	}
	return ix
}

// people returns the persons, in order, whom some claim gives a title
// with the given head and, when place is not "", that place: the people a
// bare role such as "el presidente ruso" may stand for. The slice is the
// index's own: callers must not change it.
func (ix titleIndex) people(head, place string) []int {
	return ix.byRole[role{head, place}]
}

// person returns the one person the bare role t stands for: the one whose
// titles have its office ("el jefe de defensa" → the one "ministro de
// Defensa"), and its head unless that is generic; without an office, the
// one with its head and place ("el presidente ruso"); of several, the one
// some claim gives the role's qualifier ("el candidato oficialista").
func (ix titleIndex) person(t normalize.Title) (int, bool) {
	if t.Person >= 0 {
		return 0, false
	}
	people := ix.people(t.Head, t.Place)
	if t.Office != "" {
		holders := people
		people = nil
		for _, e := range ix.byOffice[t.Office] {
			if _, ok := slices.BinarySearch(holders, e); ok || t.Generic {
				people = append(people, e)
			}
		}
	}
	if qualified := ix.byQual[role{t.Head, t.Qualifier}]; t.Qualifier != "" && len(people) > 1 && len(qualified) > 0 {
		people = slices.DeleteFunc(slices.Clone(people), func(e int) bool {
			_, ok := slices.BinarySearch(qualified, e)
			return !ok
		})
	}
	if len(people) != 1 {
		return 0, false
	}
	return people[0], true
}

// country returns the one place the titles of person e name ("de
// EE.UU.", "ruso"), or "".
func (ix titleIndex) country(e int) string {
	place := ""
	for _, t := range ix.byPerson[e] {
		switch {
		case t.Place == "" || t.Place == place:
		case place == "":
			place = t.Place
		default:
			return ""
		}
	}
	return place
}

// checkTitles compares the titles the documents give each person, across
// clusters and stories, since a title belongs to a person, not to an
// event: two specific titles with different heads ("portavoz" /
// "coordinador") are an error, a warning across stories. Synonyms share
// a head (líder, dirigente, mandatario), more or less detail ("presidente
// ruso" / "presidente de Rusia") keeps it, and generic words (líder,
// funcionario) contradict nothing. Copies of one text are not set against
// each other.
func checkTitles(cx *checkContext) []Finding {
	ix := cx.titles()
	held := cx.formerRoles(ix)
	storyOf := docStories(len(cx.res.Documents), cx.res.Stories)
	people := make([]int, 0, len(ix.byPerson))
	for e := range ix.byPerson {
		people = append(people, e)
	}
	slices.Sort(people)
	var out []Finding
	for _, e := range people {
		titles := append(slices.Clone(ix.byPerson[e]), held[e]...)
		if f, ok := cx.titleConflict(e, titles, storyOf); ok {
			out = append(out, f)
		}
	}
	return out
}

// formerRoles returns, by person, the bare roles of a former office that
// stand for that person ("el exministro de Economía informaba", where
// the story names one minister of Economía): what makes one source call
// former a holder another calls current.
func (cx *checkContext) formerRoles(ix titleIndex) map[int][]heldTitle {
	out := map[int][]heldTitle{}
	for c := range cx.res.Claims {
		for _, t := range cx.res.Sentence(c).Titles {
			if !t.Former || t.Person >= 0 {
				continue
			}
			if e, ok := ix.person(t); ok {
				out[e] = append(out[e], heldTitle{c, t})
			}
		}
	}
	return out
}

// titlesClash reports whether two specific titles of one person cannot
// both be true: different heads ("portavoz" / "coordinador"), or one
// office called held by one source and held no more by another
// ("ministro de Economía" / "exministro de Economía").
func titlesClash(a, b heldTitle) bool {
	return a.Head != b.Head || a.Former != b.Former && a.Office != "" && a.Office == b.Office
}

// titleConflict reports the titles of person e if two documents give
// specific ones with different heads. It lists each document's titles
// once. Two names of the person in one story that clash are an error;
// titles of one name given only in different stories clash at most as a
// warning: another event, at another time, may be a namesake's or come
// after a change of office. storyOf gives each document's story.
func (cx *checkContext) titleConflict(e int, titles []heldTitle, storyOf []int) (Finding, bool) {
	var specific []heldTitle
	for _, t := range titles {
		if !t.Generic {
			specific = append(specific, t)
		}
	}
	conflict, sev := false, Warning
	for i, a := range specific {
		for _, b := range specific[i+1:] {
			if titlesClash(a, b) && cx.independent(a.claim, b.claim) {
				conflict = true
				if a.Person >= 0 && b.Person >= 0 && storyOf[cx.res.Claims[a.claim].Doc] == storyOf[cx.res.Claims[b.claim].Doc] {
					sev = Error // both name the person, in one story; a bare role only stands for one
				}
			}
		}
	}
	if !conflict {
		return Finding{}, false
	}
	var sides []FindingMention
	seen := map[string]bool{}
	for _, t := range specific {
		m := cx.mention(t.claim, t.Span, titleValue(t.Text))
		if key := cx.docID(t.claim) + "\x00" + m.Value; !seen[key] {
			seen[key] = true
			sides = append(sides, m)
		}
	}
	name := cx.res.Entities[e].Name
	f := Finding{
		Kind:     KindTitle,
		Severity: sev,
		Mentions: sides,
		Message:  fmt.Sprintf("sources give %s different titles: %s", name, cx.valueList(sides)),
	}
	f.ID = findingID(KindTitle, name, sides, cx.res)
	return f, true
}

// titleValue normalizes a title as written: single spaces, and a lower
// case first letter ("Portavoz" opening a sentence).
func titleValue(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	r, n := utf8.DecodeRuneInString(text)
	return string(unicode.ToLower(r)) + text[n:]
}

// valueList formats the sides of a finding by value, each with the
// documents that give it, in order of first appearance:
// "«portavoz …» in 000_e857…, 002_86f6…; «coordinador …» in 001_cbd2…".
func (cx *checkContext) valueList(sides []FindingMention) string {
	var values []string
	docs := map[string][]string{}
	for _, m := range sides {
		if _, ok := docs[m.Value]; !ok {
			values = append(values, m.Value)
		}
		if d := cx.docID(m.Claim); !slices.Contains(docs[m.Value], d) {
			docs[m.Value] = append(docs[m.Value], d)
		}
	}
	parts := make([]string, len(values))
	for i, v := range values {
		parts[i] = fmt.Sprintf("«%s» in %s", v, strings.Join(docs[v], ", "))
	}
	return strings.Join(parts, "; ")
}
