package ingest

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// article is one document to parse: a plain text input as read, or an
// item of a feed, JSON Lines file or HTML page.
type article struct {
	source          // the document id, and its path: file, URL, plus "#guid" for an item
	text     []byte // UTF-8 unless a plain text file that is not
	item     *Item  // nil for plain text
	encoding string // what a plain text was decoded from
	remote   bool   // read from a URL: failing to parse it skips it
}

// readArticles reads every source into the articles it holds: a plain
// text input is one, a feed one per item (an item with neither title nor
// text is reported to Warn and skipped), a JSON Lines file one per
// line, an HTML page one. URLs are fetched first, several at a time. A
// source that cannot be read, or holds no article, is an error, except a
// URL: it is reported to Warn and skipped, unless no source at all
// could be read. Articles come out sorted by id; the same feed item met
// twice is kept once.
func (l *loader) readArticles(ctx context.Context, srcs []source) ([]article, error) {
	fetched := l.fetchAll(ctx, srcs)
	var arts []article
	failed := 0
	for i, s := range srcs {
		more, err := l.sourceArticles(s, fetched[i])
		if err != nil && fetched[i] == nil {
			return nil, err
		}
		if err != nil {
			l.warnf("%w", err)
			failed++
			continue
		}
		arts = append(arts, more...)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("no input could be read: %d of %d failed", failed, len(srcs))
	}
	return l.uniqueArticles(arts)
}

// sourceArticles returns the articles of source s, whose bytes come from
// f when it was fetched.
func (l *loader) sourceArticles(s source, f *fetchResult) ([]article, error) {
	var data []byte
	var contentType string
	switch {
	case f != nil && f.err != nil:
		return nil, fmt.Errorf("%s: %w", s.path, f.err)
	case f != nil:
		data, contentType = f.data, f.contentType
	default:
		var err error
		if data, err = l.readSource(s); err != nil {
			return nil, err
		}
	}
	format := l.Format
	if format == Auto {
		format = Sniff(s.path, contentType, data)
	}
	if format == Text {
		text, enc, err := decodeText(data, l.enc.of(s.id))
		if err != nil {
			return nil, fmt.Errorf("%s: decoding %s: %w", s.path, enc, err)
		}
		return []article{{source: s, text: text, encoding: enc, remote: f != nil}}, nil
	}
	items, err := Read(s.path, data, Options{Format: format, ContentType: contentType, ID: s.id})
	if err != nil {
		return nil, err
	}
	arts := make([]article, 0, len(items))
	for i := range items {
		it := &items[i]
		if it.Text == "" {
			l.warnf("%s: the item has neither title nor text", it.Source)
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
// the first by path; the other is reported to Warn and dropped, when both
// are items (one GUID in two feeds) or it is remote. Two local articles
// with one id, not both items, are an error.
func (l *loader) uniqueArticles(arts []article) ([]article, error) {
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
			l.warnf("%s: the same item as %s (id %s)", drop.path, keep.path, a.id)
		case drop.remote:
			l.warnf("%s: document id %q is already used by %s", drop.path, a.id, keep.path)
		default:
			return nil, fmt.Errorf("%s: duplicate document id %q, also used by %s", a.path, a.id, out[n-1].path)
		}
		out[n-1] = keep
	}
	return out, nil
}

// parse parses a, dated date when that is set (a --date), else by the
// item's publication date, with the stemmer all documents share. An
// item's outlet and URL are the document's.
func (l *loader) parse(a article, date timex.Date, stem *normalize.Stemmer) (normalize.Document, error) {
	if a.item == nil {
		doc, err := normalize.Parse(a.id, a.path, a.text, normalize.Options{Date: date, Stemmer: stem})
		if err != nil {
			return doc, l.parseError(a.source, a.text, err)
		}
		doc.Extracted = a.path == "-"
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
	doc.Extracted = true
	return doc, nil
}

// nonUTF8 returns the encoding a was decoded from when that is not UTF-8,
// else "".
func (a article) nonUTF8() string {
	if a.item == nil && a.encoding != EncodingUTF8 {
		return a.encoding
	}
	return ""
}
