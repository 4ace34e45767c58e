package compare

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/normalize"
)

// checkCase is a set of small articles, by id, and the findings of one
// kind they should give, each "severity kind value | value …" as
// describeFinding writes it (values in any order). When clustered is
// set the articles must share a cluster, so that a case that wants no
// finding cannot pass for want of anything to compare.
type checkCase struct {
	name      string
	docs      map[string]string
	want      []string
	clustered bool
}

// runCheckCases parses and compares each case's articles and checks the
// findings of the given kind.
func runCheckCases(t *testing.T, kind FindingKind, cases []checkCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var st normalize.Stemmer
			var docs []normalize.Document
			for _, id := range slices.Sorted(maps.Keys(tc.docs)) {
				doc, err := normalize.Parse(id, id+".txt", []byte(tc.docs[id]), normalize.Options{Stemmer: &st})
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, doc)
			}
			res := Run(docs, Options{})
			if tc.clustered && len(res.Clusters) == 0 {
				t.Fatalf("the articles share no cluster, so the check had nothing to compare")
			}
			var got []string
			for _, f := range res.Findings {
				if f.Kind == kind {
					got = append(got, describeFinding(f)+": "+f.Message)
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d %s findings, want %d:\ngot:\n%s\nwant:\n%s", len(got), kind, len(tc.want), strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			for _, w := range tc.want {
				if !slices.ContainsFunc(got, func(g string) bool { return findingMatches(strings.SplitN(g, ": ", 2)[0], w) }) {
					t.Errorf("no finding matches %q; got:\n%s", w, strings.Join(got, "\n"))
				}
			}
		})
	}
}

func TestCheckTitles(t *testing.T) {
	runCheckCases(t, KindTitle, []checkCase{
		{
			name: "different offices",
			docs: map[string]string{
				"a": "El portavoz del Consejo de Seguridad Nacional, John Kirby, dijo que Rusia compra municiones a Corea del Norte.",
				"b": "El coordinador de comunicaciones estratégicas de la Casa Blanca, John Kirby, dijo que Rusia compra municiones a Corea del Norte.",
			},
			want: []string{"error title portavoz del Consejo de Seguridad Nacional | coordinador de comunicaciones estratégicas de la Casa Blanca"},
		},
		{
			name: "offices compared across clusters",
			docs: map[string]string{
				"a": "El portavoz del Consejo de Seguridad Nacional, John Kirby, habló de la guerra en Ucrania.\nRusia busca comprar proyectiles de artillería a Corea del Norte para la guerra en Ucrania.",
				"b": "Las sanciones preocupan a Pekín, dijo el coordinador de comunicaciones estratégicas, John Kirby.\nRusia busca comprar proyectiles de artillería a Corea del Norte para la guerra en Ucrania.",
			},
			want: []string{"error title portavoz del Consejo de Seguridad Nacional | coordinador de comunicaciones estratégicas"},
		},
		{
			name: "offices compared across stories: a namesake, or another time",
			docs: map[string]string{
				"a": "El portavoz del Consejo de Seguridad Nacional, John Kirby, habló de la guerra en Ucrania.",
				"b": "Las sanciones preocupan a Pekín, dijo el coordinador de comunicaciones estratégicas, John Kirby.",
			},
			want: []string{"warning title portavoz del Consejo de Seguridad Nacional | coordinador de comunicaciones estratégicas"},
		},
		{
			name: "more or less detail",
			docs: map[string]string{
				"a": "El ministro de Defensa ruso, Serguéi Shoigu, viajó a Corea del Norte para comprar municiones.",
				"b": "Sergei Shoigu, ministro de Defensa de Rusia, viajó a Corea del Norte para comprar municiones.",
			},
		},
		{
			name: "synonyms",
			docs: map[string]string{
				"a": "El líder norcoreano, Kim Jong Un, viajará a Rusia para reunirse con Putin.",
				"b": "El dirigente norcoreano, Kim Jong Un, viajará a Rusia para reunirse con Putin.",
			},
		},
		{
			name: "generic word",
			docs: map[string]string{
				"a": "El presidente ruso, Vladimir Putin, recibirá a Kim en Vladivostok.",
				"b": "El líder ruso, Vladimir Putin, recibirá a Kim en Vladivostok.",
			},
		},
		{
			name: "spelling variants of the name",
			docs: map[string]string{
				"a": "El ministro de Defensa ruso, Serguéi Shoigu, viajó a Pyongyang.",
				"b": "El ministro de Defensa ruso, Sergey Shoygu, viajó a Pionyang.",
			},
		},
		{
			name: "one document giving two titles",
			docs: map[string]string{
				"a": "El portavoz del Consejo de Seguridad Nacional, John Kirby, habló el lunes. El coordinador de comunicaciones, John Kirby, habló el martes.",
				"b": "Rusia compra municiones a Corea del Norte.",
			},
		},
	})
}
