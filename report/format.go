package report

import (
	"fmt"
	"io"

	"github.com/dedupe-news/dedupe/compare"
)

// Format names an output format. It implements the pflag.Value and
// flag.Value interfaces, so a *Format can back a command-line flag.
type Format string

// The output formats.
const (
	FormatTable    Format = "table"    // terminal tables, see [Table]
	FormatMarkdown Format = "markdown" // GitHub-flavoured Markdown, see [Markdown]
	FormatJSON     Format = "json"     // the JSON contract, see [JSON]
)

// ParseFormat reads "table", "markdown" or "json".
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case FormatTable, FormatMarkdown, FormatJSON:
		return f, nil
	}
	return "", fmt.Errorf("invalid format %q: want table, markdown or json", s)
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

// Write prints r to w in format f.
func Write(w io.Writer, f Format, r *compare.Result) error {
	switch f {
	case FormatTable:
		return Table(w, r)
	case FormatMarkdown:
		return Markdown(w, r)
	case FormatJSON:
		return JSON(w, r)
	}
	return fmt.Errorf("report: invalid format %q: want table, markdown or json", string(f))
}
