package report

import (
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Markdown writes rep to w as GitHub-flavoured Markdown, with the same
// content as [Table]: headings, pipe tables and paragraphs. Text is put on
// one line, its control characters escaped ([Escape]), and the
// characters Markdown would act on (\ ` * _ [ ] ( ) ! < > # | and more,
// see escapeMarkdown) escaped with a backslash, in cells and elsewhere. A
// nil rep is written as an empty report.
func Markdown(w io.Writer, rep *Report) error { return markdown(w, rep, PartAll) }

// markdown is [Markdown], of the part only of the report.
func markdown(w io.Writer, rep *Report, only Part) error {
	rep, err := prepare(rep)
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("# Dedupe report\n")
	for _, s := range sections(rep, only) {
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

// escapeCell escapes s for a table cell as escapeMarkdown does; "|",
// which would end the cell, is among the characters it escapes.
func escapeCell(s string) string { return escapeMarkdown(s) }

// escapeMarkdown puts s on one line, with runs of white space collapsed,
// escapes its control and invisible characters ([Escape]), and puts a
// backslash before every character Markdown could act on, so that the
// text prints as written: no link, image, autolink, code, emphasis, HTML,
// entity or math comes out of it. See [markdownSpecial].
func escapeMarkdown(s string) string {
	s = Escape(oneLine(s))
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		if markdownSpecial(s, i) {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// markdownSpecial reports whether the byte s[i] needs a backslash before
// it: \ ` * [ ] ( ) ! < > # | ~ & $ @ always; _ unless it stands between
// two letters or digits (where GitHub-flavoured Markdown does not take it
// for emphasis); : before / (as in "https://", which GitHub would link);
// and the . of "www." (which it would link too).
func markdownSpecial(s string, i int) bool {
	switch c := s[i]; c {
	case '\\', '`', '*', '[', ']', '(', ')', '!', '<', '>', '#', '|', '~', '&', '$', '@':
		return true
	case '_':
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+1:])
		return !isAlnum(before) || !isAlnum(after)
	case ':':
		return strings.HasPrefix(s[i+1:], "/")
	case '.':
		return i >= 3 && strings.EqualFold(s[i-3:i], "www")
	}
	return false
}

// isAlnum reports whether r is a letter or a digit.
func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
