package report

import (
	"bufio"
	"io"
	"strconv"
)

// Line writes one line per side of each discrepancy,
//
//	path:line:col: severity kind: message
//
// the form compilers use, for grep and editors' quickfix lists. line and
// col are 1-based, col counted in bytes like the JSON's; the message is
// put on one line. Paths and messages are escaped ([Escape]), and a path
// that would start the line with ":" gets "./" before it, so that no line
// reads as a GitHub Actions workflow command. A discrepancy without
// mentions is written without the position. Hidden discrepancies are not
// written. Each line is written as it is made. A nil rep writes nothing.
func Line(w io.Writer, rep *Report) error {
	rep, err := prepare(rep)
	if err != nil {
		return err
	}
	return writeRows(w, rep.Result, writeLine)
}

// writeLine writes the line of row.
func writeLine(w *bufio.Writer, row mentionRow) error {
	if row.mention != nil {
		w.WriteString(lineStart(Escape(row.path)) + ":" + strconv.Itoa(row.line) + ":" + strconv.Itoa(row.col) + ": ")
	}
	_, err := w.WriteString(row.finding.Severity.String() + " " + Escape(string(row.finding.Kind)) + ": " +
		Escape(oneLine(row.finding.Message)) + "\n")
	return err
}
