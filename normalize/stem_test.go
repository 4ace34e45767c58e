package normalize

import (
	"testing"

	"github.com/kljensen/snowball/spanish"
)

func TestStem(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plural noun", "declaraciones", "declar"},
		{"verb", "declaró", "declar"},
		{"enye", "niños", "niñ"},
		{"capital", "Presidente", "president"},
	}
	var s Stemmer
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := s.Stem(tc.in); got != tc.want {
				t.Errorf("Stem(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestConceptClasses(t *testing.T) {
	tests := []struct {
		name string
		a, b string // two words of one class
	}{
		{"a quake", "sismo", "terremoto"},
		{"the dead", "fallecidos", "muertos"},
		{"resuming", "restablecer", "reanudar"},
		{"resuming, the noun", "reanudación", "retomar"},
		{"contacts", "comunicaciones", "contactos"},
		{"an agreement and agreeing", "acordaron", "acuerdo"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if a, b := Concept(Stem(tc.a)), Concept(Stem(tc.b)); a != b {
				t.Errorf("Concept(%q) = %q, Concept(%q) = %q: want one", tc.a, a, tc.b, b)
			}
		})
	}
}

func TestNewsStopwords(t *testing.T) {
	tests := []struct {
		name, text, word string
		stop             bool
	}{
		{"a verb of saying", "Massa dijo que perdió.", "dijo", true},
		{"a verb of conceding", "Massa reconoció la derrota.", "reconoció", false},
		{"another verb of conceding", "Massa admitió la derrota.", "admitió", false},
		{"a connective", "También votaron los jóvenes.", "También", true},
		{"a verb of mentioning", "El funcionario mencionó el lunes que Kim viajará.", "mencionó", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, i := wordAt(t, tc.text, tc.word)
			if s.Tokens[i].Stop != tc.stop {
				t.Errorf("%q in %q: Stop %v, want %v", tc.word, tc.text, s.Tokens[i].Stop, tc.stop)
			}
		})
	}
}

// TestReportingVerbsAreStopwords checks that a verb which attributes a
// statement carries no claim of its own, but for those that also say what
// was done: a warning or an announcement is news.
func TestReportingVerbsAreStopwords(t *testing.T) {
	content := map[string]bool{"advirtio": true, "advirtieron": true, "anuncio": true}
	for v := range reportingVerbs() {
		if got := newsStopwords()[v] || spanish.IsStopWord(v); got == content[v] {
			t.Errorf("reporting verb %q: stopword %v, want %v", v, got, !content[v])
		}
	}
}
