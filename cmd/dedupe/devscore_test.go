package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The bars of TestDevCorpus, those of the issue on findings and floors on
// the clusters' pairs: it fails when the report of the development corpus
// does worse.
const (
	// devFloorMust is the fewest must items the report must find (of 14).
	devFloorMust = 12
	// devFloorShould is the fewest should items it must find (of 36).
	devFloorShould = 18
	// devMaxFalseErrorShare and devMaxFalseWarningShare are the largest
	// shares of errors and warnings that no true gold item may leave
	// unexplained (false alarms).
	devMaxFalseErrorShare   = 0.10
	devMaxFalseWarningShare = 0.20
	// devMaxMustNot is the most must-not cases reported as an error or a
	// warning (of 117).
	devMaxMustNot = 3
	// devFloorPairF1 and devFloorPairPrecision are the lowest pair F1 and
	// precision of the clusters. They sit just below what was measured
	// (0.416 and 0.714 at 8cbc0ac), to catch a change that links worse;
	// the issue on matching across wording asks for 0.70 and 0.85.
	devFloorPairF1        = 0.40
	devFloorPairPrecision = 0.69
)

// devDir is the shared development corpus, outside the repository (absent
// from a user's clone).
var devDir = filepath.Join("..", "..", "..", "shared", "dev")

// TestDevCorpus runs the 40 development articles at once through the
// command, scores the JSON report as ../shared/dev/score.py does and logs
// each finding and why it counts (see -v). It skips when ../shared/dev is
// absent.
func TestDevCorpus(t *testing.T) {
	files := devArticles(t)
	r := scoreRun(t, filepath.Join(devDir, "events", "gold.json"), files)
	if r.MustFound < devFloorMust {
		t.Errorf("must found %d/%d, below the floor %d", r.MustFound, len(r.Must), devFloorMust)
	}
	if r.ShouldN < devFloorShould {
		t.Errorf("should found %d/%d, below the floor %d", r.ShouldN, len(r.Should), devFloorShould)
	}
	if share(r.falseErrors(), r.Errors) > devMaxFalseErrorShare {
		t.Errorf("false errors %d/%d, above the share %.2f", r.falseErrors(), r.Errors, devMaxFalseErrorShare)
	}
	if bad := r.Warnings - r.WarnOK; share(bad, r.Warnings) > devMaxFalseWarningShare {
		t.Errorf("false warnings %d/%d, above the share %.2f", bad, r.Warnings, devMaxFalseWarningShare)
	}
	if len(r.Violated) > devMaxMustNot {
		t.Errorf("must-not cases reported: %d %v, above %d", len(r.Violated), r.Violated, devMaxMustNot)
	}
	if r.F1 < devFloorPairF1 || r.Precision < devFloorPairPrecision {
		t.Errorf("pairs F1 %.3f, precision %.3f: below the floors %.2f and %.2f", r.F1, r.Precision, devFloorPairF1, devFloorPairPrecision)
	}
}

// share returns n/of, 0 when of is 0.
func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

// TestSeedScore scores the five seed articles against
// testdata/gold/seeds.json: both must items found, no must-not violated.
func TestSeedScore(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	if err != nil || len(files) != 5 {
		t.Fatalf("seeds: %d files, %v", len(files), err)
	}
	r := scoreRun(t, filepath.Join("..", "..", "testdata", "gold", "seeds.json"), files)
	if r.MustFound != 2 || len(r.Must) != 2 {
		t.Errorf("seeds must = %d/%d, want 2/2", r.MustFound, len(r.Must))
	}
	if len(r.Violated) != 0 {
		t.Errorf("seeds must-not violated: %v", r.Violated)
	}
}

// scoreRun runs `dedupe --format json FILES...` through run, scores the
// report against the gold file at goldPath and logs the score.
func scoreRun(t *testing.T, goldPath string, files []string) *scoreResult {
	t.Helper()
	var gold scoreGold
	if err := loadScoreJSON(goldPath, &gold); err != nil {
		t.Fatalf("gold: %v", err)
	}
	var rep scoreReport
	reportJSON(t, files, &rep)
	r := scoreAgainst(&gold, &rep)
	logScore(t, &gold, &rep, r)
	return r
}

