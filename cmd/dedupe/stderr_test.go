package main

import (
	"bytes"
	"errors"
	"testing"
)

// TestStderrEscaped checks that warnf and fail write a message holding
// line breaks, terminal escapes and invisible characters (from a path, an
// id or a GUID) on one line, escaped, after "dedupe: ".
func TestStderrEscaped(t *testing.T) {
	tests := []struct {
		name, msg, want string
	}{
		{"plain", "skipped a.txt: empty", "dedupe: skipped a.txt: empty\n"},
		{"workflow command", "skipped feed.xml#x\n::error file=README.md,line=1::FORGED",
			"dedupe: skipped feed.xml#x\\n::error file=README.md,line=1::FORGED\n"},
		{"carriage return", "a\r::warning::X", "dedupe: a\\r::warning::X\n"},
		{"terminal escape", "b\x1b[2J\x1b]0;t\x07.txt", "dedupe: b\\x1b[2J\\x1b]0;t\\x07.txt\n"},
		{"bidi override and C1", "c\u202etxt.exe\u009b", "dedupe: c\\u202etxt.exe\\u009b\n"},
		{"invalid UTF-8", "d\xff", "dedupe: d\\xff\n"},
		{"old-style command", "x ##[error]FORGED", "dedupe: x ##\\x5berror]FORGED\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var w bytes.Buffer
			warnf(&w, "%s", tc.msg)
			if w.String() != tc.want {
				t.Errorf("warnf wrote %q, want %q", w.String(), tc.want)
			}
			var f bytes.Buffer
			if code := fail(&f, errors.New(tc.msg)); code != exitError {
				t.Errorf("fail = %d, want %d", code, exitError)
			}
			if f.String() != tc.want {
				t.Errorf("fail wrote %q, want %q", f.String(), tc.want)
			}
		})
	}
}
