package report

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/dedupe-news/dedupe/compare"
)

// stripColors removes the escapes colorSeverities writes.
func stripColors(s string) string {
	return strings.NewReplacer(ansiError, "", ansiWarning, "", ansiInfo, "", ansiReset, "").Replace(s)
}

// termReports are the reports the terminal tests print: the seeds, the
// sample and every forged input.
func termReports(t *testing.T) map[string]*Report {
	reps := map[string]*Report{"seeds": {Result: seedResult(t)}, "sample": {Result: sampleResult(t)}}
	for _, tc := range forged() {
		reps[tc.name] = untrustedReport(tc.in)
	}
	return reps
}

// TestTableWidth checks that no line of the table fitted to a width is
// wider than it, counted in characters and in terminal columns, and that
// the sections keep their order.
func TestTableWidth(t *testing.T) {
	for name, rep := range termReports(t) {
		for _, width := range []int{40, 60, 80, 120, 200} {
			var b bytes.Buffer
			if err := TableWith(&b, rep, Options{Width: width}); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			for i, line := range strings.Split(out, "\n") {
				if n, w := utf8.RuneCountInString(line), twwidth.Width(line); n > width || w > width {
					t.Errorf("%s at %d: line %d is %d characters, %d columns wide: %q", name, width, i+1, n, w, line)
				}
			}
			d, k := strings.Index(out, "\nDiscrepancies\n"), strings.Index(out, "\nShared claims\n")
			if d < 0 || k < d {
				t.Errorf("%s at %d: discrepancies at %d, shared claims at %d; want discrepancies first", name, width, d, k)
			}
		}
	}
}

// TestTableWidthGolden compares the seeds' table fitted to 80 columns
// with testdata/seeds.table80.golden.
func TestTableWidthGolden(t *testing.T) {
	var b bytes.Buffer
	if err := TableWith(&b, &Report{Result: seedResult(t)}, Options{Width: 80}); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, filepath.Join("testdata", "seeds.table80.golden"), b.Bytes())
}

func TestWrapText(t *testing.T) {
	tests := []struct {
		name, in string
		width    int
		want     []string
	}{
		{"fits", "un dos tres", 11, []string{"un dos tres"}},
		{"no limit", "un dos tres", 0, []string{"un dos tres"}},
		{"at spaces", "un dos tres", 6, []string{"un dos", "tres"}},
		{"a long word broken", "ab https://x.example/abc", 8, []string{"ab", "https://", "x.exampl", "e/abc"}},
		{"runes, not bytes", "año señal", 4, []string{"año", "seña", "l"}},
		{"wide characters", "日本語の", 4, []string{"日本", "語の"}},
		{"empty", "", 5, []string{""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := wrapText(tc.in, tc.width); strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("wrapText(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
			}
		})
	}
}

// TestTableColor checks that colour marks the severities and changes
// nothing else: without its escapes the output is the plain one, and the
// forged inputs' own escapes stay escaped.
func TestTableColor(t *testing.T) {
	for name, rep := range termReports(t) {
		for _, width := range []int{0, 80} {
			var plain, colored bytes.Buffer
			if err := TableWith(&plain, rep, Options{Width: width}); err != nil {
				t.Fatal(err)
			}
			if err := TableWith(&colored, rep, Options{Width: width, Color: true}); err != nil {
				t.Fatal(err)
			}
			if got := stripColors(colored.String()); got != plain.String() {
				t.Errorf("%s at %d: coloured output without its colours differs:\n%s\nwant:\n%s", name, width, got, plain.String())
			}
			if len(rep.Result.Findings) > 0 && !strings.Contains(colored.String(), ansiError+"error"+ansiReset) {
				t.Errorf("%s at %d: no red error:\n%s", name, width, colored.String())
			}
			if err := checkEscaped(FormatTable, stripColors(colored.String()), untrusted{}); err != nil {
				t.Errorf("%s at %d: %v", name, width, err)
			}
		}
	}
	var b bytes.Buffer
	r := sampleResult(t)
	r.Findings[0].Severity = compare.Warning
	r.Findings = append(r.Findings, compare.Finding{ID: "d9", Kind: compare.KindDate, Severity: compare.Info, Message: "info"})
	if err := TableWith(&b, &Report{Result: r}, Options{Color: true}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{ansiWarning + "warning" + ansiReset, ansiInfo + "info" + ansiReset} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, b.String())
		}
	}
	if strings.Count(b.String(), "\x1b[") != 4 {
		t.Errorf("%d escapes, want 4 (two severities, two resets):\n%q", strings.Count(b.String(), "\x1b["), b.String())
	}
}

// TestOnly checks that Options.Only prints one part of the table and
// markdown reports, and that the other formats ignore it.
func TestOnly(t *testing.T) {
	all := []string{"Summary", "Discrepancies", "Near-duplicate documents", "Shared claims", "Entities"}
	tests := []struct {
		only Part
		want []string // the level-1 titles printed
	}{
		{PartAll, all},
		{PartFindings, []string{"Discrepancies"}},
		{PartClusters, []string{"Near-duplicate documents", "Shared claims"}},
		{PartEntities, []string{"Entities"}},
	}
	rep := &Report{Result: sampleResult(t)}
	for _, tc := range tests {
		t.Run(string(tc.only), func(t *testing.T) {
			for _, f := range []Format{FormatTable, FormatMarkdown} {
				var b bytes.Buffer
				if err := WriteWith(&b, f, rep, Options{Only: tc.only}); err != nil {
					t.Fatal(err)
				}
				for _, title := range all {
					heading := title + "\n====" // table
					if f == FormatMarkdown {
						heading = "## " + title + "\n"
					}
					want := strings.Contains(strings.Join(tc.want, "|"), title)
					if got := strings.Contains(b.String(), heading); got != want {
						t.Errorf("%s: %q printed %v, want %v:\n%s", f, title, got, want, b.String())
					}
				}
			}
			var plain, with bytes.Buffer
			if err := Write(&plain, FormatJSON, rep); err != nil {
				t.Fatal(err)
			}
			if err := WriteWith(&with, FormatJSON, rep, Options{Only: tc.only, Width: 40, Color: true}); err != nil {
				t.Fatal(err)
			}
			if plain.String() != with.String() {
				t.Errorf("json with options differs")
			}
		})
	}
}

func TestParsePart(t *testing.T) {
	for _, s := range []string{"findings", "clusters", "entities"} {
		if p, err := ParsePart(s); err != nil || string(p) != s {
			t.Errorf("ParsePart(%q) = %q, %v", s, p, err)
		}
	}
	for _, s := range []string{"", "summary", "Findings"} {
		if _, err := ParsePart(s); err == nil {
			t.Errorf("ParsePart(%q) succeeded", s)
		}
	}
}
