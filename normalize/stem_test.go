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
