package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// TestSeen marks the findings of a run with an index new or seen, with
// the day first seen, in the table, markdown and JSON; without an index
// there is no such column or field.
func TestSeen(t *testing.T) {
	first := time.Date(2026, 12, 1, 22, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		seen      map[string]Seen
		hidden    bool // the finding is hidden as seen
		table, md []string
		json      string // its "new" and "first_seen", "" for none
	}{
		{name: "no index", table: []string{"| Value      |\n"}, json: ""},
		{
			name:  "new",
			seen:  map[string]Seen{"f1": {New: true, First: first}},
			table: []string{"| Value      | Seen           |", "| new 2026-12-01 |"},
			md:    []string{"| Value | Seen |", "| new 2026-12-01 |"},
			json:  `"new":true,"first_seen":"2026-12-01"`,
		},
		{
			name:  "seen",
			seen:  map[string]Seen{"f1": {First: first}},
			table: []string{"| seen 2026-12-01 |"},
			json:  `"new":false,"first_seen":"2026-12-01"`,
		},
		{
			name:   "hidden as seen",
			seen:   map[string]Seen{"f1": {First: first}},
			hidden: true,
			table:  []string{"No discrepancies to show.", "1 discrepancy hidden: 1 seen in earlier runs."},
			json:   `"reason":"seen","new":false,"first_seen":"2026-12-01"`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := sampleResult(t)
			res.Findings[0].ID = "f1"
			rep := &Report{Result: res, FindingsSeen: tc.seen}
			if tc.hidden {
				rep.Hidden = []Hidden{{Finding: res.Findings[0], Seen: true, Reason: "seen"}}
				c := *res
				c.Findings = nil
				rep.Result = &c
			}
			for _, f := range []struct {
				write func(*bytes.Buffer, *Report) error
				want  []string
			}{
				{func(b *bytes.Buffer, r *Report) error { return Table(b, r) }, tc.table},
				{func(b *bytes.Buffer, r *Report) error { return Markdown(b, r) }, tc.md},
			} {
				var b bytes.Buffer
				if err := f.write(&b, rep); err != nil {
					t.Fatal(err)
				}
				for _, w := range f.want {
					if !strings.Contains(b.String(), w) {
						t.Errorf("output lacks %q:\n%s", w, b.String())
					}
				}
				if tc.seen == nil && strings.Contains(b.String(), "Seen") {
					t.Errorf("a Seen column without an index:\n%s", b.String())
				}
			}
			var b bytes.Buffer
			if err := JSON(&b, rep); err != nil {
				t.Fatal(err)
			}
			var compact bytes.Buffer
			if err := json.Compact(&compact, b.Bytes()); err != nil {
				t.Fatal(err)
			}
			got := compact.String()
			if tc.json == "" && (strings.Contains(got, `"new"`) || strings.Contains(got, `"first_seen"`)) {
				t.Errorf("JSON marks findings without an index:\n%s", got)
			}
			if tc.json != "" && !strings.Contains(got, tc.json) {
				t.Errorf("JSON lacks %s:\n%s", tc.json, got)
			}
		})
	}
}
