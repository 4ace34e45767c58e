//go:build unix

// Peakrss runs a command and reports its wall time and peak resident set
// size, failing when either passes a bound: the acceptance check of
// dedupe's scale figures, with no /usr/bin/time needed.
//
// Usage:
//
//	peakrss [-max-mb MB] [-max-time DURATION] [-o FILE] -- COMMAND [ARG...]
//
// The command's standard output goes to FILE (default discarded), its
// standard error to peakrss's. Peakrss prints one line to standard error,
// "peakrss: 0.41 s, 38 MB peak RSS, exit 0: COMMAND…", and exits 1 when a
// bound is passed or the command could not run or was killed; the
// command's own exit status (dedupe exits 1 on discrepancies) is only
// reported. Peak RSS is the kernel's (getrusage ru_maxrss) for the
// command and its waited-for children; supported on Linux and macOS.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/dedupe-news/dedupe/bench/internal/rusage"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "peakrss:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("peakrss", flag.ContinueOnError)
	maxMB := fs.Int("max-mb", 0, "fail when the peak RSS passes MB megabytes (0: no bound)")
	maxTime := fs.Duration("max-time", 0, "fail when the command runs longer than DURATION (0: no bound)")
	outPath := fs.String("o", "", "write the command's standard output to FILE")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("no command given")
	}
	cmd := exec.Command(fs.Arg(0), fs.Args()[1:]...)
	cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
	if *outPath != "" {
		f, err := os.Create(*outPath)
		if err != nil {
			return err
		}
		defer f.Close()
		cmd.Stdout = f
	}
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		return err
	}
	mb := rusage.PeakMB(cmd.ProcessState)
	fmt.Fprintf(os.Stderr, "peakrss: %.2f s, %d MB peak RSS, %s: %s\n", elapsed.Seconds(), mb, cmd.ProcessState, strings.Join(fs.Args(), " "))
	switch {
	case !cmd.ProcessState.Exited():
		return fmt.Errorf("command ended by %s", cmd.ProcessState)
	case *maxMB > 0 && mb > int64(*maxMB):
		return fmt.Errorf("peak RSS %d MB passes %d MB", mb, *maxMB)
	case *maxTime > 0 && elapsed > *maxTime:
		return fmt.Errorf("%.2f s passes %s", elapsed.Seconds(), *maxTime)
	}
	return nil
}
