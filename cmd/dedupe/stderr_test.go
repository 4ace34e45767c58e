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

// TestFailJoined checks that fail writes the errors an errors.Join holds
// on lines of their own, each escaped, and none of them able to start a
// workflow command.
func TestFailJoined(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"two bad lines", errors.Join(errors.New("a.jsonl:2: invalid JSON"), errors.New("a.jsonl:4: want a JSON object")),
			"dedupe: a.jsonl:2: invalid JSON\na.jsonl:4: want a JSON object\n"},
		{"nested", errors.Join(errors.New("a:1: x"), errors.Join(errors.New("b:2: y"), nil, errors.New("c:3: z"))),
			"dedupe: a:1: x\nb:2: y\nc:3: z\n"},
		{"line break inside one", errors.Join(errors.New("x\n::error::F:1: bad"), errors.New("b:2: y\x1b[2J")),
			"dedupe: x\\n::error::F:1: bad\nb:2: y\\x1b[2J\n"},
		{"path starting a command", errors.Join(errors.New("a:1: x"), errors.New("::error::F.jsonl:4: bad"), errors.New(" \u00a0::warning::G:5: bad")),
			"dedupe: a:1: x\n./::error::F.jsonl:4: bad\n./ \u00a0::warning::G:5: bad\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			fail(&b, tc.err)
			if b.String() != tc.want {
				t.Errorf("fail wrote %q, want %q", b.String(), tc.want)
			}
		})
	}
}
