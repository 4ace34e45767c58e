package compare

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/normalize"
)

// parseAll parses each text as one document named d1, d2, ….
func parseAll(t *testing.T, texts ...string) []normalize.Document {
	t.Helper()
	var docs []normalize.Document
	for i, text := range texts {
		id := "d" + strconv.Itoa(i+1)
		doc, err := normalize.Parse(id, id+".txt", []byte(text), normalize.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

func TestEntities(t *testing.T) {
	tests := []entityCase{
		{"transliterations and a short form",
			[]string{"El ministro Serguéi Shoigu viajó.", "El ministro Sergey Shoygu viajó.", "La visita de Shoigu terminó."},
			[]string{"Serguéi Shoigu: Sergey Shoygu, Shoigu"}},
		{"hyphen and short form",
			[]string{"El líder Kim Jong Un habló.", "El líder Kim Jong-un habló.", "Ayer Kim calló."},
			[]string{"Kim Jong Un: Kim, Kim Jong-un"}},
		{"place spellings and alias",
			[]string{"Viajó a Pyongyang y a la RPDC.", "Visitó Pionyang en Corea del Norte."},
			[]string{"Pyongyang: Pionyang", "Corea del Norte: RPDC"}},
		{"a short form shared by two people stays apart",
			[]string{"Habló John Kirby.", "Habló Peter Kirby.", "Luego dijo que Kirby calló."},
			[]string{"John Kirby: ", "Peter Kirby: ", "Kirby: "}},
		{"a middle name left out, and the short form",
			[]string{"Ganó Javier Gerardo Milei.", "El presidente Javier Milei habló.", "Luego dijo que Milei ganó."},
			[]string{"Javier Gerardo Milei: Javier Milei, Milei"}},
		{"one surname, another first name: two people",
			[]string{"Habló Juan Carlos Pérez.", "Habló María Pérez."},
			[]string{"Juan Carlos Pérez: ", "María Pérez: "}},
		{"the masculine and feminine of one name: two people",
			[]string{"Murieron Víctor Bautista y su hija.", "La niña Victoria Bautista murió.", "Habló Julio Pérez.", "Habló Julia Pérez."},
			[]string{"Víctor Bautista: ", "Victoria Bautista: ", "Julio Pérez: ", "Julia Pérez: "}},
		{"surnames alone, and a capitalized office before the name",
			[]string{"Habló Andrés Manuel López Obrador.", "Lo dijo López Obrador.", "Informó al Presidente Andrés Manuel López Obrador."},
			[]string{"Andrés Manuel López Obrador: López Obrador"}},
		{"surnames of two people stay apart",
			[]string{"Habló Ana García Pérez.", "Habló Luis García Pérez.", "Lo dijo García Pérez."},
			[]string{"Ana García Pérez: ", "Luis García Pérez: ", "García Pérez: "}},
		{"a slip of one letter",
			[]string{"Habló Recep Tayyip Erdogan.", "Calló Recep Tayyip Erdogan.", "Luego habló Racep Tayyip Erdogan."},
			[]string{"Recep Tayyip Erdogan: Racep Tayyip Erdogan"}},
		{"an adverb opening a sentence is no name",
			[]string{"Habló Usama Ali.", "Allí, Biden dijo que hubo progreso."},
			[]string{"Usama Ali: "}},
		{"an institution and its country stay apart",
			[]string{"Lo dijo la Cruz Roja Libia.", "Las lluvias inundaron Libia."},
			[]string{"Cruz Roja Libia: ", "Libia: "}},
		{"an acronym and the name it spells",
			[]string{"La Coordinación Nacional de Protección Civil informó del balance.", "Después la CNPC dijo que hay heridos."},
			[]string{"Coordinación Nacional de Protección Civil: CNPC"}},
		{"an acronym two names spell stays apart",
			[]string{"Habló la Comisión Nacional de Población.", "Habló la Comisión Nacional de Pesca.", "Después la CNP calló."},
			[]string{"Comisión Nacional de Población: ", "Comisión Nacional de Pesca: ", "CNP: "}},
		{"two letters are no acronym",
			[]string{"Habló la Unión Europea.", "Después la UE calló."},
			[]string{"Unión Europea: ", "UE: "}},
		{"a weak opening word is a name only if named elsewhere",
			[]string{"Habló Adrienne Watson.", "Watson calló. Negocian todo."},
			[]string{"Adrienne Watson: Watson"}},
	}
	checkEntities(t, tests)
}

// TestQualifiedEntities checks that a body named with and without the
// body or place it belongs to is one entity, unless the name is qualified
// two ways or by a person (mergeQualified).
func TestQualifiedEntities(t *testing.T) {
	checkEntities(t, []entityCase{
		{"a body named with and without whose it is",
			[]string{"Lo dijo la Oficina de Coordinación de Asuntos Humanitarios de Naciones Unidas.", "Lo repitió la Oficina de Coordinación de Asuntos Humanitarios.", "Habló Naciones Unidas."},
			[]string{"Oficina de Coordinación de Asuntos Humanitarios de Naciones Unidas: Oficina de Coordinación de Asuntos Humanitarios"}},
		{"a name qualified two ways stays apart",
			[]string{"Lo dijo la Oficina de Prensa de la Casa Blanca.", "Lo negó la Oficina de Prensa del Kremlin.", "Calló la Oficina de Prensa.", "Habló la Casa Blanca.", "Habló el Kremlin."},
			[]string{"Oficina de Prensa de la Casa Blanca: ", "Oficina de Prensa del Kremlin: ", "Oficina de Prensa: "}},
		{"a person's body is not the body",
			[]string{"Lo dijo Unión por la Patria de Sergio Massa.", "Lo dijo Unión por la Patria.", "Habló Sergio Massa."},
			[]string{"Unión por la Patria de Sergio Massa: ", "Unión por la Patria: "}},
	})
}

// entityCase is a set of articles and the entities they should give, each
// "Name: variant, variant".
type entityCase struct {
	name  string
	texts []string
	want  []string
}

// checkEntities runs each case and checks its entities; no verb may
// become one.
func checkEntities(t *testing.T, tests []entityCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Run(parseAll(t, tc.texts...), Options{})
			var got []string
			for _, e := range res.Entities {
				got = append(got, e.Name+": "+strings.Join(e.Variants, ", "))
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("no entity %q; got %q", w, got)
				}
			}
			for _, g := range got {
				if strings.HasPrefix(g, "Negocian") || strings.HasPrefix(g, "Habló") {
					t.Errorf("a verb became an entity: %q", g)
				}
			}
		})
	}
}

