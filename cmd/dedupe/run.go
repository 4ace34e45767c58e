package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/policy"
	"github.com/dedupe-news/dedupe/report"
)

// Exit codes.
const (
	exitOK       = 0 // no discrepancy at or above the --fail-on level
	exitFindings = 1 // a discrepancy at or above the --fail-on level
	exitError    = 2 // a usage or input error
)

// run is dedupe with its arguments (without the program name) and standard
// streams; it returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "pairs" {
		return runPairs(args[1:], stdin, stdout, stderr)
	}
	fs, opts := newFlagSet()
	if err := opts.parse(fs, args); err != nil {
		return fail(stderr, err)
	}
	switch {
	case opts.help:
		printUsage(stdout, fs)
		return exitOK
	case opts.version:
		info, _ := debug.ReadBuildInfo()
		fmt.Fprintln(stdout, versionLine(info))
		return exitOK
	}
	rep, failOn, err := check(fs.Args(), stdin, stderr, opts)
	if err != nil {
		return fail(stderr, err)
	}
	if err := writeOutputs(opts.outputs, rep, stdout, stdoutOptions(stdout, opts.colorArg, opts.only, os.Getenv)); err != nil {
		return fail(stderr, err)
	}
	if failOn.failsOn(rep.Result.Findings) {
		return exitFindings
	}
	return exitOK
}

// check reads the configuration and the articles named by args, compares
// them and applies the policy: it returns the report to print and the
// level at which to fail. Inputs skipped are reported on stderr.
func check(args []string, stdin io.Reader, stderr io.Writer, opts *options) (*report.Report, failLevel, error) {
	cfg, err := loadConfig(opts.configPath)
	if err != nil {
		return nil, failLevel{}, err
	}
	set := opts.merge(cfg)
	rep, ix, err := analyze(args, stdin, stderr, opts, set)
	defer ix.close()
	if err != nil {
		return nil, failLevel{}, err
	}
	res := rep.Result
	pol := cfg.policy
	if pol.Baseline, err = baselineFor(res, pol, opts); err != nil {
		return nil, failLevel{}, err
	}
	if ix != nil {
		if rep.FindingsSeen, err = ix.findings(res); err != nil {
			return nil, failLevel{}, err
		}
		rep.DocumentsSeen = ix.docs
		if opts.db.newOnly {
			pol.Seen = seenBefore(rep.FindingsSeen)
		}
	}
	warnUnmatched(stderr, &pol, res, opts.baselinePath)
	shown, hidden := pol.Apply(res)
	rep.Result = shown
	for _, h := range hidden {
		rep.Hidden = append(rep.Hidden, report.Hidden{Finding: h.Finding, Baseline: h.Baseline, Seen: h.Seen, Reason: h.Reason})
	}
	return rep, set.failOn, nil
}

// seenBefore returns the findings of seen that an earlier run reported.
func seenBefore(seen map[string]report.Seen) *policy.Baseline {
	var ids []string
	for id, s := range seen {
		if !s.New {
			ids = append(ids, id)
		}
	}
	return policy.BaselineOf(ids)
}

// analyze reads the articles named by args and compares them. It returns
// a report of the whole result, with the locations of the documents whose
// path names no file holding their text, and, with --db, the index, open
// (the caller closes it; nil without --db). A URL that cannot be read is
// reported on stderr and skipped.
func analyze(args []string, stdin io.Reader, stderr io.Writer, opts *options, set settings) (*report.Report, *index, error) {
	if len(args) == 0 {
		return nil, nil, usagef("no input: give files, directories, URLs, or - for standard input")
	}
	prog := newProgress(stderr, isTerminal(stderr), progressDelay, progressInterval)
	defer prog.stop()
	prog.stage("reading", 0)
	stderr = prog.clearing(stderr) // a warning clears the bar's line first
	docs, inputs, err := loadDocuments(args, stdin, stderr, opts, set)
	if err != nil {
		return nil, nil, err
	}
	docs, ix, err := withIndex(opts.db, docs, prog, stderr)
	if err != nil {
		return nil, nil, err
	}
	if opts.saveTextDir != "" && opts.db.path != "" {
		if err := saveTexts(opts.saveTextDir, storedDocuments(docs), inputs); err != nil {
			return nil, ix, err
		}
	}
	locations := documentLocations(docs, opts.saveTextDir)
	prog.stage("comparing", 0)
	return &report.Report{Result: compare.Run(docs, compare.Options{Threshold: set.threshold}), Locations: locations}, ix, nil
}

// writeBuffered calls print with a buffer in front of w, then flushes it.
func writeBuffered(w io.Writer, print func(io.Writer) error) error {
	bw := bufio.NewWriter(w)
	err := print(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	return nil
}

// usageError is a mistake in the command line; fail adds a hint to run
// dedupe --help.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// usagef returns a usageError with a formatted message.
func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// fail reports err on stderr, escaped (see errorText), and returns
// exitError.
func fail(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "dedupe: %s\n", errorText(err))
	if ue := (*usageError)(nil); errors.As(err, &ue) {
		fmt.Fprintln(stderr, "Run 'dedupe --help' for usage.")
	}
	return exitError
}
