package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/compare"
)

// writeFiles creates files (path → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestRun runs the command in-process; "$D" in args stands for a directory
// holding a.txt, b.txt, sub/a.txt, sub/c.txt, empty/notes.md and
// bad/latin1.txt (not UTF-8).
func TestRun(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":          "El Gobierno anunció un plan de 3.000 millones para Valencia.\n",
		"b.txt":          "El Gobierno anunció un plan de 3.500 millones para Valencia.\n",
		"sub/a.txt":      "Otra versión.\n",
		"sub/c.txt":      "Una tercera.\n",
		"empty/notes.md": "no article\n",
		"bad/latin1.txt": "Canci\xf3n.\n",
	})
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantCode   int
		wantStdout string // substring; "" checks nothing
		wantStderr string // substring; "" requires stderr to be empty
	}{
		{"help", []string{"--help"}, "", 0, "Usage:", ""},
		{"short help", []string{"-h"}, "", 0, "--fail-on", ""},
		{"help wins over bad flags", []string{"--threshold", "7", "-h"}, "", 0, "Usage:", ""},
		{"version", []string{"--version"}, "", 0, "dedupe ", ""},
		{"no arguments", nil, "", 2, "", "dedupe: no input"},
		{"no arguments hint", nil, "", 2, "", "Run 'dedupe --help' for usage."},
		{"unknown flag", []string{"--frobnicate", "$D/a.txt"}, "", 2, "", "unknown flag: --frobnicate"},
		{"bad format", []string{"-f", "yaml", "$D/a.txt"}, "", 2, "", `invalid format "yaml"`},
		{"threshold not a number", []string{"--threshold", "abc", "$D/a.txt"}, "", 2, "", `"abc"`},
		{"threshold zero", []string{"--threshold", "0", "$D/a.txt"}, "", 2, "", "invalid --threshold 0: must be in (0, 1]"},
		{"threshold above one", []string{"--threshold=1.5", "$D/a.txt"}, "", 2, "", "invalid --threshold 1.5"},
		{"threshold NaN", []string{"--threshold=NaN", "$D/a.txt"}, "", 2, "", "invalid --threshold NaN"},
		{"threshold one", []string{"--threshold=1", "$D/a.txt"}, "", 0, "Summary", ""},
		{"bad fail-on", []string{"--fail-on", "fatal", "$D/a.txt"}, "", 2, "", `invalid --fail-on "fatal"`},
		{"date without id", []string{"--date", "2023-09", "$D/a.txt"}, "", 2, "", `invalid --date "2023-09": want ID=YYYY-MM[-DD]`},
		{"date malformed", []string{"--date", "a=2023-9", "$D/a.txt"}, "", 2, "", `invalid --date "a=2023-9"`},
		{"date out of range", []string{"--date", "a=2023-02-30", "$D/a.txt"}, "", 2, "", "day out of range"},
		{"date twice", []string{"--date", "a=2023-09", "--date", "a=2023-10", "$D/a.txt"}, "", 2, "", "already has a --date"},
		{"date unknown id", []string{"--date", "zz=2023-09", "$D/a.txt"}, "", 2, "", `--date zz=2023-09: no document has id "zz"`},
		{"date applies", []string{"-f", "json", "--date", "a=2023-09-12", "$D/a.txt"}, "", 0, `"date_source": "flag"`, ""},
		{"missing file", []string{"$D/a.txt", "$D/nope.txt"}, "", 2, "", "$D/nope.txt: no such file or directory"},
		{"directory without txt", []string{"$D/empty"}, "", 2, "", "$D/empty: directory holds no file to read (.txt, .rss, .atom, .xml, .jsonl, .ndjson, .html, .htm, .xhtml)"},
		{"invalid input", []string{"$D/a.txt", "$D/bad/latin1.txt"}, "", 2, "", "$D/bad/latin1.txt:1: "},
		{"duplicate ids", []string{"$D/a.txt", "$D/sub"}, "", 2, "", `duplicate document id "a"`},
		{"directory", []string{"-f", "json", "$D/sub"}, "", 0, `"id": "c"`, ""},
		{"stdin", []string{"-f", "json", "-"}, "Hola.\n", 0, `"id": "stdin"`, ""},
		{"json", []string{"--format", "json", "$D/a.txt", "$D/b.txt"}, "", 0, `"version": 1`, ""},
		{"markdown", []string{"--format", "markdown", "$D/a.txt", "$D/b.txt"}, "", 0, "# Dedupe report", ""},
		{"table", []string{"$D/a.txt", "$D/b.txt"}, "", 0, "Summary\n=======", ""},
		{"flags after files", []string{"$D/a.txt", "-f", "json"}, "", 0, `"version": 1`, ""},
		{"fail-on none", []string{"--fail-on", "none", "$D/a.txt", "$D/b.txt"}, "", 0, "Summary", ""},
		{"pairs help", []string{"pairs", "-h"}, "", 0, "dedupe pairs", ""},
		{"pairs stdin", []string{"pairs"}, "x\ta\tb\n", 0, "x\t", ""},
		{"pairs bad threshold", []string{"pairs", "--threshold", "-1"}, "", 2, "", "invalid --threshold -1"},
		{"pairs unknown flag", []string{"pairs", "--format", "json"}, "", 2, "", "unknown flag: --format"},
		{"pairs missing file", []string{"pairs", "$D/nope.tsv"}, "", 2, "", "$D/nope.tsv: no such file or directory"},
		{"pairs two files", []string{"pairs", "a", "b"}, "", 2, "", "one FILE or -, got 2 arguments"},
		{"pairs malformed", []string{"pairs", "-"}, "x\ta\tb\n\ny\tonly\n", 2, "", "-:3: want 3 tab-separated fields"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := make([]string, len(tc.args))
			for i, a := range tc.args {
				args[i] = strings.ReplaceAll(a, "$D", dir)
			}
			var stdout, stderr bytes.Buffer
			code := run(args, strings.NewReader(tc.stdin), &stdout, &stderr)
			if code != tc.wantCode {
				t.Errorf("run(%q) = %d, want %d; stderr:\n%s", tc.args, code, tc.wantCode, stderr.String())
			}
			if !strings.Contains(stdout.String(), tc.wantStdout) {
				t.Errorf("stdout lacks %q:\n%s", tc.wantStdout, stdout.String())
			}
			wantStderr := strings.ReplaceAll(tc.wantStderr, "$D", dir)
			if wantStderr == "" && stderr.Len() > 0 {
				t.Errorf("stderr = %q, want it empty", stderr.String())
			}
			if !strings.Contains(stderr.String(), wantStderr) {
				t.Errorf("stderr lacks %q:\n%s", wantStderr, stderr.String())
			}
			if code == exitError && (!strings.HasPrefix(stderr.String(), "dedupe: ") || stdout.Len() > 0) {
				t.Errorf("error exit: stderr %q, stdout %d bytes; want a \"dedupe: \" message and no output", stderr.String(), stdout.Len())
			}
		})
	}
}

