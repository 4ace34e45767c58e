package report

import (
	"cmp"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize"
)

// Report is what the printers print: the result of a comparison, and what
// the command did around it. The zero value, like a nil *Report, is an
// empty report.
type Report struct {
	// Result is the comparison; its Findings are the discrepancies to
	// show. Nil counts as an empty result.
	Result *compare.Result
	// Locations maps the id of a document to where the line, GitHub and
	// SARIF outputs point for it instead of its path; a document not in
	// it is located at its path, as the other outputs always locate it.
	Locations map[string]Location
	// Hidden lists the findings that a baseline or an ignore rule left out
	// of Result.Findings, in the order to print them. Their mentions, like
	// those of the findings shown, index Result.Claims.
	Hidden []Hidden
}

// Hidden is a finding left out of the report, and why.
type Hidden struct {
	Finding compare.Finding
	// Baseline is set when the baseline hid the finding, else an ignore
	// rule did.
	Baseline bool
	// Reason is "baseline", or the reason the ignore rule gives.
	Reason string
}

// EncodingUTF8 is the encoding printed for a document whose Encoding is
// "": its input was UTF-8. Offsets and columns always refer to the
// decoded UTF-8 text.
const EncodingUTF8 = "utf8"

// orEmpty returns rep, or an empty report when rep is nil, with a non-nil
// Result.
func orEmpty(rep *Report) *Report {
	if rep == nil {
		rep = &Report{}
	}
	if rep.Result == nil {
		c := *rep
		c.Result = &compare.Result{}
		rep = &c
	}
	return rep
}

// prepare returns rep or an empty report, after checking that every index
// in it points inside its result.
func prepare(rep *Report) (*Report, error) {
	rep = orEmpty(rep)
	if err := validate(rep.Result); err != nil {
		return nil, err
	}
	for i, h := range rep.Hidden {
		if err := validateFinding(rep.Result, h.Finding, "hidden finding", i); err != nil {
			return nil, err
		}
	}
	return rep, nil
}

// encoding returns the encoding document d was decoded from.
func encoding(d *normalize.Document) string {
	return cmp.Or(d.Encoding, EncodingUTF8)
}

// hiddenCounts returns how many findings the baseline hid and how many the
// ignore rules did.
func (rep *Report) hiddenCounts() (baseline, rules int) {
	for _, h := range rep.Hidden {
		if h.Baseline {
			baseline++
		} else {
			rules++
		}
	}
	return baseline, rules
}
