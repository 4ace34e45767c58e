package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for one writer and one reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestProgressNotATerminal(t *testing.T) {
	var buf syncBuffer
	p := newProgress(&buf, false, 0, time.Millisecond)
	p.stage("storing", 10)
	p.add(3)
	time.Sleep(20 * time.Millisecond)
	p.stop()
	if buf.String() != "" {
		t.Errorf("progress wrote %q to a writer that is not a terminal", buf.String())
	}
	if isTerminal(&buf) {
		t.Error("isTerminal(a buffer) = true")
	}
}

func TestProgressQuickRun(t *testing.T) {
	var buf syncBuffer
	p := newProgress(&buf, true, time.Hour, time.Millisecond)
	p.stage("reading", 2)
	p.add(2)
	p.stop()
	if buf.String() != "" {
		t.Errorf("a run shorter than the delay drew %q, want nothing", buf.String())
	}
}

func TestProgressDrawsAndClears(t *testing.T) {
	var buf syncBuffer
	p := newProgress(&buf, true, 5*time.Millisecond, time.Millisecond)
	p.stage("storing", 4)
	p.add(1)
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(buf.String(), "1/4") && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	p.stage("comparing", 0)
	for !strings.Contains(buf.String(), "comparing") && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	p.stop()
	out := buf.String()
	for _, want := range []string{"\rdedupe: storing 1/4 [#####···············] 0s\x1b[K", "\rdedupe: comparing 0s\x1b[K"} {
		if !strings.Contains(out, want) {
			t.Errorf("progress output %q lacks %q", out, want)
		}
	}
	if !strings.HasSuffix(out, "\r\x1b[K") {
		t.Errorf("progress output %q does not end by clearing the line", out)
	}
	if strings.Contains(out, "\n") {
		t.Errorf("progress output %q holds a newline", out)
	}
}

func TestProgressNil(t *testing.T) {
	var p *progress
	p.stage("x", 1)
	p.add(1)
	p.stop()
}
