package main

import (
	"io"
	"os"
	"strconv"
	"strings"

	"golang.org/x/term"

	"github.com/dedupe-news/dedupe/report"
)

// The --color values.
const (
	colorAuto   = "auto"   // colour when stdout is a terminal and NO_COLOR is not set
	colorAlways = "always" // colour whatever stdout is
	colorNever  = "never"
)

// checkColor reports whether s is a --color value.
func checkColor(s string) error {
	switch s {
	case colorAuto, colorAlways, colorNever:
		return nil
	}
	return usagef("invalid --color %q: want auto, always or never", s)
}

// parseOnly reads an --only value; "" is the whole report.
func parseOnly(s string) (report.Part, error) {
	if s == "" {
		return report.PartAll, nil
	}
	p, err := report.ParsePart(s)
	if err != nil {
		return "", usagef("invalid --only %q: want findings, clusters or entities", s)
	}
	return p, nil
}

// stdoutOptions returns how to print on stdout: the table fitted to the
// terminal's width (COLUMNS when it is a positive number, else the width
// of stdout when that is a terminal, else no limit), coloured as color
// says (auto: when stdout is a terminal and NO_COLOR is not set, or set
// to "", as no-color.org has it), of the part only. getenv reads the
// environment.
func stdoutOptions(stdout io.Writer, color string, only report.Part, getenv func(string) string) report.Options {
	fd, tty := terminalFd(stdout)
	opts := report.Options{Only: only}
	if n, err := strconv.Atoi(strings.TrimSpace(getenv("COLUMNS"))); err == nil && n > 0 {
		opts.Width = n
	} else if tty {
		if w, _, err := term.GetSize(fd); err == nil && w > 0 {
			opts.Width = w
		}
	}
	switch color {
	case colorAlways:
		opts.Color = true
	case colorAuto:
		opts.Color = tty && getenv("NO_COLOR") == ""
	}
	return opts
}

// terminalFd returns the file descriptor of w and whether it is a
// terminal.
func terminalFd(w io.Writer) (int, bool) {
	f, ok := w.(*os.File)
	if !ok {
		return 0, false
	}
	fd := int(f.Fd())
	return fd, term.IsTerminal(fd)
}
