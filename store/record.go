package store

import (
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// PathPrefix starts the Path of a document loaded from the index
// ("db:" + id), which tells it from a document read from a file.
const PathPrefix = "db:"

// Record is one stored document: what a run needs to compare it again
// without its file.
type Record struct {
	ID         string
	Path       string // where it was read from when last stored
	Text       string // the text parsed, as UTF-8; spans refer to it
	Hash       string // hex SHA-256 of Text; set by Put
	Date       timex.Date
	DateSource normalize.DateSource
	Outlet     string
	URL        string
	Encoding   string    // what the input was decoded from ("utf8", "latin1"); "" is utf8
	FirstSeen  time.Time // when a run first stored the id; set by Put
	Updated    time.Time // when its content last changed; set by Put
	// Signature, when not nil, is stored with the document by Put; it is
	// not read back.
	Signature *Signature
}

// FromDocument returns the record of doc, read from an input in the given
// encoding ("" for UTF-8).
func FromDocument(doc *normalize.Document, encoding string) Record {
	return Record{
		ID: doc.ID, Path: doc.Path, Text: doc.Text, Hash: HashText(doc.Text),
		Date: doc.Date, DateSource: doc.DateSource,
		Outlet: doc.Outlet, URL: doc.URL, Encoding: encoding,
	}
}

// Document parses the stored text again, as it was parsed when stored: a
// date found in the text is found again, any other (given with --date, or
// a feed item's) is given again with its source; a stored outlet or URL
// (a feed item's) replaces what the text says. The document's Path is
// PathPrefix + ID. st, which may be nil, memoizes stems across calls.
func (r *Record) Document(st *normalize.Stemmer) (normalize.Document, error) {
	opts := normalize.Options{Stemmer: st}
	given := !dateInText(r.DateSource)
	if given {
		opts.Date = r.Date
	}
	doc, err := normalize.Parse(r.ID, PathPrefix+r.ID, []byte(r.Text), opts)
	if err != nil {
		return doc, err
	}
	if given {
		doc.DateSource = r.DateSource
	}
	if r.Outlet != "" {
		doc.Outlet = r.Outlet
	}
	if r.URL != "" {
		doc.URL = r.URL
	}
	return doc, nil
}

// dateInText reports whether a date of source s was read from the text,
// and so will be read again.
func dateInText(s normalize.DateSource) bool {
	switch s {
	case normalize.DateFromHeader, normalize.DateFromOutlet, normalize.DateFromDateline, normalize.DateFromNone:
		return true
	}
	return false
}

// HashText returns the hex SHA-256 of text, the content hash the index
// keeps beside each text.
func HashText(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// sameContent reports whether storing r over old changes nothing the
// comparison uses: the text and the date.
func (r *Record) sameContent(old *Record) bool {
	return r.Hash == old.Hash && r.Date == old.Date && r.DateSource == old.DateSource
}

// recency is the key the window sorts on, most recent first: the first
// day of the document's date, or for an undated document the day it was
// first seen.
func (r *Record) recency() string {
	if !r.Date.IsZero() {
		return r.Date.First().Format(time.DateOnly)
	}
	return r.FirstSeen.UTC().Format(time.DateOnly)
}

// timeLayout is how times are stored: UTC, fixed width, so that text
// order is time order.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

// formatTime returns t as stored.
func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// parseTime reads a stored time.
func parseTime(s string) (time.Time, error) { return time.Parse(timeLayout, s) }
