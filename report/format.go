package report

import (
	"fmt"
	"io"
)

// Format names an output format. It implements the pflag.Value and
// flag.Value interfaces, so a *Format can back a command-line flag.
type Format string

// The output formats.
const (
	FormatTable    Format = "table"    // terminal tables, see [Table]
	FormatMarkdown Format = "markdown" // GitHub-flavoured Markdown, see [Markdown]
	FormatJSON     Format = "json"     // the JSON contract, see [JSON]
	FormatLine     Format = "line"     // path:line:col lines, see [Line]
	FormatCSV      Format = "csv"      // one row per mention, see [CSV]
	FormatSARIF    Format = "sarif"    // SARIF 2.1.0, see [SARIF]
	FormatGitHub   Format = "github"   // GitHub Actions annotations, see [GitHub]
	FormatHTML     Format = "html"     // a page for editors, see [HTML]
)

// Formats returns every output format, in the order usage lists them.
func Formats() []Format {
	return []Format{FormatTable, FormatMarkdown, FormatJSON, FormatLine, FormatCSV, FormatSARIF, FormatGitHub, FormatHTML}
}

// formatList is the list of format names for messages.
const formatList = "table, markdown, json, line, csv, sarif, github or html"

// ParseFormat reads the name of a format, one of [Formats].
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats() {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("invalid format %q: want %s", s, formatList)
}

// String returns the name of the format.
func (f Format) String() string { return string(f) }

// Set parses s into f; see [ParseFormat].
func (f *Format) Set(s string) error {
	p, err := ParseFormat(s)
	if err != nil {
		return err
	}
	*f = p
	return nil
}

// Type names the flag's value in usage messages.
func (f *Format) Type() string { return "format" }

// Write prints rep to w in format f.
func Write(w io.Writer, f Format, rep *Report) error {
	print := printer(f)
	if print == nil {
		return fmt.Errorf("report: invalid format %q: want %s", string(f), formatList)
	}
	return print(w, rep)
}

// printer returns the function that prints format f, nil for none.
func printer(f Format) func(io.Writer, *Report) error {
	switch f {
	case FormatTable:
		return Table
	case FormatMarkdown:
		return Markdown
	case FormatJSON:
		return JSON
	case FormatLine:
		return Line
	case FormatCSV:
		return CSV
	case FormatSARIF:
		return SARIF
	case FormatGitHub:
		return GitHub
	case FormatHTML:
		return HTML
	}
	return nil
}
