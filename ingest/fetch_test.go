package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
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
	f := &Fetcher{Timeout: 200 * time.Millisecond, UserAgent: "dedupe/test", Limit: 1000, AllowPrivate: true}

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
	tests := []struct{ desc, url, want string }{
		{"malformed", "http://a b/", "invalid URL"},
		{"ftp", "ftp://a.example/feed", `unsupported scheme "ftp": only http and https are fetched`},
		{"file", "file:///etc/passwd", `unsupported scheme "file": only http and https are fetched`},
		{"no host", "http:///feed", "invalid URL: no host"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var f Fetcher
			_, _, err := f.Fetch(context.Background(), tc.url)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Fetch(%q) = %v, want %q", tc.url, err, tc.want)
			}
		})
	}
}

// countingServer starts a test server that answers every request with
// handler (nil for "ok"), and returns it and how many requests it got.
func countingServer(t *testing.T, handler http.HandlerFunc) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		if handler != nil {
			handler(w, r)
			return
		}
		w.Write([]byte("ok"))
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

// hostPort returns the host:port of the test server srv.
func hostPort(t *testing.T, srv *httptest.Server) string {
	t.Helper()
	u, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	return u.Host
}

// TestFetchRefusesPrivate checks that without AllowPrivate a loopback
// address, given as a literal or by a name, is refused when dialing: the
// server is never reached.
func TestFetchRefusesPrivate(t *testing.T) {
	srv, hits := countingServer(t, nil)
	port := srv.URL[strings.LastIndex(srv.URL, ":")+1:]
	tests := []struct{ desc, url, want string }{
		{"literal", srv.URL + "/feed", "refused to connect to 127.0.0.1:" + port + ", a loopback address"},
		{"name", "http://localhost:" + port + "/feed", "a loopback address"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			f := &Fetcher{Timeout: 2 * time.Second}
			_, _, err := f.Fetch(context.Background(), tc.url)
			var ae *AddressError
			if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.As(err, &ae) {
				t.Errorf("Fetch(%s) = %v, want an *AddressError %q", tc.url, err, tc.want)
			}
		})
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the server got %d requests, want 0", n)
	}
	f := &Fetcher{Timeout: 2 * time.Second, AllowPrivate: true}
	if body, _, err := f.Fetch(context.Background(), "http://localhost:"+port+"/feed"); err != nil || string(body) != "ok" {
		t.Errorf("Fetch with AllowPrivate = %q, %v; want ok", body, err)
	}
}

