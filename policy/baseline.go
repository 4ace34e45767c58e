package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dedupe-news/dedupe/compare"
)

// BaselineVersion is the version of the baseline file format.
const BaselineVersion = 1

// Baseline is the set of findings known when it was written, recorded by
// their stable ids. Its JSON form is the baseline file:
//
//	{"version": 1, "findings": [{"id": "date-…", "kind": "date", "message": "…"}]}
//
// Kind and message are there for the people who review the file; only
// the id matters for matching.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one known finding.
type BaselineEntry struct {
	ID      string `json:"id"`
	Kind    string `json:"kind"`
	Message string `json:"message"`
}

// NewBaseline records findings, sorted by id, each id once.
func NewBaseline(findings []compare.Finding) *Baseline {
	b := &Baseline{Version: BaselineVersion, Findings: []BaselineEntry{}}
	for _, f := range findings {
		b.Findings = append(b.Findings, BaselineEntry{ID: f.ID, Kind: string(f.Kind), Message: f.Message})
	}
	slices.SortFunc(b.Findings, func(x, y BaselineEntry) int { return strings.Compare(x.ID, y.ID) })
	b.Findings = slices.CompactFunc(b.Findings, func(x, y BaselineEntry) bool { return x.ID == y.ID })
	return b
}

// BaselineOf records the findings whose ids are given, without kinds or
// messages: the findings an index knows, for [Policy.Seen].
func BaselineOf(ids []string) *Baseline {
	b := &Baseline{Version: BaselineVersion, Findings: make([]BaselineEntry, 0, len(ids))}
	for _, id := range ids {
		b.Findings = append(b.Findings, BaselineEntry{ID: id})
	}
	slices.SortFunc(b.Findings, func(x, y BaselineEntry) int { return strings.Compare(x.ID, y.ID) })
	b.Findings = slices.CompactFunc(b.Findings, func(x, y BaselineEntry) bool { return x.ID == y.ID })
	return b
}

// ParseBaseline reads a baseline file; name is used in messages. It fails
// on malformed JSON (naming the line), unknown fields, another version and
// entries without an id.
func ParseBaseline(name string, data []byte) (*Baseline, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var b Baseline
	if err := dec.Decode(&b); err != nil {
		return nil, jsonError(name, data, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%s: baseline: more than one JSON value", name)
	}
	if b.Version != BaselineVersion {
		return nil, fmt.Errorf("%s: baseline version %d: want %d", name, b.Version, BaselineVersion)
	}
	for i, e := range b.Findings {
		if e.ID == "" {
			return nil, fmt.Errorf("%s: baseline finding %d has no id", name, i+1)
		}
	}
	slices.SortStableFunc(b.Findings, func(x, y BaselineEntry) int { return strings.Compare(x.ID, y.ID) })
	return &b, nil
}

// jsonError turns a decoding error into one naming the file and, for a
// syntax or type error, the line.
func jsonError(name string, data []byte, err error) error {
	var offset int64 = -1
	if se := (*json.SyntaxError)(nil); errors.As(err, &se) {
		offset = se.Offset
	} else if te := (*json.UnmarshalTypeError)(nil); errors.As(err, &te) {
		offset = te.Offset
	}
	if offset < 0 || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%s: baseline: %v", name, err)
	}
	line := 1 + bytes.Count(data[:min(int(offset), len(data))], []byte("\n"))
	return fmt.Errorf("%s:%d: baseline: %v", name, line, err)
}

// Encode writes b to w as indented JSON.
func (b *Baseline) Encode(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// Has reports whether b lists a finding with the given id. A nil b lists
// none. b.Findings must be sorted by id, as [NewBaseline] and
// [ParseBaseline] leave them.
func (b *Baseline) Has(id string) bool {
	if b == nil || id == "" {
		return false
	}
	_, found := slices.BinarySearchFunc(b.Findings, id, func(e BaselineEntry, id string) int { return strings.Compare(e.ID, id) })
	return found
}
