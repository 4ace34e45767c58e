package normalize

import "testing"

// TestTokenWords checks that a token's folded word and stem come back
// whether the stem is a prefix of the word, as nearly always, or not.
func TestTokenWords(t *testing.T) {
	tests := []struct {
		name, folded, stem string
	}{
		{"stem a prefix", "declaraciones", "declar"},
		{"stem the whole word", "2.012", "2.012"},
		{"no stem", "que", ""},
		{"stem not a prefix", "fue", "ser"},
		{"ñ kept", "niños", "niñ"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tok := Token{words: tc.folded}
			tok.setStem(tc.stem)
			if tok.Folded() != tc.folded || tok.Stem() != tc.stem {
				t.Errorf("Folded, Stem = %q, %q; want %q, %q", tok.Folded(), tok.Stem(), tc.folded, tc.stem)
			}
		})
	}
}
