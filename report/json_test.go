package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

func TestJSONEdgeCases(t *testing.T) {
	tests := []struct {
		name   string
		result func(*testing.T) *compare.Result
		want   []string // substrings of the output
	}{
		{
			name: "undated document",
			result: func(t *testing.T) *compare.Result {
				return newResult(newDoc(t, "a", "Hola.\n", timex.Date{}, "Hola."))
			},
			want: []string{`"date": null`, `"date_source": "none"`},
		},
		{
			name: "dated document",
			result: func(t *testing.T) *compare.Result {
				return newResult(newDoc(t, "a", "Hola.\n", timex.MonthDate(2023, 9), "Hola."))
			},
			want: []string{`"date": "2023-09"`, `"date_source": "header"`},
		},
		{
			name:   "empty result",
			result: func(*testing.T) *compare.Result { return &compare.Result{} },
			want: []string{`"documents": []`, `"claims": []`, `"clusters": []`, `"entities": []`,
				`"discrepancies": []`, `"sentences": 0`},
		},
		{
			name:   "nil result",
			result: func(*testing.T) *compare.Result { return nil },
			want:   []string{`"version": 1`, `"documents": []`},
		},
		{
			name: "nil slices inside",
			result: func(t *testing.T) *compare.Result {
				r := newResult(newDoc(t, "a", "Uno.\n", timex.Date{}, "Uno."), newDoc(t, "b", "Uno.\n", timex.Date{}, "Uno."))
				r.Claims[0].Cluster, r.Claims[1].Cluster = 0, 0
				r.Clusters = []compare.Cluster{{ID: "k1", Claims: []int{0, 1}, Links: []compare.Link{{A: 0, B: 1}}}}
				r.Entities = []compare.Entity{{ID: "e1", Name: "X"}}
				r.Findings = []compare.Finding{{ID: "d1"}}
				return r
			},
			want: []string{`"terms": []`, `"entities": []`, `"variants": []`, `"mentions": []`},
		},
		{
			name: "html characters kept",
			result: func(t *testing.T) *compare.Result {
				return newResult(newDoc(t, "a", "A <b> & c.\n", timex.Date{}, "A <b> & c."))
			},
			want: []string{`"text": "A <b> & c."`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := JSON(&b, &Report{Result: tc.result(t)}); err != nil {
				t.Fatal(err)
			}
			got := b.String()
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("JSON output lacks %s:\n%s", w, got)
				}
			}
			if strings.Contains(got, "null") && !strings.Contains(got, `"date": null`) {
				t.Errorf("JSON output has a null other than an unknown date:\n%s", got)
			}
		})
	}
}

func TestJSONRoundTrip(t *testing.T) {
	r := sampleResult(t)
	var b bytes.Buffer
	if err := JSON(&b, &Report{Result: r}); err != nil {
		t.Fatal(err)
	}
	var got JSONReport
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"claims listed", len(got.Claims), len(r.Claims)},
		{"summary claims", got.Summary.Claims, 4},
		{"summary sentences", got.Summary.Sentences, 5},
		{"cluster score rounded", got.Clusters[0].Score, 0.833},
		{"cluster docs", strings.Join(got.Clusters[0].Docs, ","), "abc,elpais"},
		{"link claims", got.Clusters[0].Links[0].A + "-" + got.Clusters[0].Links[0].B, "c1-c4"},
		{"claim cluster", got.Claims[3].Cluster, "k1"},
		{"claim without cluster", got.Claims[1].Cluster, ""},
		{"heading kind", got.Claims[2].Kind, "heading"},
		{"heading line", got.Claims[2].Line, 2},
		{"mention doc", got.Discrepancies[0].Mentions[1].Doc, "elpais"},
		{"mention claim", got.Discrepancies[0].Mentions[1].Claim, "c4"},
		{"mention line", got.Discrepancies[0].Mentions[1].Line, 4},
		{"mention col", got.Discrepancies[0].Mentions[1].Col, 22},
		{"severity", got.Discrepancies[0].Severity, "error"},
		{"entity mention col", got.Entities[0].Mentions[0].Col, 9},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %v; want %v", tc.got, tc.want)
			}
		})
	}
}

func TestInvalidResult(t *testing.T) {
	tests := []struct {
		name   string
		mangle func(*compare.Result)
	}{
		{"claim document", func(r *compare.Result) { r.Claims[0].Doc = 9 }},
		{"claim sentence", func(r *compare.Result) { r.Claims[0].Sentence = 9 }},
		{"claim cluster", func(r *compare.Result) { r.Claims[0].Cluster = 9 }},
		{"cluster claim", func(r *compare.Result) { r.Clusters[0].Claims[1] = 99 }},
		{"link claim", func(r *compare.Result) { r.Clusters[0].Links[0].B = -2 }},
		{"entity document", func(r *compare.Result) { r.Entities[0].Mentions[0].Doc = 3 }},
		{"finding claim", func(r *compare.Result) { r.Findings[0].Mentions[0].Claim = 5 }},
	}
	for _, tc := range tests {
		for _, f := range []Format{FormatJSON, FormatTable, FormatMarkdown} {
			t.Run(tc.name+"/"+string(f), func(t *testing.T) {
				r := sampleResult(t)
				tc.mangle(r)
				var b bytes.Buffer
				if err := Write(&b, f, &Report{Result: r}); err == nil || !strings.HasPrefix(err.Error(), "report: invalid result") {
					t.Errorf("Write(%s, mangled) = %v, want an invalid result error", f, err)
				}
				if b.Len() != 0 {
					t.Errorf("Write(%s, mangled) wrote %d bytes, want none", f, b.Len())
				}
			})
		}
	}
}

// TestJSONStreamed checks that the report written an element at a time is
// byte for byte what encoding/json writes for the whole JSONReport (after
// escapeJSON): the seeds, an article with markup, an article with control
// and invisible characters, and an empty result.
func TestJSONStreamed(t *testing.T) {
	tests := []struct {
		name   string
		result func(t *testing.T) *compare.Result
	}{
		{"the seeds", seedResult},
		{"markup in an article", hostileResult},
		{"control characters", controlResult},
		{"nothing", func(*testing.T) *compare.Result { return &compare.Result{} }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := prepare(&Report{Result: tc.result(t)})
			if err != nil {
				t.Fatal(err)
			}
			var want, got bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(collectJSON(newJSONParts(rep))); err != nil {
				t.Fatal(err)
			}
			if err := writeJSON(&got, newJSONParts(rep)); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), escapeJSON(want.Bytes())) {
				t.Errorf("streamed JSON differs from encoding/json's (%d and %d bytes)", got.Len(), want.Len())
			}
		})
	}
}

// TestJSONStreamedNull checks the streamed writer on nil arrays, which
// the report never holds but encoding/json writes as null.
func TestJSONStreamedNull(t *testing.T) {
	var want, got bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&JSONReport{Version: JSONVersion}); err != nil {
		t.Fatal(err)
	}
	if err := writeJSON(&got, partsOf(&JSONReport{Version: JSONVersion})); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("streamed:\n%s\nencoding/json:\n%s", got.String(), want.String())
	}
}
