package ingest

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/dedupe-news/dedupe/normalize/timex"
)

// Format is the kind of an input.
type Format uint8

// Formats. Auto, the zero value, asks [Read] to sniff the format.
const (
	Auto  Format = iota
	Text         // plain text: one article
	Feed         // RSS 2.0 or Atom (also RSS 1.0 and JSON Feed): an article per item
	JSONL        // JSON Lines: an article per line
	HTML         // an HTML page: one article, its main text
)

// String returns the name of the format used in messages.
func (f Format) String() string {
	switch f {
	case Text:
		return "plain text"
	case Feed:
		return "feed"
	case JSONL:
		return "JSON Lines"
	case HTML:
		return "HTML"
	}
	return "auto"
}

// Item is one article read from an input.
type Item struct {
	// ID is the document id: a safe, stable string (see [ID]).
	ID string
	// Source says where the article came from: the file or URL, and for
	// an item of a feed or JSON Lines file "#" and the item's GUID, URL or
	// position ("#L3" for line 3, "#item2" for the second item).
	Source string
	// Title is the headline, "" if none.
	Title string
	// URL is the article's link, "" if none.
	URL string
	// Outlet is the publisher: the feed's title, the "outlet" of a JSON
	// line or the site name of a page; "" if none.
	Outlet string
	// Date is the publication date, to the day, in the time zone the input
	// gives; zero when unknown.
	Date timex.Date
	// Text is the article's text, which offsets refer to: for plain text
	// the input as given; otherwise the title, a blank line and the
	// paragraphs separated by blank lines, ending in a newline. It is ""
	// when a feed item has neither title nor body.
	Text string
}

// Options control [Read]. The zero value sniffs the format and derives
// ids from the input's name.
type Options struct {
	// Format is the format of the data; Auto sniffs it with [Sniff].
	Format Format
	// ContentType is the HTTP Content-Type the data came with, if any: a
	// hint to its format, and the charset of an HTML page that does not
	// declare one.
	ContentType string
	// ID is the document id of an input that holds one article (plain
	// text or an HTML page), and the prefix of the ids of JSON lines that
	// have neither id nor url. "" derives it from the name with [ID].
	ID string
}

// Read turns the data of one input into articles. name is the file name
// or URL the data came from: it names the input in errors, its extension
// is a hint to the format, and it is the identity of an article that has
// no other. Plain text is returned as one item whose Text is data as
// given (not checked: normalize.Parse does that). The user name and
// password of a URL, in name or an item's link, reach no item nor error.
//
// Errors name the input, and the line for JSON Lines; an error means the
// input could not be read at all, except that a JSON Lines file with bad
// lines reports every one of them.
func Read(name string, data []byte, opts Options) ([]Item, error) {
	name = StripCredentials(name)
	format := opts.Format
	if format == Auto {
		format = Sniff(name, opts.ContentType, data)
	}
	id := opts.ID
	if id == "" {
		id = ID(identityOf(name))
	}
	switch format {
	case Feed:
		return stripItems(readFeed(name, data))
	case JSONL:
		return stripItems(readJSONL(name, id, data))
	case HTML:
		it, err := readHTML(name, data, opts.ContentType)
		if err != nil {
			return nil, err
		}
		it.ID = id
		return []Item{it}, nil
	case Text:
		return []Item{{ID: id, Source: name, Text: string(data)}}, nil
	}
	return nil, fmt.Errorf("%s: unknown format %d", name, format)
}

// identityOf returns the identity of the input name, for an article that
// has no other: a URL as it is, a file by its base name, so that the id
// does not change with the directory dedupe runs in.
func identityOf(name string) string {
	if IsURL(name) {
		return name
	}
	return filepath.Base(name)
}

// buildText joins a title and paragraphs into an item's text: the title,
// then each paragraph, separated by blank lines, ending in a newline. A
// first paragraph that repeats the title is left out. It returns "" when
// there is nothing to join.
func buildText(title string, paras []string) string {
	title = collapseSpace(title)
	if len(paras) > 0 && paras[0] == title {
		paras = paras[1:]
	}
	parts := make([]string, 0, len(paras)+1)
	if title != "" {
		parts = append(parts, title)
	}
	parts = append(parts, paras...)
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, "\n\n") + "\n"
}
