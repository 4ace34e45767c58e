// Package ingest turns the inputs dedupe reads besides plain text (RSS 2.0
// and Atom feeds, JSON Lines files and HTML pages) into article texts, and
// fetches inputs over HTTP; [Load] reads a command's inputs (files,
// directories, URLs, standard input) all the way to parsed documents, so
// that the command and the benchmarks share one path and the command stays
// a thin shell. normalize sees only text, and every byte offset it gives
// refers to the text this package built ([Item.Text]).
//
// The text of an item is built deterministically: its title, a blank line,
// then its paragraphs, each on one line with its white space collapsed and
// separated by blank lines. The same input always gives the same text, so
// offsets into it can be checked again later.
package ingest
