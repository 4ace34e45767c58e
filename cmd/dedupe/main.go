// Dedupe reads several news articles about one event, finds the claims they
// share and reports where the sources disagree.
//
// Usage:
//
//	dedupe [flags] FILE|DIR|- ...
//	dedupe pairs [--threshold T] [FILE|-]
//
// Each FILE is one article, UTF-8 plain text (or Latin-1 with --encoding
// latin1). A DIR stands for the *.txt files directly inside it, and - for
// one article read from standard input, with id "stdin". A document's id
// is its file name without the extension; two documents may not share one.
// The output does not depend on the order of the arguments.
//
// The flags are:
//
//	-f, --format table|markdown|json|line|csv|sarif|github|html
//		output format on standard output (default table); the JSON is a
//		versioned contract, described by report.JSONReport
//	-o, --output FORMAT=PATH
//		also write FORMAT to PATH, - for standard output; repeatable. With
//		--output alone, standard output gets only what an --output sends it
//	--threshold T
//		mean similarity two groups of claims need to be merged into one
//		cluster, in (0, 1] (default compare.DefaultThreshold, 0.18)
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
//	--max-size SIZE
//		refuse an input of more than SIZE bytes (KiB, MiB, GiB allowed;
//		default 10MiB, 0 for no limit)
//	--version
//		print the version and exit
//	-h, --help
//		print usage and exit
//
// dedupe pairs reads lines "id<TAB>text_a<TAB>text_b" from FILE or standard
// input and prints "id<TAB>score" for each, in input order: the similarity
// dedupe would give the two texts, with term weights learned from all the
// lines. Blank lines are skipped. (To compare a file named "pairs", write
// ./pairs.)
//
// Exit status: 0 when no discrepancy shown reaches the --fail-on level, 1
// when one does, 2 on a usage or input error, reported on standard error as
// "dedupe: message" naming the file (and line) at fault.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
