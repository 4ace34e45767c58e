package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/ingest"
	"github.com/dedupe-news/dedupe/report"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in      string
		want    int64
		wantErr bool
	}{
		{"0", 0, false},
		{"1024", 1024, false},
		{"10MiB", 10 << 20, false},
		{"10 MiB", 10 << 20, false},
		{"512KiB", 512 << 10, false},
		{"2G", 2 << 30, false},
		{"3B", 3, false},
		{"1.5MiB", 0, true},
		{"-1", 0, true},
		{"lots", 0, true},
		{"", 0, true},
		{"99999999999GiB", 0, true},
	}
	for _, tc := range tests {
		got, err := parseSize(tc.in)
		if got != tc.want || (err != nil) != tc.wantErr {
			t.Errorf("parseSize(%q) = %d, %v; want %d, error %v", tc.in, got, err, tc.want, tc.wantErr)
		}
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{0: "0 bytes", 999: "999 bytes", 1024: "1 KiB", 1536: "1.5 KiB", 10 << 20: "10 MiB", 50<<20 + 1: "50.0 MiB", 3 << 30: "3 GiB"} {
		if got := formatSize(n); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestParseEncodings(t *testing.T) {
	rules, err := parseEncodings([]string{"latin1", "a=utf8", "b=latin1"})
	if err != nil {
		t.Fatal(err)
	}
	want := []ingest.EncodingRule{
		{ID: "", Encoding: "latin1", Source: "--encoding latin1"},
		{ID: "a", Encoding: "utf8", Source: "--encoding a=utf8"},
		{ID: "b", Encoding: "latin1", Source: "--encoding b=latin1"},
	}
	if !slices.Equal(rules, want) {
		t.Errorf("parseEncodings = %+v, want %+v", rules, want)
	}
	for _, bad := range []string{"cp1252", "=latin1", "a=", "a=ascii"} {
		if _, err := parseEncodings([]string{bad}); err == nil {
			t.Errorf("parseEncodings(%q) succeeded", bad)
		}
	}
}

func TestParseOutputs(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		formatSet bool
		baseline  string
		want      string // format=path ... or an error prefix after "!"
	}{
		{"default", nil, false, "", "table=-"},
		{"only outputs", []string{"json=a.json", "sarif=b.sarif"}, false, "", "json=a.json sarif=b.sarif"},
		{"format too", []string{"json=a.json"}, true, "", "csv=- json=a.json"},
		{"stdout output", []string{"line=-"}, false, "", "line=-"},
		{"two stdouts", []string{"line=-"}, true, "", "!invalid --output line=-: only one output"},
		{"same file", []string{"json=a", "csv=./a"}, false, "", "!invalid --output csv=./a: another output writes to ./a"},
		{"baseline file", []string{"json=base.json"}, false, "base.json", "!invalid --output json=base.json"},
		{"no path", []string{"json="}, false, "", `!invalid --output "json="`},
		{"bad format", []string{"pdf=a.pdf"}, false, "", `!invalid --output "pdf=a.pdf": invalid format "pdf"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			format := report.FormatTable
			if tc.formatSet {
				format = report.FormatCSV
			}
			outs, err := parseOutputs(tc.args, format, tc.formatSet, tc.baseline)
			var got string
			if err != nil {
				got = "!" + err.Error()
			} else {
				var parts []string
				for _, o := range outs {
					parts = append(parts, string(o.format)+"="+o.path)
				}
				got = strings.Join(parts, " ")
			}
			if !strings.HasPrefix(got, tc.want) {
				t.Errorf("parseOutputs(%q) = %s, want %s", tc.args, got, tc.want)
			}
		})
	}
}
