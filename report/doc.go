// Package report prints a [Report] (a [compare.Result] with the findings
// a policy hid and the inputs' encodings) in one of the [Formats]: terminal
// tables, GitHub-flavoured Markdown, the JSON contract, compiler-style
// lines, CSV, SARIF 2.1.0, GitHub Actions annotations or an HTML page.
//
// The printers are pure functions of the report: they do no analysis, write
// only to the [io.Writer] they are given, and produce the same bytes for
// the same report. They keep the order compare chose for clusters, entities
// and findings.
//
// Positions are byte offsets into the documents' text everywhere in
// compare; report is the only place that turns them into lines and
// columns. Lines and columns are 1-based (a line ends after "\n"; a "\r"
// before it belongs to the line). A column counts characters (code
// points, as editors do) in the tables, Markdown, HTML, lines and SARIF,
// whose run says so in columnKind; bytes in the JSON and CSV, whose byte
// offsets sit beside it; UTF-16 code units in GitHub annotations.
//
// Every format names a finding by its stable id, which ignore rules and
// baselines match. The line, GitHub and SARIF outputs locate a document
// at its [Location] when the report gives one (the file its text was
// saved to, or its URL) and at its path otherwise.
//
// Text from the input (ids, paths, titles, article text) is escaped in
// every format: control and invisible characters as [Escape] writes them,
// so that no line of a CI log or a terminal can be forged from it, and
// Markdown syntax with backslashes, so that no link or image comes out of
// an article. The line-per-mention formats and the JSON are written as
// they are made, never built whole in memory.
//
// The JSON output is a contract read by other tools, described by
// [JSONReport]: fields may be added, never renamed or removed, and
// [JSONVersion] changes when a change is not backward compatible.
package report
