// Lshcompare runs dedupe's near-duplicate detection and
// github.com/ekzhu/minhash-lsh side by side on the same shingles of a
// generated corpus, and reports each one's time, memory allocated and
// precision and recall against the copies the generator made.
//
// Usage:
//
//	lshcompare [-n items,items…] [-seed N] [-seeds DIR]
//
// Both use 128 min-hashes and dedupe's Jaccard threshold
// (compare.NearDuplicateThreshold), and both check their LSH candidates
// with the exact Jaccard similarity of the shingle sets, so they differ
// only in the hashing and the banding.
package main

import (
	"encoding/binary"
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"

	minhashlsh "github.com/ekzhu/minhash-lsh"

	"github.com/dedupe-news/dedupe/bench/corpus"
	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "lshcompare:", err)
		os.Exit(2)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("lshcompare", flag.ContinueOnError)
	corpusFlags := corpus.AddFlags(fs, "2000,4000")
	if err := fs.Parse(args); err != nil {
		return err
	}
	fmt.Printf("%-8s %-14s %10s %12s  %s\n", "items", "tool", "time", "allocated", "precision/recall")
	return corpusFlags.Each(func(n int, items []corpus.Item, truth corpus.Truth) error {
		docs, err := corpus.Parse(items, runtime.NumCPU())
		if err != nil {
			return err
		}
		truePairs := truth.CopyPairs()
		var ours []compare.NearDuplicate
		d, alloc := measure(func() { ours = compare.NearDuplicates(docs) })
		fmt.Printf("%-8d %-14s %10s %10.1fMB  %s\n", n, "dedupe", d.Round(time.Millisecond), alloc, score(docs, ours, truePairs))
		sets := compare.ShingleSets(docs)
		var theirs []compare.NearDuplicate
		d, alloc = measure(func() { theirs = ekzhu(sets) })
		fmt.Printf("%-8d %-14s %10s %10.1fMB  %s\n", n, "minhash-lsh", d.Round(time.Millisecond), alloc, score(docs, theirs, truePairs))
		return nil
	})
}

// measure runs f and returns its time and the megabytes it allocated.
func measure(f func()) (time.Duration, float64) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	f()
	d := time.Since(start)
	runtime.ReadMemStats(&after)
	return d, float64(after.TotalAlloc-before.TotalAlloc) / (1 << 20)
}

// ekzhu finds near-duplicates with ekzhu/minhash-lsh on the same shingle
// sets (hashing them is outside the timing of neither tool: dedupe's time
// includes its own shingling, this one's does not).
func ekzhu(sets [][]uint64) []compare.NearDuplicate {
	const numHash = 128
	lsh := minhashlsh.NewMinhashLSH64(numHash, compare.NearDuplicateThreshold)
	sigs := make([][]uint64, len(sets))
	buf := make([]byte, 8)
	for i, set := range sets {
		mh := minhashlsh.NewMinhash(1, numHash)
		for _, sh := range set {
			binary.LittleEndian.PutUint64(buf, sh)
			mh.Push(buf)
		}
		sigs[i] = mh.Signature()
		lsh.Add(i, sigs[i])
	}
	lsh.Index()
	var out []compare.NearDuplicate
	for i, sig := range sigs {
		for _, key := range lsh.Query(sig) {
			j := key.(int)
			if j <= i {
				continue
			}
			if s := compare.Jaccard(sets[i], sets[j]); s >= compare.NearDuplicateThreshold {
				out = append(out, compare.NearDuplicate{Docs: [2]int{i, j}, Similarity: s})
			}
		}
	}
	return out
}

// score returns precision/recall of found against the true copy pairs.
func score(docs []normalize.Document, found []compare.NearDuplicate, truePairs map[[2]string]bool) string {
	tp := 0
	for _, nd := range found {
		if truePairs[corpus.PairKey(docs[nd.Docs[0]].ID, docs[nd.Docs[1]].ID)] {
			tp++
		}
	}
	p, r := 1.0, 1.0
	if len(found) > 0 {
		p = float64(tp) / float64(len(found))
	}
	if len(truePairs) > 0 {
		r = float64(tp) / float64(len(truePairs))
	}
	return fmt.Sprintf("%.3f/%.3f (%d found, %d true)", p, r, len(found), len(truePairs))
}
