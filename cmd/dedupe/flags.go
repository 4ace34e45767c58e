package main

import (
	"fmt"
	"io"
	"path"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/ingest"
	"github.com/dedupe-news/dedupe/normalize/timex"
	"github.com/dedupe-news/dedupe/report"
)

// options are the flags of the main command.
type options struct {
	format            report.Format
	outputArgs        []string // --output values as given
	threshold         float64
	dateArgs          []string // --date values as given
	failOnArg         string   // --fail-on value as given
	configPath        string
	baselinePath      string
	writeBaselinePath string
	encodingArgs      []string      // --encoding values as given
	maxSizeArg        string        // --max-size value as given
	fetchTimeout      time.Duration // --fetch-timeout
	saveTextDir       string        // --save-text, "" for none
	allowPrivateURLs  bool          // --allow-private-urls
	inputFormatArg    string        // --input-format value as given
	globs             []string      // --glob values
	colorArg          string        // --color value as given
	onlyArg           string        // --only value as given
	version           bool
	help              bool

	db dbOptions // --db and --db-window, checked by parse

	// Set by parse from the values above.
	thresholdSet bool // --threshold was given
	dates        []dateOverride
	failOn       *failLevel // nil when --fail-on was not given
	outputs      []output
	encodings    []ingest.EncodingRule
	inputFormat  ingest.Format
	only         report.Part
	maxSize      int64 // 0 for no limit
}

// dateOverride is the date of one document, from --date ID=YYYY-MM[-DD]
// or the dates of the configuration file.
type dateOverride struct {
	source string // where it was given, for messages: "--date a=2023-09"
	id     string
	date   timex.Date
}

// defaultMaxSize is the default --max-size.
const defaultMaxSize = "10MiB"

// newFlagSet defines the flags of the main command, bound to the fields of
// the options it returns.
func newFlagSet() (*pflag.FlagSet, *options) {
	opts := &options{format: report.FormatTable}
	fs := newQuietFlagSet("dedupe")
	fs.VarP(&opts.format, "format", "f",
		"output `format`: table, markdown, json, line, csv, sarif, github or html")
	fs.StringArrayVarP(&opts.outputArgs, "output", "o", nil,
		"also write the report as `FORMAT=PATH`, PATH - for standard output; repeatable")
	fs.StringVar(&opts.colorArg, "color", colorAuto,
		"colour the severities of the table: `WHEN` auto (on a terminal, unless NO_COLOR is set), always or never")
	fs.StringVar(&opts.onlyArg, "only", "",
		"print one `PART` of the table or markdown report: findings, clusters or entities")
	addThresholdFlag(fs, &opts.threshold)
	fs.StringArrayVar(&opts.dateArgs, "date", nil,
		"`ID=YYYY-MM[-DD]` sets the date of document ID, overriding any found in it; repeatable")
	fs.StringVar(&opts.failOnArg, "fail-on", "error",
		"exit 1 when a discrepancy is at least as severe as `level`: error, warning, info or none")
	fs.StringVar(&opts.configPath, "config", "",
		"read the configuration from `PATH` (default .dedupe.yaml in the working directory, if any)")
	fs.StringVar(&opts.baselinePath, "baseline", "",
		"hide the discrepancies listed in the baseline `FILE`")
	fs.StringVar(&opts.writeBaselinePath, "write-baseline", "",
		"record the discrepancies found in the baseline `FILE`, then hide them")
	fs.StringArrayVar(&opts.encodingArgs, "encoding", nil,
		"input encoding `[ID=]ENC`, utf8 (default) or latin1, of every input or of document ID; repeatable")
	fs.StringVar(&opts.maxSizeArg, "max-size", defaultMaxSize,
		"refuse an input larger than `SIZE` (bytes, or with KiB, MiB, GiB); 0 for no limit")
	fs.DurationVar(&opts.fetchTimeout, "fetch-timeout", defaultFetchTimeout,
		"give up on a URL that has not been fetched within `DURATION`")
	fs.StringVar(&opts.saveTextDir, "save-text", "",
		"write the text of each document, which offsets refer to, to `DIR`/ID.txt")
	fs.BoolVar(&opts.allowPrivateURLs, "allow-private-urls", false,
		"fetch URLs (and follow redirects) to loopback, private and link-local addresses")
	fs.StringVar(&opts.inputFormatArg, "input-format", "auto",
		"read every input as `FORMAT`: auto (by content, then extension), text, feed, jsonl or html")
	fs.StringArrayVar(&opts.globs, "glob", nil,
		"read the files of a directory that match `PATTERN` (by name, or by path inside it with a /); repeatable")
	addDBFlags(fs, &opts.db)
	fs.BoolVar(&opts.version, "version", false, "print the version and exit")
	fs.BoolVarP(&opts.help, "help", "h", false, "print this help and exit")
	return fs, opts
}

