//go:build unix

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runWithin runs dedupe -f json with args, failing the test (rather than
// hanging the suite) when it has not returned within a few seconds.
func runWithin(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		var out, errb bytes.Buffer
		code := run(append([]string{"-f", "json"}, args...), nil, &out, &errb)
		done <- result{code, out.String(), errb.String()}
	}()
	select {
	case r := <-done:
		return r.code, r.stdout, r.stderr
	case <-time.After(10 * time.Second):
		t.Fatalf("dedupe %s still running after 10s", strings.Join(args, " "))
		return 0, "", ""
	}
}

// mkfifo makes a named pipe at path, skipping the test where that fails.
func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip("no named pipes:", err)
	}
}

// TestSpecialFiles checks that a named pipe or device never blocks dedupe:
// inside a directory it is skipped with a warning, as an argument a device
// is refused and a pipe is read.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Kim llegó a Rusia el martes.\n"})
	mkfifo(t, filepath.Join(dir, "pipe.txt"))
	if err := os.Symlink("pipe.txt", filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	explicit := filepath.Join(t.TempDir(), "explicit.txt")
	mkfifo(t, explicit)
	go func() { // the writer an explicit pipe waits for
		if f, err := os.OpenFile(explicit, os.O_WRONLY, 0); err == nil {
			f.WriteString("Putin recibió a Kim el miércoles.\n")
			f.Close()
		}
	}()
	tests := []struct {
		name       string
		args       []string
		code       int
		wantStderr string
		wantDoc    string // the path of a document in the report
	}{
		{"pipe in a directory", []string{dir}, exitOK,
			"dedupe: skipped " + filepath.Join(dir, "link.txt") + ": not a regular file (a named pipe)\n" +
				"dedupe: skipped " + filepath.Join(dir, "pipe.txt") + ": not a regular file (a named pipe)\n",
			filepath.Join(dir, "a.txt")},
		{"pipe as an argument", []string{explicit}, exitOK, "", explicit},
		{"device as an argument", []string{"/dev/zero"}, exitError,
			"dedupe: /dev/zero: not a regular file (a character device)\n", ""},
		{"device as an argument without a size limit", []string{"--max-size", "0", "/dev/null"}, exitError,
			"dedupe: /dev/null: not a regular file (a character device)\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := os.Stat("/dev/zero"); err != nil && strings.HasPrefix(tc.name, "device") {
				t.Skip("no /dev/zero")
			}
			code, stdout, stderr := runWithin(t, tc.args...)
			if code != tc.code || stderr != tc.wantStderr {
				t.Errorf("run(%v) = %d, stderr:\n%s\nwant %d, stderr:\n%s", tc.args, code, stderr, tc.code, tc.wantStderr)
			}
			if tc.wantDoc != "" && !strings.Contains(stdout, `"path": "`+tc.wantDoc+`"`) {
				t.Errorf("output does not name %s:\n%s", tc.wantDoc, stdout)
			}
		})
	}
}
