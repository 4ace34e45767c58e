package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
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
		{"second document", "threshold: 0.2\n---\nfail-on: info\n", "d.yaml:2: a second YAML document (after ---): a configuration file holds one"},
		{"second document after a marker", "---\nthreshold: 0.2\n---\n", "d.yaml:3: a second YAML document (after ---): a configuration file holds one"},
		{"unknown key in a second document", "threshold: 0.2\n...\n---\ncolour: red\n", "d.yaml:3: a second YAML document (after ---)"},
		{"syntax in a second document", "threshold: 0.2\n---\n[\n", "d.yaml:3: did not find expected node content, in a second YAML document (after ---): a configuration file holds one"},
		{"duplicate date", "dates:\n  a: 2023-09\n  b: 2023-09\n  a: 2023-10\n", `d.yaml:4: mapping key "a" already defined at line 2`},
		{"duplicate key in rule", "ignore:\n  - {kind: date, reason: x, kind: number}\n", `d.yaml:2: mapping key "kind" already defined at line 2`},
		{"merge key", "dates:\n  <<: {a: 2023-09}\n", "d.yaml:2: merge keys (<<) are not supported in a configuration"},
		{"mapping for a string", "fail-on: {a: 1, b: 2}\n", "d.yaml:1: cannot unmarshal !!map into string"},
		{"mapping for a list", "ignore: {a: 1}\n", "d.yaml:1: cannot unmarshal !!map into a list of ignore rules"},
		{"list for dates", "dates: [a]\n", "d.yaml:1: cannot unmarshal !!seq into a mapping of document ids to dates"},
		{"key not a string", "dates:\n  [a]: 2023-09\n", "d.yaml:2: cannot unmarshal !!seq into a key"},
		{"alias of a mapping for a string", "severity: &s {date: info}\nfail-on: *s\n", "d.yaml:1: cannot unmarshal !!map into string"},
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
	for _, in := range []string{"", "\n", "# only a comment\n", "---\n", "---\n...\n", "~\n"} {
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

// manyDates returns a configuration dating n documents.
func manyDates(n int) []byte {
	var b strings.Builder
	b.WriteString("dates:\n")
	for i := range n {
		fmt.Fprintf(&b, "  doc%07d: 2023-09-13\n", i)
	}
	return []byte(b.String())
}

// BenchmarkParseConfig parses configurations of 30,000 and 300,000 dates:
// the time per date stays the same (parsing is linear in keys).
func BenchmarkParseConfig(b *testing.B) {
	for _, n := range []int{30_000, 300_000} {
		data := manyDates(n)
		b.Run(fmt.Sprintf("dates=%d", n), func(b *testing.B) {
			for b.Loop() {
				c, err := parseConfig("d.yaml", data)
				if err != nil || len(c.dates) != n {
					b.Fatalf("parseConfig = %d dates, %v", len(c.dates), err)
				}
			}
		})
	}
}

func TestParseConfigAliases(t *testing.T) {
	in := "dates: {a: &d 2023-09-13, b: *d}\nignore:\n  - &r {kind: date, reason: known}\n  - *r\n"
	c, err := parseConfig("d.yaml", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.dates) != 2 || c.dates[1].date.String() != "2023-09-13" || len(c.policy.Ignore) != 2 {
		t.Errorf("parseConfig(%q) = %+v, %+v; want both dates and both rules", in, c.dates, c.policy.Ignore)
	}
}

func TestLoadConfigSize(t *testing.T) {
	dir := t.TempDir()
	padded := func(n int) []byte { // a comment line, repeated up to n bytes
		return append(bytes.Repeat([]byte("#"+strings.Repeat(" ", 62)+"\n"), n/64), strings.Repeat("#", n%64)...)
	}
	tests := []struct {
		name string
		data []byte
		want string // "" for no error
	}{
		{"at the limit", padded(maxConfigSize), ""},
		{"over the limit", padded(maxConfigSize + 1), "big.yaml: file of 1.0 MiB is over the 1 MiB limit of a configuration file"},
		{"far over the limit", padded(3 << 20), "big.yaml: file of 3 MiB is over the 1 MiB limit of a configuration file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "big.yaml")
			if err := os.WriteFile(path, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := loadConfig(path)
			want := tc.want
			if want != "" {
				want = filepath.Join(dir, want)
			}
			if got := errString(err); got != want {
				t.Errorf("loadConfig = %q, want %q", got, want)
			}
		})
	}
}

// errString returns err's message, "" for nil.
func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
