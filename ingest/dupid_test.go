package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUniqueArticles checks how two articles with one id are settled: the
// same item in two feeds, or a remote article beside a local one, keeps
// one (the local one) and reports the other; two local files are an error.
func TestUniqueArticles(t *testing.T) {
	item := &Item{}
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
			"skipped b.rss#x: the same item as a.rss#x (id x)\n", ""},
		{"remote item after a local file", []article{local("/d/x.txt"), remote("https://a.example/feed#x")}, "/d/x.txt",
			`skipped https://a.example/feed#x: document id "x" is already used by /d/x.txt` + "\n", ""},
		{"remote item before a local file", []article{local("texts/x.txt"), remote("https://a.example/feed#x")}, "texts/x.txt",
			`skipped https://a.example/feed#x: document id "x" is already used by texts/x.txt` + "\n", ""},
		{"remote item beside a local item", []article{localItem("z.jsonl#x"), remote("https://a.example/feed#x")}, "z.jsonl#x",
			"skipped https://a.example/feed#x: the same item as z.jsonl#x (id x)\n", ""},
		{"remote page beside a remote item", []article{remoteText("https://b.example/x"), remote("https://a.example/feed#x")}, "https://a.example/feed#x",
			`skipped https://b.example/x: document id "x" is already used by https://a.example/feed#x` + "\n", ""},
		{"local item beside a local file", []article{local("x.txt"), localItem("a.jsonl#x")}, "",
			"", `x.txt: duplicate document id "x", also used by a.jsonl#x`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var warn bytes.Buffer
			got, err := testLoader(&warn).uniqueArticles(tc.arts)
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
	id := ID(url)
	tests := []struct {
		name     string
		srcs     []source
		want     string // the paths kept
		wantWarn string
		wantErr  string
	}{
		{"url after a file", []source{{id: id, path: "t/" + id + ".txt"}, {id: id, path: url}, {id: "b", path: "b.txt"}}, "t/" + id + ".txt b.txt",
			"skipped " + url + ": document id \"" + id + "\" is already used by t/" + id + ".txt\n", ""},
		{"url before a file", []source{{id: id, path: url}, {id: "b", path: "b.txt"}, {id: id, path: "t/" + id + ".txt"}}, "t/" + id + ".txt b.txt",
			"skipped " + url + ": document id \"" + id + "\" is already used by t/" + id + ".txt\n", ""},
		{"one url twice", []source{{id: id, path: url}, {id: id, path: url}}, url,
			"skipped " + url + ": document id \"" + id + "\" is already used by " + url + "\n", ""},
		{"two files", []source{{id: "a", path: "x/a.txt"}, {id: "a", path: "y/a.md"}}, "",
			"", `y/a.md: duplicate document id "a", also used by x/a.txt`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var warn bytes.Buffer
			got, err := testLoader(&warn).uniqueSources(tc.srcs)
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

// testLoader returns a loader with default options whose warnings, when
// warn is not nil, go to it one a line after "skipped ", as the command
// writes them.
func testLoader(warn *bytes.Buffer) *loader {
	l := &loader{}
	if warn != nil {
		l.Warn = func(err error) { warn.WriteString("skipped " + err.Error() + "\n") }
	}
	return l
}

// writeFiles writes each file of files, by its slash-separated path
// inside dir, creating the directories it needs.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
