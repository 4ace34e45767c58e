package compare

import (
	"fmt"
	"slices"
	"testing"

	"github.com/dedupe-news/dedupe/normalize"
)

// TestClaimTerms checks what the terms of a claim make of two wordings:
// dates and figures count as a date and a figure of their unit, whatever
// their words, bare roles as the person who holds them, and phrases of
// one idea as that idea.
func TestClaimTerms(t *testing.T) {
	tests := []struct {
		name     string
		a, b     string
		min, max float64 // the score lies in [min, max]
	}{
		{"another date", "Marco Santamaría llegó a Torreón el 5 de septiembre.",
			"Marco Santamaría llegó a Torreón el 29 de agosto.", 0.999, 1.001},
		{"a relative date", "Shoigu visitó Corea del Norte el mes pasado para comprar municiones.",
			"Shoigu visitó Corea del Norte en julio para comprar municiones.", 0.999, 1.001},
		{"another figure", "El balance asciende a 683 evacuados en David.",
			"El balance asciende a 700 evacuados en David.", 0.999, 1.001},
		{"another unit", "El balance asciende a 683 evacuados en David.",
			"El balance asciende a 683 heridos en David.", 0, 0.8},
		{"a meeting in other words", "Kim espera hablar con Putin.",
			"Kim espera una reunión con Putin.", 0.999, 1.001},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ScorePairs([][2]string{{tc.a, tc.b}}, Options{})[0]
			if got < tc.min || got > tc.max {
				t.Errorf("score %.3f, want in [%.3f, %.3f]\n%s\n%s", got, tc.min, tc.max, tc.a, tc.b)
			}
		})
	}
}

// TestPhraseTerm checks that a phrase counts as its idea where its head
// word alone does not: a "compromiso diplomático" is a meeting, a
// "compromiso" a pledge.
func TestPhraseTerm(t *testing.T) {
	terms := termsOf([]string{"Kim espera un compromiso diplomático con Putin.", "Kim espera cumplir sus compromisos con Putin."})
	if !slices.Contains(terms[0], "reunion") || slices.Contains(terms[1], "reunion") {
		t.Errorf("terms %q and %q: want a meeting in the first only", terms[0], terms[1])
	}
}

// TestBareRoleTerm checks that a bare role held by one person in the input
// counts as that person's name ("el jefe de defensa de Putin" is the one
// "ministro de Defensa"), and that it does not when two people hold it.
func TestBareRoleTerm(t *testing.T) {
	role := "El jefe de defensa de Vladimir Putin viajó a Pyongyang."
	named := "El ministro de Defensa ruso, Serguéi Shoigu, viajó a Pyongyang."
	tests := []struct {
		name, other string
		want        bool
	}{
		{"one holds it", "El ministro de Cultura chino, Dong Jun, habló en Pekín.", true},
		{"two hold it", "El ministro de Defensa chino, Dong Jun, habló en Pekín.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			terms := termsOf([]string{role, named, tc.other})
			if got := slices.Contains(terms[0], "@Serguéi Shoigu"); got != tc.want {
				t.Errorf("terms of %q: %q, Shoigu's name among them: %v, want %v", role, terms[0], got, tc.want)
			}
		})
	}
}

// termsOf returns the terms of each text read as one claim, an entity's
// as "@" and its name.
func termsOf(texts []string) [][]string {
	var st normalize.Stemmer
	res := &Result{}
	for i, text := range texts {
		res.Documents = append(res.Documents, normalize.Document{ID: fmt.Sprint(i), Text: text, Sentences: []normalize.Sentence{normalize.AnalyzeText(text, &st)}})
		res.Claims = append(res.Claims, Claim{Doc: i, Cluster: -1})
	}
	ents := groupEntities(res)
	f := buildFeatures(res, &ents)
	f.oneStory(res, &ents)
	out := make([][]string, len(texts))
	for c, vec := range f.vecs {
		for _, t := range vec {
			term := f.terms[t]
			if i := slices.IndexFunc(ents.entities, func(e Entity) bool { return "@"+e.ID == term }); i >= 0 {
				term = "@" + ents.entities[i].Name
			}
			out[c] = append(out[c], term)
		}
		slices.Sort(out[c])
	}
	return out
}
