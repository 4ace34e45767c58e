package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStripCredentials(t *testing.T) {
	tests := []struct{ desc, in, want string }{
		{"user and password", "http://user:secret@a.example/feed", "http://a.example/feed"},
		{"user alone", "https://user@a.example", "https://a.example"},
		{"upper-case scheme", "HTTPS://u:p@a.example:8080/x", "HTTPS://a.example:8080/x"},
		{"at sign in password", "http://u:p@ss@a.example/x", "http://a.example/x"},
		{"at sign in the query", "http://a.example/x?mail=a@b.example", "http://a.example/x?mail=a@b.example"},
		{"at sign in the path", "http://a.example/@user", "http://a.example/@user"},
		{"at sign in the fragment", "http://a.example#x@y", "http://a.example#x@y"},
		{"query after credentials", "http://u:p@a.example?x", "http://a.example?x"},
		{"unparsable", "http://u:se cret@a b/x", "http://a b/x"},
		{"feed item", "http://u:p@a.example/rss.xml#https://v:q@b.example/1", "http://a.example/rss.xml#https://b.example/1"},
		{"other scheme", "ftp://u:p@a.example/", "ftp://a.example/"},
		{"file name", "notas@casa.txt", "notas@casa.txt"},
		{"tag uri", "tag:a.example,2023:x@y", "tag:a.example,2023:x@y"},
		{"no credentials", "https://www.elpais.com/x.html", "https://www.elpais.com/x.html"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := StripCredentials(tc.in); got != tc.want {
				t.Errorf("StripCredentials(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestReadStripsCredentials reads a feed and a JSON Lines file from a URL
// with credentials, whose items link to URLs with credentials: none of
// them reaches an item.
func TestReadStripsCredentials(t *testing.T) {
	rss := `<rss version="2.0"><channel><title>T</title>` +
		`<item><title>Uno</title><link>https://u:secret@a.example/1</link><description>Texto.</description></item>` +
		`<item><guid>https://u:secret@a.example/2</guid><title>Dos</title></item>` +
		`<item><title>Tres</title></item></channel></rss>`
	jsonl := `{"url": "https://u:secret@a.example/4", "text": "Cuatro."}` + "\n"
	page, err := os.ReadFile(filepath.Join("testdata", "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc, name, data string
		format           Format
	}{
		{"feed", "https://u:secret@a.example/rss.xml", rss, Feed},
		{"json lines", "https://u:secret@a.example/a.jsonl", jsonl, JSONL},
		{"page", "https://u:secret@a.example/page.html", string(page), HTML},
		{"text", "https://u:secret@a.example/a.txt", "Texto.", Text},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			items, err := Read(tc.name, []byte(tc.data), Options{Format: tc.format})
			if err != nil || len(items) == 0 {
				t.Fatalf("Read = %d items, %v", len(items), err)
			}
			for _, it := range items {
				if strings.Contains(it.Source+it.URL, "secret") || strings.Contains(it.Source+it.URL, "u:") {
					t.Errorf("item %s: Source %q, URL %q hold the credentials", it.ID, it.Source, it.URL)
				}
			}
		})
	}
}
