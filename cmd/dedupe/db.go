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

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/ingest"
	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/report"
	"github.com/dedupe-news/dedupe/store"
)

// dbOptions are the flags of the incremental index.
type dbOptions struct {
	path    string // --db; "" for no index
	window  int    // --db-window, in days
	newOnly bool   // --new
}

// defaultDBWindow is the default --db-window, in days.
const defaultDBWindow = 30

// slowInsertEnv names an environment variable for tests only: a duration
// (such as 50ms) that each document's write to the index is slowed by,
// inside its transaction, so that a test can kill dedupe mid-write.
const slowInsertEnv = "DEDUPE_TEST_SLOW_INSERT"

// addDBFlags defines --db, --db-window and --new, stored in o.
func addDBFlags(fs *pflag.FlagSet, o *dbOptions) {
	fs.StringVar(&o.path, "db", "",
		"keep the documents read in the SQLite index `PATH` (created if missing) and compare them with the earlier ones there")
	fs.IntVar(&o.window, "db-window", defaultDBWindow,
		"compare with the earlier documents of today's stories from --db dated at most `DAYS` days from them; 0 for none")
	fs.BoolVar(&o.newOnly, "new", false,
		"show only the discrepancies no earlier run of --db reported")
}

// check checks the values of the index flags.
func (o *dbOptions) check(fs *pflag.FlagSet) error {
	if o.window < 0 {
		return usagef("invalid --db-window %d: must be 0 or more", o.window)
	}
	if fs.Changed("db-window") && o.path == "" {
		return usagef("--db-window needs --db")
	}
	if o.newOnly && o.path == "" {
		return usagef("--new needs --db")
	}
	return nil
}

// index is the index of a run with --db, open from reading to printing:
// the documents are stored before comparing, the findings after.
type index struct {
	st   *store.Store
	run  *store.Run
	docs map[string]report.Seen // when each document of the run was first stored
}

// withIndex returns docs, today's documents, with the earlier documents
// of the index at o.path when there is one: those of today's stories,
// found by content (see loadRelated), parsed again from their stored text
// (their Path is "db:ID", their Encoding the stored one). Then it stores today's documents, with their
// signatures, as one run, each in its own transaction: one stored with the
// same text and date is left alone (and is not new), one with a new text
// or date replaced, silently (the index's runs and run_documents tables
// record which). An earlier document that cannot be used (its row is
// malformed, its text does not match its hash or does not parse) is
// reported on warn and left out. The result is sorted by id. The index is
// returned open, to record the findings; nil without --db.
func withIndex(o dbOptions, docs []normalize.Document, prog *progress, warn io.Writer) ([]normalize.Document, *index, error) {
	if o.path == "" {
		return docs, nil, nil
	}
	sopts, err := storeOptions()
	if err != nil {
		return nil, nil, err
	}
	ctx := context.Background()
	st, err := store.Open(ctx, o.path, sopts)
	if err != nil {
		return nil, nil, err
	}
	ix := &index{st: st, docs: make(map[string]report.Seen)}
	sigs := signatures(docs)
	earlier, err := ix.loadRelated(ctx, o.window, docs, sigs, sopts.Now(), prog, warn)
	if err == nil {
		err = ix.storeDocuments(ctx, docs, sigs, prog)
	}
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	all := append(slices.Clip(docs), earlier...)
	slices.SortFunc(all, func(a, b normalize.Document) int { return strings.Compare(a.ID, b.ID) })
	return all, ix, nil
}

// storeOptions returns the options of the index: its clock (see nowEnv)
// and the test-only slowing of writes.
func storeOptions() (store.Options, error) {
	slow, err := slowInsert(os.Getenv(slowInsertEnv))
	if err != nil {
		return store.Options{}, err
	}
	now, err := clock(os.Getenv(nowEnv))
	if err != nil {
		return store.Options{}, err
	}
	return store.Options{SlowWrite: slow, Now: now}, nil
}

// storeDocuments puts docs, with their signatures sigs, into the index as
// one run, and notes when each was first stored.
func (ix *index) storeDocuments(ctx context.Context, docs []normalize.Document, sigs []store.Signature, prog *progress) error {
	run, err := ix.st.BeginRun(ctx)
	if err != nil {
		return err
	}
	ix.run = run
	prog.stage("storing", len(docs))
	for i := range docs {
		enc := cmp.Or(docs[i].Encoding, ingest.EncodingUTF8)
		rec := store.FromDocument(&docs[i], enc)
		rec.Signature = &sigs[i]
		outcome, err := run.Put(ctx, rec)
		if err != nil {
			return err
		}
		first, _ := run.FirstSeen(docs[i].ID)
		ix.docs[docs[i].ID] = report.Seen{New: outcome == store.Added, First: first}
		prog.add(1)
	}
	return nil
}

// findings records the findings of res, all of them, whatever the policy
// hides, as reported by this run, and finishes the run. It returns when
// each was first seen, by id.
func (ix *index) findings(res *compare.Result) (map[string]report.Seen, error) {
	ctx := context.Background()
	fs := make([]store.Finding, len(res.Findings))
	for i, f := range res.Findings {
		fs[i] = store.Finding{ID: f.ID, Kind: string(f.Kind), Message: f.Message}
	}
	seen, err := ix.run.Findings(ctx, fs)
	if err != nil {
		return nil, err
	}
	if err := ix.run.Finish(ctx); err != nil {
		return nil, err
	}
	out := make(map[string]report.Seen, len(seen))
	for id, s := range seen {
		out[id] = report.Seen{New: s.New, First: s.First}
	}
	return out, nil
}

// close closes the index; a nil index is none.
func (ix *index) close() {
	if ix != nil {
		ix.st.Close()
	}
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
