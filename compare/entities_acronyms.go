package compare

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dedupe-news/dedupe/normalize"
)

// Acronyms. News gives an institution's full name once and its acronym
// after ("la Coordinación Nacional de Protección Civil (CNPC)" … "la CNPC
// dijo"), and outlets differ in which they print ("la OMS" / "la
// Organización Mundial de la Salud"). An acronym is one name with the
// name whose capitalized words begin with its letters, in order; the
// lower-case words that join them ("de", "la") have no letter.
const (
	minAcronym = 3 // letters an acronym needs: two letters ("EU") spell too many names
	maxAcronym = 6 // letters an acronym may have, as normalize.IsAcronym reads them
)

// mergeAcronyms joins each acronym to the one name of the input its
// letters spell. An acronym two names spell stays apart from both.
func (g *grouper) mergeAcronyms() {
	spelled := map[string]int{} // NameKey of initials → root of the name, -1 for two names
	var acronyms []string
	for _, k := range slices.Sorted(maps.Keys(g.byKey)) {
		text := g.mention(g.groups[g.byKey[k]].mentions[0]).Text
		if normalize.IsAcronym(text) && utf8.RuneCountInString(text) >= minAcronym {
			acronyms = append(acronyms, k)
			continue
		}
		ini, ok := initials(text)
		if !ok {
			continue
		}
		key, r := normalize.NameKey(ini), g.find(g.byKey[k])
		if o, seen := spelled[key]; !seen {
			spelled[key] = r
		} else if o != r {
			spelled[key] = -1
		}
	}
	for _, k := range acronyms {
		text := g.mention(g.groups[g.byKey[k]].mentions[0]).Text
		if r, ok := spelled[normalize.NameKey(text)]; ok && r >= 0 {
			g.union(g.byKey[k], r)
		}
	}
}

// initials returns the first letters of the capitalized words of a name
// of at least minAcronym such words, and whether it has that many.
func initials(name string) (string, bool) {
	var b strings.Builder
	n := 0
	for _, w := range strings.FieldsFunc(name, isNameSep) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue // "de", "la": a joining word has no letter
		}
		b.WriteRune(r)
		n++
	}
	return b.String(), n >= minAcronym && n <= maxAcronym
}
