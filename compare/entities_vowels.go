package compare

import (
	"maps"
	"slices"
	"strings"

	"github.com/dedupe-news/dedupe/normalize"
)

// minVowelVariant is the shortest name key mergeVowelVariants compares:
// short names ("Lima", "Loma") differ in one vowel and are other places.
const minVowelVariant = 5

// mergeVowelVariants joins the groups of one-word names that are not
// people and whose keys differ in one vowel only, past the first letter:
// languages write the unwritten vowels of Arabic, Persian or Turkic names
// each their own way ("Derna" / "Darnah", whose "-ah" the key already
// folds). The consonants, their order and every other letter must agree,
// so two places that merely sound alike stay apart.
func (g *grouper) mergeVowelVariants() {
	bySkeleton := map[string][]string{}
	for _, k := range slices.Sorted(maps.Keys(g.byKey)) {
		i := g.byKey[k]
		if len(k) < minVowelVariant || g.groups[i].kind == normalize.MentionPerson ||
			strings.ContainsAny(g.mention(g.groups[i].mentions[0]).Text, " -") {
			continue
		}
		s := consonants(k)
		bySkeleton[s] = append(bySkeleton[s], k)
	}
	for _, s := range slices.Sorted(maps.Keys(bySkeleton)) {
		keys := bySkeleton[s]
		for i, a := range keys {
			for _, b := range keys[i+1:] {
				if oneVowelApart(a, b) {
					g.union(g.byKey[a], g.byKey[b])
				}
			}
		}
	}
}

// consonants returns key without its vowels.
func consonants(key string) string {
	return strings.Map(func(r rune) rune {
		if isVowel(r) {
			return -1
		}
		return r
	}, key)
}

// oneVowelApart reports whether two keys of one length differ in exactly
// one place past the first, a vowel on both sides.
func oneVowelApart(a, b string) bool {
	if len(a) != len(b) || a[0] != b[0] {
		return false
	}
	diff := 0
	for i := 1; i < len(a); i++ {
		if a[i] == b[i] {
			continue
		}
		if !isVowel(rune(a[i])) || !isVowel(rune(b[i])) {
			return false
		}
		diff++
	}
	return diff == 1
}

// isVowel reports a vowel of a name key (keys are folded: no accents, y
// is i).
func isVowel(r rune) bool { return strings.ContainsRune("aeiou", r) }
