package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/dedupe-news/dedupe/ingest"
	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/report"
)

// defaultFetchTimeout is the default --fetch-timeout.
const defaultFetchTimeout = 20 * time.Second

// loadDocuments reads the inputs args name with ingest.Load, as the flags
// and settings say: inputs skipped are reported on warn, and the errors
// name dedupe's flags. It fails before reading anything when an output,
// the baseline to write or (later) a --save-text file would be an input.
// It returns the local input files too.
func loadDocuments(args []string, stdin io.Reader, warn io.Writer, opts *options, set settings) ([]normalize.Document, inputFiles, error) {
	var inputs inputFiles
	docs, err := ingest.Load(context.Background(), args, ingest.LoadOptions{
		Stdin:        stdin,
		Format:       opts.inputFormat,
		Encodings:    opts.encodings,
		Dates:        dateRules(set.dates),
		MaxSize:      opts.maxSize,
		FetchTimeout: opts.fetchTimeout,
		AllowPrivate: opts.allowPrivateURLs,
		UserAgent:    "dedupe/" + version(),
		Globs:        opts.globs,
		Check: func(files []string) error {
			inputs = newInputFiles(files)
			return checkOverwrites(inputs, opts.outputs, opts.writeBaselinePath)
		},
		Warn:    func(err error) { warnf(warn, "skipped %v", err) },
		Wording: flagWording(),
	})
	if err != nil {
		return nil, inputs, err
	}
	if opts.saveTextDir != "" {
		if err := saveTexts(opts.saveTextDir, docs, inputs); err != nil {
			return nil, inputs, err
		}
	}
	return docs, inputs, nil
}

// flagWording is how ingest's errors name dedupe's flags.
func flagWording() ingest.Wording {
	return ingest.Wording{
		MaxSize:      "--max-size",
		FetchTimeout: "--fetch-timeout",
		AllowPrivate: " (--allow-private-urls allows it)",
		Latin1: func(id string) string {
			return fmt.Sprintf("; or, if it is Latin-1, run dedupe with --encoding latin1 (--encoding %s=latin1 for this file alone)", id)
		},
	}
}

// dateRules returns the dates of documents as ingest takes them.
func dateRules(dates []dateOverride) []ingest.DateRule {
	rules := make([]ingest.DateRule, len(dates))
	for i, d := range dates {
		rules[i] = ingest.DateRule{ID: d.id, Date: d.date, Source: d.source}
	}
	return rules
}

// inputFormatOf returns the format an --input-format value names, Auto
// for auto (or ""), and whether the value is one.
func inputFormatOf(name string) (ingest.Format, bool) {
	switch name {
	case "auto", "":
		return ingest.Auto, name != ""
	case "text":
		return ingest.Text, true
	case "feed":
		return ingest.Feed, true
	case "jsonl":
		return ingest.JSONL, true
	case "html":
		return ingest.HTML, true
	}
	return ingest.Auto, false
}

// saveTexts writes the text of each document, which its offsets refer to,
// to dir/<id>.txt, creating dir if need be. It writes nothing when one of
// those files would be one of the inputs.
func saveTexts(dir string, docs []normalize.Document, inputs inputFiles) error {
	for _, d := range docs {
		p := savedTextPath(dir, d.ID)
		if in, ok := inputs.find(p); ok {
			return fmt.Errorf("--save-text %s: %s would overwrite the input %s", dir, p, in)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return pathError(dir, err)
	}
	for _, d := range docs {
		p := savedTextPath(dir, d.ID)
		if err := os.WriteFile(p, []byte(d.Text), 0o644); err != nil {
			return pathError(p, err)
		}
	}
	return nil
}

// warnf reports a problem that does not stop the run on w, as
// "dedupe: message", the message escaped ([report.Escape]) so that no
// path, id or GUID in it can start a line or drive a terminal; a nil w
// discards it.
func warnf(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, "dedupe: %s\n", report.Escape(fmt.Sprintf(format, args...)))
	}
}