// newQuietFlagSet returns a flag set that keeps its flags in the order
// defined and leaves printing errors and usage to the caller.
func newQuietFlagSet(name string) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SortFlags = false
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// addThresholdFlag defines --threshold, stored in p.
func addThresholdFlag(fs *pflag.FlagSet, p *float64) {
	fs.Float64Var(p, "threshold", compare.DefaultThreshold,
		"similarity two claims need to be linked, in (0, 1]")
}

// checkThreshold reports whether t is a usable --threshold.
func checkThreshold(t float64) error {
	if !(t > 0 && t <= 1) { // also rejects NaN
		return usagef("invalid --threshold %v: must be in (0, 1]", t)
	}
	return nil
}

// parse parses args into o and checks the values. Help and version skip
// the checks.
func (o *options) parse(fs *pflag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return &usageError{err}
	}
	if o.help || o.version {
		return nil
	}
	if err := checkThreshold(o.threshold); err != nil {
		return err
	}
	o.thresholdSet = fs.Changed("threshold")
	if fs.Changed("fail-on") {
		level, err := parseFailLevel(o.failOnArg)
		if err != nil {
			return err
		}
		o.failOn = &level
	}
	var err error
	if o.dates, err = parseDates(o.dateArgs); err != nil {
		return err
	}
	if o.outputs, err = parseOutputs(o.outputArgs, o.format, fs.Changed("format"), o.writeBaselinePath); err != nil {
		return err
	}
	if o.encodings, err = parseEncodings(o.encodingArgs); err != nil {
		return err
	}
	var ok bool
	if o.inputFormat, ok = inputFormatOf(o.inputFormatArg); !ok {
		return usagef("invalid --input-format %q: want auto, text, feed, jsonl or html", o.inputFormatArg)
	}
	if err := checkColor(o.colorArg); err != nil {
		return err
	}
	if o.only, err = parseOnly(o.onlyArg); err != nil {
		return err
	}
	for _, g := range o.globs {
		if _, err := path.Match(g, ""); err != nil || g == "" {
			return usagef("invalid --glob %q: want a pattern such as *.txt or 2024/*.xml", g)
		}
	}
	if o.fetchTimeout <= 0 {
		return usagef("invalid --fetch-timeout %v: must be more than 0", o.fetchTimeout)
	}
	if err := o.db.check(fs); err != nil {
		return err
	}
	o.maxSize, err = parseSize(o.maxSizeArg)
	return err
}

// settings are the options of a run once flags and configuration file are
// merged: a flag given wins over the file, which wins over the default.
type settings struct {
	threshold float64
	failOn    failLevel
	dates     []dateOverride
}

// merge combines o with the configuration file c.
func (o *options) merge(c *config) settings {
	s := settings{threshold: o.threshold, failOn: failLevel{least: compare.Error}}
	if c.threshold != nil && !o.thresholdSet {
		s.threshold = *c.threshold
	}
	switch {
	case o.failOn != nil:
		s.failOn = *o.failOn
	case c.failOn != nil:
		s.failOn = *c.failOn
	}
	flagged := make(map[string]bool, len(o.dates))
	for _, d := range o.dates {
		flagged[d.id] = true
	}
	for _, d := range c.dates {
		if !flagged[d.id] {
			s.dates = append(s.dates, d)
		}
	}
	s.dates = append(s.dates, o.dates...)
	return s
}

