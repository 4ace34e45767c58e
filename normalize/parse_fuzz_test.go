package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// addSeedFiles adds the seed articles, whole and line by line, to f.
func addSeedFiles(f *testing.F) {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
		for _, line := range strings.Split(string(b), "\n") {
			f.Add(line)
		}
	}
	for _, s := range []string{"", " ", "date 2023-09", "\ufeffdate 2023-09-31 x", "(CNN) ––", "MOSCÚ, 13 sep (Reuters) – Hola.",
		"EE. UU. dijo. Sr. Pérez llegó.", "6,8 y 18.5 km. Fin", "\"Uno. Dos.\" Tres", "- ¿Qué? -", "a\r\nb\r\n", "Fuente: http://x"} {
		f.Add(s)
	}
}

// FuzzSplitSentences checks that sentences are ordered, disjoint, trimmed
// spans inside the text that cover every non-space byte.
func FuzzSplitSentences(f *testing.F) {
	addSeedFiles(f)
	f.Fuzz(func(t *testing.T, text string) {
		spans := splitSentences(text)
		covered := make([]bool, len(text))
		last := 0
		for _, s := range spans {
			if s.Start < last || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span %v after %d in %q", s, last, text)
			}
			if strings.TrimSpace(text[s.Start:s.End]) != text[s.Start:s.End] {
				t.Fatalf("untrimmed span %q", text[s.Start:s.End])
			}
			for i := s.Start; i < s.End; i++ {
				covered[i] = true
			}
			last = s.End
		}
		for i, r := range text {
			if !covered[i] && !isSpaceRune(r) {
				t.Fatalf("byte %d (%q) of %q is in no sentence", i, r, text)
			}
		}
	})
}

func isSpaceRune(r rune) bool { return strings.TrimSpace(string(r)) == "" }

// FuzzParse checks that Parse never panics, that valid text comes back
// with every non-blank byte in exactly one sentence, and that every span
// lies inside the document and on rune boundaries.
func FuzzParse(f *testing.F) {
	addSeedFiles(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := Parse("fuzz", "fuzz.txt", []byte(text), Options{})
		if err != nil {
			if _, ok := err.(*InputError); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		covered := make([]int, len(text))
		for _, s := range doc.Sentences {
			checkSpan(t, text, s.Span)
			if s.Text != text[s.Start:s.End] {
				t.Fatalf("sentence text %q is not its span %v", s.Text, s.Span)
			}
			for i := s.Start; i < s.End; i++ {
				covered[i]++
			}
			for _, tok := range s.Tokens {
				checkSpan(t, text, tok.Span)
			}
			for _, m := range s.Mentions {
				checkSpan(t, text, m.Span)
			}
			for _, tx := range s.Times {
				checkSpan(t, text, Span{tx.Start, tx.End})
			}
		}
		for i, r := range text {
			if i == 0 && r == '\ufeff' {
				continue
			}
			if covered[i] != 1 && !isSpaceRune(r) {
				t.Fatalf("byte %d (%q) is in %d sentences", i, r, covered[i])
			}
		}
	})
}

func checkSpan(t *testing.T, text string, s Span) {
	t.Helper()
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		t.Fatalf("span %v outside text of %d bytes", s, len(text))
	}
	if !utf8.ValidString(text[s.Start:s.End]) {
		t.Fatalf("span %v cuts a rune: %q", s, text[s.Start:s.End])
	}
}
