package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDocID(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"txt", "dir/elpais.txt", "elpais"},
		{"other extension", "abc.md", "abc"},
		{"no extension", "rtve", "rtve"},
		{"two dots", "a/000_e8.v2.txt", "000_e8.v2"},
		{"only an extension", ".txt", ".txt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := docID(tc.in); got != tc.want {
				t.Errorf("docID(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestCollectSourcesDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt": "B.", "a.txt": "A.", "notes.md": "no", "nested/c.txt": "not read",
	})
	if err := os.Mkdir(filepath.Join(dir, "d.txt"), 0o755); err != nil { // a directory, skipped
		t.Fatal(err)
	}
	srcs, err := collectSources([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range srcs {
		got = append(got, s.id+"="+filepath.Base(s.path))
	}
	if want := "a=a.txt b=b.txt"; strings.Join(got, " ") != want {
		t.Errorf("collectSources(dir) = %v, want %s", got, want)
	}
}

func TestReadUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "A."})
	p := filepath.Join(dir, "a.txt")
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := os.ReadFile(p); err == nil {
		t.Skip("file readable despite mode 0 (running as root?)")
	}
	_, _, err := readDocuments([]source{{id: "a", path: p}}, nil, readOptions{})
	if err == nil || !strings.HasPrefix(err.Error(), p+": ") {
		t.Errorf("readDocuments(unreadable) = %v, want an error naming %s", err, p)
	}
}

func TestReadBrokenLinkInDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "A."})
	link := filepath.Join(dir, "b.txt")
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), link); err != nil {
		t.Skip("no symlinks:", err)
	}
	srcs, err := collectSources([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = readDocuments(srcs, nil, readOptions{})
	if err == nil || !strings.HasPrefix(err.Error(), link+": ") {
		t.Errorf("readDocuments(broken link) = %v, want an error naming %s", err, link)
	}
}

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
