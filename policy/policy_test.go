package policy

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize"
)

// result is two documents, a and b, one claim each, and three findings:
// an error about dates in both, a warning about numbers in b and an info
// about dates in a.
func result() *compare.Result {
	mention := func(claim int) []compare.FindingMention { return []compare.FindingMention{{Claim: claim}} }
	return &compare.Result{
		Documents: []normalize.Document{{ID: "a"}, {ID: "b"}},
		Claims:    []compare.Claim{{ID: "c1", Doc: 0}, {ID: "c2", Doc: 1}},
		Findings: []compare.Finding{
			{ID: "date-1", Kind: compare.KindDate, Severity: compare.Error, Mentions: append(mention(0), mention(1)...)},
			{ID: "number-2", Kind: compare.KindNumber, Severity: compare.Warning, Mentions: mention(1)},
			{ID: "date-3", Kind: compare.KindDate, Severity: compare.Info, Mentions: mention(0)},
		},
	}
}

// summary lists findings as id:severity, and hidden ones as id(reason).
func summary(res *compare.Result, hidden []Hidden) string {
	var parts []string
	for _, f := range res.Findings {
		parts = append(parts, f.ID+":"+f.Severity.String())
	}
	for _, h := range hidden {
		parts = append(parts, h.Finding.ID+"("+h.Reason+")")
	}
	return strings.Join(parts, " ")
}

func TestApply(t *testing.T) {
	tests := []struct {
		name   string
		policy Policy
		want   string
	}{
		{"zero value keeps all", Policy{}, "date-1:error number-2:warning date-3:info"},
		{"severity override re-sorts", Policy{Severity: map[compare.FindingKind]compare.Severity{compare.KindNumber: compare.Error, compare.KindDate: compare.Info}},
			"number-2:error date-1:info date-3:info"},
		{"ignore by kind", Policy{Ignore: []Rule{{Kind: compare.KindDate, Reason: "r"}}}, "number-2:warning date-1(r) date-3(r)"},
		{"ignore by doc", Policy{Ignore: []Rule{{Doc: "b", Reason: "r"}}}, "date-3:info date-1(r) number-2(r)"},
		{"ignore by kind and doc", Policy{Ignore: []Rule{{Kind: compare.KindDate, Doc: "b", Reason: "r"}}}, "number-2:warning date-3:info date-1(r)"},
		{"ignore by id", Policy{Ignore: []Rule{{ID: "date-3", Reason: "r"}}}, "date-1:error number-2:warning date-3(r)"},
		{"first rule gives the reason", Policy{Ignore: []Rule{{ID: "date-3", Reason: "one"}, {Kind: compare.KindDate, Reason: "two"}}},
			"number-2:warning date-1(two) date-3(one)"},
		{"baseline", Policy{Baseline: NewBaseline(result().Findings[:2])}, "date-3:info date-1(baseline) number-2(baseline)"},
		{"rule before baseline", Policy{Ignore: []Rule{{ID: "date-1", Reason: "r"}}, Baseline: NewBaseline(result().Findings)},
			"date-1(r) number-2(baseline) date-3(baseline)"},
		{"seen by an earlier run", Policy{Seen: BaselineOf([]string{"number-2", "date-1"})}, "date-3:info date-1(seen) number-2(seen)"},
		{"baseline before seen", Policy{Baseline: NewBaseline(result().Findings[:1]), Seen: BaselineOf([]string{"date-1", "date-3"})},
			"number-2:warning date-1(baseline) date-3(seen)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := result()
			shown, hidden := tc.policy.Apply(res)
			if got := summary(shown, hidden); got != tc.want {
				t.Errorf("Apply = %s\nwant    %s", got, tc.want)
			}
			if got := summary(res, nil); got != "date-1:error number-2:warning date-3:info" {
				t.Errorf("Apply modified its input: %s", got)
			}
		})
	}
}

