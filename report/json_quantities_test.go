package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize"
)

func TestJSONQuantities(t *testing.T) {
	text := "date 2023-09\nEntre 300 y 400 muertos dejó el ataque, y unos 50 heridos.\nLa inflación cayó un -1,5 %.\n"
	doc, err := normalize.Parse("a", "a.txt", []byte(text), normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := JSON(&buf, &Report{Result: compare.Run([]normalize.Document{doc}, compare.Options{})}); err != nil {
		t.Fatal(err)
	}
	var rep JSONReport
	if err := json.Unmarshal(buf.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	f := func(v float64) *float64 { return &v }
	tests := []struct {
		name      string
		text      string
		value     float64
		bound     string
		low, high *float64
	}{
		{"range", "Entre 300 y 400 muertos", 300, "range", f(300), f(400)},
		{"approx", "unos 50 heridos", 50, "approx", nil, nil},
		{"negative", "-1,5 %", -1.5, "exact", nil, nil},
	}
	if len(rep.Quantities) != len(tests) {
		t.Fatalf("got %d quantities %+v; want %d", len(rep.Quantities), rep.Quantities, len(tests))
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := rep.Quantities[i]
			if q.Doc != "a" || q.Claim == "" || q.Text != tc.text || text[q.Start:q.End] != tc.text ||
				q.Value != tc.value || q.Bound != tc.bound || !sameEnd(q.Low, tc.low) || !sameEnd(q.High, tc.high) {
				t.Errorf("got %+v; want %q %v %s low %v high %v", q, tc.text, tc.value, tc.bound, tc.low, tc.high)
			}
		})
	}
}

func sameEnd(a, b *float64) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }
