package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/report"
	"github.com/dedupe-news/dedupe/store"
)

// Three articles about Shoigu's visit to North Korea: a and b put it last
// month (August), c in July, so that c disagrees with both on the date.
const (
	articleA = "date 2023-09\nEl ministro de Defensa ruso, Serguéi Shoigu, viajó el mes pasado a Corea del Norte para reunirse con Kim Jong Un.\n\nRusia busca municiones para su campaña en Ucrania.\n"
	articleB = "date 2023-09-05\nKim Jong Un viajará a Rusia para reunirse con Vladimir Putin, según funcionarios estadounidenses.\n\nEl ministro de Defensa ruso, Sergei Shoigu, visitó Pyongyang el mes pasado.\n"
	articleC = "date 2023-09-13\nEl ministro de Defensa ruso, Sergey Shoygu, viajó en julio a Corea del Norte para reunirse con Kim Jong Un.\n"
)

// dbRun runs dedupe -f json --fail-on none with args in dir ("$D" in an
// argument stands for dir) and returns the report and the bytes printed.
func dbRun(t *testing.T, dir string, args ...string) (*report.JSONReport, []byte) {
	t.Helper()
	for i := range args {
		args[i] = strings.ReplaceAll(args[i], "$D", dir)
	}
	var stdout, stderr bytes.Buffer
	if code := run(append([]string{"-f", "json", "--fail-on", "none"}, args...), nil, &stdout, &stderr); code != 0 || stderr.Len() > 0 {
		t.Fatalf("dedupe %q = %d, stderr:\n%s", args, code, stderr.String())
	}
	var rep report.JSONReport
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	return &rep, stdout.Bytes()
}

// docPaths returns "id=path" for each document of rep.
func docPaths(rep *report.JSONReport) string {
	var out []string
	for _, d := range rep.Documents {
		out = append(out, d.ID+"="+d.Path)
	}
	return strings.Join(out, " ")
}

// dateDocs returns, for each date discrepancy of rep, the sorted ids of
// the documents it names.
func dateDocs(rep *report.JSONReport) []string {
	var out []string
	for _, d := range rep.Discrepancies {
		if d.Kind != "date" {
			continue
		}
		var docs []string
		for _, m := range d.Mentions {
			docs = append(docs, m.Doc)
		}
		slices.Sort(docs)
		out = append(out, d.Severity+":"+strings.Join(slices.Compact(docs), ","))
	}
	return out
}

func TestDBComparesWithEarlierRuns(t *testing.T) {
	t.Setenv(nowEnv, "2026-12-03T21:00:00Z")
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": articleA, "b.txt": articleB, "c.txt": articleC})
	rep, _ := dbRun(t, dir, "--db", "$D/index.db", "$D/a.txt", "$D/b.txt")
	if got := docPaths(rep); got != "a="+dir+"/a.txt b="+dir+"/b.txt" {
		t.Fatalf("run 1 documents: %s", got)
	}

	rep, out := dbRun(t, dir, "--db", "$D/index.db", "$D/c.txt")
	if got, want := docPaths(rep), "a=db:a b=db:b c="+dir+"/c.txt"; got != want {
		t.Errorf("run 2 documents: %s\nwant %s", got, want)
	}
	if got := dateDocs(rep); !slices.Contains(got, "error:a,b,c") {
		t.Errorf("run 2 date discrepancies = %q, want an error naming a, b and c", got)
	}
	linked := false
	for _, c := range rep.Clusters {
		linked = linked || slices.Equal(c.Docs, []string{"a", "b", "c"})
	}
	if !linked {
		t.Errorf("run 2: no cluster links c with a and b: %+v", rep.Clusters)
	}
	checkCoverage(t, rep, "a", articleA) // offsets index the stored text
	checkCoverage(t, rep, "c", articleC)

	// Again: nothing changes in the index, nor in the output.
	// Only c and the findings, new in run 2, are now seen.
	rep3, again := dbRun(t, dir, "--db", "$D/index.db", "$D/c.txt")
	if got, want := withoutSeen(t, again), withoutSeen(t, out); !bytes.Equal(got, want) {
		t.Errorf("a third run with the same input printed another report:\nfirst:\n%s\nthird:\n%s", out, again)
	}
	for _, d := range rep3.Documents {
		if d.New == nil || *d.New || d.FirstSeen != "2026-12-03" {
			t.Errorf("run 3: document %s new %v first seen %q, want seen on 2026-12-03", d.ID, d.New, d.FirstSeen)
		}
	}
	for _, d := range rep3.Discrepancies {
		if d.New == nil || *d.New || d.FirstSeen != "2026-12-03" {
			t.Errorf("run 3: discrepancy %s new %v first seen %q, want seen on 2026-12-03", d.ID, d.New, d.FirstSeen)
		}
	}
	s := openStore(t, filepath.Join(dir, "index.db"))
	if n, err := s.Count(context.Background()); n != 3 || err != nil {
		t.Errorf("index holds %d documents (%v), want 3", n, err)
	}
}

