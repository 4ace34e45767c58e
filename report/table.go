package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// cellWidth is about the widest a table cell grows before its
// text wraps at word boundaries. A single word longer than that (a URL)
// widens the column rather than being cut.
const cellWidth = 70

// Table writes rep to w as plain-text tables drawn with ASCII characters:
// a summary of the documents, one table per shared claim, the entities and
// the discrepancies, with a note on those hidden. Text from the input is
// escaped ([Escape]). A nil rep is written as an empty report.
func Table(w io.Writer, rep *Report) error {
	rep, err := prepare(rep)
	if err != nil {
		return err
	}
	for i, s := range sections(rep) {
		if i > 0 {
			if _, err := io.WriteString(w, "\n"); err != nil {
				return err
			}
		}
		if err := writeTextSection(w, s); err != nil {
			return err
		}
	}
	return nil
}

// writeTextSection writes the title of s, its table and its notes.
func writeTextSection(w io.Writer, s section) error {
	title := Escape(s.title) + "\n"
	if s.level == 1 {
		title += strings.Repeat("=", len(title)-1) + "\n"
	}
	if _, err := io.WriteString(w, title); err != nil {
		return err
	}
	if s.header != nil {
		if err := renderTable(w, s); err != nil {
			return err
		}
	}
	for _, n := range s.notes {
		if _, err := fmt.Fprintln(w, Escape(n)); err != nil {
			return err
		}
	}
	return nil
}

// renderTable draws the table of s with tablewriter.
func renderTable(w io.Writer, s section) error {
	align := make([]tw.Align, len(s.header))
	for i := range align {
		align[i] = tw.AlignLeft
		if i < len(s.right) && s.right[i] {
			align[i] = tw.AlignRight
		}
	}
	widths := tw.NewMapper[int, int]()
	for i, n := range s.widths {
		if n > 0 {
			widths.Set(i, n)
		}
	}
	t := tablewriter.NewTable(w,
		// WithConfig resets every option before it, so it comes first.
		tablewriter.WithConfig(tablewriter.Config{Row: tw.CellConfig{
			ColMaxWidths: tw.CellWidth{Global: cellWidth, PerColumn: widths},
		}}),
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleASCII)})),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithFooterAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{Global: tw.AlignLeft, PerColumn: align}),
		tablewriter.WithFooterAlignmentConfig(tw.CellAlignment{Global: tw.AlignLeft, PerColumn: align}),
	)
	t.Header(toAny(s.header)...)
	for _, row := range s.rows {
		if err := t.Append(toAny(row)...); err != nil {
			return err
		}
	}
	if s.footer != nil {
		t.Footer(toAny(s.footer)...)
	}
	return t.Render()
}

// toAny converts cells to the arguments tablewriter takes, escaped.
func toAny(cells []string) []any {
	out := make([]any, len(cells))
	for i, c := range cells {
		out[i] = Escape(c)
	}
	return out
}
