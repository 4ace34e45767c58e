package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"github.com/dedupe-news/dedupe/compare"
)

// pair is one line of dedupe pairs input.
type pair struct {
	id   string
	a, b string
}

// runPairs is "dedupe pairs [--threshold T] [FILE|-]": it scores each line
// id<TAB>text_a<TAB>text_b and prints id<TAB>score, in input order.
func runPairs(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newQuietFlagSet("dedupe pairs")
	var threshold float64
	addThresholdFlag(fs, &threshold)
	help := fs.BoolP("help", "h", false, "print this help and exit")
	if err := fs.Parse(args); err != nil {
		return fail(stderr, &usageError{err})
	}
	if *help {
		printPairsUsage(stdout, fs)
		return exitOK
	}
	if err := checkThreshold(threshold); err != nil {
		return fail(stderr, err)
	}
	if fs.NArg() > 1 {
		return fail(stderr, usagef("pairs takes one FILE or -, got %d arguments", fs.NArg()))
	}
	name, data, err := readPairsInput(fs.Args(), stdin)
	if err != nil {
		return fail(stderr, err)
	}
	pairs, err := parsePairs(name, string(data))
	if err != nil {
		return fail(stderr, err)
	}
	if err := writeBuffered(stdout, func(w io.Writer) error { return scorePairs(w, pairs, threshold) }); err != nil {
		return fail(stderr, err)
	}
	return exitOK
}

// readPairsInput reads the file args names, or standard input when args
// is empty or "-". It returns the name to use in messages and the bytes.
func readPairsInput(args []string, stdin io.Reader) (string, []byte, error) {
	if len(args) == 0 || args[0] == "-" {
		data, err := io.ReadAll(stdin)
		if err != nil {
			return "", nil, fmt.Errorf("standard input: %w", err)
		}
		return "-", data, nil
	}
	data, err := os.ReadFile(args[0])
	if err != nil {
		return "", nil, pathError(args[0], err)
	}
	return args[0], data, nil
}

// parsePairs reads lines id<TAB>text_a<TAB>text_b, skipping blank lines;
// name is the input's name in messages, which carry the line number.
func parsePairs(name, text string) ([]pair, error) {
	var pairs []pair
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 tab-separated fields (id, text_a, text_b), got %d", name, i+1, len(fields))
		}
		if fields[0] == "" {
			return nil, fmt.Errorf("%s:%d: empty id", name, i+1)
		}
		pairs = append(pairs, pair{id: fields[0], a: fields[1], b: fields[2]})
	}
	return pairs, nil
}

// scorePairs scores all pairs in one call, so that term weights come from
// all of them, and writes id<TAB>score lines to w.
func scorePairs(w io.Writer, pairs []pair, threshold float64) error {
	texts := make([][2]string, len(pairs))
	for i, p := range pairs {
		texts[i] = [2]string{p.a, p.b}
	}
	scores := compare.ScorePairs(texts, compare.Options{Threshold: threshold})
	if len(scores) != len(pairs) {
		return fmt.Errorf("internal error: %d scores for %d pairs", len(scores), len(pairs))
	}
	for i, p := range pairs {
		if _, err := fmt.Fprintf(w, "%s\t%.4f\n", p.id, scores[i]); err != nil {
			return err
		}
	}
	return nil
}

// printPairsUsage writes the help of dedupe pairs to w.
func printPairsUsage(w io.Writer, fs *pflag.FlagSet) {
	fmt.Fprintf(w, `Usage:
  dedupe pairs [--threshold T] [FILE|-]

Reads lines "id<TAB>text_a<TAB>text_b" from FILE or standard input and
prints "id<TAB>score" for each, in input order: the similarity dedupe would
give the two texts, with term weights learned from all the lines. Blank
lines are skipped.

Flags:
%s`, fs.FlagUsages())
}
