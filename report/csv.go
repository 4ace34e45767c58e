package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// csvHeader names the columns [CSV] writes.
func csvHeader() []string {
	return []string{"id", "severity", "kind", "doc", "path", "line", "col", "start", "end", "text", "value", "message"}
}

// CSV writes one row per side of each discrepancy, after a header row
// naming the columns: id, severity, kind, doc, path, line, col (1-based,
// in bytes), start, end (byte offsets, end exclusive), text, value and
// message. The output is RFC 4180: fields quoted where needed, lines ended
// by CRLF. A cell that a spreadsheet would read as a formula (one starting
// with = + - @, a tab or a carriage return) gets a leading ' so that it
// reads as text. Cells are escaped ([Escape]): a line break in a text is
// written as "\n", so that every line of the output is one row. A
// discrepancy without mentions gets one row with the location cells
// empty; hidden discrepancies are not written. Each row is written as it
// is made.
func CSV(w io.Writer, rep *Report) error {
	rep, err := prepare(rep)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w) // buffered: it writes 4 KB at a time
	cw.UseCRLF = true
	if err := cw.Write(csvHeader()); err != nil {
		return err
	}
	for row := range mentionRows(rep) {
		if err := cw.Write(csvRecord(row)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvRecord returns the cells of row, escaped and neutralized.
func csvRecord(row mentionRow) []string {
	f := row.finding
	rec := []string{row.id, f.Severity.String(), string(f.Kind), "", "", "", "", "", "", "", "", f.Message}
	if m := row.mention; m != nil {
		copy(rec[3:11], []string{
			row.doc, row.path, strconv.Itoa(row.line), strconv.Itoa(row.col),
			strconv.Itoa(m.Start), strconv.Itoa(m.End), m.Text, m.Value,
		})
	}
	for i, c := range rec {
		rec[i] = neutralizeCell(Escape(c))
	}
	return rec
}

// neutralizeCell puts a ' before a cell that a spreadsheet would take for
// a formula (OWASP's advice against CSV injection).
func neutralizeCell(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}
