package report

import (
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dedupe-news/dedupe/compare"
)

// GitHub writes one GitHub Actions workflow command per side of each
// discrepancy, which a workflow step turns into an annotation on the file:
//
//	::error file=path,line=3,col=14,title=date discrepancy::message
//
// An error is written as ::error, a warning as ::warning and an info as
// ::notice. col counts UTF-16 code units. Properties and the message are
// escaped as GitHub documents (% CR LF, and : , in properties). A
// discrepancy without mentions is written without a file; hidden
// discrepancies are not written.
func GitHub(w io.Writer, rep *Report) error {
	rep, err := prepare(rep)
	if err != nil {
		return err
	}
	var b strings.Builder
	for _, row := range mentionRows(rep.Result) {
		f := row.finding
		b.WriteString("::" + githubCommand(f.Severity) + " ")
		if row.mention != nil {
			b.WriteString("file=" + escapeGitHubProperty(filepath.ToSlash(row.path)) +
				",line=" + strconv.Itoa(row.line) + ",col=" + strconv.Itoa(row.col16) + ",")
		}
		b.WriteString("title=" + escapeGitHubProperty(string(f.Kind)+" discrepancy"))
		b.WriteString("::" + escapeGitHubData(f.Message) + "\n")
	}
	_, err = io.WriteString(w, b.String())
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

// escapeGitHubData escapes the message of a workflow command.
func escapeGitHubData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeGitHubProperty escapes a property value of a workflow command.
func escapeGitHubProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
