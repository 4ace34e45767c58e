package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dedupe-news/dedupe/ingest"
	"github.com/dedupe-news/dedupe/report"
)

// feedServer serves the feeds of ingest/testdata at /rss.xml, /atom.xml and
// /page.html, plus /missing (404), /slow (never answers before the client
// gives up) and /big (20 KiB). It records the User-Agent of each request.
func feedServer(t *testing.T) (srv *httptest.Server, agents func() []string) {
	t.Helper()
	var mu sync.Mutex
	var seen []string
	mux := http.NewServeMux()
	for _, name := range []string{"rss.xml", "atom.xml", "page.html"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "ingest", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		mux.HandleFunc("/"+name, func(w http.ResponseWriter, r *http.Request) { w.Write(data) })
	}
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<rss>" + strings.Repeat("x", 20<<10) + "</rss>"))
	})
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = append(seen, r.UserAgent())
		mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(seen)
	}
}

// runFeeds runs dedupe -f json with a short --fetch-timeout, an 8 KiB
// --max-size and --allow-private-urls (the test servers are on loopback),
// and args.
func runFeeds(t *testing.T, args ...string) (code int, rep *report.JSONReport, stderr string) {
	t.Helper()
	return runFetch(t, append([]string{"--allow-private-urls"}, args...)...)
}

// runFetch runs dedupe -f json with a short --fetch-timeout and an 8 KiB
// --max-size, and args.
func runFetch(t *testing.T, args ...string) (code int, rep *report.JSONReport, stderr string) {
	t.Helper()
	var stdout, errb bytes.Buffer
	code = run(append([]string{"-f", "json", "--fetch-timeout", "300ms", "--max-size", "8KiB"}, args...), nil, &stdout, &errb)
	if code != exitError {
		rep = new(report.JSONReport)
		if err := json.Unmarshal(stdout.Bytes(), rep); err != nil {
			t.Fatalf("run = %d with output that is not JSON: %v\n%s", code, err, errb.String())
		}
	}
	return code, rep, errb.String()
}

// TestFetchFeeds fetches two feeds and a page while three other URLs
// fail: each failure is reported, naming its URL, and the rest compared.
func TestFetchFeeds(t *testing.T) {
	srv, agents := feedServer(t)
	u := func(path string) string { return srv.URL + path }
	code, rep, stderr := runFeeds(t, u("/rss.xml"), u("/missing"), u("/atom.xml"), u("/slow"), u("/big"), u("/page.html"))
	if code != exitOK && code != exitFindings {
		t.Fatalf("run = %d, want 0 or 1; stderr:\n%s", code, stderr)
	}
	wantErr := []string{
		"dedupe: skipped " + u("/missing") + ": HTTP status 404 Not Found",
		"dedupe: skipped " + u("/slow") + ": no answer within the --fetch-timeout of 300ms",
		"dedupe: skipped " + u("/big") + ": over the --max-size limit of 8 KiB",
	}
	if got := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n"); !slices.Equal(got, wantErr) {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, strings.Join(wantErr, "\n"))
	}
	var paths []string
	for _, d := range rep.Documents {
		paths = append(paths, strings.TrimPrefix(d.Path, srv.URL))
	}
	slices.Sort(paths)
	want := []string{
		"/atom.xml#tag:agencianorte.example,2023:kim-putin-1",
		"/atom.xml#tag:agencianorte.example,2023:kim-putin-2",
		"/page.html",
		"/rss.xml#dde-2023-0913-001",
		"/rss.xml#https://diariodeleste.example/internacional/2023/09/12/kim-llega-a-rusia.html",
		"/rss.xml#item3",
	}
	if !slices.Equal(paths, want) {
		t.Errorf("document paths:\n%s\nwant:\n%s", strings.Join(paths, "\n"), strings.Join(want, "\n"))
	}
	for _, d := range rep.Documents {
		if d.Path == u("/page.html") && d.ID != ingest.ID(u("/page.html")) {
			t.Errorf("page id %q, want %q", d.ID, ingest.ID(u("/page.html")))
		}
	}
	for _, ua := range agents() {
		if ua != "dedupe/devel" {
			t.Errorf("User-Agent %q, want dedupe/devel", ua)
		}
	}
}

// TestFetchNothingRead exits 2 when no URL could be read.
func TestFetchNothingRead(t *testing.T) {
	srv, _ := feedServer(t)
	code, _, stderr := runFeeds(t, srv.URL+"/missing", srv.URL+"/big")
	want := "dedupe: skipped " + srv.URL + "/missing: HTTP status 404 Not Found\n" +
		"dedupe: skipped " + srv.URL + "/big: over the --max-size limit of 8 KiB\n" +
		"dedupe: no input could be read: 2 of 2 failed\n"
	if code != exitError || stderr != want {
		t.Errorf("run = %d, stderr:\n%s\nwant 2, stderr:\n%s", code, stderr, want)
	}
}

