package policy

import (
	"cmp"
	"errors"
	"slices"
	"strings"

	"github.com/dedupe-news/dedupe/compare"
)

// Policy says how to treat the findings of a run. The zero value keeps
// every finding as compare made it.
type Policy struct {
	// Severity sets the severity of every finding of a kind.
	Severity map[compare.FindingKind]compare.Severity
	// Ignore lists the rules whose findings are hidden.
	Ignore []Rule
	// Baseline lists findings to hide by id; nil hides none.
	Baseline *Baseline
	// Seen lists, by id, findings that an earlier run of the index
	// reported, to hide when only new findings are asked for (dedupe
	// --new); nil hides none.
	Seen *Baseline
}

// Rule hides the findings that match every criterion it sets.
type Rule struct {
	Kind compare.FindingKind // the kind of finding; "" for any
	// Doc is a document id; a finding matches when one of its mentions is
	// in that document. "" matches any.
	Doc    string
	ID     string // the stable id of one finding; "" for any
	Reason string // why the findings are hidden; required
	// Source says where the rule was written, for messages
	// (".dedupe.yaml:12"); "" when unknown.
	Source string
}

// String describes the criteria of r: "kind date, doc a".
func (r Rule) String() string {
	var parts []string
	for _, c := range [][2]string{{"kind", string(r.Kind)}, {"doc", r.Doc}, {"id", r.ID}} {
		if c[1] != "" {
			parts = append(parts, c[0]+" "+c[1])
		}
	}
	return strings.Join(parts, ", ")
}

// Validate reports a rule without a criterion, of an unknown kind or
// without a reason.
func (r Rule) Validate() error {
	if r.Kind == "" && r.Doc == "" && r.ID == "" {
		return errors.New("an ignore rule needs kind, doc or id")
	}
	if r.Kind != "" {
		if _, err := ParseKind(string(r.Kind)); err != nil {
			return err
		}
	}
	if strings.TrimSpace(r.Reason) == "" {
		return errors.New("an ignore rule needs a reason")
	}
	return nil
}

// matches reports whether finding f, a finding of res, matches r.
func (r Rule) matches(res *compare.Result, f *compare.Finding) bool {
	if r.Kind != "" && r.Kind != f.Kind || r.ID != "" && r.ID != f.ID {
		return false
	}
	if r.Doc == "" {
		return true
	}
	return slices.ContainsFunc(f.Mentions, func(m compare.FindingMention) bool {
		return 0 <= m.Claim && m.Claim < len(res.Claims) && res.Documents[res.Claims[m.Claim].Doc].ID == r.Doc
	})
}

// ReasonBaseline is the reason of a finding hidden because the baseline
// lists it.
const ReasonBaseline = "baseline"

// ReasonSeen is the reason of a finding hidden because an earlier run
// of the index reported it.
const ReasonSeen = "seen"

// Hidden is a finding that a policy hides, and why: the reason of the
// first ignore rule that matches it, else [ReasonBaseline], else
// [ReasonSeen].
type Hidden struct {
	Finding  compare.Finding
	Baseline bool // hidden by the baseline, not by a rule
	Seen     bool // hidden as seen by an earlier run, not by a rule or the baseline
	Reason   string
}

// Apply returns a copy of res whose findings carry the severities p sets,
// most severe first (otherwise in res's order), without those p hides; and
// the hidden findings, in the same order. res is not modified.
func (p *Policy) Apply(res *compare.Result) (*compare.Result, []Hidden) {
	out := *res
	out.Findings = nil
	var hidden []Hidden
	for _, f := range p.withSeverities(res.Findings) {
		if h, ok := p.hides(res, f); ok {
			hidden = append(hidden, h)
			continue
		}
		out.Findings = append(out.Findings, f)
	}
	return &out, hidden
}

// withSeverities returns a copy of findings with the severities p sets,
// sorted most severe first, stably.
func (p *Policy) withSeverities(findings []compare.Finding) []compare.Finding {
	out := slices.Clone(findings)
	for i := range out {
		if s, ok := p.Severity[out[i].Kind]; ok {
			out[i].Severity = s
		}
	}
	slices.SortStableFunc(out, func(a, b compare.Finding) int { return cmp.Compare(b.Severity, a.Severity) })
	return out
}

// hides reports whether p hides f, a finding of res, and why.
func (p *Policy) hides(res *compare.Result, f compare.Finding) (Hidden, bool) {
	for _, r := range p.Ignore {
		if r.matches(res, &f) {
			return Hidden{Finding: f, Reason: r.Reason}, true
		}
	}
	if p.Baseline.Has(f.ID) {
		return Hidden{Finding: f, Baseline: true, Reason: ReasonBaseline}, true
	}
	if p.Seen.Has(f.ID) {
		return Hidden{Finding: f, Seen: true, Reason: ReasonSeen}, true
	}
	return Hidden{}, false
}

// Unmatched returns what in p matches no finding of res, whatever the
// order of the rules: the ignore rules, in p's order, and the baseline
// entries, by id. They are stale (the finding was fixed, its id changed,
// or the rule is mistyped), and a run reports them.
func (p *Policy) Unmatched(res *compare.Result) ([]Rule, []BaselineEntry) {
	var rules []Rule
	for _, r := range p.Ignore {
		if !slices.ContainsFunc(res.Findings, func(f compare.Finding) bool { return r.matches(res, &f) }) {
			rules = append(rules, r)
		}
	}
	var entries []BaselineEntry
	if p.Baseline != nil {
		ids := make(map[string]bool, len(res.Findings))
		for _, f := range res.Findings {
			ids[f.ID] = true
		}
		for _, e := range p.Baseline.Findings {
			if !ids[e.ID] {
				entries = append(entries, e)
			}
		}
	}
	return rules, entries
}
