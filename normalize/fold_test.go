package normalize

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"accents", "Declaración", "declaracion"},
		{"enye kept", "Año", "año"},
		{"upper enye", "NÚÑEZ", "nuñez"},
		{"diaeresis", "pingüino", "pinguino"},
		{"decomposed enye", "an\u0303o", "año"},
		{"nbsp", "3\u00a0000", "3 000"},
		{"ascii", "moscu", "moscu"},
		{"tilde not after n", "a\u0303", "a"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Fold(tc.in); got != tc.want {
				t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

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
