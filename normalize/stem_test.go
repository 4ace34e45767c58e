package normalize

import "testing"

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
