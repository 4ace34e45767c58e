// Dedupe reads several news articles about one event, finds the claims they
// share and reports where the sources disagree.
//
// Usage:
//
//	dedupe [flags] FILE|DIR|URL|- ...
//	dedupe pairs [--threshold T] [FILE|-]
//
// Each FILE is one article, UTF-8 plain text (or Latin-1 with --encoding
// latin1; UTF-16 with a byte order mark is decoded as such). A FILE may be
// a named pipe, not a device. A DIR stands for the files inside it and
// its subdirectories whose extension is of a kind dedupe reads (.txt,
// .rss, .atom, .xml, .jsonl, .ndjson, .html, .htm, .xhtml), or that a
// --glob matches, hidden files and folders left out: those that are
// regular files or symbolic links to regular files inside DIR; any other
// is skipped with a warning. - is one article read
// from standard input, with id "stdin". A document's id is its file name
// without the extension; two local documents may not share one. The
// output does not depend on the order of the arguments. No output (nor
// --save-text) may write over an input.
//
// An input may also be an RSS or Atom feed, a JSON Lines file or an HTML
// page, recognized by its content and extension (see ingest.Sniff: a .txt
// is plain text unless its root element is a feed's or a page's), or as
// --input-format says, from a FILE, standard input or an http:// or
// https:// URL. Each feed item, JSON line or page is one document: its id
// comes from its GUID, else its URL, its date is its publication date, and
// its text, which offsets refer to, is its title and paragraphs separated
// by blank lines (see package ingest). A URL that cannot be fetched or
// read, or a remote document whose id a local one has, is reported on
// standard error and skipped; dedupe exits 2 only when no input at all is
// read.
//
// The flags are:
//
//	-f, --format table|markdown|json|line|csv|sarif|github|html
//		output format on standard output (default table); the JSON is a
//		versioned contract, described by report.JSONReport
//	-o, --output FORMAT=PATH
//		also write FORMAT to PATH, - for standard output; repeatable. With
//		--output alone, standard output gets only what an --output sends it
//	--color auto|always|never
//		colour the severities of the table: auto (the default) when
//		standard output is a terminal and NO_COLOR is not set (or empty)
//	--only findings|clusters|entities
//		print one part of the table or markdown report: the discrepancies,
//		the shared claims (with the stories and near-duplicates) or the
//		entities
//	--threshold T
//		mean similarity two groups of claims need to be merged into one
//		cluster, in (0, 1] (default compare.DefaultThreshold, 0.17)
//	--date ID=YYYY-MM[-DD]
//		date of the document ID, overriding any date found in it;
//		repeat for more documents
//	--fail-on error|warning|info|none
//		exit 1 when a discrepancy shown is at least this severe (default
//		error); none never does
//	--config PATH
//		configuration file (default .dedupe.yaml in the working directory,
//		if there is one): threshold, fail-on, severity per kind, dates per
//		document and ignore rules, each with a reason; flags override it
//	--baseline FILE
//		hide the discrepancies the baseline FILE lists, by stable id
//	--write-baseline FILE
//		record the discrepancies found (those the ignore rules leave) in
//		FILE, then hide them
//	--encoding [ID=]utf8|latin1
//		decode every input, or document ID, from this encoding; latin1 is
//		read as Windows-1252, and offsets refer to the decoded UTF-8 text
//	--glob PATTERN
//		read the files of a DIR that match PATTERN instead: by name, or
//		with a "/" by the path inside DIR (path.Match); repeatable
//	--input-format auto|text|feed|jsonl|html
//		read every input as this format, whatever its content and name
//		(default auto: by content and extension)
//	--max-size SIZE
//		refuse an input of more than SIZE bytes (KiB, MiB, GiB allowed;
//		default 10MiB, 0 for no limit); a URL's body too
//	--fetch-timeout DURATION
//		give up on a URL not fetched within DURATION (default 20s)
//	--allow-private-urls
//		also fetch from loopback, private, link-local and other addresses
//		that are not public, refused by default: the address is checked
//		when connecting, whatever the name resolves to, and on every
//		redirect (at most 5, to http or https only). A URL's user:password
//		is sent as basic authentication and shown nowhere
//	--save-text DIR
//		write the text of each document, which offsets refer to, to
//		DIR/ID.txt: the extracted text of a feed item or page, and with
//		--db of each earlier document compared. The line, github and
//		sarif outputs then locate feed items, pages, standard input and
//		stored documents at these files; without it, at their URL and
//		title when they have a URL, else at their path
//	--db PATH
//		keep the documents read in the index PATH, an SQLite file created
//		if missing, and compare them with the earlier documents stored
//		there (their path "db:ID", offsets into the stored text); storing
//		a document again with the same text and date changes nothing
//	--db-window DAYS
//		compare with the earlier documents of today's stories from --db,
//		found by content (their rarest terms), dated at most DAYS days
//		from today's documents (default 30; 0 for none); see docs/index.md
//	--new
//		with --db, show only the discrepancies no earlier run reported;
//		every finding is recorded in the index with the run that first
//		reported it, and table, markdown and JSON mark it new or seen with
//		that day (DEDUPE_NOW, RFC 3339 or YYYY-MM-DD, sets the clock)
//	--version
//		print the module version, and the revision and time of the commit
//		the build was made from when it recorded them, and exit
//	-h, --help
//		print usage and exit
//
// dedupe pairs reads lines "id<TAB>text_a<TAB>text_b" from FILE or standard
// input and prints "id<TAB>score" for each, in input order: the similarity
// dedupe would give the two texts, with term weights learned from all the
// lines. Blank lines are skipped. (To compare a file named "pairs", write
// ./pairs.)
//
// The table and markdown reports print the summary, then the
// discrepancies, then the shared claims, then the entities. On standard
// output the table fits the width of the terminal, or COLUMNS when that is
// set (its cells wrapping within their columns); elsewhere it is not
// limited.
//
// On a terminal, a run that lasts more than a second draws a progress line
// on standard error, cleared when the run ends; nothing is drawn when
// standard error is not a terminal.
//
// Exit status: 0 when no discrepancy shown reaches the --fail-on level, 1
// when one does, 2 on a usage or input error, reported on standard error as
// "dedupe: message" naming the file (and line) at fault.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
