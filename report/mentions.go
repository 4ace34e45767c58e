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
	colRune int    // 1-based, in characters (code points)
	col16   int    // 1-based, in UTF-16 code units
	// loc is where the line and GitHub outputs point: a file (the path
	// unless rep.Locations says otherwise), or a URL and title.
	loc   Location
	title string // the document's title, when loc has no File
}

// mentionRows yields the findings of rep, in order, as one row per
// mention, each made as it is asked for: the printers write a row before
// they make the next, and never hold them all. rep must be prepared.
func mentionRows(rep *Report) iter.Seq[mentionRow] {
	r := rep.Result
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
				_, colRune := pos.runeAt(d, m.Start)
				_, col16 := pos.utf16At(d, m.Start)
				doc := &r.Documents[d]
				row := mentionRow{
					id: id, finding: f, mention: m,
					doc: doc.ID, path: doc.Path,
					line: line, col: col, colRune: colRune, col16: col16,
					loc: rep.locationOf(doc),
				}
				if row.loc.File == "" {
					row.title = docTitle(doc)
				}
				if !yield(row) {
					return
				}
			}
		}
	}
}

// writeRows writes the rows of rep with write, an error stopping them, to
// a buffer that it flushes to w at the end.
func writeRows(w io.Writer, rep *Report, write func(*bufio.Writer, mentionRow) error) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	for row := range mentionRows(rep) {
		if err := write(bw, row); err != nil {
			return err
		}
	}
	return bw.Flush()
}
