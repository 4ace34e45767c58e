// Package report prints a [compare.Result] as a terminal table, as
// GitHub-flavoured Markdown or as JSON.
//
// The printers are pure functions of the result: they do no analysis, write
// only to the [io.Writer] they are given, and produce the same bytes for
// the same result. They keep the order compare chose for clusters, entities
// and findings.
//
// Positions are byte offsets into the original files everywhere in compare;
// report is the only place that turns them into lines and columns. Lines
// and columns are 1-based, and a column counts bytes from the start of its
// line (a line ends after "\n"; a "\r" before it belongs to the line).
//
// The JSON output is a contract read by other tools, described by
// [JSONReport]: fields may be added, never renamed or removed, and
// [JSONVersion] changes when a change is not backward compatible.
package report
