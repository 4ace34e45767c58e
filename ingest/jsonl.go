package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dedupe-news/dedupe/normalize/timex"
)

// jsonLine is one line of a JSON Lines input. Other keys are ignored.
type jsonLine struct {
	ID     string `json:"id"`
	URL    string `json:"url"`
	Date   string `json:"date"`
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
	Text   string `json:"text"`
}

// maxLineErrors is the most bad lines a JSON Lines error lists.
const maxLineErrors = 10

// LineError is a bad line of a JSON Lines input.
type LineError struct {
	Name string // the input
	Line int    // 1-based
	Msg  string
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg) }

// readJSONL reads JSON Lines: one object per line with the keys id, url,
// date, outlet, title and text (all strings, all optional but title or
// text), blank lines skipped. An article's id is its "id" when that is safe
// (see isSafeID), else derived from it with [ID]; without an id, from its
// url; without either, prefix, "-" and the line number. Every bad line is
// an error (the first maxLineErrors are listed), each a *LineError.
func readJSONL(name, prefix string, data []byte) ([]Item, error) {
	var items []Item
	var errs []error
	n := 0
	for line := range bytes.Lines(bytes.TrimPrefix(data, bom)) {
		n++
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		it, err := jsonItem(name, prefix, n, line)
		if err != nil {
			if len(errs) < maxLineErrors {
				errs = append(errs, err)
			}
			continue
		}
		items = append(items, it)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("%s: no JSON lines: want one object per line with a title or a text", name)
	}
	return items, nil
}

// jsonItem reads line n of a JSON Lines input.
func jsonItem(name, prefix string, n int, line []byte) (Item, error) {
	bad := func(format string, args ...any) error {
		return &LineError{Name: name, Line: n, Msg: fmt.Sprintf(format, args...)}
	}
	line = bytes.TrimSpace(line)
	if !utf8.Valid(line) {
		return Item{}, bad("invalid UTF-8: JSON Lines must be UTF-8")
	}
	if line[0] != '{' {
		return Item{}, bad("want a JSON object ({\"title\": …, \"text\": …})")
	}
	var v jsonLine
	if err := json.Unmarshal(line, &v); err != nil {
		return Item{}, bad("invalid JSON: %v", err)
	}
	date, err := parseItemDate(v.Date)
	if err != nil {
		return Item{}, bad("invalid date %q: want YYYY-MM-DD (or YYYY-MM, or RFC 3339)", v.Date)
	}
	title := collapseSpace(v.Title)
	text := buildText(title, plainParagraphs(v.Text))
	if text == "" {
		return Item{}, bad("no title or text")
	}
	it := Item{Title: title, URL: v.URL, Outlet: collapseSpace(v.Outlet), Date: date, Text: text}
	switch {
	case v.ID != "":
		it.ID, it.Source = v.ID, name+"#"+v.ID
		if !isSafeID(v.ID) {
			it.ID = ID(v.ID)
		}
	case v.URL != "":
		it.ID, it.Source = ID(v.URL), name+"#"+v.URL
	default:
		it.ID, it.Source = prefix+"-"+strconv.Itoa(n), name+"#L"+strconv.Itoa(n)
	}
	return it, nil
}

// parseItemDate reads the date of a JSON line: YYYY, YYYY-MM, YYYY-MM-DD,
// or an RFC 3339 time (its day, in its own time zone); "" is no date.
func parseItemDate(s string) (timex.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return timex.Date{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return dayOf(t), nil
	}
	return timex.ParseDate(s)
}
