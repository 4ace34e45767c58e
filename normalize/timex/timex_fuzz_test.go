package timex

import (
	"strings"
	"testing"
)

// FuzzFind checks the invariants of Find on any text and anchor:
// no panic, spans inside the text, Start < End, Text == text[Start:End],
// spans in order without overlap, no value for a relative expression when
// the anchor is unknown, values shaped as their kind wants, and intervals
// for every resolved date.
func FuzzFind(f *testing.F) {
	for _, tc := range timexCases() {
		f.Add(tc.text, tc.anchor)
	}
	f.Add("el 31 de febrero de 2023, el 29 de febrero, el martes 31", "2023-02-28")
	f.Add("hace 9999999 años, dentro de 1000000 días, cada 0 horas", "2100-12-31")
	f.Add("el lunes a las 24:00 horas y a las 0 menos cuarto", "1900-01-01")
	f.Fuzz(func(t *testing.T, text, anchorText string) {
		anchor, err := ParseDate(anchorText)
		if err != nil {
			anchor = Date{}
		}
		prevEnd := 0
		for _, x := range Find(text, anchor) {
			if x.Start < prevEnd || x.Start >= x.End || x.End > len(text) {
				t.Fatalf("Find(%q): bad span [%d,%d) after %d", text, x.Start, x.End, prevEnd)
			}
			if x.Text != text[x.Start:x.End] {
				t.Fatalf("Find(%q): Text %q is not text[%d:%d]", text, x.Text, x.Start, x.End)
			}
			if anchor.IsZero() && x.Relative && x.Value != "" {
				t.Fatalf("Find(%q) with no anchor: relative %q has value %q", text, x.Text, x.Value)
			}
			switch v := x.Value; {
			case (x.Kind == KindDuration || x.Kind == KindAge) && (len(v) < 3 || v[0] != 'P'),
				x.Kind == KindSet && !strings.HasPrefix(v, "P") && !strings.HasPrefix(v, "XXXX-"),
				x.Kind == KindTime && v != "" && !strings.Contains(v, "T"),
				x.Kind != KindDate && x.Kind != KindTime && x.Kind != KindDuration && x.Kind != KindSet && x.Kind != KindAge:
				t.Fatalf("Find(%q): %s %q has value %q", text, x.Kind, x.Text, v)
			}
			if first, last, ok := x.Interval(); ok && last.Before(first) {
				t.Fatalf("Find(%q): %q interval %v..%v is backwards", text, x.Text, first, last)
			}
			if _, _, ok := x.Interval(); x.Kind == KindDate && x.Value != "" && !ok && !x.Reference() {
				t.Fatalf("Find(%q): date %q value %q has no interval", text, x.Text, x.Value)
			}
			prevEnd = x.End
		}
	})
}
