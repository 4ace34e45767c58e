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
	srcs, err := collectSources([]string{dir}, nil)
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
	_, _, _, err := readDocuments([]source{{id: "a", path: p}}, nil, readOptions{})
	if err == nil || !strings.HasPrefix(err.Error(), p+": ") {
		t.Errorf("readDocuments(unreadable) = %v, want an error naming %s", err, p)
	}
}

func TestReadBrokenLinkInDirectory(t *testing.T) {
	tests := []struct{ name, target string }{
		{"broken", "gone.txt"},
		{"loop", "b.txt"},
		{"broken outside", "/nonexistent/gone.txt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{"a.txt": "A."})
			link := filepath.Join(dir, "b.txt")
			if err := os.Symlink(tc.target, link); err != nil {
				t.Skip("no symlinks:", err)
			}
			srcs, err := collectSources([]string{dir}, nil)
			if err != nil {
				t.Fatal(err)
			}
			_, _, _, err = readDocuments(srcs, nil, readOptions{})
			if err == nil || !strings.HasPrefix(err.Error(), link+": ") {
				t.Errorf("readDocuments(%s link) = %v, want an error naming %s", tc.name, err, link)
			}
		})
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

// TestDirectoryLinks checks which symbolic links inside a directory are
// followed: those whose target stays inside it, to a regular file. The
// others are skipped with a warning; a broken link is an error when read.
func TestDirectoryLinks(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "dir")
	writeFiles(t, base, map[string]string{
		"dir/a.txt":     "A.",
		"dir/sub/c.md":  "C.",
		"secret/pw.txt": "root:x:0:0",
		"dir/sub/d.txt": "D.",
	})
	links := map[string]string{
		"rel.txt":     "a.txt",
		"nested.txt":  "sub/c.md",
		"abs.txt":     filepath.Join(dir, "a.txt"),
		"dotdot.txt":  "sub/../a.txt",
		"passwd.txt":  "/etc/passwd",
		"escape.txt":  "../secret/pw.txt",
		"subdir.txt":  "sub",
		"through.txt": "../dir/sub/d.txt",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skip("no symlinks:", err)
		}
	}
	var warn bytes.Buffer
	srcs, err := collectSources([]string{dir}, &warn)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range srcs {
		got = append(got, filepath.Base(s.path))
	}
	if want := "a.txt abs.txt dotdot.txt nested.txt rel.txt through.txt"; strings.Join(got, " ") != want {
		t.Errorf("collectSources(dir) = %v, want %s", got, want)
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	wantWarn := "dedupe: skipped " + p("escape.txt") + ": a symbolic link to a file outside " + dir + "\n" +
		"dedupe: skipped " + p("passwd.txt") + ": a symbolic link to a file outside " + dir + "\n" +
		"dedupe: skipped " + p("subdir.txt") + ": not a regular file (a directory)\n"
	if warn.String() != wantWarn {
		t.Errorf("warnings:\n%s\nwant:\n%s", warn.String(), wantWarn)
	}
	docs, _, _, err := readDocuments(srcs, nil, readOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, d := range docs {
		texts = append(texts, d.ID+"="+d.Text)
	}
	if want := "a=A. abs=A. dotdot=A. nested=C. rel=A. through=D."; strings.Join(texts, " ") != want {
		t.Errorf("read %v, want %s", texts, want)
	}
}

// TestLinkArgument checks that a symbolic link given as an argument is
// followed wherever it leads, as the user asked for it.
func TestLinkArgument(t *testing.T) {
	base := t.TempDir()
	writeFiles(t, base, map[string]string{"elsewhere/a.txt": "A."})
	link := filepath.Join(base, "b.txt")
	if err := os.Symlink(filepath.Join(base, "elsewhere", "a.txt"), link); err != nil {
		t.Skip("no symlinks:", err)
	}
	srcs, err := collectSources([]string{link}, nil)
	if err != nil {
		t.Fatal(err)
	}
	docs, _, _, err := readDocuments(srcs, nil, readOptions{})
	if err != nil || len(docs) != 1 || docs[0].ID != "b" || docs[0].Text != "A." {
		t.Errorf("readDocuments(link) = %+v, %v; want b with text A.", docs, err)
	}
}
