package report

import (
	"github.com/dedupe-news/dedupe/compare"
)

// mentionRow is one side of a finding, located for the formats that print
// one line per mention ([Line], [CSV], [GitHub]).
type mentionRow struct {
	id      string           // the finding's id
	finding *compare.Finding // the finding
	// mention is the side; nil for a finding without mentions, which gets
	// one row with no document.
	mention *compare.FindingMention
	doc     string // document id
	path    string // document path
	line    int    // 1-based
	col     int    // 1-based, in bytes
	col16   int    // 1-based, in UTF-16 code units
}

// mentionRows flattens the findings of r, in order, into one row per
// mention. r must be valid.
func mentionRows(r *compare.Result) []mentionRow {
	pos := newPositions(r.Documents)
	var rows []mentionRow
	for i := range r.Findings {
		f := &r.Findings[i]
		id := findingID(r, i)
		if len(f.Mentions) == 0 {
			rows = append(rows, mentionRow{id: id, finding: f})
			continue
		}
		for j := range f.Mentions {
			m := &f.Mentions[j]
			d := r.Claims[m.Claim].Doc
			line, col := pos.at(d, m.Start)
			_, col16 := pos.utf16At(d, m.Start)
			rows = append(rows, mentionRow{
				id: id, finding: f, mention: m,
				doc: r.Documents[d].ID, path: r.Documents[d].Path,
				line: line, col: col, col16: col16,
			})
		}
	}
	return rows
}
