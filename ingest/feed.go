package ingest

import (
	"bytes"
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"

	"github.com/dedupe-news/dedupe/normalize/timex"
	"github.com/mmcdole/gofeed"
)

// readFeed reads an RSS or Atom feed (also RSS 1.0 and JSON Feed): an item
// per entry, in the feed's order. The feed's XML declaration gives its
// encoding (UTF-8 when it gives none).
func readFeed(name string, data []byte) ([]Item, error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: reading feed: %w", name, err)
	}
	outlet := collapseSpace(feed.Title)
	items := make([]Item, 0, len(feed.Items))
	for i, fi := range feed.Items {
		items = append(items, feedItem(name, outlet, i+1, fi))
	}
	return items, nil
}

// feedItem returns the n-th item fi of the feed name.
func feedItem(name, outlet string, n int, fi *gofeed.Item) Item {
	identity, anchor := fi.GUID, fi.GUID
	switch {
	case identity == "" && fi.Link != "":
		identity, anchor = fi.Link, fi.Link
	case identity == "":
		anchor = "item" + strconv.Itoa(n)
		identity = identityOf(name) + "#" + anchor
	}
	link := fi.Link
	if link == "" && IsURL(fi.GUID) {
		link = fi.GUID // a permalink GUID, as RSS assumes by default
	}
	title := collapseSpace(fi.Title)
	return Item{
		ID:     ID(identity),
		Source: name + "#" + anchor,
		Title:  title,
		URL:    link,
		Outlet: outlet,
		Date:   itemDate(fi),
		Text:   buildText(title, bodyParagraphs(fi)),
	}
}

// bodyParagraphs returns the paragraphs of the content of fi, else of its
// description: HTML, or plain text (with HTML entities) when it holds no
// tag.
func bodyParagraphs(fi *gofeed.Item) []string {
	body := fi.Content
	if strings.TrimSpace(body) == "" {
		body = fi.Description
	}
	if looksLikeHTML(body) {
		return htmlParagraphs(body)
	}
	return plainParagraphs(html.UnescapeString(body))
}

// feedDateLayouts are the layouts of published dates in feeds, tried
// before gofeed's parse so that the date keeps its time zone: an article
// published at 01:00 in Madrid is dated that day, not the day before in
// UTC.
var feedDateLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC3339, time.RFC3339Nano,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700", "2006-01-02T15:04:05-0700",
}

// itemDate returns the publication date of fi, else its update date, to
// the day; zero when it has neither.
func itemDate(fi *gofeed.Item) timex.Date {
	if d := dateOf(fi.Published, fi.PublishedParsed); !d.IsZero() {
		return d
	}
	return dateOf(fi.Updated, fi.UpdatedParsed)
}

// dateOf returns the day of the date written s, in its own time zone, or
// else of parsed (UTC, as gofeed parses it); zero when neither is known.
func dateOf(s string, parsed *time.Time) timex.Date {
	s = strings.TrimSpace(s)
	for _, layout := range feedDateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return dayOf(t)
		}
	}
	if parsed != nil {
		return dayOf(*parsed)
	}
	return timex.Date{}
}

// dayOf returns the day of t.
func dayOf(t time.Time) timex.Date {
	return timex.DayDate(t.Year(), t.Month(), t.Day())
}
