package report

import (
	"net/url"

	"github.com/dedupe-news/dedupe/normalize"
)

// Location is where the [Line], [GitHub] and [SARIF] outputs point for a
// document whose path names no file that holds its text (a feed item, a
// page, a document stored in an index): a file its text was saved to, or
// failing that the address it was published at.
type Location struct {
	// File is a file that holds the document's text, which lines and
	// columns refer to (dedupe --save-text writes one); "" for none.
	File string
	// URL is the address the document was published at, used when File
	// is "": the outputs give it with the document's title and no line;
	// "" for none.
	URL string
}

// titleWidth is the most characters of a document's title that a
// location quotes.
const titleWidth = 80

// locationOf returns the location of document d: its Location in rep
// when it has one with a File or URL, else its path (as File).
func (rep *Report) locationOf(d *normalize.Document) Location {
	if loc, ok := rep.Locations[d.ID]; ok && (loc.File != "" || loc.URL != "") {
		return loc
	}
	return Location{File: d.Path}
}

// docTitle returns the title of d, for a location that has no line: its
// first sentence that is not metadata, on one line and cut to titleWidth
// characters; "" when it has none.
func docTitle(d *normalize.Document) string {
	for _, s := range d.Sentences {
		if s.Kind == normalize.KindMetadata {
			continue
		}
		t := []rune(oneLine(s.Text))
		if len(t) > titleWidth {
			return string(t[:titleWidth-1]) + "…"
		}
		return string(t)
	}
	return ""
}

// urlLabel is how the line-per-finding outputs name a location without a
// file: its URL without any user:password, then the document's title in
// «», escaped by the caller.
func urlLabel(s, title string) string {
	if u, err := url.Parse(s); err == nil && u.User != nil {
		u.User = nil
		s = u.String()
	}
	if title == "" {
		return s
	}
	return s + " «" + title + "»"
}
