package compare

import (
	"strings"

	"github.com/adrg/strutil"
	"github.com/adrg/strutil/metrics"

	"github.com/dedupe-news/dedupe/normalize"
)

// When two people's names, which end in the same word, are one name
// written two ways. Each test reads the names as the NameKeys of their
// words (nameWords) and allocates nothing, for they run on every pair of
// names that share a last word.

// sameName reports whether person names a and b (their keys, and x and y
// their words) are one: near-identical as a whole, or one with a middle
// name left out, or one letter apart, unless their first names are the
// masculine and feminine of one ("Víctor Bautista" and "Victoria
// Bautista": two people).
func sameName(a, b string, x, y []string, jw *metrics.JaroWinkler) bool {
	if genderPair(x, y) {
		return false
	}
	return middleDropped(x, y) || oneLetterApart(x, y) || strutil.Similarity(a, b, jw) >= sameNameSimilarity
}

// middleDropped reports whether names x and y are one with a middle name
// left out: the same first word, and the words of the shorter all in the
// longer, in order ("Javier Milei" / "Javier Gerardo Milei").
func middleDropped(x, y []string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) < 2 || len(x) == len(y) || x[0] != y[0] {
		return false
	}
	k := 0
	for _, w := range y {
		if k < len(x) && w == x[k] {
			k++
		}
	}
	return k == len(x)
}

// oneLetterApart reports whether names x and y have the same words but
// one, of at least five letters, in which one letter differs: a slip of
// one letter ("Racep Tayyip Erdogan"), which a similarity of the whole
// name forgives less the nearer the start it is.
func oneLetterApart(x, y []string) bool {
	if len(x) < 2 || len(x) != len(y) {
		return false
	}
	diff := -1
	for i := range x {
		if x[i] != y[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 {
		return false
	}
	p, q := x[diff], y[diff]
	if len(p) != len(q) || len(p) < 5 {
		return false
	}
	changed := 0
	for i := range len(p) {
		if p[i] != q[i] {
			changed++
		}
	}
	return changed == 1
}

// genderPair reports whether the first names of x and y are the
// masculine and feminine of one name ("Víctor" / "Victoria", "Julio" /
// "Julia", "Daniel" / "Daniela"): a father and a daughter are not one
// person spelled two ways.
func genderPair(x, y []string) bool {
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	return feminineOf(x[0], y[0]) || feminineOf(y[0], x[0])
}

// feminineOf reports whether name key f is the feminine of m: m and "a",
// m and "ia", or m's final "o" made "a".
func feminineOf(m, f string) bool {
	switch {
	case len(f) == len(m)+1 && strings.HasPrefix(f, m) && f[len(m)] == 'a':
		return true
	case len(f) == len(m)+2 && strings.HasPrefix(f, m) && f[len(m):] == "ia":
		return true
	}
	return len(f) == len(m) && strings.HasSuffix(m, "o") && strings.HasSuffix(f, "a") && m[:len(m)-1] == f[:len(f)-1]
}

// nameWords returns the NameKeys of the words of a name.
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(name, isNameSep) {
		out = append(out, normalize.NameKey(w))
	}
	return out
}
