// Dedupe reads several news articles about one event, finds the claims they
// share and reports where the sources disagree.
//
// Usage:
//
//	dedupe [flags] FILE|DIR|- ...
//	dedupe pairs [--threshold T] [FILE|-]
//
// Each FILE is one article, UTF-8 plain text. A DIR stands for the *.txt
// files directly inside it, and - for one article read from standard input,
// with id "stdin". A document's id is its file name without the extension;
// two documents may not share one. The output does not depend on the order
// of the arguments.
//
// The flags are:
//
//	-f, --format table|markdown|json
//		output format (default table); the JSON is a versioned contract,
//		described by report.JSONReport
//	--threshold T
//		mean similarity two groups of claims need to be merged into one
//		cluster, in (0, 1] (default compare.DefaultThreshold, 0.15)
//	--date ID=YYYY-MM[-DD]
//		date of the document ID, overriding any date found in it;
//		repeat for more documents
//	--fail-on error|warning|info|none
//		exit 1 when a discrepancy is at least this severe (default error);
//		none never does
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
// Exit status: 0 when no discrepancy reaches the --fail-on level, 1 when one
// does, 2 on a usage or input error, reported on standard error as
// "dedupe: message" naming the file at fault.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