// TestRunOrderIndependent checks that the output does not depend on the
// order of the arguments.
func TestRunOrderIndependent(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"x.txt": "Putin recibió a Kim en el cosmódromo de Vostochni el miércoles.\n",
		"y.txt": "Kim se reunió con Putin en Vostochni el 13 de septiembre.\n",
		"z.txt": "Shoigu visitó Pyongyang en julio.\n",
	})
	x, y, z := filepath.Join(dir, "x.txt"), filepath.Join(dir, "y.txt"), filepath.Join(dir, "z.txt")
	for _, format := range []string{"json", "table", "markdown"} {
		t.Run(format, func(t *testing.T) {
			var want string
			for i, order := range [][]string{{x, y, z}, {z, x, y}, {y, z, x}} {
				var stdout, stderr bytes.Buffer
				if code := run(append([]string{"-f", format}, order...), nil, &stdout, &stderr); code > 1 {
					t.Fatalf("run = %d: %s", code, stderr.String())
				}
				if i == 0 {
					want = stdout.String()
				} else if stdout.String() != want {
					t.Errorf("order %d gives different output:\n%s\nwant:\n%s", i, stdout.String(), want)
				}
			}
		})
	}
}

func TestFailLevel(t *testing.T) {
	findings := func(sevs ...compare.Severity) []compare.Finding {
		var out []compare.Finding
		for _, s := range sevs {
			out = append(out, compare.Finding{Severity: s})
		}
		return out
	}
	tests := []struct {
		name     string
		level    string
		findings []compare.Finding
		want     bool
	}{
		{"no findings", "info", nil, false},
		{"error fails on error", "error", findings(compare.Info, compare.Error), true},
		{"error ignores warning", "error", findings(compare.Warning, compare.Info), false},
		{"warning fails on error", "warning", findings(compare.Error), true},
		{"warning fails on warning", "warning", findings(compare.Warning), true},
		{"warning ignores info", "warning", findings(compare.Info), false},
		{"info fails on info", "info", findings(compare.Info), true},
		{"none never fails", "none", findings(compare.Error), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := parseFailLevel(tc.level)
			if err != nil {
				t.Fatal(err)
			}
			if got := l.failsOn(tc.findings); got != tc.want {
				t.Errorf("fail-on %s: failsOn = %v, want %v", tc.level, got, tc.want)
			}
		})
	}
}
