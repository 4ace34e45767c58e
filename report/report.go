package report

import (
	"cmp"
	"time"

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
	// FindingsSeen says, for a run with an index (--db), when each
	// finding, by id, was first reported, shown or hidden; nil for a run
	// without one. Table, markdown and JSON mark each finding new or
	// seen, with the date.
	FindingsSeen map[string]Seen
	// DocumentsSeen says, for a run with an index, when each document, by
	// id, was first stored: an item a feed publishes again, with the same
	// text, is not new. JSON marks each document; nil for none.
	DocumentsSeen map[string]Seen
}

// Seen is when a run of the index first saw a finding or a document.
type Seen struct {
	New   bool      // no earlier run saw it
	First time.Time // when the first run that saw it started
}

// firstDay returns the day s was first seen, as YYYY-MM-DD in UTC.
func (s Seen) firstDay() string { return s.First.UTC().Format(time.DateOnly) }

// Hidden is a finding left out of the report, and why.
type Hidden struct {
	Finding compare.Finding
	// Baseline is set when the baseline hid the finding, else an ignore
	// rule did.
	Baseline bool
	// Seen is set when the finding was hidden as seen by an earlier run
	// of the index (dedupe --new).
	Seen bool
	// Reason is "baseline", "seen", or the reason the ignore rule gives.
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

// hiddenCounts returns how many findings the baseline hid, how many the
// ignore rules did and how many were hidden as seen by an earlier run.
func (rep *Report) hiddenCounts() (baseline, rules, seen int) {
	for _, h := range rep.Hidden {
		switch {
		case h.Baseline:
			baseline++
		case h.Seen:
			seen++
		default:
			rules++
		}
	}
	return baseline, rules, seen
}
