package lexicon

import (
	"testing"
	"unicode/utf8"
)

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

// TestFoldLatin1 checks the fast path against the general one on every
// letter it takes, alone and after an n, as its tilde rule looks back.
func TestFoldLatin1(t *testing.T) {
	for r := 'À'; r <= 'ÿ'; r++ {
		for _, s := range []string{string(r), "n" + string(r), string(r) + "N", "Pi" + string(r) + "a"} {
			got, ok := foldLatin1(s)
			if r == '×' || r == '÷' {
				if ok {
					t.Errorf("foldLatin1(%q) took a sign", s)
				}
				continue
			}
			if want := foldGeneral(s); !ok || got != want {
				t.Errorf("foldLatin1(%q) = %q, %v; the general fold gives %q", s, got, ok, want)
			}
		}
	}
	for _, s := range []string{"ª", "µ", "²", "Ŝ", "n\u0303"} {
		if _, ok := foldLatin1(s); ok {
			t.Errorf("foldLatin1(%q) took a character outside the Latin-1 letters", s)
		}
	}
}

// FuzzFold checks that Fold gives what the general fold gives, and that
// folding twice changes nothing.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Núñez", "PINGÜINO", "Año", "Ñandú", "ª", "ﬁn", "Ç", "n\u0303a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := Fold(s)
		if want := foldGeneral(s); got != want {
			t.Errorf("Fold(%q) = %q, general fold %q", s, got, want)
		}
		if again := Fold(got); again != got {
			t.Errorf("Fold(Fold(%q)) = %q, not %q", s, again, got)
		}
	})
}
