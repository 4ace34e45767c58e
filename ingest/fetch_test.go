package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestFetch(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte("<rss>" + r.UserAgent() + "</rss>"))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // until the client gives up
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("x", 2000))) // with a Content-Length
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		for range 20 {
			w.Write([]byte(strings.Repeat("x", 100)))
			w.(http.Flusher).Flush() // no Content-Length
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := &Fetcher{Client: &http.Client{Timeout: 200 * time.Millisecond}, UserAgent: "dedupe/test", Limit: 1000}

	body, ct, err := f.Fetch(context.Background(), srv.URL+"/feed")
	if err != nil || string(body) != "<rss>dedupe/test</rss>" || ct != "application/rss+xml" {
		t.Errorf("Fetch(/feed) = %q, %q, %v; want the feed, its type and the user agent", body, ct, err)
	}
	tests := []struct {
		path    string
		want    string
		wantErr error
	}{
		{"/missing", "HTTP status 404 Not Found", nil},
		{"/slow", "ingest: timed out", ErrTimeout},
		{"/big", "ingest: response over the size limit: 2000 bytes", ErrTooLarge},
		{"/big-chunked", "ingest: response over the size limit: more than 1000 bytes", ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			_, _, err := f.Fetch(context.Background(), srv.URL+tc.path)
			if err == nil || err.Error() != tc.want {
				t.Errorf("Fetch(%s) = %v, want %q", tc.path, err, tc.want)
			}
			if tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
				t.Errorf("Fetch(%s) = %v, want it to wrap %v", tc.path, err, tc.wantErr)
			}
		})
	}
}

func TestFetchBadURL(t *testing.T) {
	var f Fetcher
	if _, _, err := f.Fetch(context.Background(), "http://a b/"); err == nil {
		t.Error("Fetch of a malformed URL succeeded")
	}
}

func TestIsURL(t *testing.T) {
	for in, want := range map[string]bool{
		"http://a.example/feed": true, "HTTPS://A.EXAMPLE/": true, "ftp://a.example/": false,
		"http.txt": false, "./https://x": false, "-": false,
	} {
		if got := IsURL(in); got != want {
			t.Errorf("IsURL(%q) = %v, want %v", in, got, want)
		}
	}
}