// parseDates reads --date values, each ID=YYYY-MM[-DD], at most one per ID.
func parseDates(args []string) ([]dateOverride, error) {
	var out []dateOverride
	seen := make(map[string]bool)
	for _, arg := range args {
		id, value, ok := strings.Cut(arg, "=")
		if !ok || id == "" {
			return nil, usagef("invalid --date %q: want ID=YYYY-MM[-DD]", arg)
		}
		d, err := timex.ParseDate(value)
		if err != nil {
			return nil, usagef("invalid --date %q: %v", arg, err)
		}
		if seen[id] {
			return nil, usagef("invalid --date %q: document %q already has a --date", arg, id)
		}
		seen[id] = true
		out = append(out, dateOverride{source: "--date " + arg, id: id, date: d})
	}
	return out, nil
}

// failLevel is the --fail-on level: the least severe finding that makes
// dedupe exit 1, unless never is set.
type failLevel struct {
	least compare.Severity
	never bool
}

// parseFailLevel reads error, warning, info or none.
func parseFailLevel(s string) (failLevel, error) {
	if s == "none" {
		return failLevel{never: true}, nil
	}
	sev, err := compare.ParseSeverity(s)
	if err != nil {
		return failLevel{}, usagef("invalid --fail-on %q: want error, warning, info or none", s)
	}
	return failLevel{least: sev}, nil
}

// failsOn reports whether any of findings is at least as severe as l.
func (l failLevel) failsOn(findings []compare.Finding) bool {
	if l.never {
		return false
	}
	for _, f := range findings {
		if f.Severity >= l.least {
			return true
		}
	}
	return false
}

// printUsage writes the help of the main command to w.
func printUsage(w io.Writer, fs *pflag.FlagSet) {
	fmt.Fprintf(w, `Usage:
  dedupe [flags] FILE|DIR|URL|- ...
  dedupe pairs [--threshold T] [FILE|-]

Dedupe reads several news articles about one event, finds the claims they
share and reports where the sources disagree. A DIR stands for the files
inside it and its subdirectories of a kind dedupe reads (.txt, .rss,
.atom, .xml, .jsonl, .ndjson, .html, .htm, .xhtml) or that a --glob
matches, hidden ones left out (regular files, or links to files inside
DIR; others are skipped), - for one article on standard input (id "stdin").
A document's id is its file name without the extension. UTF-16 with a
byte order mark is decoded. No output may write over an input.

An input (FILE, http(s) URL or -) may also be an RSS or Atom feed, a JSON
Lines file (one object a line: id, url, date, outlet, title, text) or an
HTML page, recognized by its content and extension (a .txt is plain text
unless it is a feed or page from its first tag), or as --input-format
says. Each item is one document, with an id from its GUID, else its URL,
dated by its publication date; its text is the title and paragraphs
extracted (see --save-text). A URL that cannot be read, or a remote
document with a local one's id, is reported and skipped; with no input
read, dedupe exits 2.

Flags:
%s
Settings come from the flags, then from the configuration file
(.dedupe.yaml in the working directory, or --config): threshold, fail-on,
severity per kind, dates per document and ignore rules, each with a reason.

Kinds of finding (most severe level by default):
%s
Exit status: 0 when no discrepancy shown reaches --fail-on, 1 when one
does, 2 on a usage or input error.
`, fs.FlagUsages(), kindUsages())
}

// kindUsages lists the kinds of finding as the registry of checks
// describes them, one a line.
func kindUsages() string {
	var b strings.Builder
	for _, k := range compare.KindInfos() {
		fmt.Fprintf(&b, "  %-12s %s (%s)\n", k.Kind, k.Doc, k.Severity)
	}
	return b.String()
}
