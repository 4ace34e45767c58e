package compare

import (
	"maps"
	"slices"
	"strings"

	"github.com/dedupe-news/dedupe/normalize"
)

// Qualified names. An outlet may name an institution with the body it
// belongs to, another without it: "la Oficina de Coordinación de Asuntos
// Humanitarios de Naciones Unidas" / "la Oficina de Coordinación de
// Asuntos Humanitarios". The longer is the shorter qualified by "de" and
// a name the input gives on its own.

// mergeQualified joins a name of two capitalized words or more to the one
// longer name of the input that is it qualified by "de" or "del" and the
// name of a place or body the input gives (Naciones Unidas). A name
// qualified two ways ("Oficina de Prensa de la Casa Blanca", "… del
// Kremlin") stays apart from both.
func (g *grouper) mergeQualified() {
	owner := map[string]int{} // NameKey of the unqualified name → root of the qualified one, -1 for two
	for _, k := range slices.Sorted(maps.Keys(g.byKey)) {
		i := g.byKey[k]
		if g.groups[i].kind == normalize.MentionPerson {
			continue
		}
		base, ok := g.unqualified(g.mention(g.groups[i].mentions[0]).Text)
		if !ok {
			continue
		}
		key, r := normalize.NameKey(normalize.Canonical(base)), g.find(i)
		if o, seen := owner[key]; !seen {
			owner[key] = r
		} else if o != r {
			owner[key] = -1
		}
	}
	for _, k := range slices.Sorted(maps.Keys(owner)) {
		if r := owner[k]; r >= 0 {
			if i, ok := g.byKey[k]; ok && g.groups[i].kind != normalize.MentionPerson {
				g.union(i, r)
			}
		}
	}
}

// unqualified returns name without its last "de" or "del" and the name
// after it, when that is a place or a body the input names and what is
// left has two capitalized words or more.
func (g *grouper) unqualified(name string) (string, bool) {
	for _, sep := range []string{" de ", " del "} {
		i := strings.LastIndex(name, sep)
		if i < 0 {
			continue
		}
		base, qual := name[:i], name[i+len(sep):]
		qual = strings.TrimPrefix(strings.TrimPrefix(qual, "la "), "las ")
		q, ok := g.byKey[normalize.NameKey(normalize.Canonical(qual))]
		if !ok || g.groups[g.find(q)].kind == normalize.MentionPerson {
			continue // "Gobierno de Alberto Fernández": a person's, not a part of the name
		}
		if capitalized(base) >= 2 {
			return base, true
		}
	}
	return "", false
}

// capitalized counts the capitalized words of name.
func capitalized(name string) int {
	n := 0
	for _, w := range strings.FieldsFunc(name, isNameSep) {
		if w != strings.ToLower(w) {
			n++
		}
	}
	return n
}
