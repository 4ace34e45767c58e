package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

func TestTableSections(t *testing.T) {
	tests := []struct {
		name   string
		result func(*testing.T) *compare.Result
		want   []string // substrings of the output
	}{
		{
			name:   "empty result",
			result: func(*testing.T) *compare.Result { return &compare.Result{} },
			want: []string{"Summary\n=======\n", "0 documents, 0 sentences", "No shared claims found.",
				"No entities found.", "No discrepancies found."},
		},
		{
			name: "undated document",
			result: func(t *testing.T) *compare.Result {
				return newResult(newDoc(t, "a", "Hola.\n", timex.Date{}, "Hola."))
			},
			want: []string{"| a        | -    | none        |         1 |      1 |"},
		},
		{
			name:   "sample",
			result: sampleResult,
			want: []string{"k1 · score 0.83 · 2 sources", "Shared: terms gobiern, anunci, millon; entities Valencia.",
				"| abc:1:21    | 3.500 millones | 3500000000 |", "| elpais:4:21 | 3.000 millones | 3000000000 |"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Table(&b, &Report{Result: tc.result(t)}); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("Table output lacks %q:\n%s", w, b.String())
				}
			}
		})
	}
}

// TestTableWrapKeepsWords checks that long claims wrap within the width
// and that no word of them is lost or cut.
func TestTableWrapKeepsWords(t *testing.T) {
	long := "El ministro de Defensa ruso, Serguéi Shoigu, visitó Pyongyang en julio y se reunió " +
		"con Kim Jong Un, según la agencia estatal norcoreana KCNA, que informó además de la " +
		"exhibición de misiles balísticos intercontinentales Hwasong-18 y de drones de ataque."
	url := "Fuente: https://www.example.com/internacional/2023/09/11/kim-jong-un-viaja-a-rusia-para-reunirse-con-putin.html"
	other := "Shoigu viajó a Pyongyang en julio, donde Kim Jong Un le mostró misiles y drones de ataque."
	a := newDoc(t, "a", long+"\n"+url+"\n", timex.Date{}, long, url)
	b := newDoc(t, "b", other+"\n", timex.Date{}, other)
	r := newResult(a, b)
	r.Claims[0].Cluster, r.Claims[1].Cluster, r.Claims[2].Cluster = 0, 0, 0
	r.Clusters = []compare.Cluster{{ID: "k1", Claims: []int{0, 1, 2}, Score: 0.5}}
	var out bytes.Buffer
	if err := Table(&out, &Report{Result: r}); err != nil {
		t.Fatal(err)
	}
	words := strings.Fields(out.String())
	have := make(map[string]bool, len(words))
	for _, w := range words {
		have[w] = true
	}
	for _, w := range strings.Fields(long + " " + url + " " + other) {
		if !have[w] {
			t.Errorf("word %q missing from the table:\n%s", w, out.String())
		}
	}
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.Contains(line, "Serguéi") && strings.Contains(line, "drones") {
			t.Errorf("long claim not wrapped: %q", line)
		}
	}
}
