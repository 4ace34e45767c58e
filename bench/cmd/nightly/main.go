//go:build unix

// Nightly is the benchmark of dedupe's index (--db) for a nightly audit:
// a feed of new items every day, compared with the earlier documents of
// their stories, which the index finds by content.
//
// Usage:
//
//	nightly [-days 30] [-per-day 2000] [-follow 0.3] [-max-time 30s] [-max-mb 1024] -dedupe PATH -dir DIR
//
// It generates days+1 days of items (bench/corpus, per-day items a day;
// a share -follow of the stories gets one more article 1 to 7 days
// later, so that a story that began a week ago has news today), writes
// each day's items to DIR/day-NN.jsonl, and stores the first days days in
// the index DIR/index.db, one dedupe run a night (--db-window 0: store
// only). Then it runs the last night as a nightly audit does, with the
// default --db-window (30 days), and prints its wall time and peak
// resident set, how many earlier documents it loaded, and how many of the
// earlier articles of today's stories were among them. It exits 1 when
// the measured night passes -max-time or -max-mb.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/dedupe-news/dedupe/bench/internal/rusage"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "nightly:", err)
		os.Exit(1)
	}
}

// config holds the flags.
type config struct {
	days, perDay int
	follow       float64
	maxTime      time.Duration
	maxMB        int64
	dedupe, dir  string
	seeds        string
	keep         bool
}

func run(args []string) error {
	var c config
	fs := flag.NewFlagSet("nightly", flag.ContinueOnError)
	fs.IntVar(&c.days, "days", 30, "days stored before the measured night")
	fs.IntVar(&c.perDay, "per-day", 2000, "items a day")
	fs.Float64Var(&c.follow, "follow", 0.3, "share of stories with an article 1 to 7 days later")
	fs.DurationVar(&c.maxTime, "max-time", 30*time.Second, "fail when the measured night takes longer")
	fs.Int64Var(&c.maxMB, "max-mb", 1024, "fail when the measured night's peak RSS passes MB")
	fs.StringVar(&c.dedupe, "dedupe", "", "the dedupe binary")
	fs.StringVar(&c.dir, "dir", "", "working directory: feeds, index, report")
	fs.StringVar(&c.seeds, "seeds", "../testdata/seeds", "directory of the seed articles")
	fs.BoolVar(&c.keep, "keep", false, "reuse DIR/index.db if it exists (the nights already stored)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.dedupe == "" || c.dir == "" {
		return errors.New("-dedupe and -dir are required")
	}
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return err
	}
	f, err := writeFeeds(&c)
	if err != nil {
		return err
	}
	index := filepath.Join(c.dir, "index.db")
	if _, err := os.Stat(index); err != nil || !c.keep {
		os.Remove(index)
		if err := storeNights(&c, f, index); err != nil {
			return err
		}
	}
	return measure(&c, f, index)
}

// storeNights stores the first c.days days, one run a night.
func storeNights(c *config, f *feeds, index string) error {
	start := time.Now()
	for d := 0; d < c.days; d++ {
		cmd := exec.Command(c.dedupe, "--db", index, "--db-window", "0", "--fail-on", "none", "--max-size", "1GiB",
			"-f", "line", f.paths[d])
		cmd.Env = append(os.Environ(), "DEDUPE_NOW="+f.nights[d].Format(time.RFC3339))
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("storing night %d: %w", d+1, err)
		}
	}
	fmt.Printf("stored %d items in %d nights in %.1f s\n", f.stored, c.days, time.Since(start).Seconds())
	return nil
}

// measure runs the last night with the default window and reports.
func measure(c *config, f *feeds, index string) error {
	out := filepath.Join(c.dir, "report.json")
	last := f.paths[c.days]
	args := []string{"--db", index, "--fail-on", "none", "--max-size", "1GiB", "-f", "json", "-o", "json=" + out}
	cmd := exec.Command(c.dedupe, append(args, last)...)
	cmd.Env = append(os.Environ(), "DEDUPE_NOW="+f.nights[c.days].Format(time.RFC3339))
	cmd.Stderr = os.Stderr
	startRun := time.Now()
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("night %d: %w", c.days+1, err)
	}
	elapsed := time.Since(startRun)
	mb := rusage.PeakMB(cmd.ProcessState)
	q, err := quality(out, f)
	if err != nil {
		return err
	}
	fmt.Printf("night %d: %d new items against %d stored: %.2f s, %d MB peak RSS\n", c.days+1, f.today, f.stored, elapsed.Seconds(), mb)
	fmt.Printf("loaded %d earlier documents; earlier articles of today's stories (within 30 days) loaded: %d of %d (%.3f); %d findings\n",
		q.loaded, q.found, q.wanted, float64(q.found)/float64(max(1, q.wanted)), q.findings)
	fmt.Printf("command: DEDUPE_NOW=%s %s %s\n", f.nights[c.days].Format(time.RFC3339), c.dedupe, joinArgs(append(args, last)))
	switch {
	case c.maxTime > 0 && elapsed > c.maxTime:
		return fmt.Errorf("%.2f s passes %s", elapsed.Seconds(), c.maxTime)
	case c.maxMB > 0 && mb > c.maxMB:
		return fmt.Errorf("peak RSS %d MB passes %d MB", mb, c.maxMB)
	}
	return nil
}

// joinArgs joins args with spaces, for the command line printed.
func joinArgs(args []string) string {
	s := ""
	for i, a := range args {
		if i > 0 {
			s += " "
		}
		s += a
	}
	return s
}
