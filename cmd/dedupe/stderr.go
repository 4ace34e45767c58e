package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"unicode"

	"github.com/dedupe-news/dedupe/report"
)

// errorText returns the message of err for stderr, escaped
// ([report.Escape]) so that no path, id or GUID in it can start a line
// or drive a terminal. The errors an errors.Join holds (every bad line of
// a file) go on lines of their own; a line break inside one is escaped
// like any other. A line after the first that would start with ":" gets
// "./" before it (the same file, when it starts with a path), so that no
// line reads as a GitHub Actions workflow command.
func errorText(err error) string {
	lines := errorLines(err)
	for i := 1; i < len(lines); i++ {
		if strings.HasPrefix(strings.TrimLeftFunc(lines[i], unicode.IsSpace), ":") {
			lines[i] = "./" + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// errorLines returns the escaped messages of the errors err joins, or of
// err itself when it joins none.
func errorLines(err error) []string {
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return []string{report.Escape(err.Error())}
	}
	var lines []string
	for _, e := range j.Unwrap() {
		if e != nil {
			lines = append(lines, errorLines(e)...)
		}
	}
	if len(lines) == 0 {
		return []string{report.Escape(err.Error())}
	}
	return lines
}

// pathError returns err about path as "path: reason", without the name
// of the system call an *fs.PathError carries.
func pathError(path string, err error) error {
	if pe := (*fs.PathError)(nil); errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s: %w", path, err)
}
