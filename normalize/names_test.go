package normalize

import (
	"fmt"
	"testing"
)

func TestNameKey(t *testing.T) {
	tests := []struct{ name, a, b string }{
		{"Shoigu transliterations", "Serguéi Shoigu", "Sergey Shoygu"},
		{"Sergei", "Sergei Shoigu", "Serguéi Shoigu"},
		{"Pyongyang", "Pyongyang", "Pionyang"},
		{"hyphenated", "Kim Jong Un", "Kim Jong-un"},
		{"accents and case", "MOSCÚ", "Moscu"},
		{"doubled letters", "Adrienne", "Adriene"},
		{"French and English spellings", "Marrakech", "Marrakesh"},
		{"Spanish spelling", "Marraquech", "Marrakech"},
		{"final h", "Darnah", "Darna"},
		{"kh as j", "Kharkiv", "Jarkiv"},
		{"French ou", "Ouagadougou", "Uagadugu"},
		{"cedilla", "Kahramanmaraş", "Kahramanmaras"},
		{"ph", "Phnom Penh", "Fnom Penh"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if a, b := NameKey(tc.a), NameKey(tc.b); a != b {
				t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q; want equal", tc.a, a, tc.b, b)
			}
		})
	}
	for _, pair := range [][2]string{{"Putin", "Peskov"}, {"Derna", "Durango"}, {"Casa", "Cosa"}, {"Bali", "Bari"}} {
		if NameKey(pair[0]) == NameKey(pair[1]) {
			t.Errorf("%s and %s share a key", pair[0], pair[1])
		}
	}
}

func TestMentions(t *testing.T) {
	type m struct {
		text string
		kind MentionKind
		weak bool
	}
	tests := []struct {
		name string
		in   string
		want []m
	}{
		{"person, place, org", "El portavoz del Consejo de Seguridad Nacional, John Kirby, habló en Washington.",
			[]m{{"Consejo de Seguridad Nacional", MentionOrg, false}, {"John Kirby", MentionPerson, false}, {"Washington", MentionPlace, false}}},
		{"stopword opening a known place", "Lo dijo Estados Unidos.", []m{{"Estados Unidos", MentionPlace, false}}},
		{"hyphenated name", "El líder norcoreano Kim Jong-un podría viajar.", []m{{"Kim Jong-un", MentionPerson, false}}},
		{"verb opening the sentence", "Negocian Rusia y la RPDC.", []m{{"Negocian", MentionOther, true}, {"Rusia", MentionPlace, false}, {"RPDC", MentionPlace, false}}},
		{"connector inside a name", "Viajó a Corea del Norte.", []m{{"Viajó", MentionOther, true}, {"Corea del Norte", MentionPlace, false}}},
		{"article after connector", "Estudió en la Universidad de la Plata.", []m{{"Estudió", MentionOther, true}, {"Universidad de la Plata", MentionOrg, false}}},
		{"connector before a place splits", "Habló la Embajada de Rusia.", []m{{"Habló", MentionOther, true}, {"Embajada", MentionOrg, false}, {"Rusia", MentionPlace, false}}},
		{"a saint's name is a place's", "Se reunieron en San Francisco y en Santa Cruz.", []m{{"San Francisco", MentionPlace, false}, {"Santa Cruz", MentionPlace, false}}},
		{"institution by its head noun", "Lo confirmó la Protección Civil de Tarija.", []m{{"Protección Civil de Tarija", MentionOrg, false}}},
		{"an organization's name joined by por", "Lo reconoció Unión por la Patria.", []m{{"Unión por la Patria", MentionOrg, false}}},
		{"an organization's name joined by para", "Lo informó la Organización Internacional para las Migraciones.", []m{{"Organización Internacional para las Migraciones", MentionOrg, false}}},
		{"por joins no other name", "Lo anunció Biden por Twitter.", []m{{"Biden", MentionOther, false}, {"Twitter", MentionOther, false}}},
		{"sentence-initial word is weak", "Watson no detalló nada.", []m{{"Watson", MentionOther, true}}},
		{"word after a quote is weak", "Añadió: “Instamos a Corea del Norte a parar”.", []m{{"Instamos", MentionOther, true}, {"Corea del Norte", MentionPlace, false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := AnalyzeText(tc.in, nil)
			var got []m
			for _, men := range s.Mentions {
				got = append(got, m{men.Text, men.Kind, men.Weak})
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("mentions of %q = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestPlaces(t *testing.T) {
	tests := []struct{ name, place, parent string }{
		{"city", "Pionyang", "Corea del Norte"},
		{"alias", "RPDC", "Asia"},
		{"unknown", "Atlántida", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := PlaceParent(tc.place); got != tc.parent {
				t.Errorf("PlaceParent(%q) = %q, want %q", tc.place, got, tc.parent)
			}
		})
	}
}

func TestDemonym(t *testing.T) {
	tests := []struct {
		name, word, want string // want "" for no place
	}{
		{"masculine plural", "sudaneses", "Sudán"},
		{"feminine", "egipcia", "Egipto"},
		{"one form for both genders", "estadounidenses", "Estados Unidos"},
		{"an -í adjective", "israelíes", "Israel"},
		{"capitalized at the start of a sentence", "Libios", "Libia"},
		{"a place of two words", "neozelandesa", "Nueva Zelanda"},
		{"a common adjective", "grandes", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := Demonym(tc.word)
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("Demonym(%q) = %q, %v; want %q", tc.word, got, ok, tc.want)
			}
		})
	}
}

func TestMeasureAtPlural(t *testing.T) {
	tests := []struct {
		name, text, word, want string
	}{
		{"a plural in -ciones", "Se derrumbaron 20 edificaciones.", "edificaciones", "buildings"},
		{"a plural in -es", "El agua arrasó 300 hogares.", "hogares", "homes"},
		{"a plural in -s", "Hubo 39 fallecidos.", "fallecidos", "dead"},
		{"the singular", "Se derrumbó una edificación.", "edificación", "buildings"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, i := wordAt(t, tc.text, tc.word)
			if m, _, ok := MeasureAt(&s, i); !ok || m.Name != tc.want {
				t.Errorf("MeasureAt(%q) = %q, %v; want %q", tc.word, m.Name, ok, tc.want)
			}
		})
	}
}

func TestPartOf(t *testing.T) {
	tests := []struct {
		name, before, after string
		want                bool
	}{
		{"a part of a figure before", "", " de ellos varones", true},
		{"an addition", "", " más, según la Fiscalía", true},
		{"a sum with something else", "en", " más la Ciudad de Buenos Aires", false},
		{"a figure of its own", "hay", " en Acapulco", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := PartOf(tc.before, tc.after); got != tc.want {
				t.Errorf("PartOf(%q, %q) = %v, want %v", tc.before, tc.after, got, tc.want)
			}
		})
	}
}

// wordAt analyses text and returns it with the index of the token whose
// word is word.
func wordAt(t *testing.T, text, word string) (Sentence, int) {
	t.Helper()
	s := AnalyzeText(text, nil)
	for i := range s.Tokens {
		if s.Word(i) == word {
			return s, i
		}
	}
	t.Fatalf("no word %q in %q", word, text)
	return s, -1
}
