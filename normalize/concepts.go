package normalize

import "strings"

var (
	// concepts maps the stem of a word to the stem of the first word of its
	// line in data/synonyms.txt.
	concepts = lazy(func() map[string]string {
		m := make(map[string]string)
		for _, line := range lexiconLines("synonyms") {
			words := strings.Fields(line)
			head := Stem(words[0])
			for _, w := range words {
				m[Stem(w)] = head
			}
		}
		return m
	})
	// demonyms maps a folded adjective of origin to its place.
	demonyms = lazy(func() map[string]string { return lexiconMap("demonyms", Fold) })
)

// Concept returns the stem that stands for stem's idea ("encuentr" and
// "cumbr" → "reunion"), or stem itself.
func Concept(stem string) string {
	if c, ok := concepts()[stem]; ok {
		return c
	}
	return stem
}

// Demonym returns the place an adjective of origin names ("norcoreanos" →
// "Corea del Norte"), and whether word is one.
func Demonym(word string) (string, bool) {
	p, ok := demonyms()[Fold(word)]
	return p, ok
}
