package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/dedupe-news/dedupe/ingest"
	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/store"
)

// dbOptions are the flags of the incremental index.
type dbOptions struct {
	path   string // --db; "" for no index
	window int    // --db-window
}

// defaultDBWindow is the default --db-window.
const defaultDBWindow = 500

// slowInsertEnv names an environment variable for tests only: a duration
// (such as 50ms) that each document's write to the index is slowed by,
// inside its transaction, so that a test can kill dedupe mid-write.
const slowInsertEnv = "DEDUPE_TEST_SLOW_INSERT"

// addDBFlags defines --db and --db-window, stored in o.
func addDBFlags(fs *pflag.FlagSet, o *dbOptions) {
	fs.StringVar(&o.path, "db", "",
		"keep the documents read in the SQLite index `PATH` (created if missing) and compare them with the earlier ones there")
	fs.IntVar(&o.window, "db-window", defaultDBWindow,
		"compare with at most `N` earlier documents from --db, the most recent")
}

// check checks the values of the index flags.
func (o *dbOptions) check(fs *pflag.FlagSet) error {
	if o.window < 0 {
		return usagef("invalid --db-window %d: must be 0 or more", o.window)
	}
	if fs.Changed("db-window") && o.path == "" {
		return usagef("--db-window needs --db")
	}
	return nil
}

// withIndex returns docs, today's documents, with the earlier documents
// of the index at o.path when there is one: the o.window most recent ones
// whose ids are not among today's, parsed again from their stored text
// (their Path is "db:ID", their Encoding the stored one). Then it stores today's documents as one run, each
// in its own transaction: one stored with the same text and date is left
// alone, one with a new text or date replaced, silently (the index's runs
// and run_documents tables record which). An earlier document that cannot
// be used (its row is malformed, its text does not match its hash or does
// not parse) is reported on warn and left out. The result is sorted by id.
func withIndex(o dbOptions, docs []normalize.Document, prog *progress, warn io.Writer) ([]normalize.Document, error) {
	if o.path == "" {
		return docs, nil
	}
	slow, err := slowInsert(os.Getenv(slowInsertEnv))
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	st, err := store.Open(ctx, o.path, store.Options{SlowWrite: slow})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	earlier, err := loadEarlier(ctx, st, o.window, docs, prog, warn)
	if err != nil {
		return nil, err
	}
	if err := storeDocuments(ctx, st, docs, prog); err != nil {
		return nil, err
	}
	all := append(slices.Clip(docs), earlier...)
	slices.SortFunc(all, func(a, b normalize.Document) int { return strings.Compare(a.ID, b.ID) })
	return all, nil
}

// loadEarlier returns up to window documents of st, the most recent, that
// are not among today's docs, parsed from their stored text, with their
// stored encoding. A stored document that
// cannot be used is reported on warn and skipped.
func loadEarlier(ctx context.Context, st *store.Store, window int, docs []normalize.Document, prog *progress, warn io.Writer) ([]normalize.Document, error) {
	today := make(map[string]bool, len(docs))
	for _, d := range docs {
		today[d.ID] = true
	}
	recs, bad, err := st.Recent(ctx, window, today)
	if err != nil {
		return nil, err
	}
	for _, b := range bad {
		warnf(warn, "skipped %v", b)
	}
	prog.stage("loading the index", len(recs))
	var stems normalize.Stemmer
	out := make([]normalize.Document, 0, len(recs))
	for i := range recs {
		prog.add(1)
		doc, err := recs[i].Document(&stems)
		if err != nil {
			warnf(warn, "skipped %s: document %s: %v", st.Path(), recs[i].ID, err)
			continue
		}
		if enc := recs[i].Encoding; enc != ingest.EncodingUTF8 {
			doc.Encoding = enc
		}
		out = append(out, doc)
	}
	return out, nil
}

// storeDocuments puts docs into st as one run.
func storeDocuments(ctx context.Context, st *store.Store, docs []normalize.Document, prog *progress) error {
	run, err := st.BeginRun(ctx)
	if err != nil {
		return err
	}
	prog.stage("storing", len(docs))
	for i := range docs {
		enc := cmp.Or(docs[i].Encoding, ingest.EncodingUTF8)
		if _, err := run.Put(ctx, store.FromDocument(&docs[i], enc)); err != nil {
			return err
		}
		prog.add(1)
	}
	return run.Finish(ctx)
}

// slowInsert reads the value of slowInsertEnv: "" is no delay.
func slowInsert(v string) (time.Duration, error) {
	if v == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("invalid %s=%q: want a duration such as 50ms", slowInsertEnv, v)
	}
	return d, nil
}
