package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/ingest"
)

// TestUniqueArticles checks how two articles with one id are settled: the
// same item in two feeds, or a remote article beside a local one, keeps
// one (the local one) and reports the other; two local files are an error.
func TestUniqueArticles(t *testing.T) {
	item := &ingest.Item{}
	local := func(path string) article { return article{source: source{id: "x", path: path}} }
	localItem := func(path string) article { a := local(path); a.item = item; return a }
	remote := func(path string) article { a := localItem(path); a.remote = true; return a }
	remoteText := func(path string) article { a := local(path); a.remote = true; return a }
	tests := []struct {
		name     string
		arts     []article
		wantPath string // of the article kept
		wantWarn string
		wantErr  string
	}{
		{"one item in two feeds", []article{localItem("b.rss#x"), localItem("a.rss#x")}, "a.rss#x",
			"dedupe: skipped b.rss#x: the same item as a.rss#x (id x)\n", ""},
		{"remote item after a local file", []article{local("/d/x.txt"), remote("https://a.example/feed#x")}, "/d/x.txt",
			`dedupe: skipped https://a.example/feed#x: document id "x" is already used by /d/x.txt` + "\n", ""},
		{"remote item before a local file", []article{local("texts/x.txt"), remote("https://a.example/feed#x")}, "texts/x.txt",
			`dedupe: skipped https://a.example/feed#x: document id "x" is already used by texts/x.txt` + "\n", ""},
		{"remote item beside a local item", []article{localItem("z.jsonl#x"), remote("https://a.example/feed#x")}, "z.jsonl#x",
			"dedupe: skipped https://a.example/feed#x: the same item as z.jsonl#x (id x)\n", ""},
		{"remote page beside a remote item", []article{remoteText("https://b.example/x"), remote("https://a.example/feed#x")}, "https://a.example/feed#x",
			`dedupe: skipped https://b.example/x: document id "x" is already used by https://a.example/feed#x` + "\n", ""},
		{"local item beside a local file", []article{local("x.txt"), localItem("a.jsonl#x")}, "",
			"", `x.txt: duplicate document id "x", also used by a.jsonl#x`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var warn bytes.Buffer
			got, err := uniqueArticles(tc.arts, &warn)
			if tc.wantErr != "" {
				if err == nil || err.Error() != tc.wantErr {
					t.Errorf("uniqueArticles = %v, want error %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || len(got) != 1 || got[0].path != tc.wantPath || warn.String() != tc.wantWarn {
				t.Errorf("uniqueArticles = %v, %v, warnings %q; want %s, warnings %q", got, err, warn.String(), tc.wantPath, tc.wantWarn)
			}
		})
	}
}

// TestUniqueSources checks the same at the level of the arguments: a URL
// whose id a local file has is skipped, two local files are an error.
func TestUniqueSources(t *testing.T) {
	const url = "https://a.example/nota"
	id := ingest.ID(url)
	tests := []struct {
		name     string
		srcs     []source
		want     string // the paths kept
		wantWarn string
		wantErr  string
	}{
		{"url after a file", []source{{id: id, path: "t/" + id + ".txt"}, {id: id, path: url}, {id: "b", path: "b.txt"}}, "t/" + id + ".txt b.txt",
			"dedupe: skipped " + url + ": document id \"" + id + "\" is already used by t/" + id + ".txt\n", ""},
		{"url before a file", []source{{id: id, path: url}, {id: "b", path: "b.txt"}, {id: id, path: "t/" + id + ".txt"}}, "t/" + id + ".txt b.txt",
			"dedupe: skipped " + url + ": document id \"" + id + "\" is already used by t/" + id + ".txt\n", ""},
		{"one url twice", []source{{id: id, path: url}, {id: id, path: url}}, url,
			"dedupe: skipped " + url + ": document id \"" + id + "\" is already used by " + url + "\n", ""},
		{"two files", []source{{id: "a", path: "x/a.txt"}, {id: "a", path: "y/a.md"}}, "",
			"", `y/a.md: duplicate document id "a", also used by x/a.txt`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var warn bytes.Buffer
			got, err := uniqueSources(tc.srcs, &warn)
			if tc.wantErr != "" {
				if err == nil || err.Error() != tc.wantErr {
					t.Errorf("uniqueSources = %v, want error %q", err, tc.wantErr)
				}
				return
			}
			var paths []string
			for _, s := range got {
				paths = append(paths, s.path)
			}
			if err != nil || strings.Join(paths, " ") != tc.want || warn.String() != tc.wantWarn {
				t.Errorf("uniqueSources = %v, %v, warnings %q; want %s, warnings %q", paths, err, warn.String(), tc.want, tc.wantWarn)
			}
		})
	}
}

// TestFetchItemWithLocalID runs dedupe on a feed one of whose items has
// the id of a local file (its text saved by --save-text, say): the item
// is skipped with a warning naming both, and the rest compared.
func TestFetchItemWithLocalID(t *testing.T) {
	srv, _ := feedServer(t)
	dir := t.TempDir()
	id := ingest.ID("dde-2023-0913-001")
	local := filepath.Join(dir, id+".txt")
	writeFiles(t, dir, map[string]string{id + ".txt": "Putin recibió a Kim el miércoles en Vostochni.\n"})
	code, rep, stderr := runFeeds(t, srv.URL+"/rss.xml", local)
	want := "dedupe: skipped " + srv.URL + "/rss.xml#dde-2023-0913-001: document id \"" + id + "\" is already used by " + local + "\n"
	if code > exitFindings || stderr != want {
		t.Fatalf("run = %d, stderr:\n%s\nwant 0 or 1, stderr:\n%s", code, stderr, want)
	}
	paths := map[string]string{}
	for _, d := range rep.Documents {
		paths[d.ID] = d.Path
	}
	if len(rep.Documents) != 3 || paths[id] != local {
		t.Errorf("documents %v, want 3 with %s from %s", paths, id, local)
	}
}
