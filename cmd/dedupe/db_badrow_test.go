package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/report"
	"github.com/dedupe-news/dedupe/store"
)

// TestDBSkipsBadRows damages rows of an index with SQL between two runs:
// the second run warns about each (in id order), naming the document and
// the index, leaves it out and compares the others of c's story; a third
// run given the damaged document's file stores it anew.
func TestDBSkipsBadRows(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": articleA, "b.txt": articleB, "d.txt": "date 2023-09-01\nOtro artículo.\n", "c.txt": articleC})
	db := filepath.Join(dir, "index.db")
	dbRun(t, dir, "--db", db, "$D/a.txt", "$D/b.txt", "$D/d.txt")
	damage(t, db, `UPDATE documents SET text = 'El ministro viajó en julio.' WHERE id = 'a'`,
		`UPDATE documents SET date = 'ayer' WHERE id = 'b'`)

	var stdout, stderr bytes.Buffer
	if code := run([]string{"-f", "json", "--fail-on", "none", "--db", db, filepath.Join(dir, "c.txt")}, nil, &stdout, &stderr); code != exitOK {
		t.Fatalf("run 2 = %d, stderr:\n%s", code, stderr.String())
	}
	want := "dedupe: skipped " + db + ": document a: its text does not match its hash\n" +
		"dedupe: skipped " + db + `: document b: date: invalid date "ayer": want YYYY, YYYY-MM or YYYY-MM-DD` + "\n"
	if got := stderr.String(); got != want {
		t.Errorf("run 2 stderr:\n%s\nwant\n%s", got, want)
	}
	var rep report.JSONReport
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	// d shares nothing with c: it is not one of c's story, and not loaded.
	if got, want := docPaths(&rep), "c="+dir+"/c.txt"; got != want {
		t.Errorf("run 2 documents: %s, want %s", got, want)
	}

	dbRun(t, dir, "--db", db, "$D/a.txt", "$D/b.txt") // stored anew, silently
	rep2, _ := dbRun(t, dir, "--db", db, "$D/c.txt")
	if got, want := docPaths(rep2), "a=db:a b=db:b c="+dir+"/c.txt"; got != want {
		t.Errorf("run 4 documents: %s, want %s", got, want)
	}
}

// damage runs queries on the index at path, outside the store.
func damage(t *testing.T, path string, queries ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range queries {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// TestDBSkipsUnparsableText stores a text that parses, then replaces it
// (and its hash) with one that does not: the run warns and goes on.
func TestDBSkipsUnparsableText(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": articleA, "c.txt": articleC})
	db := filepath.Join(dir, "index.db")
	dbRun(t, dir, "--db", db, "$D/a.txt")
	damage(t, db, `UPDATE documents SET text = CAST(x'ff' AS TEXT), hash = '`+store.HashText("\xff")+`' WHERE id = 'a'`)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-f", "json", "--fail-on", "none", "--db", db, filepath.Join(dir, "c.txt")}, nil, &stdout, &stderr); code != exitOK {
		t.Fatalf("run 2 = %d, stderr:\n%s", code, stderr.String())
	}
	if got, want := stderr.String(), "dedupe: skipped "+db+": document a: "; !strings.HasPrefix(got, want) || strings.Count(got, "\n") != 1 {
		t.Errorf("run 2 stderr = %q, want one line starting %q", got, want)
	}
}
