// Package store keeps the incremental index of the documents dedupe has
// seen, so that a run compares today's articles with earlier ones without
// re-reading their files.
//
// It sits beside compare, not inside it, so that the flow stays one way:
// cmd/dedupe parses today's inputs, asks the store for the most recent
// earlier documents, re-parses their stored text with normalize.Parse (the
// offsets of their claims refer to that text) and passes both to
// compare.Run. The store knows documents, not claims or findings; it never
// calls compare, and compare never calls it.
//
// The index is one SQLite file (the pure-Go modernc.org/sqlite driver) in
// WAL mode. Each document is written in its own transaction together with
// the line that records which run wrote it, so a run that is killed leaves
// every document either absent or whole, and a second run finishes the
// work (putting a document again is idempotent). The schema carries a
// version, and [Open] migrates an older file forward. A row read back is
// checked ([Store.Recent] leaves out, as a [BadRow], one whose text does not
// match its hash or whose columns are NULL or malformed), and putting its
// document again writes it anew.
//
// A [Store] is safe for use by one goroutine at a time; several processes
// may open one file, SQLite serializing their writes.
package store
