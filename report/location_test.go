package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// locatedReport is a finding between a document whose text was saved to
// a file, a feed item known by its URL only (its title holds a character
// that reverses text) and a stored document with neither.
func locatedReport(t *testing.T) *Report {
	t.Helper()
	a := newDoc(t, "a", "date 2024-11\nSe cifran en 3.500 millones.\n", timex.MonthDate(2024, 11),
		"date 2024-11", "Se cifran en 3.500 millones.")
	a.Sentences[0].Kind = normalize.KindMetadata // not a title
	a.Path = "day1.xml#https://diario.example/a"
	b := newDoc(t, "b", "Alerta\u202e en Valencia\n\nSegún él, son 3.000 millones.\n", timex.Date{},
		"#Alerta\u202e en Valencia", "Según él, son 3.000 millones.")
	b.Path = "day1.xml#https://diario.example/b"
	c := newDoc(t, "c", "Ñandú: 4.000 millones.\n", timex.Date{}, "Ñandú: 4.000 millones.")
	c.Path = "db:c"
	r := newResult(a, b, c)
	r.Findings = []compare.Finding{{
		ID: "number-1", Kind: compare.KindNumber, Severity: compare.Error, Message: "different amounts",
		Mentions: []compare.FindingMention{
			{Claim: 1, Span: span(t, &r.Documents[0], "3.500 millones"), Text: "3.500 millones", Value: "3500000000"},
			{Claim: 3, Span: span(t, &r.Documents[1], "3.000 millones"), Text: "3.000 millones", Value: "3000000000"},
			{Claim: 4, Span: span(t, &r.Documents[2], "4.000 millones"), Text: "4.000 millones", Value: "4000000000"},
		},
	}}
	return &Report{Result: r, Locations: map[string]Location{
		"a": {File: "texts/a.txt", URL: "https://diario.example/a"},
		"b": {URL: "https://user:secret@diario.example/b?x=1&y=ñ"},
		"c": {},
	}}
}

func TestLocationsLine(t *testing.T) {
	var b bytes.Buffer
	if err := Line(&b, locatedReport(t)); err != nil {
		t.Fatal(err)
	}
	want := "texts/a.txt:2:14: error number: different amounts [number-1]\n" +
		"https://diario.example/b?x=1&y=ñ «Alerta\\u202e en Valencia»: error number: different amounts [number-1]\n" +
		"db:c:1:8: error number: different amounts [number-1]\n"
	if b.String() != want {
		t.Errorf("Line =\n%s\nwant\n%s", b.String(), want)
	}
}

func TestLocationsGitHub(t *testing.T) {
	var b bytes.Buffer
	if err := GitHub(&b, locatedReport(t)); err != nil {
		t.Fatal(err)
	}
	want := "::error file=texts/a.txt,line=2,col=14,title=number discrepancy::different amounts [number-1]\n" +
		"::error title=number discrepancy::different amounts (at https://diario.example/b?x=1&y=ñ «Alerta\\u202e en Valencia») [number-1]\n" +
		"::error file=db%3Ac,line=1,col=8,title=number discrepancy::different amounts [number-1]\n"
	if b.String() != want {
		t.Errorf("GitHub =\n%s\nwant\n%s", b.String(), want)
	}
}

// TestLocationsNoPassword checks that no output shows the password of a
// URL a document is located by.
func TestLocationsNoPassword(t *testing.T) {
	for name, write := range map[string]func(*bytes.Buffer, *Report) error{
		"line":   func(b *bytes.Buffer, rep *Report) error { return Line(b, rep) },
		"github": func(b *bytes.Buffer, rep *Report) error { return GitHub(b, rep) },
		"sarif":  func(b *bytes.Buffer, rep *Report) error { return SARIF(b, rep) },
	} {
		var b bytes.Buffer
		if err := write(&b, locatedReport(t)); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), "secret") {
			t.Errorf("%s shows the URL's password:\n%s", name, b.String())
		}
	}
}

func TestLocationsSARIF(t *testing.T) {
	var b bytes.Buffer
	if err := SARIF(&b, locatedReport(t)); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	res := log.Runs[0].Results[0]
	file, web, stored := res.Locations[0], res.RelatedLocations[0], res.RelatedLocations[1]
	tests := []struct {
		name      string
		got, want any
	}{
		{"saved file", file.PhysicalLocation.ArtifactLocation.URI, "texts/a.txt"},
		{"saved file region", *file.PhysicalLocation.Region, sarifRegion{StartLine: 2, StartColumn: 14, EndLine: 2, EndColumn: 28}},
		{"URL", web.PhysicalLocation.ArtifactLocation.URI, "https://diario.example/b?x=1&y=ñ"},
		{"URL has no region", web.PhysicalLocation.Region == nil, true},
		{"URL message names the title", web.Message.Text, "b: «3.000 millones» = 3000000000, in «Alerta\u202e en Valencia»"},
		{"no location: the path", stored.PhysicalLocation.ArtifactLocation.URI, "./db:c"},
		{"columns in code points", stored.PhysicalLocation.Region.StartColumn, 8},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %v; want %v", tc.got, tc.want)
			}
		})
	}
	if !strings.Contains(b.String(), `\u202e`) {
		t.Errorf("SARIF writes U+202E unescaped:\n%s", b.String())
	}
}

func TestWebURI(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"https", "https://diario.example/a", "https://diario.example/a", true},
		{"http with query", "http://d.example/a?b=1#c", "http://d.example/a?b=1#c", true},
		{"credentials dropped", "https://u:p@d.example/a", "https://d.example/a", true},
		{"space encoded", "https://d.example/a b", "https://d.example/a%20b", true},
		{"relative", "/a/b", "", false},
		{"other scheme", "javascript:alert(1)", "", false},
		{"no host", "https:///a", "", false},
		{"unparsable", "https://d.example/%zz", "", false},
		{"empty", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := webURI(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("webURI(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestDocTitle(t *testing.T) {
	long := strings.Repeat("palabra ", 20)
	tests := []struct {
		name, text, sentence, want string
	}{
		{"first sentence", "Titular\n\nTexto.\n", "#Titular", "Titular"},
		{"cut", long + "\n", "#" + strings.TrimSpace(long), strings.TrimSpace(long)[:titleWidth-1] + "…"},
		{"none", "\n", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var sentences []string
			if tc.sentence != "" {
				sentences = append(sentences, tc.sentence)
			}
			d := newDoc(t, "x", tc.text, timex.Date{}, sentences...)
			if got := docTitle(&d); got != tc.want {
				t.Errorf("docTitle = %q, want %q", got, tc.want)
			}
		})
	}
}
