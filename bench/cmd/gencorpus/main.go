// Gencorpus writes a generated news corpus with known ground truth for
// dedupe's scale benchmark.
//
// Usage:
//
//	gencorpus [-n items] [-seed N] [-seeds DIR] -out DIR
//
// It writes DIR/items.jsonl (one article a line: id, url, date, outlet,
// title, text) and DIR/truth.json (stories, near-duplicates, planted
// discrepancies).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dedupe-news/dedupe/bench/corpus"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(2)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	n := fs.Int("n", 1000, "articles to generate")
	seed := fs.Uint64("seed", 1, "random seed")
	seeds := fs.String("seeds", "../testdata/seeds", "directory of the seed articles")
	out := fs.String("out", "", "output directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("-out is required")
	}
	opts := corpus.Defaults(*n)
	opts.Seed, opts.SeedDir = *seed, *seeds
	items, truth, err := corpus.Generate(opts)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	if err := corpus.WriteJSONLFile(filepath.Join(*out, "items.jsonl"), items); err != nil {
		return err
	}
	b, err := json.MarshalIndent(truth, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(*out, "truth.json"), b, 0o644)
}
