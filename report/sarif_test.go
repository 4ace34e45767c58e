package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// sarifSchema compiles the SARIF 2.1.0 schema in testdata, with format
// assertions (uri, uri-reference, date-time) turned on.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(SARIFSchema, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(SARIFSchema)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

// awkwardReport is the sample with what SARIF has to take care of: an
// absolute path, a path with a space and a colon, standard input, text
// beyond the Basic Multilingual Plane, a finding without mentions and a
// hidden one.
func awkwardReport(t *testing.T) *Report {
	r := sampleResult(t)
	r.Documents[0].Path = "/tmp/artículos/abc.txt"
	r.Documents[1].Path = "dir with space/el:pais.txt"
	r.Documents[2].Path = "-"
	r.Findings = append(r.Findings, compare.Finding{ID: "place-1", Kind: compare.KindPlace, Severity: compare.Info, Message: "no mentions"})
	emoji := newDoc(t, "emoji", "🙂 El Gobierno anunció 3.000 millones.\n", timex.Date{}, "🙂 El Gobierno anunció 3.000 millones.")
	r.Documents = append(r.Documents, emoji)
	r.Claims = append(r.Claims, compare.Claim{ID: "c6", Doc: 3, Sentence: 0, Cluster: -1})
	r.Findings[0].Mentions = append(r.Findings[0].Mentions, compare.FindingMention{
		Claim: 5, Span: span(t, &r.Documents[3], "3.000 millones"), Text: "3.000 millones", Value: "3000000000",
	})
	hidden := compare.Finding{ID: "date-9", Kind: compare.KindDate, Severity: compare.Error, Message: "hidden"}
	return &Report{Result: r, Hidden: []Hidden{{Finding: hidden, Baseline: true, Reason: "baseline"}}}
}

// TestSARIFSchema validates the SARIF output against the official SARIF
// 2.1.0 schema (testdata/sarif-schema-2.1.0.json).
func TestSARIFSchema(t *testing.T) {
	sch := sarifSchema(t)
	reports := []struct {
		name string
		rep  func(*testing.T) *Report
	}{
		{"seeds", func(t *testing.T) *Report { return &Report{Result: seedResult(t)} }},
		{"sample", func(t *testing.T) *Report { return &Report{Result: sampleResult(t)} }},
		{"awkward", awkwardReport},
		{"located by file and URL", locatedReport},
		{"empty", func(*testing.T) *Report { return nil }},
	}
	for _, tc := range reports {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := SARIF(&b, tc.rep(t)); err != nil {
				t.Fatal(err)
			}
			inst, err := jsonschema.UnmarshalJSON(&b)
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(inst); err != nil {
				t.Errorf("SARIF output is not valid SARIF 2.1.0: %v", err)
			}
		})
	}
}

// TestSARIFSchemaRejects checks that the schema test can fail: output
// broken in ways GitHub would refuse does not validate.
func TestSARIFSchemaRejects(t *testing.T) {
	sch := sarifSchema(t)
	for _, bad := range []string{
		`{"version": "2.1.0"}`,
		`{"version": "2.2", "runs": []}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {"region": {"startLine": 0}}}]}]}]}`,
	} {
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		if err != nil {
			t.Fatal(err)
		}
		if sch.Validate(inst) == nil {
			t.Errorf("schema accepts %s", bad)
		}
	}
}

func TestSARIFContent(t *testing.T) {
	var b bytes.Buffer
	if err := SARIF(&b, awkwardReport(t)); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	first := run.Results[0]
	tests := []struct {
		name      string
		got, want any
	}{
		{"one rule per known kind", len(run.Tool.Driver.Rules), len(compare.Kinds())},
		{"rule index", run.Tool.Driver.Rules[first.RuleIndex].ID, "number"},
		{"level", first.Level, "error"},
		{"fingerprint", first.PartialFingerprints[sarifFingerprint], "d1"},
		{"absolute path", first.Locations[0].PhysicalLocation.ArtifactLocation.URI, "file:///tmp/art%C3%ADculos/abc.txt"},
		{"relative path", first.RelatedLocations[0].PhysicalLocation.ArtifactLocation.URI, "dir%20with%20space/el:pais.txt"},
		{"related id", first.RelatedLocations[0].ID, 1},
		{"related message", first.RelatedLocations[0].Message.Text, "elpais: «3.000 millones» = 3000000000"},
		{"start column", first.Locations[0].PhysicalLocation.Region.StartColumn, 21},
		{"end column", first.Locations[0].PhysicalLocation.Region.EndColumn, 35},
		// 🙂 is one code point (four bytes) and é one (two bytes).
		{"code point column", first.RelatedLocations[1].PhysicalLocation.Region.StartColumn, 23},
		{"column kind", run.ColumnKind, "unicodeCodePoints"},
		{"no location", len(run.Results[1].Locations), 0},
		{"note", run.Results[1].Level, "note"},
		{"hidden left out", len(run.Results), 2},
		{"hidden counted", run.Properties.Hidden, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %v; want %v", tc.got, tc.want)
			}
		})
	}
}
