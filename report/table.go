package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// cellWidth is about the widest a table cell grows before its
// text wraps at word boundaries. A single word longer than that (a URL)
// widens the column rather than being cut.
const cellWidth = 70

// Table writes rep to w as plain-text tables drawn with ASCII characters:
// a summary of the documents, the discrepancies (with a note on those
// hidden), the stories and near-duplicate documents, one table per shared
// claim, and the entities. Text from the input is escaped ([Escape]). A
// nil rep is written as an empty report.
func Table(w io.Writer, rep *Report) error { return TableWith(w, rep, Options{}) }

// TableWith writes rep to w as [Table] does, fitted to opts.Width columns,
// its severities coloured when opts.Color, of the part opts.Only.
func TableWith(w io.Writer, rep *Report, opts Options) error {
	rep, err := prepare(rep)
	if err != nil {
		return err
	}
	for i, s := range sections(rep, opts.Only) {
		if i > 0 {
			if _, err := io.WriteString(w, "\n"); err != nil {
				return err
			}
		}
		if err := writeTextSection(w, s, opts); err != nil {
			return err
		}
	}
	return nil
}

// writeTextSection writes the title of s, its table and its notes.
func writeTextSection(w io.Writer, s section, opts Options) error {
	lines := wrapText(Escape(s.title), opts.Width)
	title := strings.Join(lines, "\n") + "\n"
	if s.level == 1 {
		title += strings.Repeat("=", twwidth.Width(lines[len(lines)-1])) + "\n"
	}
	if _, err := io.WriteString(w, title); err != nil {
		return err
	}
	if s.header != nil {
		if err := renderTable(w, s, opts); err != nil {
			return err
		}
	}
	for _, n := range s.notes {
		for _, line := range wrapText(Escape(n), opts.Width) {
			if _, err := fmt.Fprintln(w, line); err != nil {
				return err
			}
		}
	}
	return nil
}

// renderTable draws the table of s with tablewriter: its cells escaped,
// fitted to opts.Width (see fitCells) and coloured (see colorSeverities).
func renderTable(w io.Writer, s section, opts Options) error {
	align := make([]tw.Align, len(s.header))
	for i := range align {
		align[i] = tw.AlignLeft
		if i < len(s.right) && s.right[i] {
			align[i] = tw.AlignRight
		}
	}
	header, rows, footer := escapeCells(s.header), make([][]string, len(s.rows)), escapeCells(s.footer)
	for i, row := range s.rows {
		rows[i] = escapeCells(row)
	}
	widths := tw.NewMapper[int, int]()
	for i, n := range s.widths {
		if n > 0 {
			widths.Set(i, n)
		}
	}
	global := cellWidth
	if opts.Width > 0 {
		widths = fitCells(s, header, rows, footer, opts.Width)
		global = 0
	}
	if opts.Color {
		colorSeverities(header, rows)
	}
	t := tablewriter.NewTable(w,
		// WithConfig resets every option before it, so it comes first.
		tablewriter.WithConfig(tablewriter.Config{Row: tw.CellConfig{
			ColMaxWidths: tw.CellWidth{Global: global, PerColumn: widths},
		}}),
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleASCII)})),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithFooterAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{Global: tw.AlignLeft, PerColumn: align}),
		tablewriter.WithFooterAlignmentConfig(tw.CellAlignment{Global: tw.AlignLeft, PerColumn: align}),
	)
	t.Header(toAny(header)...)
	for _, row := range rows {
		if err := t.Append(toAny(row)...); err != nil {
			return err
		}
	}
	if footer != nil {
		t.Footer(toAny(footer)...)
	}
	return t.Render()
}

// escapeCells returns cells escaped ([Escape]); nil for nil.
func escapeCells(cells []string) []string {
	if cells == nil {
		return nil
	}
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = Escape(c)
	}
	return out
}

// toAny converts cells, escaped already, to the arguments tablewriter
// takes.
func toAny(cells []string) []any {
	out := make([]any, len(cells))
	for i, c := range cells {
		out[i] = c
	}
	return out
}
