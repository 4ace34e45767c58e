// Benchrun measures dedupe on a generated corpus with known ground truth:
// time, peak memory, story grouping, near-duplicate detection, the
// recall of planted discrepancies, and the errors and warnings, with how
// many set two stories' claims against each other.
//
// Usage:
//
//	benchrun [-n items,items…] [-seed N] [-seeds DIR] [-workers N] [-memprofile FILE] [-cpuprofile FILE]
//
// For each size it generates the corpus (gencorpus's generator), reads
// it as a JSON Lines file with ingest.Load, as dedupe reads one (parsing
// on -workers goroutines, default the CPUs), runs compare, and prints one
// line of figures. Sizes run in one process
// one after the other, so a larger size's peak memory includes nothing of
// a smaller one's but what the runtime kept.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/dedupe-news/dedupe/bench/corpus"
	"github.com/dedupe-news/dedupe/compare"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "benchrun:", err)
		os.Exit(2)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("benchrun", flag.ContinueOnError)
	corpusFlags := corpus.AddFlags(fs, "1000,2000")
	workers := fs.Int("workers", runtime.NumCPU(), "goroutines parsing items")
	memprofile := fs.String("memprofile", "", "write a heap profile, taken after the last compare, to this file")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	fmt.Printf("%-8s %9s %9s %9s %9s  %-26s %-26s %-20s %s\n", "items", "parse", "compare", "total", "peak MB",
		"stories P/R", "near-dups P/R", "planted recall", "errors/warnings")
	var prev time.Duration
	return corpusFlags.Each(func(n int, items []corpus.Item, truth corpus.Truth) error {
		runtime.GC()
		m, err := measure(items, truth, *workers)
		if err != nil {
			return err
		}
		growth := ""
		if prev > 0 {
			growth = fmt.Sprintf("  ×%.2f time", float64(m.total)/float64(prev))
		}
		prev = m.total
		if *memprofile != "" {
			if err := writeHeap(*memprofile, m.keep); err != nil {
				return err
			}
		}
		fmt.Printf("%-8d %9s %9s %9s %9d  %-26s %-26s %-20s %s%s\n", n, round(m.parse), round(m.compare), round(m.total),
			peakMB(), m.stories, m.nearDups, m.planted, m.alarms, growth)
		return nil
	})
}

// writeHeap writes a heap profile while res is still reachable.
func writeHeap(path string, res *compare.Result) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	runtime.GC()
	err = pprof.WriteHeapProfile(f)
	runtime.KeepAlive(res)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func round(d time.Duration) string { return d.Round(time.Millisecond).String() }

// peakMB returns the process's peak resident set size so far, in MB.
func peakMB() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return -1
	}
	return ru.Maxrss / 1024 // kilobytes on Linux
}

// figures are one size's measurements.
type figures struct {
	parse, compare, total      time.Duration
	stories, nearDups, planted string
	alarms                     string          // errors/warnings, and how many span two stories
	keep                       *compare.Result // alive until the heap profile is taken
}

func measure(items []corpus.Item, truth corpus.Truth, workers int) (figures, error) {
	var f figures
	data, err := corpus.JSONL(items)
	if err != nil {
		return f, err
	}
	// The JSON Lines file stands for the items now, as gencorpus's file
	// does for the tool.
	for i := range items {
		items[i].Text = ""
	}
	start := time.Now()
	docs, err := corpus.Load(data, workers)
	if err != nil {
		return f, err
	}
	data = nil // the documents hold the text now, as the tool's buffers go
	f.parse = time.Since(start)
	t := time.Now()
	res := compare.Run(docs, compare.Options{})
	f.compare = time.Since(t)
	f.total = time.Since(start)
	f.stories = storyScores(res, truth).String() + fmt.Sprintf(" [%d found, %d true]", len(res.Stories), len(truth.Stories))
	f.nearDups = nearDupScores(res, truth).String()
	f.planted = plantedRecall(res, truth)
	f.alarms = alarms(res, truth)
	f.keep = res
	return f, nil
}
