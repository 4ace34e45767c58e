package ingest

import (
	"bytes"
	"context"
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

// TestCollectSourcesDirectory checks which files of a directory tree are
// read: every file of a kind Load reads, in subdirectories too, hidden
// files and directories left out; or, with globs, those they match.
func TestCollectSourcesDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt": "B.", "a.txt": "A.", "notes.md": "no", "nested/c.txt": "C.",
		"nested/deeper/feed.RSS": "<rss/>", "lines.jsonl": "{}", "page.htm": "<p>",
		".hidden.txt": "no", ".git/d.txt": "no", "nested/.cache/e.txt": "no", "data.json": "no",
	})
	if err := os.Mkdir(filepath.Join(dir, "d.txt"), 0o755); err != nil { // a directory, not a file
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		globs []string
		want  string
	}{
		{"every kind", nil, "a=a.txt b=b.txt lines=lines.jsonl c=nested/c.txt feed=nested/deeper/feed.RSS page=page.htm"},
		{"by name", []string{"*.txt"}, "a=a.txt b=b.txt c=nested/c.txt"},
		{"two globs", []string{"a.*", "*.md"}, "a=a.txt notes=notes.md"},
		{"by path", []string{"nested/*"}, "c=nested/c.txt"},
		{"by path, deeper", []string{"nested/*/*.RSS"}, "feed=nested/deeper/feed.RSS"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := testLoader(nil)
			l.Globs = tc.globs
			srcs, err := l.collectSources([]string{dir})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range srcs {
				rel, _ := filepath.Rel(dir, s.path)
				got = append(got, s.id+"="+filepath.ToSlash(rel))
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("collectSources(dir) = %v, want %s", got, tc.want)
			}
		})
	}
}

// TestCollectSourcesNoFiles checks the error of a directory holding no
// file to read, and that a directory of subdirectories only is read.
func TestCollectSourcesNoFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"empty/notes.md": "no", "only/sub/a.txt": "A.", "only/.b.txt": "B."})
	tests := []struct {
		name, arg string
		globs     []string
		want      string // the ids read, or the error
	}{
		{"subfolders only", "only", nil, "a"},
		{"nothing to read", "empty", nil, "empty: directory holds no file to read (.txt, .rss, .atom, .xml, .jsonl, .ndjson, .html, .htm, .xhtml)"},
		{"no file matches", "only", []string{"*.xml", "x*"}, `only: directory holds no file matching "*.xml" or "x*"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := testLoader(nil)
			l.Globs = tc.globs
			srcs, err := l.collectSources([]string{filepath.Join(dir, tc.arg)})
			var got []string
			for _, s := range srcs {
				got = append(got, s.id)
			}
			if err != nil {
				got = []string{strings.TrimPrefix(err.Error(), dir+string(filepath.Separator))}
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("collectSources(%s) = %q, want %q", tc.arg, got, tc.want)
			}
		})
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
	_, err := testLoader(nil).readDocuments(context.Background(), []source{{id: "a", path: p}})
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
			srcs, err := testLoader(nil).collectSources([]string{dir})
			if err != nil {
				t.Fatal(err)
			}
			_, err = testLoader(nil).readDocuments(context.Background(), srcs)
			if err == nil || !strings.HasPrefix(err.Error(), link+": ") {
				t.Errorf("readDocuments(%s link) = %v, want an error naming %s", tc.name, err, link)
			}
		})
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
	srcs, err := testLoader(&warn).collectSources([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range srcs {
		got = append(got, filepath.Base(s.path))
	}
	if want := "a.txt abs.txt dotdot.txt nested.txt rel.txt d.txt through.txt"; strings.Join(got, " ") != want {
		t.Errorf("collectSources(dir) = %v, want %s", got, want)
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	wantWarn := "skipped " + p("escape.txt") + ": a symbolic link to a file outside " + dir + "\n" +
		"skipped " + p("passwd.txt") + ": a symbolic link to a file outside " + dir + "\n" +
		"skipped " + p("subdir.txt") + ": not a regular file (a directory)\n"
	if warn.String() != wantWarn {
		t.Errorf("warnings:\n%s\nwant:\n%s", warn.String(), wantWarn)
	}
	docs, err := testLoader(nil).readDocuments(context.Background(), srcs)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, d := range docs {
		texts = append(texts, d.ID+"="+d.Text)
	}
	if want := "a=A. abs=A. d=D. dotdot=A. nested=C. rel=A. through=D."; strings.Join(texts, " ") != want {
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
	srcs, err := testLoader(nil).collectSources([]string{link})
	if err != nil {
		t.Fatal(err)
	}
	docs, err := testLoader(nil).readDocuments(context.Background(), srcs)
	if err != nil || len(docs) != 1 || docs[0].ID != "b" || docs[0].Text != "A." {
		t.Errorf("readDocuments(link) = %+v, %v; want b with text A.", docs, err)
	}
}