func TestUnmatched(t *testing.T) {
	tests := []struct {
		name         string
		policy       Policy
		rules, items string // descriptions of the rules and ids of the entries unmatched
	}{
		{"zero value", Policy{}, "", ""},
		{"every rule matches", Policy{Ignore: []Rule{{Kind: compare.KindDate, Reason: "r"}, {Doc: "b", Reason: "r"}, {ID: "number-2", Reason: "r"}}}, "", ""},
		{"a rule shadowed by an earlier one still matches", Policy{Ignore: []Rule{{Kind: compare.KindDate, Reason: "r"}, {ID: "date-1", Reason: "r"}}}, "", ""},
		{"kind with no finding", Policy{Ignore: []Rule{{Kind: compare.KindTitle, Reason: "r"}}}, "kind title", ""},
		{"unknown document", Policy{Ignore: []Rule{{Doc: "zz", Reason: "r"}}}, "doc zz", ""},
		{"kind and doc that no finding has together", Policy{Ignore: []Rule{{Kind: compare.KindNumber, Doc: "a", Reason: "r"}}}, "kind number, doc a", ""},
		{"id gone", Policy{Ignore: []Rule{{ID: "date-9", Reason: "r"}, {ID: "date-3", Reason: "r"}}}, "id date-9", ""},
		{"baseline entries gone", Policy{Baseline: &Baseline{Findings: []BaselineEntry{{ID: "date-1"}, {ID: "old-1"}, {ID: "old-2"}}}}, "", "old-1 old-2"},
		{"baseline entries all there", Policy{Baseline: NewBaseline(result().Findings)}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rules, entries := tc.policy.Unmatched(result())
			var gotRules, gotEntries []string
			for _, r := range rules {
				gotRules = append(gotRules, r.String())
			}
			for _, e := range entries {
				gotEntries = append(gotEntries, e.ID)
			}
			if got := strings.Join(gotRules, "; "); got != tc.rules {
				t.Errorf("unmatched rules = %q, want %q", got, tc.rules)
			}
			if got := strings.Join(gotEntries, " "); got != tc.items {
				t.Errorf("unmatched entries = %q, want %q", got, tc.items)
			}
		})
	}
}

func TestRuleValidate(t *testing.T) {
	tests := []struct {
		name string
		rule Rule
		want string // "" for valid
	}{
		{"kind", Rule{Kind: compare.KindDate, Reason: "r"}, ""},
		{"doc and id", Rule{Doc: "a", ID: "x", Reason: "r"}, ""},
		{"no criterion", Rule{Reason: "r"}, "an ignore rule needs kind, doc or id"},
		{"no reason", Rule{Kind: compare.KindDate}, "an ignore rule needs a reason"},
		{"blank reason", Rule{Kind: compare.KindDate, Reason: "  "}, "an ignore rule needs a reason"},
		{"unknown kind", Rule{Kind: "dates", Reason: "r"}, `unknown kind "dates": want ` + kindList()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.rule.Validate()
			if got := errString(err); got != tc.want {
				t.Errorf("Validate() = %q, want %q", got, tc.want)
			}
		})
	}
}

// kindList returns the kinds of [compare.Kinds], comma-separated.
func kindList() string {
	var names []string
	for _, k := range compare.Kinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestBaselineRoundTrip(t *testing.T) {
	findings := result().Findings
	findings = append(findings, findings[0]) // a duplicate id is recorded once
	b := NewBaseline(findings)
	var buf bytes.Buffer
	if err := b.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "{\n  \"version\": 1,\n  \"findings\": [\n    {\n      \"id\": \"date-1\",") {
		t.Errorf("Encode =\n%s", buf.String())
	}
	got, err := ParseBaseline("b.json", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Findings) != 3 {
		t.Errorf("round trip kept %d findings, want 3", len(got.Findings))
	}
	for _, id := range []string{"date-1", "number-2", "date-3"} {
		if !got.Has(id) {
			t.Errorf("Has(%q) = false after the round trip", id)
		}
	}
	if got.Has("date-4") || got.Has("") || (*Baseline)(nil).Has("date-1") {
		t.Error("Has reports an id not listed")
	}
	empty := NewBaseline(nil)
	buf.Reset()
	if err := empty.Encode(&buf); err != nil || !strings.Contains(buf.String(), `"findings": []`) {
		t.Errorf("empty baseline encodes as %q, %v", buf.String(), err)
	}
}

func TestParseBaselineErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"syntax", "{\n  \"version\": 1,\n  \"findings\": [,]\n}", "b.json:3: baseline: invalid character ',' looking for beginning of value"},
		{"type", "{\"version\": \"1\"}", "b.json:1: baseline: json: cannot unmarshal string into Go struct field Baseline.version of type int"},
		{"truncated", "{\"version\": 1,", "b.json: baseline: unexpected EOF"},
		{"empty", "", "b.json: baseline: EOF"},
		{"unknown field", `{"version": 1, "findings": [], "extra": 1}`, `b.json: baseline: json: unknown field "extra"`},
		{"version", `{"version": 2, "findings": []}`, "b.json: baseline version 2: want 1"},
		{"no version", `{"findings": []}`, "b.json: baseline version 0: want 1"},
		{"no id", `{"version": 1, "findings": [{"kind": "date"}]}`, "b.json: baseline finding 1 has no id"},
		{"two values", `{"version": 1, "findings": []} {}`, "b.json: baseline: more than one JSON value"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseBaseline("b.json", []byte(tc.in))
			if got := errString(err); got != tc.want {
				t.Errorf("ParseBaseline(%q) error = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestParseKind(t *testing.T) {
	for _, k := range compare.Kinds() {
		if got, err := ParseKind(string(k)); got != k || err != nil {
			t.Errorf("ParseKind(%q) = %q, %v", k, got, err)
		}
	}
	if _, err := ParseKind("Date"); err == nil {
		t.Error(`ParseKind("Date") succeeded; kinds are lower case`)
	}
}
