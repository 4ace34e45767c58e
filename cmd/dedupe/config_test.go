package main

import (
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/compare"
)

func TestParseConfig(t *testing.T) {
	const good = `# comment
threshold: 0.3
fail-on: warning
severity:
  title: warning
  date: info
dates:
  abc: 2023-09-13
  elpais: 2023-09
ignore:
  - kind: date
    doc: abc
    reason: "known"
  - {id: number-123, reason: checked by the desk}
`
	c, err := parseConfig("d.yaml", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"threshold", *c.threshold, 0.3},
		{"fail-on", *c.failOn, failLevel{least: compare.Warning}},
		{"severity title", c.policy.Severity[compare.KindTitle], compare.Warning},
		{"severity date", c.policy.Severity[compare.KindDate], compare.Info},
		{"dates", len(c.dates), 2},
		{"date value", c.dates[0].date.String(), "2023-09-13"},
		{"date month", c.dates[1].date.String(), "2023-09"},
		{"date source", c.dates[0].source, "d.yaml:8: dates"},
		{"rules", len(c.policy.Ignore), 2},
		{"rule", c.policy.Ignore[1].ID + "/" + c.policy.Ignore[1].Reason, "number-123/checked by the desk"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %v; want %v", tc.got, tc.want)
			}
		})
	}
}

func TestParseConfigErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"unknown key", "threshold: 0.2\ncolour: red\n", `d.yaml:2: unknown key "colour"`},
		{"unknown key in rule", "ignore:\n  - kind: date\n    reasn: x\n", `d.yaml:3: unknown key "reasn"`},
		{"two unknown keys", "a: 1\nb: 2\n", "d.yaml:1: unknown key \"a\"\nd.yaml:2: unknown key \"b\""},
		{"not a mapping", "- 1\n", "d.yaml:1: cannot unmarshal !!seq into the configuration (a mapping of keys)"},
		{"wrong type", "threshold: [1]\n", "d.yaml:1: cannot unmarshal !!seq into float64"},
		{"rule not a mapping", "ignore: [date]\n", "d.yaml:1: cannot unmarshal !!str `date` into an ignore rule (a mapping of keys)"},
		{"syntax", "severity: {date: warning\n", "d.yaml:1: did not find expected ',' or '}'"},
		{"tab indent", "severity:\n\tdate: x\n", "d.yaml:2: found character that cannot start any token"},
		{"duplicate key", "fail-on: info\nfail-on: error\n", `d.yaml:2: mapping key "fail-on" already defined at line 1`},
		{"threshold", "threshold: 0\n", "d.yaml:1: threshold 0: must be in (0, 1]"},
		{"fail-on", "\nfail-on: always\n", `d.yaml:2: fail-on "always": want error, warning, info or none`},
		{"severity kind", "severity:\n  number: error\n  titles: info\n", `d.yaml:3: severity: unknown kind "titles": want date, number, duration, update, place, title, attribution, actor, modality`},
		{"severity level", "severity: {date: high}\n", `d.yaml:1: severity of date: invalid severity "high": want error, warning or info`},
		{"date", "dates:\n  a: 13/09/2023\n", `d.yaml:2: dates: invalid date "13/09/2023" for a: `},
		{"rule without reason", "ignore:\n  - kind: date\n", "d.yaml:2: ignore rule 1: an ignore rule needs a reason"},
		{"rule without criterion", "ignore:\n  - kind: date\n    reason: x\n  - reason: why\n", "d.yaml:4: ignore rule 2: an ignore rule needs kind, doc or id"},
		{"rule kind", "ignore: [{kind: dat, reason: x}]\n", `d.yaml:1: ignore rule 1: unknown kind "dat"`},
		{"all reported", "threshold: 2\nfail-on: x\n", "d.yaml:1: threshold 2: must be in (0, 1]\nd.yaml:2: fail-on"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseConfig("d.yaml", []byte(tc.in))
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("parseConfig(%q) error = %v\nwant prefix %q", tc.in, err, tc.want)
			}
		})
	}
}

func TestParseConfigEmpty(t *testing.T) {
	for _, in := range []string{"", "\n", "# only a comment\n", "---\n"} {
		c, err := parseConfig("d.yaml", []byte(in))
		if err != nil || c.threshold != nil || c.failOn != nil || len(c.dates) > 0 || len(c.policy.Ignore) > 0 {
			t.Errorf("parseConfig(%q) = %+v, %v; want an empty configuration", in, c, err)
		}
	}
}

func TestMerge(t *testing.T) {
	c, err := parseConfig("d.yaml", []byte("threshold: 0.4\nfail-on: info\ndates: {a: 2023-09, b: 2023-10}\n"))
	if err != nil {
		t.Fatal(err)
	}
	fs, opts := newFlagSet()
	if err := opts.parse(fs, []string{"--date", "b=2024-01-02", "x.txt"}); err != nil {
		t.Fatal(err)
	}
	s := opts.merge(c)
	if s.threshold != 0.4 || s.failOn != (failLevel{least: compare.Info}) {
		t.Errorf("merge without flags = %v, %v; want the file's 0.4, info", s.threshold, s.failOn)
	}
	var dates []string
	for _, d := range s.dates {
		dates = append(dates, d.id+"="+d.date.String())
	}
	if got := strings.Join(dates, " "); got != "a=2023-09 b=2024-01-02" {
		t.Errorf("merged dates = %s, want the flag's date for b", got)
	}
	fs, opts = newFlagSet()
	if err := opts.parse(fs, []string{"--threshold", "0.15", "--fail-on", "none", "x.txt"}); err != nil {
		t.Fatal(err)
	}
	if s := opts.merge(c); s.threshold != 0.15 || !s.failOn.never {
		t.Errorf("merge with flags = %v, %v; want the flags' 0.15, none", s.threshold, s.failOn)
	}
}
