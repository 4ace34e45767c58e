package compare

import (
	"slices"
	"testing"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/quantity"
)

// TestClusterFrames checks that two claims giving a figure of one frame
// in different words share a cluster, and that a claim about an earlier
// event of the story does not join the news of the current one.
func TestClusterFrames(t *testing.T) {
	docs := []normalize.Document{
		parseText(t, "a", "date 2023-02-07\nEl terremoto de magnitud 7,8 que sacudió este lunes el sureste de Turquía dejó más de 2.300 muertos, según las autoridades turcas.\n"+
			"El terremoto de Izmit de 1999 dejó más de 17.000 muertos en el noroeste de Turquía, según las autoridades turcas.\n"),
		parseText(t, "b", "date 2023-02-07\nLas autoridades de Turquía cifran en 2.316 los fallecidos por el seísmo de 7,8 grados que golpeó el sureste del país este lunes.\n"+
			"En Siria, los equipos de rescate buscan supervivientes entre los escombros de Alepo.\n"),
	}
	res := Run(docs, Options{})
	clusterOf := func(doc int, part string) int {
		for c, cl := range res.Claims {
			s := res.Sentence(c)
			if cl.Doc == doc && len(s.Text) >= len(part) && s.Text[:len(part)] == part {
				return cl.Cluster
			}
		}
		t.Fatalf("no claim of document %d starts with %q", doc, part)
		return -1
	}
	toll, izmit, tollB := clusterOf(0, "El terremoto de magnitud"), clusterOf(0, "El terremoto de Izmit"), clusterOf(1, "Las autoridades de Turquía")
	if toll < 0 || toll != tollB {
		t.Errorf("the two tolls of Monday's quake are in clusters %d and %d; want one", toll, tollB)
	}
	if izmit >= 0 && izmit == tollB {
		t.Errorf("the 1999 toll is in the cluster of Monday's toll")
	}
}

// TestSameFigure checks when two claims' figures are one figure of one
// frame, the evidence that raises their link by sameFigureBonus.
func TestSameFigure(t *testing.T) {
	fig := func(measure, event, scope string, v float64) Fact {
		return Fact{Kind: FactFigure, Frame: Frame{Measure: measure, Event: event, Scope: scope}, qty: quantity.Quantity{Value: v, Alt: v}}
	}
	tests := []struct {
		name string
		a, b []Fact
		want bool
	}{
		{"one toll", []Fact{fig("dead", "", "", 39)}, []Fact{fig("dead", "", "", 39)}, true},
		{"a scope on one side", []Fact{fig("dead", "", "Acapulco", 39)}, []Fact{fig("dead", "", "", 39)}, true},
		{"second of two figures", []Fact{fig("dead", "", "", 39), fig("missing", "", "", 10)}, []Fact{fig("missing", "", "", 10)}, true},
		{"a later toll", []Fact{fig("dead", "", "", 39)}, []Fact{fig("dead", "", "", 43)}, false},
		{"one number, two measures", []Fact{fig("dead", "", "", 10)}, []Fact{fig("missing", "", "", 10)}, false},
		{"another event", []Fact{fig("dead", "1999", "", 17000)}, []Fact{fig("dead", "", "", 17000)}, false},
		{"two scopes", []Fact{fig("dead", "", "Turquía", 5000)}, []Fact{fig("dead", "", "Siria", 5000)}, false},
		{"a range", []Fact{{Kind: FactFigure, Frame: Frame{Measure: "dead"}, qty: quantity.Quantity{Value: 30, Alt: 30, High: 40, Bound: quantity.Range}}}, []Fact{fig("dead", "", "", 30)}, false},
		{"zero", []Fact{fig("dead", "", "", 0)}, []Fact{fig("dead", "", "", 0)}, false},
		{"a number below ten, which many facts share", []Fact{fig("dead", "", "", 5)}, []Fact{fig("dead", "", "", 5)}, false},
		{"none", nil, []Fact{fig("dead", "", "", 39)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameFigure(tt.a, tt.b); got != tt.want {
				t.Errorf("sameFigure = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSharesFrame checks that two claims share a frame when they give the
// same measure of the same event in scopes that can be one.
func TestSharesFrame(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want bool
	}{
		{"one frame", []string{"dead||"}, []string{"dead||"}, true},
		{"a place on one side only", []string{"dead||Acapulco"}, []string{"dead||"}, true},
		{"two places", []string{"dead||Turquía"}, []string{"dead||Siria"}, false},
		{"another event", []string{"magnitude|second|"}, []string{"magnitude||"}, false},
		{"another measure", []string{"dead||"}, []string{"missing||"}, false},
		{"one of several", []string{"injured||", "missing||Derna"}, []string{"dead||", "missing||"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := sharesFrame(tc.a, tc.b); got != tc.want {
				t.Errorf("sharesFrame(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// TestLinkScoresInRange checks that a link's score stays a similarity,
// in [0, 1], when the bonus of one figure is added to two copies of one
// sentence.
func TestLinkScoresInRange(t *testing.T) {
	text := "date 2023-10-28\nEl Gobierno de México elevó este sábado a 39 el número de muertos por el huracán Otis.\n"
	res := Run([]normalize.Document{parseText(t, "a", text), parseText(t, "b", text)}, Options{})
	if len(res.Clusters) == 0 {
		t.Fatal("no cluster of the two copies")
	}
	for _, cl := range res.Clusters {
		for _, l := range cl.Links {
			if l.Score < 0 || l.Score > 1 {
				t.Errorf("link %d-%d scores %v, outside [0, 1]", l.A, l.B, l.Score)
			}
		}
		if cl.Score < 0 || cl.Score > 1 {
			t.Errorf("cluster %s scores %v, outside [0, 1]", cl.ID, cl.Score)
		}
	}
}

// TestClaimFrames checks which figures frame their claim: a stated or
// hedged figure of a known measure does; a vague plural ("miles de
// muertos", which any sentence on a disaster may give), a figure known
// only by its noun, or one of no measure does not.
func TestClaimFrames(t *testing.T) {
	fig := func(value string, byNoun bool, measure string) Fact {
		return Fact{Claim: 1, Kind: FactFigure, Value: value, Frame: Frame{Measure: measure}, byNoun: byNoun}
	}
	tests := []struct {
		name string
		fact Fact
		want []string
	}{
		{"a figure", fig("1600", false, "dead"), []string{"dead||"}},
		{"a hedged figure", fig("~1000", false, "dead"), []string{"dead||"}},
		{"a vague plural", fig("~1000s", false, "dead"), nil},
		{"a figure by its noun", fig("40", true, "años"), nil},
		{"no measure", fig("40", false, ""), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			frames, _ := claimFrames([]Fact{tc.fact})
			if got := frames[1]; !slices.Equal(got, tc.want) {
				t.Errorf("frames %q, want %q", got, tc.want)
			}
		})
	}
}
