package ingest

import "strings"

// StripCredentials returns s without the user name and password of every
// URL in it: "http://user:secret@host/feed" becomes "http://host/feed",
// and so does a URL after the "#" of a feed item's source or in a query.
// Each "://" starts an authority, which ends at the next "/", "?" or "#",
// and the authority is cut after its last "@". The rest of s is kept as
// it is (not re-encoded), so this works on URLs that do not parse too.
func StripCredentials(s string) string {
	if !strings.Contains(s, "@") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "://")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		i += len("://")
		b.WriteString(s[:i])
		s = s[i:]
		end := strings.IndexAny(s, "/?#")
		if end < 0 {
			end = len(s)
		}
		if at := strings.LastIndexByte(s[:end], '@'); at >= 0 {
			s = s[at+1:]
		}
	}
}

// stripItems removes the credentials of URLs from the Source and URL of
// each of items, and returns items and err as they are.
func stripItems(items []Item, err error) ([]Item, error) {
	for i := range items {
		items[i].Source = StripCredentials(items[i].Source)
		items[i].URL = StripCredentials(items[i].URL)
	}
	return items, err
}
