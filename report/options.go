package report

import (
	"fmt"
	"io"
)

// Options adjust how [WriteWith] prints a report for a reader. The zero
// value prints it as [Write] does.
type Options struct {
	// Width is the most columns a line of the table format may take, as
	// a terminal's width: cells wrap within their column, a word too long
	// for it is broken, and notes wrap too. 0 for no limit (cells wrap at
	// about 70 columns, a long word widening its column).
	Width int
	// Color marks the severities of the table format with ANSI colours,
	// for a terminal: errors red, warnings yellow, infos cyan. Only the
	// printer's own escapes are written: text from the input is escaped
	// ([Escape]) first.
	Color bool
	// Only limits the table and markdown formats to one part of the
	// report; the other formats print it whole.
	Only Part
}

// Part names a part of the table and markdown reports, which print, in
// this order, the summary, the findings, the clusters and the entities.
type Part string

// The parts [Options].Only can ask for.
const (
	PartAll      Part = ""         // every part
	PartFindings Part = "findings" // the discrepancies
	PartClusters Part = "clusters" // the shared claims, after the stories and near-duplicate documents
	PartEntities Part = "entities" // the entities
)

// ParsePart reads the name of a part: findings, clusters or entities.
func ParsePart(s string) (Part, error) {
	switch p := Part(s); p {
	case PartFindings, PartClusters, PartEntities:
		return p, nil
	}
	return "", fmt.Errorf("invalid part %q: want findings, clusters or entities", s)
}

// WriteWith prints rep to w in format f, adjusted by opts.
func WriteWith(w io.Writer, f Format, rep *Report, opts Options) error {
	switch f {
	case FormatTable:
		return TableWith(w, rep, opts)
	case FormatMarkdown:
		return markdown(w, rep, opts.Only)
	}
	return Write(w, f, rep)
}
