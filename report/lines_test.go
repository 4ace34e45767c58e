package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// formulaResult is a result whose finding mentions text a spreadsheet
// would run and whose message has line breaks.
func formulaResult(t *testing.T) *compare.Result {
	text := "=HYPERLINK(\"http://x\") dijo, según @fuente.\n-5 grados, \t+3.\n"
	a := newDoc(t, "a", text, timex.Date{}, "=HYPERLINK(\"http://x\") dijo, según @fuente.", "-5 grados, \t+3.")
	r := newResult(a)
	r.Findings = []compare.Finding{{
		ID: "number-1", Kind: compare.KindNumber, Severity: compare.Warning,
		Message: "-two\r\nlines: 50%, a,b",
		Mentions: []compare.FindingMention{
			{Claim: 0, Span: span(t, &a, "=HYPERLINK(\"http://x\")"), Text: "=HYPERLINK(\"http://x\")", Value: "@x"},
			{Claim: 1, Span: span(t, &a, "-5 grados"), Text: "-5 grados", Value: "+3"},
		},
	}}
	return r
}

func TestCSV(t *testing.T) {
	var b bytes.Buffer
	if err := CSV(&b, &Report{Result: formulaResult(t)}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(b.String(), "\r\n") {
		t.Errorf("CSV lines do not end in CRLF: %q", b.String())
	}
	rows, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, b.String())
	}
	want := [][]string{
		{"id", "severity", "kind", "doc", "path", "line", "col", "start", "end", "text", "value", "message"},
		{"number-1", "warning", "number", "a", "a.txt", "1", "1", "0", "22", `'=HYPERLINK("http://x")`, "'@x", `'-two\r\nlines: 50%, a,b`},
		{"number-1", "warning", "number", "a", "a.txt", "2", "1", "45", "54", "'-5 grados", "'+3", `'-two\r\nlines: 50%, a,b`},
	}
	if len(rows) != len(want) {
		t.Fatalf("got %d rows, want %d:\n%s", len(rows), len(want), b.String())
	}
	for i := range want {
		if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d = %q\nwant     %q", i, rows[i], want[i])
		}
	}
}

func TestNeutralizeCell(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Moscú", "Moscú"},
		{"empty", "", ""},
		{"equals", "=1+1", "'=1+1"},
		{"plus", "+34", "'+34"},
		{"minus", "-5", "'-5"},
		{"at", "@SUM(A1)", "'@SUM(A1)"},
		{"tab", "\tx", "'\tx"},
		{"carriage return", "\rx", "'\rx"},
		{"inside is fine", "a=b", "a=b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := neutralizeCell(tc.in); got != tc.want {
				t.Errorf("neutralizeCell(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestLine(t *testing.T) {
	r := formulaResult(t)
	r.Findings = append(r.Findings, compare.Finding{ID: "date-2", Kind: compare.KindDate, Message: "nowhere"})
	var b bytes.Buffer
	if err := Line(&b, &Report{Result: r}); err != nil {
		t.Fatal(err)
	}
	want := "a.txt:1:1: warning number: -two lines: 50%, a,b [number-1]\n" +
		"a.txt:2:1: warning number: -two lines: 50%, a,b [number-1]\n" +
		"info date: nowhere [date-2]\n"
	if b.String() != want {
		t.Errorf("Line =\n%s\nwant\n%s", b.String(), want)
	}
}

func TestGitHub(t *testing.T) {
	r := formulaResult(t)
	r.Documents[0].Path = "dir,with:odd/a%.txt"
	r.Findings = append(r.Findings, compare.Finding{ID: "date-2", Kind: compare.KindDate, Severity: compare.Error, Message: "nowhere"})
	var b bytes.Buffer
	if err := GitHub(&b, &Report{Result: r}); err != nil {
		t.Fatal(err)
	}
	want := "::error title=date discrepancy::nowhere [date-2]\n" +
		"::warning file=dir%2Cwith%3Aodd/a%25.txt,line=1,col=1,title=number discrepancy::-two%0D%0Alines: 50%25, a,b [number-1]\n" +
		"::warning file=dir%2Cwith%3Aodd/a%25.txt,line=2,col=1,title=number discrepancy::-two%0D%0Alines: 50%25, a,b [number-1]\n"
	// Findings print in the result's order; put the error first as
	// compare does.
	r.Findings = append(r.Findings[1:], r.Findings[0])
	b.Reset()
	if err := GitHub(&b, &Report{Result: r}); err != nil {
		t.Fatal(err)
	}
	if b.String() != want {
		t.Errorf("GitHub =\n%s\nwant\n%s", b.String(), want)
	}
}

func TestGitHubCommand(t *testing.T) {
	for sev, want := range map[compare.Severity]string{compare.Error: "error", compare.Warning: "warning", compare.Info: "notice"} {
		if got := githubCommand(sev); got != want {
			t.Errorf("githubCommand(%v) = %q, want %q", sev, got, want)
		}
	}
}

// TestHiddenNotes checks what the human-readable formats and the JSON say
// about hidden findings.
func TestHiddenNotes(t *testing.T) {
	r := sampleResult(t)
	shown := *r
	shown.Findings = nil
	hidden := []Hidden{{Finding: r.Findings[0], Baseline: true, Reason: "baseline"}, {Finding: compare.Finding{ID: "x", Kind: compare.KindDate}, Reason: "known"}}
	rep := &Report{Result: &shown, Hidden: hidden}
	tests := []struct {
		format Format
		want   []string
	}{
		{FormatTable, []string{"No discrepancies to show.\n2 discrepancies hidden: 1 by the baseline, 1 by ignore rules.\n"}},
		{FormatMarkdown, []string{"No discrepancies to show.\n\n2 discrepancies hidden: 1 by the baseline, 1 by ignore rules.\n"}},
		{FormatJSON, []string{`"discrepancies": [],`, `"reason": "baseline"`, `"reason": "known"`, `"hidden": 2`}},
		{FormatSARIF, []string{`"results": [],`, `"hiddenDiscrepancies": 2`}},
		{FormatHTML, []string{"2 discrepancies hidden: 1 by the baseline, 1 by ignore rules."}},
	}
	for _, tc := range tests {
		t.Run(string(tc.format), func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, tc.format, rep); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, b.String())
				}
			}
		})
	}
}
