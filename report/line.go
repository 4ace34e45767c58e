package report

import (
	"bufio"
	"io"
	"strconv"
)

// Line writes one line per side of each discrepancy,
//
//	path:line:col: severity kind: message [id]
//
// the form compilers use, for grep and editors' quickfix lists, ending in
// the finding's id (what an ignore rule or a baseline names). line and col
// are 1-based, col counted in characters (code points), as editors count
// them; the message is put on one line. The path is the document's, or
// the file rep.Locations gives it (such as its text saved by --save-text);
// a document located by a URL alone is written as "URL «title»: severity
// kind: message [id]", without a line, which would refer to nothing the
// URL opens. Paths, URLs, titles and messages are escaped ([Escape]), and
// a path that would start the line with ":" gets "./" before it, so that
// no line reads as a GitHub Actions workflow command. A discrepancy
// without mentions is written without the position. Hidden discrepancies
// are not written. Each line is written as it is made. A nil rep writes
// nothing.
func Line(w io.Writer, rep *Report) error {
	rep, err := prepare(rep)
	if err != nil {
		return err
	}
	return writeRows(w, rep, writeLine)
}

// writeLine writes the line of row.
func writeLine(w *bufio.Writer, row mentionRow) error {
	switch {
	case row.mention == nil:
	case row.loc.File != "":
		w.WriteString(lineStart(Escape(row.loc.File)) + ":" + strconv.Itoa(row.line) + ":" + strconv.Itoa(row.colRune) + ": ")
	default:
		w.WriteString(lineStart(Escape(urlLabel(row.loc.URL, row.title))) + ": ")
	}
	_, err := w.WriteString(row.finding.Severity.String() + " " + Escape(string(row.finding.Kind)) + ": " +
		Escape(oneLine(row.finding.Message)) + " [" + Escape(row.id) + "]\n")
	return err
}
