package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenAnyPath opens an index at paths that mean something in a URI
// and checks that each is created at exactly that path.
func TestOpenAnyPath(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	tests := []struct {
		name string
		path string // relative to dir, the working directory, or absolute
		file string // the file that must exist, relative to dir
	}{
		{"double slash", "//" + dir[1:] + "/a.db", "a.db"},
		{"triple slash", "///" + dir[1:] + "/b.db", "b.db"},
		{"question mark", "c?mode=ro.db", "c?mode=ro.db"},
		{"hash", "d#e.db", "d#e.db"},
		{"percent", "f%20g%.db", "f%20g%.db"},
		{"spaces", "h i .db", "h i .db"},
		{"memory", ":memory:", ":memory:"},
		{"memory in a directory", filepath.Join(dir, ":memory:") + "x", ":memory:x"},
		{"absolute with a question mark", filepath.Join(dir, "m?n.db"), "m?n.db"},
		{"colon", "file:j.db", "file:j.db"},
		{"non-ASCII", "ñandú ü.db", "ñandú ü.db"},
		{"control byte", "k\x01\n.db", "k\x01\n.db"},
		{"query-like directory", "q?x=1&vfs=none/l.db", "q?x=1&vfs=none/l.db"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := tc.path
			if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, tc.file)), 0o755); err != nil {
				t.Fatal(err)
			}
			s, err := Open(context.Background(), path, Options{})
			if err != nil {
				t.Fatalf("Open(%q) = %v", path, err)
			}
			defer s.Close()
			if s.Path() != path {
				t.Errorf("Path() = %q, want %q", s.Path(), path)
			}
			if _, err := s.Count(context.Background()); err != nil {
				t.Fatal(err)
			}
			if info, err := os.Stat(filepath.Join(dir, tc.file)); err != nil || info.Size() == 0 {
				t.Errorf("Open(%q) did not create %q: %v", path, tc.file, err)
			}
		})
	}
}

func TestOpenNULPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a\x00b.db")
	if _, err := Open(context.Background(), path, Options{}); err == nil || !strings.Contains(err.Error(), "NUL") {
		t.Errorf("Open(%q) = %v, want an error about the NUL byte", path, err)
	}
}