// TestFetchWithFiles fetches a feed that fails beside a file that is
// read: the file is compared; a local file that fails still stops dedupe.
func TestFetchWithFiles(t *testing.T) {
	srv, _ := feedServer(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Kim llegó a Rusia el martes.\n", "bad.jsonl": "{\n"})
	code, rep, stderr := runFeeds(t, filepath.Join(dir, "a.txt"), srv.URL+"/missing")
	if code > exitFindings || len(rep.Documents) != 1 || rep.Documents[0].ID != "a" {
		t.Errorf("run = %d, want document a alone; stderr:\n%s", code, stderr)
	}
	code, _, stderr = runFeeds(t, filepath.Join(dir, "bad.jsonl"), srv.URL+"/rss.xml")
	if want := filepath.Join(dir, "bad.jsonl") + ":1: invalid JSON"; code != exitError || !strings.Contains(stderr, want) {
		t.Errorf("run = %d, stderr %q; want 2 and %q", code, stderr, want)
	}
}

// TestSaveText checks that the offsets of every claim index the text
// --save-text writes, for each kind of input.
func TestSaveText(t *testing.T) {
	srv, _ := feedServer(t)
	dir := t.TempDir()
	fixtures := filepath.Join("..", "..", "ingest", "testdata")
	seed := filepath.Join("..", "..", "testdata", "seeds", "000_e85777c062e9bbc9.txt")
	code, rep, stderr := runFeeds(t, "--save-text", dir, srv.URL+"/page.html",
		filepath.Join(fixtures, "latin1.xml"), filepath.Join(fixtures, "articles.jsonl"), seed)
	if code > exitFindings {
		t.Fatalf("run = %d: %s", code, stderr)
	}
	if len(rep.Documents) != 6 {
		t.Errorf("%d documents, want 6", len(rep.Documents))
	}
	for _, d := range rep.Documents {
		text, err := os.ReadFile(filepath.Join(dir, d.ID+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		checkCoverage(t, rep, d.ID, string(text))
	}
	orig, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	if saved, _ := os.ReadFile(filepath.Join(dir, "000_e85777c062e9bbc9.txt")); !bytes.Equal(saved, orig) {
		t.Error("the saved text of a plain text file differs from the file")
	}
}

// TestFetchPrivate refuses URLs on loopback without --allow-private-urls,
// by address or by name, and redirects elsewhere than http and https even
// with it; the refused server is never reached.
func TestFetchPrivate(t *testing.T) {
	srv, agents := feedServer(t)
	port := srv.URL[strings.LastIndex(srv.URL, ":")+1:]
	hint := " (--allow-private-urls allows it)"
	tests := []struct {
		desc string
		args []string
		want []string
	}{
		{"literal", []string{srv.URL + "/rss.xml"}, []string{
			"dedupe: skipped " + srv.URL + "/rss.xml: refused to connect to 127.0.0.1:" + port + ", a loopback address" + hint,
			"dedupe: no input could be read: 1 of 1 failed",
		}},
		{"name", []string{"http://localhost:" + port + "/rss.xml"}, []string{
			"dedupe: skipped http://localhost:" + port + "/rss.xml: refused to connect to 127.0.0.1:" + port + ", a loopback address" + hint,
			"dedupe: no input could be read: 1 of 1 failed",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			code, _, stderr := runFetch(t, tc.args...)
			if got := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n"); code != exitError || !slices.Equal(got, tc.want) {
				t.Errorf("run = %d, stderr:\n%s\nwant 2, stderr:\n%s", code, stderr, strings.Join(tc.want, "\n"))
			}
		})
	}
	if n := len(agents()); n != 0 {
		t.Errorf("the server got %d requests, want 0", n)
	}
}

// TestFetchRedirectScheme refuses a redirect to a scheme other than http
// and https, even with --allow-private-urls.
func TestFetchRedirectScheme(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	}))
	t.Cleanup(srv.Close)
	code, _, stderr := runFeeds(t, srv.URL+"/feed")
	want := "dedupe: skipped " + srv.URL + `/feed: redirect to file:///etc/passwd: unsupported scheme "file": only http and https are fetched` + "\n" +
		"dedupe: no input could be read: 1 of 1 failed\n"
	if code != exitError || stderr != want {
		t.Errorf("run = %d, stderr:\n%s\nwant 2, stderr:\n%s", code, stderr, want)
	}
}

// TestFetchCredentials uses the credentials of a URL for the request and
// shows them nowhere: not in ids, paths, URLs nor messages.
func TestFetchCredentials(t *testing.T) {
	feeds, _ := feedServer(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); !ok || u != "ana" || p != "s3cret" {
			http.Error(w, "who are you", http.StatusUnauthorized)
			return
		}
		feeds.Config.Handler.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	creds := strings.Replace(srv.URL, "http://", "http://ana:s3cret@", 1)
	code, rep, stderr := runFeeds(t, creds+"/page.html", creds+"/rss.xml", creds+"/missing", "--save-text", t.TempDir())
	if code != exitOK && code != exitFindings {
		t.Fatalf("run = %d, want 0 or 1; stderr:\n%s", code, stderr)
	}
	if want := "dedupe: skipped " + srv.URL + "/missing: HTTP status 404 Not Found\n"; stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
	}
	if len(rep.Documents) != 4 {
		t.Errorf("%d documents, want 4 (the page and 3 items)", len(rep.Documents))
	}
	out, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "s3cret") || strings.Contains(string(out), "ana") {
		for _, d := range rep.Documents {
			t.Errorf("the report holds the credentials: document %s, path %s, url %s", d.ID, d.Path, d.URL)
		}
	}
	for _, d := range rep.Documents {
		if d.Path == srv.URL+"/page.html" && d.ID != ingest.ID(srv.URL+"/page.html") {
			t.Errorf("page id %q, want %q, the id without credentials", d.ID, ingest.ID(srv.URL+"/page.html"))
		}
	}
	code, _, stderr = runFetch(t, creds+"/rss.xml")
	if code != exitError || strings.Contains(stderr, "s3cret") || !strings.Contains(stderr, "skipped "+srv.URL+"/rss.xml: refused") {
		t.Errorf("run without --allow-private-urls = %d, stderr:\n%s\nwant 2 and the URL without credentials", code, stderr)
	}
}
