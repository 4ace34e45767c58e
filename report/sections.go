package report

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"

	"github.com/dedupe-news/dedupe/compare"
)

// section is one titled part of a human-readable report: a table, notes
// after it, or a line saying there is nothing to show. [Table] and
// [Markdown] print the same sections, each in its own syntax.
type section struct {
	title  string
	level  int        // 1 for a part of the report, 2 for a cluster within one
	header []string   // nil when the section has no table
	right  []bool     // columns to align right (numbers); nil for none
	widths []int      // columns' widths to wrap at in a terminal, 0 for the default
	rows   [][]string // cells, on one line each
	footer []string   // a totals row, nil when none
	notes  []string   // lines printed after the table
}

// sections lays rep out for reading, the part only of it (PartAll for
// every part): the summary, then the discrepancies, the reason to run
// dedupe, then the clusters (after the stories and near-duplicates they
// are grouped by), then the entities. rep must have been prepared.
func sections(rep *Report, only Part) []section {
	r := rep.Result
	pos := newPositions(r.Documents)
	var out []section
	if only == PartAll {
		out = append(out, summarySection(r))
	}
	if only == PartAll || only == PartFindings {
		out = append(out, discrepancySection(rep, pos))
	}
	if only == PartAll || only == PartClusters {
		if s, ok := storySection(r); ok {
			out = append(out, s)
		}
		out = append(out, nearDuplicateSection(r))
		out = append(out, clusterSections(r, pos, entityNames(r))...)
	}
	if only == PartAll || only == PartEntities {
		out = append(out, entitySection(r))
	}
	return out
}

func summarySection(r *compare.Result) section {
	s := section{
		title:  "Summary",
		level:  1,
		header: []string{"Document", "Date", "Date source", "Sentences", "Claims"},
		right:  []bool{false, false, false, true, true},
	}
	for i := range r.Documents {
		d := &r.Documents[i]
		date := d.Date.String()
		if date == "" {
			date = "-"
		}
		s.rows = append(s.rows, []string{
			d.ID, date, dateSource(d.Date.IsZero(), string(d.DateSource)),
			strconv.Itoa(len(d.Sentences)), strconv.Itoa(countClaims(d)),
		})
	}
	t := count(r)
	s.footer = []string{"Total", "", "", strconv.Itoa(t.sentences), strconv.Itoa(t.claims)}
	s.notes = []string{fmt.Sprintf("%s, %s, %s, %s, %s, %s.",
		plural(t.documents, "document"), plural(t.sentences, "sentence"), plural(t.claims, "claim"),
		plural(t.clusters, "shared claim"), plural(t.entities, "entity"), plural(t.discrepancies, "discrepancy"))}
	return s
}

// clusterSections returns a heading for the shared claims, then one
// section per cluster that spans two documents or more.
func clusterSections(r *compare.Result, pos positions, names map[string]string) []section {
	head := section{title: "Shared claims", level: 1}
	out := []section{head}
	for k := range r.Clusters {
		if docs := clusterDocs(r, k); len(docs) >= 2 {
			out = append(out, clusterSection(r, pos, names, k, len(docs)))
		}
	}
	if len(out) == 1 {
		out[0].notes = []string{"No shared claims found."}
	}
	return out
}

func clusterSection(r *compare.Result, pos positions, names map[string]string, k, sources int) section {
	cl := &r.Clusters[k]
	s := section{
		title:  fmt.Sprintf("%s · score %.2f · %s", clusterID(r, k), cl.Score, sourcesLabel(r, k, sources)),
		level:  2,
		header: []string{"Document", "Claim", "Line", "Text"},
	}
	for _, c := range cl.Claims {
		sent := r.Sentence(c)
		line, col := pos.runeAt(r.Claims[c].Doc, sent.Start)
		s.rows = append(s.rows, []string{claimDoc(r, c), claimID(r, c), lineCol(line, col), oneLine(sent.Text)})
	}
	s.notes = []string{sharedNote(cl, names)}
	return s
}

// entityNames maps entity ids to names.
func entityNames(r *compare.Result) map[string]string {
	names := make(map[string]string, len(r.Entities))
	for e := range r.Entities {
		names[entityID(r, e)] = r.Entities[e].Name
	}
	return names
}

// sharedNote lists the terms and entities the links of cl share, each once,
// in the order the links give them; names maps entity ids to names.
func sharedNote(cl *compare.Cluster, names map[string]string) string {
	var terms, ents []string
	seenTerm, seenEnt := map[string]bool{}, map[string]bool{}
	for _, l := range cl.Links {
		for _, t := range l.Terms {
			if !seenTerm[t] {
				seenTerm[t] = true
				terms = append(terms, t)
			}
		}
		for _, id := range l.Entities {
			if !seenEnt[id] {
				seenEnt[id] = true
				ents = append(ents, cmp.Or(names[id], id))
			}
		}
	}
	var parts []string
	if len(terms) > 0 {
		parts = append(parts, "terms "+strings.Join(terms, ", "))
	}
	if len(ents) > 0 {
		parts = append(parts, "entities "+strings.Join(ents, ", "))
	}
	if len(parts) == 0 {
		return "Shared: nothing recorded."
	}
	return "Shared: " + strings.Join(parts, "; ") + "."
}

