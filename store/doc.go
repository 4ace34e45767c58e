// Package store keeps the incremental index of the documents dedupe has
// seen, so that a run compares today's articles with earlier ones without
// re-reading their files.
//
// It sits beside compare, not inside it, so that the flow stays one way:
// cmd/dedupe parses today's inputs, asks the store for the earlier
// documents of their stories ([Store.Related], by the terms of their story
// signatures, which compare.Signature computes and the store files in an
// inverted index), re-parses their stored text with normalize.Parse (the
// offsets of their claims refer to that text) and passes both to
// compare.Run; then it records the ids of the findings ([Run.Findings]),
// each with the run that first reported it. The store knows documents,
// their terms and finding ids, not claims; it never calls compare, and
// compare never calls it.
//
// The index is one SQLite file (the pure-Go modernc.org/sqlite driver) in
// WAL mode. Each document is written in its own transaction together with
// the line that records which run wrote it, so a run that is killed leaves
// every document either absent or whole, and a second run finishes the
// work (putting a document again is idempotent). The schema carries a
// version, and [Open] migrates an older file forward; documents stored
// before signatures were kept have none, and [Store.Unsigned] lists them
// for the caller to compute. A row read back is checked ([Store.Recent]
// and [Store.Related] leave out, as a [BadRow], one whose text does not
// match its hash or whose columns are NULL or malformed), and putting its
// document again writes it anew.
//
// A [Store] is safe for use by one goroutine at a time; several processes
// may open one file, SQLite serializing their writes.
package store