// eventNames maps each gold document to its event; a gold without events
// (the seeds) puts every document in the event "seeds".
func eventNames(gold *scoreGold) (order []string, event func(doc string) string) {
	of := map[string]string{}
	for _, e := range gold.Events {
		order = append(order, e.Event)
		for _, d := range e.Documents {
			of[d] = e.Event
		}
	}
	if len(order) == 0 {
		return []string{"seeds"}, func(string) string { return "seeds" }
	}
	return order, func(doc string) string {
		if e, ok := of[doc]; ok {
			return e
		}
		return "(no event)"
	}
}

// eventOf is the event of a set of documents, or "(across events: ...)"
// when they belong to more than one.
func eventOf(docs []string, event func(string) string) string {
	set := map[string]bool{}
	for _, d := range docs {
		set[event(d)] = true
	}
	names := sortedKeys(set)
	switch len(names) {
	case 0:
		return "(no event)"
	case 1:
		return names[0]
	}
	return "(across events: " + strings.Join(names, ", ") + ")"
}

// reason says why finding f counts.
func reason(f findingOutcome, sev string) string {
	var parts []string
	for _, x := range f.Finds {
		parts = append(parts, "found "+x)
	}
	if len(f.Finds) == 0 && len(f.Explained) > 0 {
		parts = append(parts, "explained by "+strings.Join(f.Explained, ", "))
	}
	if f.FalseAlarm {
		parts = append(parts, "FALSE ALARM")
	}
	if len(parts) == 0 {
		parts = append(parts, "not scored ("+sev+", no gold item)")
	}
	for _, n := range f.Violates {
		parts = append(parts, "violates must-not "+n)
	}
	return strings.Join(parts, "; ")
}

// shorten is the first n characters of s.
func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// logScore logs, per event, each error, warning and info finding and why
// it counts, then the must items missed; then score.py's lines, SUMMARY
// last.
func logScore(t *testing.T, gold *scoreGold, rep *scoreReport, r *scoreResult) {
	t.Helper()
	order, event := eventNames(gold)
	byEvent := map[string][]string{}
	for _, f := range r.Findings {
		d := rep.Discrepancies[f.Index]
		var docs []string
		for _, m := range d.Mentions {
			docs = append(docs, m.Doc)
		}
		e := eventOf(docs, event)
		byEvent[e] = append(byEvent[e], "  "+d.Severity+" "+d.Kind+" "+d.ID+": "+
			shorten(d.Message, 160)+"\n      -> "+reason(f, d.Severity))
	}
	for _, o := range r.Must {
		if o.Finding >= 0 {
			continue
		}
		var docs []string
		for _, it := range gold.Discrepancies.Must {
			if it.ID == o.ID {
				for _, m := range it.Mentions {
					docs = append(docs, m.Doc)
				}
			}
		}
		e := eventOf(docs, event)
		byEvent[e] = append(byEvent[e], "  missed must "+o.ID+" ("+o.Kind+")")
	}
	for _, e := range sortedKeys(byEvent) {
		if !contains(order, e) {
			order = append(order, e)
		}
	}
	for _, e := range order {
		t.Logf("== %s: %d lines", e, len(byEvent[e]))
		for _, l := range byEvent[e] {
			t.Log(l)
		}
	}
	for _, l := range r.lines(rep) {
		t.Log(l)
	}
}

// TestScoreHelpers scores small hand-made reports against a hand-made gold
// to test the scorer itself.
func TestScoreHelpers(t *testing.T) {
	gold := helperGold()
	tests := []struct {
		name                 string
		d                    scoreDiscrepancy
		mustFound, falseErrs int
		violated             []string
	}{
		{"finds a must item", helperFinding("error", "number", "7.8", "7.4"), 1, 0, nil},
		{"a duration finds a number item", helperFinding("warning", "duration", "≥7.8", "7.4"), 1, 0, nil},
		// b's value is not the gold's 7.4, so nothing explains it either
		{"two sources of one value find nothing", helperFinding("error", "number", "7.8", "7.8"), 0, 1, nil},
		{"another family finds nothing", helperFinding("error", "place", "7.8", "7.4"), 0, 1, nil},
		{"false alarm", helperOther("error", "date"), 0, 1, nil},
		{"a false alarm that crosses a must-not", helperOther("error", "number"), 0, 1, []string{"N1"}},
		{"must-not violated", helperOther("warning", "number"), 0, 0, []string{"N1"}},
		{"an info finding violates nothing", helperOther("info", "number"), 0, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := helperReport(tt.d)
			r := scoreAgainst(gold, rep)
			if r.MustFound != tt.mustFound {
				t.Errorf("must found %d, want %d", r.MustFound, tt.mustFound)
			}
			if r.falseErrors() != tt.falseErrs {
				t.Errorf("false errors %d, want %d", r.falseErrors(), tt.falseErrs)
			}
			if strings.Join(r.Violated, ",") != strings.Join(tt.violated, ",") {
				t.Errorf("violated %v, want %v", r.Violated, tt.violated)
			}
		})
	}
}