// withoutSeen returns the JSON report out without its "new" and
// "first_seen" fields, indented.
func withoutSeen(t *testing.T, out []byte) []byte {
	t.Helper()
	var rep report.JSONReport
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatal(err)
	}
	for i := range rep.Documents {
		rep.Documents[i].JSONSeen = report.JSONSeen{}
	}
	for i := range rep.Discrepancies {
		rep.Discrepancies[i].JSONSeen = report.JSONSeen{}
	}
	for i := range rep.Hidden {
		rep.Hidden[i].JSONSeen = report.JSONSeen{}
	}
	b, err := json.MarshalIndent(&rep, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDBWindow(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": articleA, "b.txt": articleB, "c.txt": articleC})
	dbRun(t, dir, "--db", "$D/index.db", "$D/a.txt", "$D/b.txt")
	// c is dated 2023-09-13, b 2023-09-05 (8 days before), a 2023-09
	// (its first day, 12 days before).
	tests := []struct {
		window string
		want   string
	}{
		{"7", "c=$D/c.txt"},
		{"8", "b=db:b c=$D/c.txt"},
		{"0", "c=$D/c.txt"},
		{"12", "a=db:a b=db:b c=$D/c.txt"},
		{"30", "a=db:a b=db:b c=$D/c.txt"},
	}
	for _, tc := range tests {
		rep, _ := dbRun(t, dir, "--db", "$D/index.db", "--db-window", tc.window, "$D/c.txt")
		if got, want := docPaths(rep), strings.ReplaceAll(tc.want, "$D", dir); got != want {
			t.Errorf("--db-window %s: documents %s, want %s", tc.window, got, want)
		}
	}
}

func TestDBUpdatedDocument(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": articleA, "c.txt": articleC})
	dbRun(t, dir, "--db", "$D/index.db", "$D/a.txt")
	agreeing := strings.Replace(articleA, "el mes pasado", "en julio", 1)
	writeFiles(t, dir, map[string]string{"a.txt": agreeing})
	dbRun(t, dir, "--db", "$D/index.db", "$D/a.txt") // same id, new text: replaced, silently
	rep, _ := dbRun(t, dir, "--db", "$D/index.db", "$D/c.txt")
	if got := dateDocs(rep); len(got) > 0 {
		t.Errorf("date discrepancies %q after a was corrected to July, want none", got)
	}
	rec, ok, err := openStore(t, filepath.Join(dir, "index.db")).Get(context.Background(), "a")
	if !ok || err != nil || rec.Text != agreeing {
		t.Errorf("stored a = %q (%v, %v), want the corrected text", rec.Text, ok, err)
	}
}

func TestDBKeepsEncodingAndDate(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"l.txt": "Canci\xf3n del ministro de Defensa ruso, Shoigu, en Corea del Norte.\n", "c.txt": articleC})
	dbRun(t, dir, "--db", "$D/index.db", "--encoding", "l=latin1", "--date", "l=2023-08-30", "$D/l.txt")
	rep, _ := dbRun(t, dir, "--db", "$D/index.db", "$D/c.txt")
	d := rep.Documents[slices.IndexFunc(rep.Documents, func(d report.JSONDocument) bool { return d.ID == "l" })]
	if d.Encoding != "latin1" || d.Date == nil || *d.Date != "2023-08-30" || d.DateSource != "flag" {
		t.Errorf("stored l came back as %+v, want latin1, 2023-08-30 from the flag", d)
	}
	checkCoverage(t, rep, "l", "Canción del ministro de Defensa ruso, Shoigu, en Corea del Norte.\n")
}

func TestDBErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": articleA, "notes.txt": strings.Repeat("no es una base de datos\n", 50)})
	tests := []struct {
		name string
		args []string
		env  string // slowInsertEnv's value
		now  string // nowEnv's value
		want string
	}{
		{"negative window", []string{"--db", "$D/i.db", "--db-window", "-1", "$D/a.txt"}, "", "", "invalid --db-window -1: must be 0 or more"},
		{"window without db", []string{"--db-window", "5", "$D/a.txt"}, "", "", "--db-window needs --db"},
		{"not a database", []string{"--db", "$D/notes.txt", "$D/a.txt"}, "", "", "$D/notes.txt: opening the index: file is not a database"},
		{"directory", []string{"--db", "$D", "$D/a.txt"}, "", "", "$D: opening the index: "},
		{"bad slow insert", []string{"--db", "$D/i.db", "$D/a.txt"}, "soon", "", `invalid DEDUPE_TEST_SLOW_INSERT="soon"`},
		{"bad clock", []string{"--db", "$D/i.db", "$D/a.txt"}, "", "mañana", `invalid DEDUPE_NOW="mañana": want a time such as 2026-12-03`},
		{"new without db", []string{"--new", "$D/a.txt"}, "", "", "--new needs --db"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv(slowInsertEnv, tc.env)
			t.Setenv(nowEnv, tc.now)
			args := slices.Clone(tc.args)
			for i := range args {
				args[i] = strings.ReplaceAll(args[i], "$D", dir)
			}
			var stdout, stderr bytes.Buffer
			code := run(args, nil, &stdout, &stderr)
			if want := "dedupe: " + strings.ReplaceAll(tc.want, "$D", dir); code != exitError || !strings.HasPrefix(stderr.String(), want) {
				t.Errorf("dedupe %q = %d, stderr %q; want 2, %q", args, code, stderr.String(), want)
			}
		})
	}
}

// openStore opens the index at path for the test.
func openStore(t *testing.T, path string) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestDBAnyPath(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": articleA, "c.txt": articleC})
	tests := []struct{ name, db, file string }{
		{"double slash", "/$D/slash.db", "slash.db"},
		{"URI characters", "$D/a?b#c%20d e.db", "a?b#c%20d e.db"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dbRun(t, dir, "--db", tc.db, "$D/a.txt")
			rep, _ := dbRun(t, dir, "--db", tc.db, "$D/c.txt")
			if got, want := docPaths(rep), "a=db:a c="+dir+"/c.txt"; got != want {
				t.Errorf("--db %s: documents %s, want %s", tc.db, got, want)
			}
			if _, err := os.Stat(filepath.Join(dir, tc.file)); err != nil {
				t.Errorf("--db %s: %v", tc.db, err)
			}
		})
	}
}

// TestDBSignsOldDocuments: documents stored without a signature (by a
// dedupe before signatures, schema version 1) get one from their stored
// text on the next run, and are found by content.
func TestDBSignsOldDocuments(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"c.txt": articleC})
	path := filepath.Join(dir, "index.db")
	ctx := context.Background()
	s := openStore(t, path)
	run, err := s.BeginRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for id, text := range map[string]string{"a": articleA, "b": articleB} {
		doc, err := normalize.Parse(id, id+".txt", []byte(text), normalize.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := run.Put(ctx, store.FromDocument(&doc, "")); err != nil { // no signature
			t.Fatal(err)
		}
	}
	if ids, err := s.Unsigned(ctx, compare.SignatureVersion); err != nil || len(ids) != 2 {
		t.Fatalf("unsigned before the run: %q, %v", ids, err)
	}
	s.Close()
	rep, _ := dbRun(t, dir, "--db", "$D/index.db", "$D/c.txt")
	if got, want := docPaths(rep), "a=db:a b=db:b c="+dir+"/c.txt"; got != want {
		t.Errorf("documents %s, want %s", got, want)
	}
	if ids, err := openStore(t, path).Unsigned(ctx, compare.SignatureVersion); err != nil || len(ids) != 0 {
		t.Errorf("unsigned after the run: %q, %v", ids, err)
	}
}
