package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/normalize"
)

// TestListedFigures checks that a list of figures known only by their
// noun is one claim about several things: a figure it holds agrees with
// it, and one it does not hold is set against its closest figure only.
func TestListedFigures(t *testing.T) {
	docs := []normalize.Document{
		parseText(t, "a", "date 2023-10-29\nEn la colonia murieron cinco miembros de una familia: Víctor Bautista, de 40 años; Karla Galeana, de 39 años; Danna Hernández, de 21 años; Victoria Bautista, de 13 años, y un bebé de dos años.\n"),
		parseText(t, "b", "date 2023-10-30\nEn la colonia murieron cinco miembros de una familia: el padre y la madre, de 40 y 39 años, y sus tres hijos, de 21, 12 y dos años.\n"),
	}
	res := Run(docs, Options{})
	var got []string
	for _, f := range res.Findings {
		if f.Kind != KindNumber || !strings.Contains(f.Message, "años") {
			continue
		}
		var values []string
		for _, m := range f.Mentions {
			values = append(values, m.Value)
		}
		slices.Sort(values)
		got = append(got, strings.Join(slices.Compact(values), " "))
	}
	if want := []string{"12 13"}; !slices.Equal(got, want) {
		t.Errorf("findings on the ages give values %q, want %q", got, want)
	}
}
