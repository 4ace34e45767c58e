package report

import (
	"fmt"
	"io"
	"strings"
)

// Line writes one line per side of each discrepancy,
//
//	path:line:col: severity kind: message
//
// the form compilers use, for grep and editors' quickfix lists. line and
// col are 1-based, col counted in bytes like the JSON's; the message is
// put on one line. A discrepancy without mentions is written without the
// position. Hidden discrepancies are not written. A nil rep writes
// nothing.
func Line(w io.Writer, rep *Report) error {
	rep, err := prepare(rep)
	if err != nil {
		return err
	}
	var b strings.Builder
	for _, row := range mentionRows(rep.Result) {
		if row.mention != nil {
			fmt.Fprintf(&b, "%s:%d:%d: ", row.path, row.line, row.col)
		}
		fmt.Fprintf(&b, "%s %s: %s\n", row.finding.Severity, row.finding.Kind, oneLine(row.finding.Message))
	}
	_, err = io.WriteString(w, b.String())
	return err
}
