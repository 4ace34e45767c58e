package normalize

import "strings"

var (
	// synonyms holds data/synonyms.txt: each word's stem, and each phrase
	// (its words joined by "_": "compromiso_diplomático"), stands for the
	// stem of the first word of its line.
	synonyms = lazy(func() *synonymLexicon {
		lx := &synonymLexicon{words: map[string]string{}, phrases: stemPhrases{concepts: map[string]string{}, starts: map[string]bool{}}}
		for _, line := range lexiconLines("synonyms") {
			words := strings.Fields(line)
			head := Stem(words[0])
			for _, w := range words {
				if strings.Contains(w, "_") {
					lx.phrases.add(strings.Split(w, "_"), head)
				} else {
					lx.words[Stem(w)] = head
				}
			}
		}
		return lx
	})
	// demonyms maps a folded adjective of origin to its place.
	demonyms = lazy(func() map[string]string { return lexiconMap("demonyms", fold) })
)

// Concept returns the stem that stands for stem's idea ("encuentr" and
// "cumbr" → "reunion"), or stem itself.
func Concept(stem string) string {
	if c, ok := synonyms().words[stem]; ok {
		return c
	}
	return stem
}

// PhraseConcept returns the idea of the longest phrase of several words
// that starts at token i of s ("compromiso diplomático", "hablar con" →
// "reunion"), and whether there is one. The words of a phrase match by
// stem, its stopwords by their folded form, and nothing but spaces may
// come between them.
func PhraseConcept(s *Sentence, i int) (string, bool) {
	p := &synonyms().phrases
	toks := s.Tokens
	key := phraseKey(toks[i])
	if !p.starts[key] {
		return "", false
	}
	concept := ""
	for k := i + 1; k < len(toks) && k-i < p.maxWords; k++ {
		gap := s.Text[toks[k-1].End-s.Start : toks[k].Start-s.Start]
		if strings.Trim(gap, " ") != "" {
			break
		}
		key += " " + phraseKey(toks[k])
		if c, ok := p.concepts[key]; ok {
			concept = c
		}
	}
	return concept, concept != ""
}

// synonymLexicon is data/synonyms.txt read.
type synonymLexicon struct {
	words   map[string]string // stem → the stem of its line's first word
	phrases stemPhrases
}

// stemPhrases maps phrases, as the keys of their words joined by spaces,
// to their concepts.
type stemPhrases struct {
	concepts map[string]string
	starts   map[string]bool // keys of first words
	maxWords int
}

func (p *stemPhrases) add(words []string, concept string) {
	keys := make([]string, len(words))
	for k, w := range words {
		if stopword(w) {
			keys[k] = fold(w)
		} else {
			keys[k] = Stem(w)
		}
	}
	p.concepts[strings.Join(keys, " ")] = concept
	p.starts[keys[0]] = true
	p.maxWords = max(p.maxWords, len(words))
}

// phraseKey is how a token matches a word of a phrase: its stem, or its
// folded form if it is a stopword.
func phraseKey(t Token) string {
	if t.Stop {
		return t.Folded()
	}
	return t.Stem()
}

// Demonym returns the place an adjective of origin names ("norcoreanos" →
// "Corea del Norte"), and whether word is one.
func Demonym(word string) (string, bool) {
	p, ok := demonyms()[fold(word)]
	return p, ok
}