// helperGold is a gold of two documents, a and b: claims a.mag/b.mag (one
// must item, 7.8 against 7.4, and one cluster) and a.toll/b.toll (a
// must-not item: the two tolls are one figure).
func helperGold() *scoreGold {
	v78, v74 := "7.8", "7.4"
	return &scoreGold{
		Claims: map[string]goldSpot{
			"a.mag": {Doc: "a", Byte: 0}, "a.toll": {Doc: "a", Byte: 20},
			"b.mag": {Doc: "b", Byte: 0}, "b.toll": {Doc: "b", Byte: 20},
		},
		Nonclaims: map[string]goldSpot{},
		Clusters:  []goldCluster{{ID: "C1", Tight: []string{"a.mag", "b.mag"}}},
		Discrepancies: goldDiscrepancies{
			Must: []goldItem{{ID: "M1", Kind: "number", Mentions: []goldMention{
				{Doc: "a", Byte: 0, Claim: "a.mag", Value: &v78}, {Doc: "b", Byte: 0, Claim: "b.mag", Value: &v74}}}},
			MustNot: []goldMustNot{{ID: "N1", Kinds: []string{"number"}, Between: [][]string{{"a.toll"}, {"b.toll"}}}},
		},
	}
}

// helperReport is a report of documents a and b, two sentences each
// (bytes 0-10 and 20-30), with finding d.
func helperReport(d scoreDiscrepancy) *scoreReport {
	return &scoreReport{
		Claims: []scoreClaim{
			{ID: "a:1", Doc: "a", Kind: "claim", Start: 0, End: 10, Text: "Magnitud 7,8."},
			{ID: "a:2", Doc: "a", Kind: "claim", Start: 20, End: 30, Text: "Cien muertos."},
			{ID: "b:1", Doc: "b", Kind: "claim", Start: 0, End: 10, Text: "Magnitud 7,4."},
			{ID: "b:2", Doc: "b", Kind: "claim", Start: 20, End: 30, Text: "Ciento diez muertos."},
		},
		Clusters:      []scoreCluster{{ID: "k1", Claims: []string{"a:1", "b:1"}}},
		Discrepancies: []scoreDiscrepancy{d},
	}
}

// helperFinding sets the magnitude sentences against each other with values va and vb.
func helperFinding(sev, kind, va, vb string) scoreDiscrepancy {
	return scoreDiscrepancy{ID: "d1", Kind: kind, Severity: sev, Mentions: []scoreMention{
		{Doc: "a", Claim: "a:1", Start: 9, End: 12, Value: strValue(va)},
		{Doc: "b", Claim: "b:1", Start: 9, End: 12, Value: strValue(vb)},
	}}
}

// helperOther sets the toll sentences against each other (100 against 110):
// nothing in the gold explains it, and it crosses the must-not item.
func helperOther(sev, kind string) scoreDiscrepancy {
	return scoreDiscrepancy{ID: "d2", Kind: kind, Severity: sev, Mentions: []scoreMention{
		{Doc: "a", Claim: "a:2", Start: 20, End: 24, Value: strValue("100")},
		{Doc: "b", Claim: "b:2", Start: 20, End: 31, Value: strValue("110")},
	}}
}

