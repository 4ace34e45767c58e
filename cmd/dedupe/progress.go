package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// Progress bar timing: nothing is drawn for a run shorter than
// progressDelay; after that the line is redrawn every progressInterval.
const (
	progressDelay    = time.Second
	progressInterval = 100 * time.Millisecond
)

// progress draws a one-line progress bar on a terminal ("dedupe: storing
// 120/500 [#####·····] 3s"): the current stage, and how far it went when
// its size is known. A nil *progress does nothing, which is what a run
// whose standard error is not a terminal gets, so that nothing is ever
// mixed into output read by programs. Its methods may be called from one
// goroutine while it draws from another.
type progress struct {
	w     io.Writer
	start time.Time

	mu          sync.Mutex
	label       string
	done, total int  // total 0: a stage of unknown size
	drawn       bool // a line is on the screen

	quit   chan struct{}
	exited chan struct{}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newProgress returns a progress bar that draws on w after delay, every
// interval, when terminal is set; nil otherwise. Call stop when done.
func newProgress(w io.Writer, terminal bool, delay, interval time.Duration) *progress {
	if !terminal {
		return nil
	}
	p := &progress{w: w, start: time.Now(), quit: make(chan struct{}), exited: make(chan struct{})}
	go p.loop(delay, interval)
	return p
}

// loop draws the line every interval, starting after delay, until stop.
func (p *progress) loop(delay, interval time.Duration) {
	defer close(p.exited)
	wait := time.NewTimer(delay)
	defer wait.Stop()
	select {
	case <-wait.C:
	case <-p.quit:
		return
	}
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		p.draw()
		select {
		case <-tick.C:
		case <-p.quit:
			return
		}
	}
}

// stage starts a stage of total steps (0 when unknown).
func (p *progress) stage(label string, total int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.label, p.done, p.total = label, 0, total
	p.mu.Unlock()
}

// add records n more steps of the current stage done.
func (p *progress) add(n int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.done += n
	p.mu.Unlock()
}

// draw writes the line over the previous one.
func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	const width = 20
	line := "dedupe: " + p.label
	if p.total > 0 {
		filled := width * min(p.done, p.total) / p.total
		line += fmt.Sprintf(" %d/%d [%s%s]", p.done, p.total, strings.Repeat("#", filled), strings.Repeat("·", width-filled))
	}
	line += fmt.Sprintf(" %ds", int(time.Since(p.start).Seconds()))
	fmt.Fprint(p.w, "\r"+line+"\x1b[K")
	p.drawn = true
}

// stop ends the drawing and clears the line, if one was drawn.
func (p *progress) stop() {
	if p == nil {
		return
	}
	close(p.quit)
	<-p.exited
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

// clearing returns a writer to w that clears the bar's line before each
// write, so that a message written while the bar is shown starts on a
// clean line (the next tick draws the bar again); w itself when p is nil.
func (p *progress) clearing(w io.Writer) io.Writer {
	if p == nil {
		return w
	}
	return clearingWriter{p: p, w: w}
}

// clearingWriter is the writer clearing returns.
type clearingWriter struct {
	p *progress
	w io.Writer
}

func (c clearingWriter) Write(b []byte) (int, error) {
	c.p.mu.Lock()
	defer c.p.mu.Unlock()
	if c.p.drawn {
		fmt.Fprint(c.p.w, "\r\x1b[K")
		c.p.drawn = false
	}
	return c.w.Write(b)
}
