package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dedupe-news/dedupe/report"
)

// stdoutPath is the --output path that stands for standard output.
const stdoutPath = "-"

// output is one report to write: a format and where to.
type output struct {
	format report.Format
	path   string // stdoutPath for standard output
}

// parseOutputs reads the --output values, each FORMAT=PATH. With none,
// the report goes to standard output in format; with some, format goes to
// standard output too only when --format was given (formatSet). No two
// outputs may share a path, nor the baseline file's (if any).
func parseOutputs(args []string, format report.Format, formatSet bool, baselinePath string) ([]output, error) {
	var outs []output
	if len(args) == 0 || formatSet {
		outs = append(outs, output{format, stdoutPath})
	}
	for _, arg := range args {
		name, path, ok := strings.Cut(arg, "=")
		if !ok || path == "" {
			return nil, usagef("invalid --output %q: want FORMAT=PATH, PATH - for standard output", arg)
		}
		f, err := report.ParseFormat(name)
		if err != nil {
			return nil, usagef("invalid --output %q: %v", arg, err)
		}
		outs = append(outs, output{f, path})
	}
	seen := make(map[string]bool)
	if baselinePath != "" {
		seen[filepath.Clean(baselinePath)] = true
	}
	for _, o := range outs {
		key := o.path
		if key != stdoutPath {
			key = filepath.Clean(key)
		}
		switch {
		case seen[key] && key == stdoutPath:
			return nil, usagef("invalid --output %s=-: only one output can go to standard output (--format writes there unless only --output is given)", o.format)
		case seen[key]:
			return nil, usagef("invalid --output %s=%s: another output writes to %s", o.format, o.path, o.path)
		}
		seen[key] = true
	}
	return outs, nil
}

// writeOutputs prints rep in every format asked for, then writes each to
// its file or to stdout: to stdout as term says (the terminal's width and
// colours), to a file with term's part only. Nothing is written when a
// printer fails.
func writeOutputs(outs []output, rep *report.Report, stdout io.Writer, term report.Options) error {
	bufs := make([]bytes.Buffer, len(outs))
	for i, o := range outs {
		opts := term
		if o.path != stdoutPath {
			opts = report.Options{Only: term.Only}
		}
		if err := report.WriteWith(&bufs[i], o.format, rep, opts); err != nil {
			return fmt.Errorf("writing %s output: %w", o.format, err)
		}
	}
	for i, o := range outs {
		if o.path == stdoutPath {
			if _, err := stdout.Write(bufs[i].Bytes()); err != nil {
				return fmt.Errorf("writing output: %w", err)
			}
			continue
		}
		if err := os.WriteFile(o.path, bufs[i].Bytes(), 0o644); err != nil {
			return pathError(o.path, err)
		}
	}
	return nil
}