// TestOneVowelApart checks which name keys mergeVowelVariants takes for
// one name written in two languages.
func TestOneVowelApart(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"Derna and Darnah", normalize.NameKey("Derna"), normalize.NameKey("Darnah"), true},
		{"one vowel at the end", "bengasi", "bengase", true},
		{"same key", "derna", "derna", false},
		{"two vowels", "derna", "darni", false},
		{"a consonant", "derna", "derma", false},
		{"the first letter", "alepo", "elepo", false},
		{"lengths", "derna", "dernaa", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := oneVowelApart(tt.a, tt.b); got != tt.want {
				t.Errorf("oneVowelApart(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// TestVowelVariantsOnePlace checks that a place written "Derna" and
// "Darnah" is one entity, and that two short places one vowel apart
// ("Lima", "Loma") are not.
func TestVowelVariantsOnePlace(t *testing.T) {
	docs := []normalize.Document{
		parseText(t, "a", "date 2023-09-13\nLas inundaciones en Derna dejaron 2.000 muertos, según las autoridades de Lima.\n"),
		parseText(t, "b", "date 2023-09-13\nLas inundaciones en Darnah dejaron 2.000 fallecidos, según las autoridades de Loma.\n"),
	}
	res := Run(docs, Options{})
	names := map[string][]string{}
	for _, e := range res.Entities {
		names[e.Name] = append([]string{e.Name}, e.Variants...)
	}
	var derna, lima int
	for _, texts := range names {
		if slices.Contains(texts, "Derna") && slices.Contains(texts, "Darnah") {
			derna++
		}
		if slices.Contains(texts, "Lima") && slices.Contains(texts, "Loma") {
			lima++
		}
	}
	if derna != 1 || lima != 0 {
		t.Errorf("entities %v: want Derna and Darnah in one, Lima and Loma apart", names)
	}
}

func TestInitials(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"joining words have no letter", "Organización Mundial de la Salud", "OMS", true},
		{"accents kept, for NameKey to fold", "Órgano Nacional Electoral", "ÓNE", true},
		{"hyphen separates words", "Foro Asia-Pacífico Unido", "FAPU", true},
		{"two words are too few", "Unión Europea", "UE", false},
		{"seven words are too many", "Alfa Beta Gama Delta Épsilon Zeta Eta", "ABGDÉZE", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := initials(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("initials(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}
