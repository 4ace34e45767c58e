package main

import (
	"bytes"
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
