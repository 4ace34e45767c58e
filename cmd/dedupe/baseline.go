package main

import (
	"bytes"
	"cmp"
	"io"
	"os"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/policy"
)

// baselineFor returns the baseline a run hides: with --write-baseline, the
// findings of res that the severity overrides and ignore rules of pol
// leave, after writing them to the file (an old --baseline does not limit
// what is recorded); else the --baseline file; else none.
func baselineFor(res *compare.Result, pol policy.Policy, opts *options) (*policy.Baseline, error) {
	if path := opts.writeBaselinePath; path != "" {
		pol.Baseline = nil
		kept, _ := pol.Apply(res)
		b := policy.NewBaseline(kept.Findings)
		var buf bytes.Buffer
		if err := b.Encode(&buf); err != nil {
			return nil, err
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			return nil, pathError(path, err)
		}
		return b, nil
	}
	if path := opts.baselinePath; path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, pathError(path, err)
		}
		return policy.ParseBaseline(path, data)
	}
	return nil, nil
}

// warnUnmatched reports on stderr each ignore rule of pol and each entry
// of its baseline (read from baselinePath) that matches no finding of res:
// a rule mistyped or gone stale, a finding fixed or changed since the
// baseline was written. The run goes on.
func warnUnmatched(stderr io.Writer, pol *policy.Policy, res *compare.Result, baselinePath string) {
	rules, entries := pol.Unmatched(res)
	for _, r := range rules {
		warnf(stderr, "%s: ignore rule (%s) matches no finding", cmp.Or(r.Source, "configuration"), r)
	}
	for _, e := range entries {
		kind := ""
		if e.Kind != "" {
			kind = " (" + e.Kind + ")"
		}
		warnf(stderr, "%s: baseline entry %s%s matches no finding: it may be fixed, or changed", cmp.Or(baselinePath, "baseline"), e.ID, kind)
	}
}
