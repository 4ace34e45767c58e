package report

import (
	"strings"

	"github.com/dedupe-news/dedupe/compare"
)

// The ANSI escapes of the colours of the severities.
const (
	ansiReset   = "\x1b[0m"
	ansiError   = "\x1b[1;31m" // bold red
	ansiWarning = "\x1b[33m"   // yellow
	ansiInfo    = "\x1b[36m"   // cyan
)

// colorSeverities colours, in place, the cells of rows in the column whose
// header is "Severity" that name a severity, line by line. The cells are
// escaped already, so the only escapes in the output are these.
func colorSeverities(header []string, rows [][]string) {
	col := -1
	for i, h := range header {
		if h == "Severity" {
			col = i
		}
	}
	if col < 0 {
		return
	}
	for _, row := range rows {
		if col >= len(row) {
			continue
		}
		sev, err := compare.ParseSeverity(strings.ReplaceAll(row[col], "\n", ""))
		if err != nil {
			continue
		}
		code := severityColor(sev)
		lines := strings.Split(row[col], "\n")
		for i, l := range lines {
			lines[i] = code + l + ansiReset
		}
		row[col] = strings.Join(lines, "\n")
	}
}

// severityColor returns the escape that colours severity s.
func severityColor(s compare.Severity) string {
	switch s {
	case compare.Error:
		return ansiError
	case compare.Warning:
		return ansiWarning
	}
	return ansiInfo
}
