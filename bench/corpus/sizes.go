package corpus

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
)

// Flags are the corpus flags both benchmark programs take: the sizes, the
// random seed and the seed articles' directory.
type Flags struct {
	sizes   *string
	seed    *uint64
	seedDir *string
}

// AddFlags defines -n, -seed and -seeds on fs, with sizes as -n's default.
func AddFlags(fs *flag.FlagSet, sizes string) Flags {
	return Flags{
		sizes:   fs.String("n", sizes, "corpus sizes, comma-separated"),
		seed:    fs.Uint64("seed", 1, "random seed"),
		seedDir: fs.String("seeds", "../testdata/seeds", "directory of the seed articles"),
	}
}

// Each generates the corpus of each size in turn and calls f with it.
func (fl Flags) Each(f func(n int, items []Item, truth Truth) error) error {
	for _, s := range strings.Split(*fl.sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return fmt.Errorf("invalid size %q", s)
		}
		opts := Defaults(n)
		opts.Seed, opts.SeedDir = *fl.seed, *fl.seedDir
		items, truth, err := Generate(opts)
		if err != nil {
			return err
		}
		if err := f(n, items, truth); err != nil {
			return err
		}
	}
	return nil
}
