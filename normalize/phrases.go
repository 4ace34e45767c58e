package normalize

import "strings"

// phraseLexicon maps phrases of folded words ("no se descarta", "primer
// ministro") to values and finds them in a sentence's tokens.
type phraseLexicon[V any] struct {
	values   map[string]V    // folded words joined by single spaces → value
	starts   map[string]bool // first words of the phrases
	maxWords int
}

// newPhraseLexicon returns an empty lexicon.
func newPhraseLexicon[V any]() *phraseLexicon[V] {
	return &phraseLexicon[V]{values: map[string]V{}, starts: map[string]bool{}}
}

// add records phrase, folded, with value v.
func (lx *phraseLexicon[V]) add(phrase string, v V) {
	words := strings.Fields(fold(phrase))
	if len(words) == 0 {
		return
	}
	lx.values[strings.Join(words, " ")] = v
	lx.starts[words[0]] = true
	lx.maxWords = max(lx.maxWords, len(words))
}

// longestAt returns the number of tokens and the value of the longest
// phrase that starts at token i, its words separated by spaces only.
func (lx *phraseLexicon[V]) longestAt(text string, toks []Token, i int) (int, V, bool) {
	var best V
	n := 0
	if !lx.starts[toks[i].Folded()] {
		return 0, best, false
	}
	key := toks[i].Folded()
	for k := 1; k <= lx.maxWords && i+k <= len(toks); k++ {
		if k > 1 {
			if !spaced(text, toks[i+k-2], toks[i+k-1]) {
				break
			}
			key += " " + toks[i+k-1].Folded()
		}
		if v, ok := lx.values[key]; ok {
			best, n = v, k
		}
	}
	return n, best, n > 0
}