// TestFetchRedirects follows redirects from a server the test lets
// through to others it does not: a private address, another scheme, a
// name that resolves to loopback, too many hops. No refused address is
// ever dialed.
func TestFetchRedirects(t *testing.T) {
	other, otherHits := countingServer(t, nil)
	otherPort := other.URL[strings.LastIndex(other.URL, ":")+1:]
	mux := http.NewServeMux()
	redirect := func(path, to string) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, to, http.StatusFound) })
	}
	redirect("/metadata", "http://169.254.169.254/latest/meta-data/")
	redirect("/metadata-v6", "http://[fd00:ec2::254]/latest/meta-data/")
	redirect("/mapped", "http://[::ffff:127.0.0.1]:"+otherPort+"/")
	redirect("/ftp", "ftp://u:secret@127.0.0.1/feed")
	redirect("/file", "file:///etc/passwd")
	redirect("/other-literal", other.URL+"/")
	redirect("/other-name", "http://localhost:"+otherPort+"/")
	redirect("/loop", "/loop")
	redirect("/local", "/feed")
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("feed")) })
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	allowed := netip.MustParseAddrPort(hostPort(t, srv))
	var mu sync.Mutex
	var dialed []string
	hooks := &fetchHooks{allow: allowed, dialed: func(ap netip.AddrPort) {
		mu.Lock()
		defer mu.Unlock()
		dialed = append(dialed, ap.String())
	}}
	tests := []struct {
		path, want string
		private    bool // with AllowPrivate
	}{
		{"/local", "", false},
		{"/metadata", "redirect to http://169.254.169.254/latest/meta-data/: refused to connect to 169.254.169.254:80, a link-local address", false},
		{"/metadata-v6", "redirect to http://[fd00:ec2::254]/latest/meta-data/: refused to connect to [fd00:ec2::254]:80, a private address", false},
		{"/mapped", "refused to connect to [::ffff:127.0.0.1]:" + otherPort + ", a loopback address", false},
		{"/ftp", `redirect to ftp://127.0.0.1/feed: unsupported scheme "ftp": only http and https are fetched`, false},
		{"/file", `redirect to file:///etc/passwd: unsupported scheme "file"`, false},
		{"/ftp", `redirect to ftp://127.0.0.1/feed: unsupported scheme "ftp"`, true},
		{"/other-literal", "redirect to " + other.URL + "/: refused to connect to 127.0.0.1:" + otherPort + ", a loopback address", false},
		{"/other-name", "redirect to http://localhost:" + otherPort + "/: refused to connect to 127.0.0.1:" + otherPort + ", a loopback address", false},
		{"/loop", "stopped after 3 redirects", false},
		{"/loop", "stopped after 3 redirects", true},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			f := &Fetcher{Timeout: 2 * time.Second, MaxRedirects: 3, AllowPrivate: tc.private, hooks: hooks}
			body, _, err := f.Fetch(context.Background(), srv.URL+tc.path)
			switch {
			case tc.want == "" && (err != nil || string(body) != "feed"):
				t.Errorf("Fetch(%s) = %q, %v; want feed", tc.path, body, err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("Fetch(%s) = %v, want %q", tc.path, err, tc.want)
			case err != nil && strings.Contains(err.Error(), "secret"):
				t.Errorf("Fetch(%s) = %v, which holds the credentials", tc.path, err)
			}
		})
	}
	if n := otherHits.Load(); n != 0 {
		t.Errorf("the server not let through got %d requests, want 0", n)
	}
	for _, d := range dialed {
		if d != allowed.String() && d != "127.0.0.1:"+otherPort {
			t.Errorf("dialed %s, want only %s (and %s, refused by the dial check)", d, allowed, "127.0.0.1:"+otherPort)
		}
	}
	if !slices.Contains(dialed, "127.0.0.1:"+otherPort) {
		t.Errorf("the redirect by name was not refused at dial time: dialed %v", dialed)
	}
	f := &Fetcher{Timeout: 2 * time.Second, AllowPrivate: true}
	if body, _, err := f.Fetch(context.Background(), srv.URL+"/other-name"); err != nil || string(body) != "ok" {
		t.Errorf("Fetch(/other-name) with AllowPrivate = %q, %v; want ok", body, err)
	}
}

// TestFetchCredentials sends the credentials of a URL as basic
// authentication, and no error repeats them.
func TestFetchCredentials(t *testing.T) {
	srv, _ := countingServer(t, func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); !ok || u != "user" || p != "s3cret" {
			http.Error(w, "who are you", http.StatusUnauthorized)
			return
		}
		if r.URL.Path == "/away" {
			http.Redirect(w, r, "gopher://user:s3cret@a.example/", http.StatusFound)
			return
		}
		w.Write([]byte("welcome"))
	})
	f := &Fetcher{Timeout: 2 * time.Second, AllowPrivate: true}
	withCreds := strings.Replace(srv.URL, "http://", "http://user:s3cret@", 1)
	if body, _, err := f.Fetch(context.Background(), withCreds+"/feed"); err != nil || string(body) != "welcome" {
		t.Errorf("Fetch with credentials = %q, %v; want welcome", body, err)
	}
	if _, _, err := f.Fetch(context.Background(), srv.URL+"/feed"); err == nil || err.Error() != "HTTP status 401 Unauthorized" {
		t.Errorf("Fetch without credentials = %v, want HTTP status 401", err)
	}
	_, _, err := f.Fetch(context.Background(), withCreds+"/away")
	if err == nil || strings.Contains(err.Error(), "s3cret") || !strings.Contains(err.Error(), "gopher://a.example/") {
		t.Errorf("Fetch(/away) = %v, want an error naming gopher://a.example/ without the credentials", err)
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