func entitySection(r *compare.Result) section {
	s := section{
		title:  "Entities",
		level:  1,
		header: []string{"Entity", "Name", "Kind", "Variants", "Documents", "Mentions"},
		right:  []bool{false, false, false, false, false, true},
		widths: []int{0, 0, 0, 30, 46, 0}, // two document ids to a line
	}
	for e := range r.Entities {
		ent := &r.Entities[e]
		s.rows = append(s.rows, []string{
			entityID(r, e), oneLine(ent.Name), ent.Kind.String(), oneLine(strings.Join(ent.Variants, ", ")),
			strings.Join(docIDs(r, entityDocs(r, e)), ", "), strconv.Itoa(len(ent.Mentions)),
		})
	}
	if len(s.rows) == 0 {
		s.header = nil
		s.notes = []string{"No entities found."}
	}
	return s
}

// discrepancySection shows one row per side of each finding: the first
// carries the finding and its id (what an ignore rule names), the others
// only their source, at a column counted in characters, so that the
// values the sources give stand side by side. A note says how many findings were
// hidden, if any.
func discrepancySection(rep *Report, pos positions) section {
	r := rep.Result
	s := section{
		title:  "Discrepancies",
		level:  1,
		header: []string{"Id", "Kind", "Severity", "Message", "Source", "Text", "Value"},
	}
	seen := rep.FindingsSeen != nil
	if seen {
		s.header = append(s.header, "Seen")
	}
	for i, f := range r.Findings {
		first := []string{findingID(r, i), string(f.Kind), f.Severity.String(), oneLine(f.Message)}
		for j, m := range f.Mentions {
			c := r.Claims[m.Claim]
			line, col := pos.runeAt(c.Doc, m.Start)
			cells := []string{"", "", "", ""}
			if j == 0 {
				cells = first
			}
			row := append(cells, claimDoc(r, m.Claim)+":"+lineCol(line, col), oneLine(m.Text), oneLine(m.Value))
			s.rows = append(s.rows, withSeen(row, rep, f.ID, seen && j == 0, seen))
		}
		if len(f.Mentions) == 0 {
			s.rows = append(s.rows, withSeen(append(first, "", "", ""), rep, f.ID, seen, seen))
		}
	}
	note := hiddenNote(rep)
	switch {
	case len(s.rows) == 0 && note != "":
		s.header = nil
		s.notes = []string{"No discrepancies to show.", note}
	case len(s.rows) == 0:
		s.header = nil
		s.notes = []string{"No discrepancies found."}
	case note != "":
		s.notes = []string{note}
	}
	return s
}

// withSeen returns row with the Seen cell of finding id when the table
// has that column (col): "new" or "seen" and the day it was first seen,
// on the finding's first row (mark), empty on the others.
func withSeen(row []string, rep *Report, id string, mark, col bool) []string {
	if !col {
		return row
	}
	if !mark {
		return append(row, "")
	}
	return append(row, seenLabel(rep.FindingsSeen[id]))
}

// seenLabel returns "new 2026-12-03" or "seen 2026-12-01": whether a
// finding is new, and the day it was first seen.
func seenLabel(s Seen) string {
	if s.New {
		return "new " + s.firstDay()
	}
	return "seen " + s.firstDay()
}

// hiddenNote says how many findings the baseline and the ignore rules
// hid, or returns "" when they hid none.
func hiddenNote(rep *Report) string {
	baseline, rules, seen := rep.hiddenCounts()
	var parts []string
	if baseline > 0 {
		parts = append(parts, strconv.Itoa(baseline)+" by the baseline")
	}
	if rules > 0 {
		parts = append(parts, strconv.Itoa(rules)+" by ignore rules")
	}
	if seen > 0 {
		parts = append(parts, strconv.Itoa(seen)+" seen in earlier runs")
	}
	if len(parts) == 0 {
		return ""
	}
	return fmt.Sprintf("%s hidden: %s.", plural(baseline+rules+seen, "discrepancy"), strings.Join(parts, ", "))
}

// lineCol formats a position as "line:col".
func lineCol(line, col int) string { return strconv.Itoa(line) + ":" + strconv.Itoa(col) }

// oneLine collapses every run of white space in s, newlines included, into
// one space, and trims s.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// plural returns "1 claim" or "n claims"; words ending in y take "ies".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "y") {
		return strconv.Itoa(n) + " " + strings.TrimSuffix(word, "y") + "ies"
	}
	return strconv.Itoa(n) + " " + word + "s"
}
