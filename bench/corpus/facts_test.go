package corpus

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize"
)

// background gives each article of a test story a sentence of its own, so
// that no two are copies and only the fact sentences can be compared.
var background = []string{
	"El Gobierno ha desclasificado información sobre el apoyo que recibe la región.",
	"Kim ha tratado de reforzar los lazos con Putin desde que invadió Ucrania en febrero de 2022.",
	"La visita se realizó para intentar convencer a Pyongyang de vender municiones de artillería.",
}

// planted runs dedupe on three articles that state both facts of a
// story, the first two with fact(a, 0) and fact(a, 1), the third with
// fact(b, 2), which changes the value, and reports whether a finding of
// kind sets the third against the others.
func planted(t *testing.T, kind compare.FindingKind, fact func(wording, article int) string, a, b int) bool {
	t.Helper()
	var docs []normalize.Document
	for i, w := range []int{a, a, b} {
		text := "date 2023-09-01\n\n" + fact(w, i) + "\n\n" + background[i] + "\n"
		doc, err := normalize.Parse(fmt.Sprint("d", i), fmt.Sprint("d", i, ".txt"), []byte(text), normalize.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	res := compare.Run(docs, compare.Options{})
	for _, f := range res.Findings {
		if f.Kind != kind {
			continue
		}
		third, other := false, false
		for _, m := range f.Mentions {
			d := res.Claims[m.Claim].Doc
			third = third || d == 2
			other = other || d != 2
		}
		if third && other {
			return true
		}
	}
	return false
}

// TestWordingsOneFact checks the premise of the planted discrepancies:
// however two outlets word a story's toll or arrival, dedupe reads one
// fact from one source, so a changed figure or date in one wording is
// found against any other.
func TestWordingsOneFact(t *testing.T) {
	toll := func(w, count int) string {
		return fmt.Sprintf(tollWordings[w], "Ana Ibáñez", "ministra del Interior", count, "muertos", "Tarija")
	}
	arrival := func(w, day, i int) string {
		return fmt.Sprintf(arrivalWordings[w], "Luis Novak", "Cuenca", day, "agosto", fmt.Sprint("diario", i))
	}
	// Each article states both facts, as the generator's do; one of them
	// in the wording under test, the other in the first wording.
	tolls := func(w, i int) string {
		count := 1865
		if i == 2 {
			count = changed(count)
		}
		return toll(w, count) + "\n\n" + arrival(0, 27, i)
	}
	arrivals := func(w, i int) string {
		day := 27
		if i == 2 {
			day -= 7
		}
		return toll(0, 1865) + "\n\n" + arrival(w, day, i)
	}
	for _, tc := range []struct {
		name  string
		kind  compare.FindingKind
		n     int
		facts func(w, i int) string
	}{
		{"toll", compare.KindNumber, len(tollWordings), tolls},
		{"arrival", compare.KindDate, len(arrivalWordings), arrivals},
	} {
		var missed []string
		for a := range tc.n {
			for b := range tc.n {
				if !planted(t, tc.kind, tc.facts, a, b) {
					missed = append(missed, fmt.Sprintf("%d/%d", a, b))
				}
			}
		}
		if len(missed) > 0 {
			t.Errorf("%s: a changed value is not found between wordings %s", tc.name, strings.Join(missed, ", "))
		}
	}
}
