package compare

import (
	"strings"
	"testing"
)

// reports tells whether res has a finding of the gold case's kind, at
// least as severe as min, whose mentions fall in the claims of every gold
// mention, each with the gold value where it gives one.
func reports(t *testing.T, res *Result, c goldFinding, min Severity) bool {
	t.Helper()
	for _, f := range res.Findings {
		if string(f.Kind) != c.Kind || f.Severity < min {
			continue
		}
		all := true
		for _, gm := range c.Mentions {
			want := claimAt(res, gm.Doc, gm.Byte)
			found := false
			for _, m := range f.Mentions {
				if m.Claim == want && (gm.Value == "" || strings.HasPrefix(m.Value, gm.Value)) {
					found = true
				}
			}
			all = all && found
		}
		if all {
			return true
		}
	}
	return false
}

// TestGoldDates checks the must-report date case D1 and, with 002 dated
// 2023-08-30 as the user would with --date, the case D1b.
func TestGoldDates(t *testing.T) {
	g := loadGold(t)
	cases := map[string]goldFinding{}
	for _, c := range append(g.Discrepancies.Must, g.Discrepancies.Should...) {
		cases[c.ID] = c
	}
	res := Run(loadSeeds(t, nil), Options{})
	if !reports(t, res, cases["D1"], Error) {
		t.Errorf("D1 not reported as an error; findings:\n%s", describeAll(res))
	}
	d1b := cases["D1b"]
	res = Run(loadSeeds(t, d1b.Dates), Options{})
	if !reports(t, res, d1b, Error) {
		t.Errorf("D1b not reported as an error with %v; findings:\n%s", d1b.Dates, describeAll(res))
	}
}

func describeAll(res *Result) string {
	var b strings.Builder
	for _, f := range res.Findings {
		b.WriteString(describeFinding(f) + ": " + f.Message + "\n")
	}
	return b.String()
}