// TestScoreText tests the text rules score.py applies to values and
// sentences.
func TestScoreText(t *testing.T) {
	for raw, want := range map[string]string{`" ≥7.8 "`: "7.8", `"~40"`: "40", "null": "", `0`: "", `"0"`: "0"} {
		if got := (pyValue{raw: json.RawMessage(raw)}).key(); got != want {
			t.Errorf("key(%s) = %q, want %q", raw, got, want)
		}
	}
	if got := (pyValue{raw: json.RawMessage("null")}).str(); got != "None" {
		t.Errorf("str(null) = %q, want None", got)
	}
	for text, want := range map[string]bool{"Dijo.": true, "«Vamos.»\u00a0": true, "dijo que": false, "¿Y?)": true, "7,8": false} {
		if got := endsSentence(text); got != want {
			t.Errorf("endsSentence(%q) = %v, want %v", text, got, want)
		}
	}
	groups := sentenceGroups(helperReport(scoreDiscrepancy{}))
	if g := groups["a:1"]; len(g) != 1 {
		t.Errorf("groups[a:1] = %v", g)
	}
	rep := helperReport(scoreDiscrepancy{})
	rep.Claims[0].Text = "Magnitud 7,8, dijo"
	if g := sentenceGroups(rep)["a:2"]; strings.Join(g, " ") != "a:1 a:2" {
		t.Errorf("clauses of one sentence: groups[a:2] = %v", g)
	}
}

// The bars of TestDevStoriesAndCopies, from the issue on claims, stories
// and copies: the events in as many stories, and the wire copies of the
// gold flagged with no other pair.
const (
	devFloorCopies = 5 // gold pairs of copies found, of 5
	devMaxCopies   = 0 // other pairs flagged as copies
)

// TestDevStoriesAndCopies runs the 40 development articles at once and
// checks that each event is one story and that the pairs flagged as copies
// are the gold's near-duplicate documents. It skips when ../shared/dev is
// absent.
func TestDevStoriesAndCopies(t *testing.T) {
	files := devArticles(t)
	var gold struct {
		Near [][2]string `json:"near_duplicate_documents"`
	}
	if err := loadScoreJSON(filepath.Join(devDir, "events", "gold.json"), &gold); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Stories []struct {
			Docs []string `json:"docs"`
		} `json:"stories"`
		Near []struct {
			Docs      [2]string `json:"docs"`
			Sentences float64   `json:"sentences"`
		} `json:"near_duplicates"`
	}
	reportJSON(t, files, &rep)
	// A story is right when its documents are exactly one event's folder.
	folder := map[string]string{}
	events := map[string]int{}
	for _, f := range files {
		folder[strings.TrimSuffix(filepath.Base(f), ".txt")] = filepath.Base(filepath.Dir(f))
		events[filepath.Base(filepath.Dir(f))]++
	}
	event := func(doc string) string { return folder[doc] }
	right := 0
	for _, s := range rep.Stories {
		if len(s.Docs) > 0 && events[event(s.Docs[0])] == len(s.Docs) && eventOfAll(s.Docs, event) {
			right++
		}
	}
	t.Logf("stories: %d, of which %d are exactly one event (events: %d)", len(rep.Stories), right, len(events))
	if right != len(events) || len(rep.Stories) != len(events) {
		t.Errorf("stories: %d, %d exactly one event; want %d", len(rep.Stories), right, len(events))
	}
	want := map[[2]string]bool{}
	for _, p := range gold.Near {
		want[p] = true
	}
	found, other := 0, 0
	for _, nd := range rep.Near {
		if want[nd.Docs] {
			found++
		} else {
			other++
			t.Logf("flagged as copies, not in the gold: %v (sentences matched %.2f)", nd.Docs, nd.Sentences)
		}
	}
	t.Logf("copies: %d of %d gold pairs found, %d other pairs flagged", found, len(want), other)
	if found < devFloorCopies || other > devMaxCopies {
		t.Errorf("copies: %d of %d found (floor %d), %d others (most %d)", found, len(want), devFloorCopies, other, devMaxCopies)
	}
}

// eventOfAll reports whether every document is of one event.
func eventOfAll(docs []string, event func(string) string) bool {
	for _, d := range docs {
		if event(d) != event(docs[0]) {
			return false
		}
	}
	return true
}

