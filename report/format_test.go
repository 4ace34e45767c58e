package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestParseFormat(t *testing.T) {
	tests := []struct {
		name, in string
		want     Format
		wantErr  bool
	}{
		{"table", "table", FormatTable, false},
		{"markdown", "markdown", FormatMarkdown, false},
		{"json", "json", FormatJSON, false},
		{"unknown", "xml", "", true},
		{"case matters", "JSON", "", true},
		{"empty", "", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseFormat(tc.in)
			if got != tc.want || (err != nil) != tc.wantErr {
				t.Errorf("ParseFormat(%q) = %q, %v; want %q, error %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}

func TestFormatSet(t *testing.T) {
	f := FormatTable
	if err := f.Set("json"); err != nil || f != FormatJSON {
		t.Errorf(`Set("json") = %v, format %q; want nil, "json"`, err, f)
	}
	if err := f.Set("yaml"); err == nil || f != FormatJSON {
		t.Errorf(`Set("yaml") = %v, format %q; want an error, format unchanged`, err, f)
	}
}

func TestWrite(t *testing.T) {
	tests := []struct {
		name    string
		format  Format
		prefix  string
		wantErr bool
	}{
		{"table", FormatTable, "Summary\n", false},
		{"markdown", FormatMarkdown, "# Dedupe report\n", false},
		{"json", FormatJSON, "{\n  \"version\": 1,", false},
		{"unknown", Format("xml"), "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			err := Write(&b, tc.format, &Report{Result: sampleResult(t)})
			if (err != nil) != tc.wantErr || !strings.HasPrefix(b.String(), tc.prefix) {
				t.Errorf("Write(%q) = %v, output %.40q…; want prefix %q, error %v", tc.format, err, b.String(), tc.prefix, tc.wantErr)
			}
		})
	}
}
