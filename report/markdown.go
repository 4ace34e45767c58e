package report

import (
	"io"
	"strings"
)

// Markdown writes rep to w as GitHub-flavoured Markdown, with the same
// content as [Table]: headings, pipe tables and paragraphs. Text is put on
// one line, and the characters Markdown would act on (\ ` * < and, in
// cells, |) are escaped with a backslash. A nil rep is written as an empty
// report.
func Markdown(w io.Writer, rep *Report) error {
	rep, err := prepare(rep)
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("# Dedupe report\n")
	for _, s := range sections(rep) {
		writeMarkdownSection(&b, s)
	}
	_, err = io.WriteString(w, b.String())
	return err
}

// writeMarkdownSection appends the heading of s, its table and its notes.
func writeMarkdownSection(b *strings.Builder, s section) {
	b.WriteString("\n" + strings.Repeat("#", s.level+1) + " " + escapeMarkdown(s.title) + "\n")
	if s.header != nil {
		b.WriteString("\n")
		writeMarkdownRow(b, s.header)
		delim := make([]string, len(s.header))
		for i := range delim {
			delim[i] = "---"
			if i < len(s.right) && s.right[i] {
				delim[i] = "---:"
			}
		}
		b.WriteString("| " + strings.Join(delim, " | ") + " |\n")
		for _, row := range s.rows {
			writeMarkdownRow(b, row)
		}
		if s.footer != nil {
			writeMarkdownRow(b, s.footer)
		}
	}
	for _, n := range s.notes {
		b.WriteString("\n" + escapeMarkdown(n) + "\n")
	}
}

// writeMarkdownRow appends one table row.
func writeMarkdownRow(b *strings.Builder, cells []string) {
	b.WriteString("|")
	for _, c := range cells {
		b.WriteString(" " + escapeCell(c) + " |")
	}
	b.WriteString("\n")
}

// escapeCell puts s on one line and escapes it for a table cell: as
// escapeMarkdown does, and "|", which would end the cell.
func escapeCell(s string) string { return escapeBytes(oneLine(s), "\\`*<|") }

// escapeMarkdown puts s on one line, with runs of white space collapsed,
// and escapes the characters that could start code, emphasis or HTML, and
// backslash itself, so that the text prints as written.
func escapeMarkdown(s string) string { return escapeBytes(oneLine(s), "\\`*<") }

// escapeBytes puts a backslash before every byte of s found in special,
// which holds ASCII characters only.
func escapeBytes(s, special string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(special, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
