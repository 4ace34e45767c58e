package compare

import (
	"fmt"
	"slices"
	"testing"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/quantity"
)

// TestClaimTerms checks what the terms of a claim make of two wordings:
// dates count as a date, whatever their words, and figures as a figure
// of their unit, so that another figure still links, though less than
// the same one would (valueTerm); bare roles count as the person who
// holds them, and phrases of one idea as that idea.
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
			"El balance asciende a 700 evacuados en David.", DefaultThreshold, 0.8},
		{"another small number", "La emergencia durará tres meses en la zona.",
			"La emergencia durará cuatro meses en la zona.", 0.999, 1.001},
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

// TestValueTerm checks which figures count as their value too.
func TestValueTerm(t *testing.T) {
	tests := []struct {
		name, text, want string // want "" for no value term
	}{
		{"a count", "al menos 400 extranjeros", "#=400"},
		{"a count in words", "unas ocho mil personas", "#=8000"},
		{"ten and more", "10 desaparecidos", "#=10"},
		{"millions in digits", "14.319.272 votos", "#=14319272"},
		{"a small number", "dos países", ""},
		{"a percentage", "el 55,69 % de los votos", ""},
		{"a range", "entre 30 y 40 muertos", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := quantity.Find(tc.text)
			if len(qs) != 1 {
				t.Fatalf("quantity.Find(%q) = %d quantities, want 1", tc.text, len(qs))
			}
			if got, _ := valueTerm(qs[0]); got != tc.want {
				t.Errorf("valueTerm(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestSameFigureOtherNoun checks that one figure counted with other
// nouns links two wordings of a report more than another figure does.
func TestSameFigureOtherNoun(t *testing.T) {
	a := "Entre los muertos hay al menos 400 extranjeros, según la Media Luna Roja."
	same := "Entre los muertos hay al menos 400 personas de otros países, según la Media Luna Roja."
	other := "Entre los muertos hay al menos 300 personas de otros países, según la Media Luna Roja."
	got := ScorePairs([][2]string{{a, same}, {a, other}}, Options{})
	if got[0] < got[1]+0.1 {
		t.Errorf("the same figure scores %.3f, another %.3f: want the same figure higher by 0.1 or more", got[0], got[1])
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
