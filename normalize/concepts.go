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
				if !strings.Contains(w, "_") {
					m[Stem(w)] = head
				}
			}
		}
		return m
	})
	// conceptPhrases holds the phrases of data/synonyms.txt, written with
	// "_" between their words ("compromiso_diplomático").
	conceptPhrases = lazy(func() *stemPhrases {
		p := &stemPhrases{concepts: map[string]string{}, starts: map[string]bool{}}
		for _, line := range lexiconLines("synonyms") {
			words := strings.Fields(line)
			head := Stem(words[0])
			for _, w := range words {
				if strings.Contains(w, "_") {
					p.add(strings.Split(w, "_"), head)
				}
			}
		}
		return p
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

// PhraseConcept returns the idea of the longest phrase of several words
// that starts at token i of s ("compromiso diplomático", "hablar con" →
// "reunion") and how many tokens it spans, or "" and 0. The words of a
// phrase match by stem, its stopwords by their folded form, and nothing
// but spaces may come between them.
func PhraseConcept(s *Sentence, i int) (string, int) {
	p := conceptPhrases()
	toks := s.Tokens
	if !p.starts[phraseKey(toks[i])] {
		return "", 0
	}
	key := phraseKey(toks[i])
	concept, n := "", 0
	for k := i + 1; k < len(toks) && k-i < p.maxWords; k++ {
		gap := s.Text[toks[k-1].End-s.Start : toks[k].Start-s.Start]
		if strings.Trim(gap, " ") != "" {
			break
		}
		key += " " + phraseKey(toks[k])
		if c, ok := p.concepts[key]; ok {
			concept, n = c, k-i+1
		}
	}
	return concept, n
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
		if IsStopword(w) {
			keys[k] = Fold(w)
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
	p, ok := demonyms()[Fold(word)]
	return p, ok
}
