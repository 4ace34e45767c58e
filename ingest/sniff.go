package ingest

import (
	"bytes"
	"mime"
	"path"
	"strings"
)

// sniffWindow is how much of the data Sniff looks at.
const sniffWindow = 4096

// Sniff returns the format of data, from the strongest evidence to the
// weakest. First what the content shows for sure: the root element of an
// XML or HTML document (rss, rdf:RDF or feed; html, head or body, or an
// HTML doctype), or a JSON Feed (a JSON object naming jsonfeed.org). Then
// the extension of name: .rss, .atom and .xml for a feed, .jsonl and
// .ndjson for JSON Lines, .html, .htm and .xhtml for HTML, .txt for plain
// text. Then a JSON object starting the data, for JSON Lines. Then
// contentType, the HTTP Content-Type if any. Last, data that starts with
// an HTML element such as <p> or <article> is HTML; anything else is
// plain text. So a .txt file that starts with <p> or { is plain text, an
// RSS feed named .txt is a feed, and JSON Lines served as text/plain are
// JSON Lines.
func Sniff(name, contentType string, data []byte) Format {
	c := sniffContent(data)
	for _, f := range []Format{c.sure, formatOfExt(name), c.probable, formatOfContentType(contentType), c.likely} {
		if f != Auto {
			return f
		}
	}
	return Text
}

// evidence is what the start of some data says of its format: for sure,
// probably (more than a Content-Type, less than an extension) and likely
// (less than either); each Auto when it says nothing.
type evidence struct{ sure, probable, likely Format }

// sniffContent returns what the start of data says of its format.
func sniffContent(data []byte) evidence {
	if len(data) > sniffWindow {
		data = data[:sniffWindow]
	}
	data = bytes.TrimLeft(bytes.TrimPrefix(data, bom), " \t\r\n")
	switch {
	case len(data) == 0:
		return evidence{}
	case data[0] == '{':
		if bytes.Contains(data, []byte("jsonfeed.org/version/")) {
			return evidence{sure: Feed}
		}
		return evidence{probable: JSONL}
	case data[0] == '<':
		sure, likely := formatOfRoot(data)
		return evidence{sure: sure, likely: likely}
	}
	return evidence{}
}

var bom = []byte("\ufeff")

// formatOfRoot reads the markup at the start of data past any XML
// declaration, processing instruction, comment and doctype, and returns
// the format its first element (or an HTML doctype) shows for sure or
// suggests.
func formatOfRoot(data []byte) (sure, likely Format) {
	for {
		data = bytes.TrimLeft(data, " \t\r\n")
		var end []byte
		switch {
		case bytes.HasPrefix(data, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(data, []byte("<!--")):
			end = []byte("-->")
		case hasPrefixFold(data, "<!doctype"):
			if hasPrefixFold(bytes.TrimLeft(data[len("<!doctype"):], " \t\r\n"), "html") {
				return HTML, Auto
			}
			end = []byte(">")
		case bytes.HasPrefix(data, []byte("<")):
			return formatOfElement(elementName(data[1:]))
		default:
			return Auto, Auto
		}
		i := bytes.Index(data, end)
		if i < 0 {
			return Auto, Auto
		}
		data = data[i+len(end):]
	}
}

// elementName returns the lower-case name at the start of data.
func elementName(data []byte) string {
	i := 0
	for i < len(data) {
		c := data[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ':' || c == '-' || c == '_') {
			break
		}
		i++
	}
	return strings.ToLower(string(data[:i]))
}

// formatOfElement returns the format a document whose first element is
// name has for sure, or suggests.
func formatOfElement(name string) (sure, likely Format) {
	switch name {
	case "rss", "rdf:rdf", "feed":
		return Feed, Auto
	case "html", "head", "body":
		return HTML, Auto
	case "meta", "title", "link", "article", "main", "div", "p", "h1", "h2",
		"h3", "section", "header", "nav", "script", "style":
		return Auto, HTML
	}
	return Auto, Auto
}

// formatOfExt returns the format the extension of name hints at, or Auto.
func formatOfExt(name string) Format {
	if i := strings.IndexAny(name, "?#"); i >= 0 && strings.Contains(name, "://") {
		name = name[:i] // a URL's query and fragment are no extension
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".rss", ".atom", ".xml":
		return Feed
	case ".jsonl", ".ndjson":
		return JSONL
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".txt":
		return Text
	}
	return Auto
}

// formatOfContentType returns the format an HTTP Content-Type hints at,
// or Auto.
func formatOfContentType(contentType string) Format {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return Auto
	}
	switch {
	case strings.Contains(mt, "rss") || strings.Contains(mt, "atom") || strings.HasSuffix(mt, "/xml"):
		return Feed
	case strings.Contains(mt, "ndjson") || strings.Contains(mt, "jsonl") || strings.Contains(mt, "json-seq"):
		return JSONL
	case strings.Contains(mt, "html"):
		return HTML
	case mt == "text/plain":
		return Text
	}
	return Auto
}

// hasPrefixFold reports whether data starts with the lower-case ASCII
// prefix, ignoring case.
func hasPrefixFold(data []byte, prefix string) bool {
	return len(data) >= len(prefix) && strings.EqualFold(string(data[:len(prefix)]), prefix)
}
