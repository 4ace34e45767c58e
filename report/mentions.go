package report

import (
	"bufio"
	"io"
	"iter"

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

// mentionRows yields the findings of r, in order, as one row per mention,
// each made as it is asked for: the printers write a row before they make
// the next, and never hold them all. r must be valid.
func mentionRows(r *compare.Result) iter.Seq[mentionRow] {
	return func(yield func(mentionRow) bool) {
		pos := newPositions(r.Documents)
		for i := range r.Findings {
			f := &r.Findings[i]
			id := findingID(r, i)
			if len(f.Mentions) == 0 {
				if !yield(mentionRow{id: id, finding: f}) {
					return
				}
				continue
			}
			for j := range f.Mentions {
				m := &f.Mentions[j]
				d := r.Claims[m.Claim].Doc
				line, col := pos.at(d, m.Start)
				_, col16 := pos.utf16At(d, m.Start)
				row := mentionRow{
					id: id, finding: f, mention: m,
					doc: r.Documents[d].ID, path: r.Documents[d].Path,
					line: line, col: col, col16: col16,
				}
				if !yield(row) {
					return
				}
			}
		}
	}
}

// writeRows writes the rows of r with write, an error stopping them, to
// a buffer that it flushes to w at the end.
func writeRows(w io.Writer, r *compare.Result, write func(*bufio.Writer, mentionRow) error) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	for row := range mentionRows(r) {
		if err := write(bw, row); err != nil {
			return err
		}
	}
	return bw.Flush()
}
