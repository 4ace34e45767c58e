package main

import (
	"bytes"
	"errors"
	"path/filepath"
	"testing"

	"github.com/dedupe-news/dedupe/ingest"
)

// failingReader fails every read, like a file that cannot be read.
type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("input/output error") }

// TestRunUnreadableInput checks a read error where the test can make one
// even as root: on standard input.
func TestRunUnreadableInput(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"-"}, failingReader{}, &stdout, &stderr)
	if want := "dedupe: standard input: input/output error\n"; code != exitError || stderr.String() != want || stdout.Len() > 0 {
		t.Errorf("run(-) with a failing reader = %d, stderr %q; want 2, %q", code, stderr.String(), want)
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
