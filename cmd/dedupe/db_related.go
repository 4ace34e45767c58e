package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/ingest"
	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/report"
	"github.com/dedupe-news/dedupe/store"
)

// nowEnv names an environment variable that sets the clock of the index
// (when runs start, documents and findings are first seen), as RFC 3339
// or YYYY-MM-DD (midnight UTC): the tests set it so that the first-seen
// dates they print stay the same. Unset, the clock is the system's.
const nowEnv = "DEDUPE_NOW"

// clock returns the clock nowEnv's value v sets: the system's for "".
func clock(v string) (func() time.Time, error) {
	if v == "" {
		return time.Now, nil
	}
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		t, err = time.Parse(time.DateOnly, v)
	}
	if err != nil {
		return nil, fmt.Errorf("invalid %s=%q: want a time such as 2026-12-03 or 2026-12-03T22:00:00Z", nowEnv, v)
	}
	return func() time.Time { return t }, nil
}

// signatures returns the story signature of each of docs.
func signatures(docs []normalize.Document) []store.Signature {
	out := make([]store.Signature, len(docs))
	for i := range docs {
		out[i] = storeSignature(&docs[i])
	}
	return out
}

// storeSignature returns the signature of doc as the index keeps it.
func storeSignature(doc *normalize.Document) store.Signature {
	terms := compare.Signature(doc)
	sig := store.Signature{Version: compare.SignatureVersion, Terms: make([]store.Term, len(terms))}
	for i, t := range terms {
		sig.Terms[i] = store.Term{Text: t.Text, Count: t.Count}
	}
	return sig
}

// loadRelated returns the earlier documents of the stories of today's
// docs (sigs their signatures), found by content in the index: for each of
// today's documents, those dated at most window days from it that share
// its rarest terms (store.Related), leaving out today's ids, parsed from
// their stored text; it records the encodings of those that were not
// UTF-8. A window of 0 loads none. Documents stored without a signature
// (by a dedupe before signatures, or another analysis) get one first.
// A stored document that cannot be used is reported on warn and skipped.
func (ix *index) loadRelated(ctx context.Context, window int, docs []normalize.Document, sigs []store.Signature, now time.Time, prog *progress, warn io.Writer) ([]normalize.Document, error) {
	if window == 0 {
		return nil, nil
	}
	var stems normalize.Stemmer
	if err := ix.backfill(ctx, &stems, prog, warn); err != nil {
		return nil, err
	}
	today := make(map[string]bool, len(docs))
	qs := make([]store.Query, len(docs))
	for i := range docs {
		today[docs[i].ID] = true
		day := now.UTC().Truncate(24 * time.Hour)
		if !docs[i].Date.IsZero() {
			day = docs[i].Date.First()
		}
		qs[i] = store.Query{Terms: sigs[i].Terms, Day: day}
	}
	prog.stage("looking up the index", 0)
	opts := store.DefaultRelated
	opts.Days = window
	recs, bad, err := ix.st.Related(ctx, qs, opts, today)
	if err != nil {
		return nil, err
	}
	for _, b := range bad {
		warnf(warn, "skipped %v", b)
	}
	prog.stage("loading the index", len(recs))
	out := make([]normalize.Document, 0, len(recs))
	for i := range recs {
		prog.add(1)
		doc, err := recs[i].Document(&stems)
		if err != nil {
			warnf(warn, "skipped %s: document %s: %v", ix.st.Path(), recs[i].ID, err)
			continue
		}
		if enc := recs[i].Encoding; enc != ingest.EncodingUTF8 && enc != "" {
			doc.Encoding = enc
		}
		ix.docs[doc.ID] = report.Seen{First: recs[i].FirstSeen}
		out = append(out, doc)
	}
	return out, nil
}

// backfill gives a signature to every stored document that has none of
// this analysis' version, from its stored text. A document that cannot be
// used is reported on warn and left without one.
func (ix *index) backfill(ctx context.Context, stems *normalize.Stemmer, prog *progress, warn io.Writer) error {
	ids, err := ix.st.Unsigned(ctx, compare.SignatureVersion)
	if err != nil || len(ids) == 0 {
		return err
	}
	prog.stage("indexing earlier documents", len(ids))
	for _, id := range ids {
		prog.add(1)
		rec, ok, err := ix.st.Get(ctx, id)
		if err != nil || !ok {
			if err != nil {
				warnf(warn, "skipped %v", err)
			}
			continue
		}
		doc, err := rec.Document(stems)
		if err != nil {
			warnf(warn, "skipped %s: document %s: %v", ix.st.Path(), id, err)
			continue
		}
		if err := ix.st.SetSignature(ctx, &rec, storeSignature(&doc)); err != nil {
			return err
		}
	}
	return nil
}
