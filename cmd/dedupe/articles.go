package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/dedupe-news/dedupe/ingest"
	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
	"github.com/dedupe-news/dedupe/report"
)

// article is one document to parse: a plain text input as read, or an
// item of a feed, JSON Lines file or HTML page.
type article struct {
	source                // the document id, and its path: file, URL, plus "#guid" for an item
	text     []byte       // UTF-8 unless a plain text file that is not
	item     *ingest.Item // nil for plain text
	encoding string       // what a plain text was decoded from
	remote   bool         // read from a URL: failing to parse it skips it
}

// readArticles reads every source into the articles it holds: a plain
// text input is one, a feed one per item (an item with neither title nor
// text is reported on opts.warn and skipped), a JSON Lines file one per
// line, an HTML page one. URLs are fetched first, several at a time. A
// source that cannot be read, or holds no article, is an error, except a
// URL: it is reported on opts.warn and skipped, unless no source at all
// could be read. Articles come out sorted by id; the same feed item met
// twice is kept once.
func readArticles(srcs []source, stdin io.Reader, opts readOptions) ([]article, error) {
	fetched := fetchAll(srcs, opts)
	var arts []article
	failed := 0
	for i, s := range srcs {
		more, err := sourceArticles(s, stdin, fetched[i], opts)
		if err != nil && fetched[i] == nil {
			return nil, err
		}
		if err != nil {
			warnf(opts.warn, "skipped %v", err)
			failed++
			continue
		}
		arts = append(arts, more...)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("no input could be read: %d of %d failed", failed, len(srcs))
	}
	return uniqueArticles(arts, opts.warn)
}

// sourceArticles returns the articles of source s, whose bytes come from
// f when it was fetched.
func sourceArticles(s source, stdin io.Reader, f *fetchResult, opts readOptions) ([]article, error) {
	var data []byte
	var contentType string
	switch {
	case f != nil && f.err != nil:
		return nil, fmt.Errorf("%s: %w", s.path, f.err)
	case f != nil:
		data, contentType = f.data, f.contentType
	default:
		var err error
		if data, err = readSource(s, stdin, opts.maxSize); err != nil {
			return nil, err
		}
	}
	format, _ := inputFormatOf(opts.inputFormat) // checked by options.parse
	if format == ingest.Auto {
		format = ingest.Sniff(s.path, contentType, data)
	}
	if format == ingest.Text {
		text, enc, err := decodeText(data, opts.encodings.of(s.id))
		if err != nil {
			return nil, fmt.Errorf("%s: decoding %s: %w", s.path, enc, err)
		}
		return []article{{source: s, text: text, encoding: enc, remote: f != nil}}, nil
	}
	items, err := ingest.Read(s.path, data, ingest.Options{Format: format, ContentType: contentType, ID: s.id})
	if err != nil {
		return nil, err
	}
	arts := make([]article, 0, len(items))
	for i := range items {
		it := &items[i]
		if it.Text == "" {
			warnf(opts.warn, "skipped %s: the item has neither title nor text", it.Source)
			continue
		}
		arts = append(arts, article{source: source{id: it.ID, path: it.Source}, text: []byte(it.Text), item: it, remote: f != nil})
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("%s: the %s holds no article with a title or text", s.path, format)
	}
	return arts, nil
}

// uniqueArticles sorts arts by id and path and checks that no two share an
// id. Of two with one id, a local article is kept over a remote one, else
// the first by path; the other is reported on warn and dropped, when both
// are items (one GUID in two feeds) or it is remote. Two local articles
// with one id, not both items, are an error.
func uniqueArticles(arts []article, warn io.Writer) ([]article, error) {
	slices.SortStableFunc(arts, func(a, b article) int {
		return cmp.Or(cmp.Compare(a.id, b.id), cmp.Compare(a.path, b.path))
	})
	out := arts[:0]
	for _, a := range arts {
		n := len(out)
		if n == 0 || out[n-1].id != a.id {
			out = append(out, a)
			continue
		}
		keep, drop := out[n-1], a
		if keep.remote && !drop.remote {
			keep, drop = drop, keep
		}
		switch {
		case keep.item != nil && drop.item != nil:
			warnf(warn, "skipped %s: the same item as %s (id %s)", drop.path, keep.path, a.id)
		case drop.remote:
			warnf(warn, "skipped %s: document id %q is already used by %s", drop.path, a.id, keep.path)
		default:
			return nil, fmt.Errorf("%s: duplicate document id %q, also used by %s", a.path, a.id, out[n-1].path)
		}
		out[n-1] = keep
	}
	return out, nil
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

// articleSources returns the id and path of each article.
func articleSources(arts []article) []source {
	srcs := make([]source, len(arts))
	for i, a := range arts {
		srcs[i] = a.source
	}
	return srcs
}

// parse parses a, dated date when that is set (a --date), else by the
// item's publication date, with the stemmer all documents share. An
// item's outlet and URL are the document's.
func (a article) parse(date timex.Date, stem *normalize.Stemmer) (normalize.Document, error) {
	if a.item == nil {
		doc, err := normalize.Parse(a.id, a.path, a.text, normalize.Options{Date: date, Stemmer: stem})
		if err != nil {
			return doc, parseError(a.source, a.text, err)
		}
		return doc, nil
	}
	if date.IsZero() {
		date = a.item.Date
	}
	doc, err := normalize.Parse(a.id, a.path, a.text, normalize.Options{Date: date, Stemmer: stem})
	if err != nil {
		return doc, err
	}
	if a.item.Outlet != "" {
		doc.Outlet = a.item.Outlet
	}
	if a.item.URL != "" {
		doc.URL = a.item.URL
	}
	return doc, nil
}

// nonUTF8 returns the encoding a was decoded from when that is not UTF-8,
// else "".
func (a article) nonUTF8() string {
	if a.item == nil && a.encoding != report.EncodingUTF8 {
		return a.encoding
	}
	return ""
}

// saveTexts writes the text of each document, which its offsets refer to,
// to dir/<id>.txt, creating dir if need be. It writes nothing when one of
// those files would be one of srcs.
func saveTexts(dir string, docs []normalize.Document, srcs []source) error {
	inputs := newInputFiles(srcs)
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
