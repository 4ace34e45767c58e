package report

import (
	"bufio"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dedupe-news/dedupe/compare"
)

// GitHub writes one GitHub Actions workflow command per side of each
// discrepancy, which a workflow step turns into an annotation on the file:
//
//	::error file=path,line=3,col=14,title=date discrepancy::message [id]
//
// the message ending in the finding's id (what an ignore rule or a
// baseline names). An error is written as ::error, a warning as ::warning
// and an info as ::notice. col counts UTF-16 code units. The file is the
// document's path, or the one rep.Locations gives it; a document located
// by a URL alone gets no file (an annotation of the run), the URL and
// title being added to the message as "(at URL «title»)". Properties and the message are
// escaped as GitHub documents (% CR LF, and : , in properties), so that
// neither can end the command's line, and their other control and
// invisible characters as [Escape] does. A discrepancy without mentions
// is written without a file; hidden discrepancies are not written. Each
// command is written as it is made.
func GitHub(w io.Writer, rep *Report) error {
	rep, err := prepare(rep)
	if err != nil {
		return err
	}
	return writeRows(w, rep, writeGitHub)
}

// writeGitHub writes the workflow command of row.
func writeGitHub(w *bufio.Writer, row mentionRow) error {
	f := row.finding
	w.WriteString("::" + githubCommand(f.Severity) + " ")
	msg := f.Message
	switch {
	case row.mention == nil:
	case row.loc.File != "":
		w.WriteString("file=" + escapeGitHubProperty(filepath.ToSlash(row.loc.File)) +
			",line=" + strconv.Itoa(row.line) + ",col=" + strconv.Itoa(row.col16) + ",")
	default:
		msg += " (at " + urlLabel(row.loc.URL, row.title) + ")"
	}
	w.WriteString("title=" + escapeGitHubProperty(string(f.Kind)+" discrepancy"))
	_, err := w.WriteString("::" + escapeGitHubData(msg+" ["+row.id+"]") + "\n")
	return err
}

// githubCommand returns the workflow command of an annotation of
// severity s.
func githubCommand(s compare.Severity) string {
	switch s {
	case compare.Error:
		return "error"
	case compare.Warning:
		return "warning"
	}
	return "notice"
}

// escapeGitHubData escapes the message of a workflow command: % and its
// line breaks as the runner undoes them (actions/runner,
// ActionCommand.cs), its other non-printing characters as [Escape] does.
func escapeGitHubData(s string) string { return percentEscape(escape(s, true), "%\r\n") }

// escapeGitHubProperty escapes a property value of a workflow command as
// escapeGitHubData does, and : and , too.
func escapeGitHubProperty(s string) string { return percentEscape(escape(s, true), "%\r\n:,") }

// percentEscape writes every byte of s found in special, which holds ASCII
// characters only, as % and two upper-case hexadecimal digits.
func percentEscape(s, special string) string {
	if !strings.ContainsAny(s, special) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(special, s[i]) >= 0 {
			b.WriteString("%" + strings.ToUpper(hex2(s[i])))
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