// undatedLead is the date line most development articles open with ("
// date 2023-11-15 "), their lead following on the same line.
var undatedLead = regexp.MustCompile(`^\s*date \d{4}-\d{2}-\d{2}\s*`)

// TestDevStoriesUndated checks that the development articles, with their
// date lines taken out (copies in a temporary directory), still make five
// stories of one event each: an undated article joins a story by its
// text, and so do articles with no date at all, as pasted from a browser.
func TestDevStoriesUndated(t *testing.T) {
	files := devArticles(t)
	dir := t.TempDir()
	event := map[string]string{}
	var undated []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rest := undatedLead.ReplaceAllString(string(data), "") // some have none
		out := filepath.Join(dir, filepath.Base(f))
		if err := os.WriteFile(out, []byte(rest), 0o644); err != nil {
			t.Fatal(err)
		}
		event[strings.TrimSuffix(filepath.Base(f), ".txt")] = filepath.Base(filepath.Dir(f))
		undated = append(undated, out)
	}
	var rep struct {
		Stories []struct {
			Docs []string `json:"docs"`
		} `json:"stories"`
	}
	reportJSON(t, undated, &rep)
	var got []string
	for _, s := range rep.Stories {
		got = append(got, event[s.Docs[0]]+":"+strings.Join(s.Docs, ","))
		if len(s.Docs) != 8 || !eventOfAll(s.Docs, func(d string) string { return event[d] }) {
			t.Errorf("story %v is not one whole event", s.Docs)
		}
	}
	if len(rep.Stories) != 5 {
		t.Errorf("%d stories, want 5: %v", len(rep.Stories), got)
	}
}

// TestDevPairCeiling scores, on the tool's own sentences, the clusters a
// perfect linker would report: each gold cluster laid on the claims that
// hold its members, clusters free to overlap. Pairs are scored at the
// sentence, as for the tool, so a sentence holding claims of two gold
// clusters links both to each other's members: the precision logged is
// the most any sentence-level clustering can reach on the corpus. It
// fails if that ceiling is not perfect recall, which would mean gold
// claims the tool's sentences do not locate.
func TestDevPairCeiling(t *testing.T) {
	files := devArticles(t)
	var gold scoreGold
	if err := loadScoreJSON(filepath.Join(devDir, "events", "gold.json"), &gold); err != nil {
		t.Fatal(err)
	}
	var rep scoreReport
	reportJSON(t, files, &rep)
	located := newScorer(&gold, &rep)
	rep.Clusters = nil
	for _, c := range gold.Clusters {
		k := scoreCluster{ID: "gold-" + c.ID}
		for _, m := range append(slices.Clone(c.Tight), c.Loose...) {
			if tc, ok := located.gmap[m]; ok && !slices.Contains(k.Claims, tc) {
				k.Claims = append(k.Claims, tc)
			}
		}
		rep.Clusters = append(rep.Clusters, k)
	}
	ps := newScorer(&gold, &rep).pairs(false)
	t.Logf("ceiling at the sentence: pairs precision %.3f (%d/%d), recall-all %.3f (%d pairs), F1 %.3f",
		ps.Precision, ps.TP, ps.TP+ps.FP, ps.RecallAll, ps.AllPairs, ps.F1)
	if ps.RecallAll != 1 {
		t.Errorf("the gold clusters laid on the tool's sentences recall %.3f of the gold pairs, want 1", ps.RecallAll)
	}
}

// devArticles returns the 40 development articles, skipping the test
// when the corpus is absent.
func devArticles(t *testing.T) []string {
	t.Helper()
	if _, err := os.Stat(devDir); err != nil {
		t.Skipf("no development corpus: %v", err)
	}
	files, err := filepath.Glob(filepath.Join(devDir, "events", "*", "*.txt"))
	if err != nil || len(files) != 40 {
		t.Fatalf("development articles: %d files, %v", len(files), err)
	}
	return files
}

// reportJSON runs `dedupe --format json FILES...` through run and decodes
// the report into v.
func reportJSON(t *testing.T, files []string, v any) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(append([]string{"--format", "json"}, files...), nil, &stdout, &stderr); code != 0 && code != 1 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if err := json.Unmarshal(stdout.Bytes(), v); err != nil {
		t.Fatal(err)
	}
}
