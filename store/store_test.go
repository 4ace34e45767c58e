package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// clock is a fake time that advances one minute on each reading.
type clock struct{ t time.Time }

func (c *clock) now() time.Time {
	c.t = c.t.Add(time.Minute)
	return c.t
}

// openTemp opens a new index in a temporary directory with a fake clock.
func openTemp(t *testing.T) (*Store, *clock) {
	t.Helper()
	c := &clock{t: time.Date(2024, 1, 2, 3, 0, 0, 0, time.UTC)}
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "index.db"), Options{Now: c.now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, c
}

// parse parses text as document id, with date (if not zero) as given by
// the user.
func parse(t *testing.T, id, text string, date timex.Date) normalize.Document {
	t.Helper()
	doc, err := normalize.Parse(id, id+".txt", []byte(text), normalize.Options{Date: date})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// put stores docs in one run and returns the outcomes.
func put(t *testing.T, s *Store, docs ...normalize.Document) []Outcome {
	t.Helper()
	ctx := context.Background()
	run, err := s.BeginRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []Outcome
	for i := range docs {
		o, err := run.Put(ctx, FromDocument(&docs[i], ""))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, o)
	}
	if err := run.Finish(ctx); err != nil {
		t.Fatal(err)
	}
	return out
}

const textA = "date 2023-09\nEl ministro de Defensa ruso, Serguéi Shoigu, viajó el mes pasado a Corea del Norte.\n"

func TestRoundTrip(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	a := parse(t, "a", textA, timex.Date{})
	a.Outlet, a.URL = "Reuters", "https://example.com/a"
	if got := put(t, s, a); got[0] != Added {
		t.Fatalf("first put = %v, want added", got[0])
	}
	rec, ok, err := s.Get(ctx, "a")
	if err != nil || !ok {
		t.Fatalf("Get(a) = %v, %v", ok, err)
	}
	want := Record{ID: "a", Path: "a.txt", Text: textA, Hash: HashText(textA), Date: timex.MonthDate(2023, 9),
		DateSource: normalize.DateFromHeader, Outlet: "Reuters", URL: "https://example.com/a", Encoding: "utf8",
		FirstSeen: rec.FirstSeen, Updated: rec.FirstSeen}
	if rec != want {
		t.Errorf("Get(a) =\n%+v\nwant\n%+v", rec, want)
	}
	doc, err := rec.Document(nil)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Path != "db:a" || doc.Text != a.Text || doc.Date != a.Date || len(doc.Sentences) != len(a.Sentences) {
		t.Errorf("Document() = path %q, date %v, %d sentences; want db:a, %v, %d",
			doc.Path, doc.Date, len(doc.Sentences), a.Date, len(a.Sentences))
	}
	if doc.Outlet != "Reuters" || doc.URL != "https://example.com/a" {
		t.Errorf("Document() = outlet %q, URL %q; want those stored", doc.Outlet, doc.URL)
	}
	for i := range doc.Sentences {
		if doc.Sentences[i].Span != a.Sentences[i].Span {
			t.Errorf("sentence %d at %v, want %v", i, doc.Sentences[i].Span, a.Sentences[i].Span)
		}
	}
	if _, ok, err := s.Get(ctx, "zz"); ok || err != nil {
		t.Errorf("Get(zz) = %v, %v; want not found", ok, err)
	}
	if err := s.Verify(ctx); err != nil {
		t.Error(err)
	}
}

func TestFlagDateSurvives(t *testing.T) {
	s, _ := openTemp(t)
	d := parse(t, "d", "Shoigu viajó el mes pasado a Pyongyang.\n", timex.DayDate(2023, 8, 30))
	put(t, s, d)
	rec, _, err := s.Get(context.Background(), "d")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := rec.Document(nil)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Date != d.Date || doc.DateSource != normalize.DateFromFlag {
		t.Errorf("reparsed date = %v (%s), want %v (flag)", doc.Date, doc.DateSource, d.Date)
	}
}

func TestPutIdempotent(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	a := parse(t, "a", textA, timex.Date{})
	put(t, s, a)
	before, _, _ := s.Get(ctx, "a")
	moved := a
	moved.Path = "elsewhere/a.txt"
	if got := put(t, s, a, moved); got[0] != Unchanged || got[1] != Unchanged {
		t.Errorf("putting a again = %v, want unchanged twice", got)
	}
	after, _, _ := s.Get(ctx, "a")
	if after != before {
		t.Errorf("after an unchanged put:\n%+v\nwant\n%+v", after, before)
	}
	if n := countRows(t, s, "run_documents"); n != 1 {
		t.Errorf("%d run_documents rows, want 1: an unchanged put writes nothing", n)
	}
}

func TestPutUpdated(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	put(t, s, parse(t, "a", textA, timex.Date{}))
	first, _, _ := s.Get(ctx, "a")
	changed := strings.Replace(textA, "el mes pasado", "en julio", 1)
	if got := put(t, s, parse(t, "a", changed, timex.Date{})); got[0] != Updated {
		t.Errorf("put with new text = %v, want updated", got[0])
	}
	rec, _, _ := s.Get(ctx, "a")
	if rec.Text != changed || rec.Hash != HashText(changed) || !rec.FirstSeen.Equal(first.FirstSeen) || !rec.Updated.After(first.Updated) {
		t.Errorf("after update: %+v\nwant the new text, first seen %v, updated after %v", rec, first.FirstSeen, first.Updated)
	}
	redated := parse(t, "a", changed, timex.DayDate(2023, 9, 1))
	if got := put(t, s, redated); got[0] != Updated {
		t.Errorf("put with a new --date = %v, want updated", got[0])
	}
	if err := s.Verify(ctx); err != nil {
		t.Error(err)
	}
	var added, updated, unchanged int
	err := s.db.QueryRow(`SELECT sum(added), sum(updated), sum(unchanged) FROM runs WHERE finished IS NOT NULL`).Scan(&added, &updated, &unchanged)
	if err != nil || added != 1 || updated != 2 || unchanged != 0 {
		t.Errorf("runs counted %d added, %d updated, %d unchanged (%v); want 1, 2, 0", added, updated, unchanged, err)
	}
}

func TestRecentWindow(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	// Undated documents sort by the day they were first seen, 2024-01-02,
	// after every dated one here.
	put(t, s,
		parse(t, "old", "date 2023-01\nUno.\n", timex.Date{}),
		parse(t, "sep", "date 2023-09\nDos.\n", timex.Date{}),
		parse(t, "sep13", "date 2023-09-13\nTres.\n", timex.Date{}),
		parse(t, "undated", "Cuatro.\n", timex.Date{}),
		parse(t, "undated2", "Cinco.\n", timex.Date{}),
	)
	tests := []struct {
		n    int
		skip map[string]bool
		want string
	}{
		{10, nil, "undated2 undated sep13 sep old"},
		{3, nil, "undated2 undated sep13"},
		{3, map[string]bool{"undated": true, "sep13": true}, "undated2 sep old"},
		{1, map[string]bool{"zz": true}, "undated2"},
		{0, nil, ""},
	}
	for _, tc := range tests {
		recs, bad, err := s.Recent(ctx, tc.n, tc.skip)
		if err != nil || len(bad) > 0 {
			t.Fatalf("Recent(%d, %v) = %v, %v", tc.n, tc.skip, bad, err)
		}
		var ids []string
		for _, r := range recs {
			ids = append(ids, r.ID)
		}
		if got := strings.Join(ids, " "); got != tc.want {
			t.Errorf("Recent(%d, %v) = %q, want %q", tc.n, tc.skip, got, tc.want)
		}
	}
}

func TestVerifyFindsDamage(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	put(t, s, parse(t, "a", textA, timex.Date{}), parse(t, "b", "Otro texto.\n", timex.Date{}))
	if _, err := s.db.Exec(`UPDATE documents SET text = 'cambiado' WHERE id = 'a'`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(`UPDATE run_documents SET hash = 'x' WHERE doc = 'b'`); err != nil {
		t.Fatal(err)
	}
	err := s.Verify(ctx)
	for _, want := range []string{"document a: its text does not match its hash", "document b: its last run recorded another hash"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Verify() = %v, want it to say %q", err, want)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	if _, err := Open(ctx, dir, Options{}); err == nil || !strings.HasPrefix(err.Error(), dir+": ") {
		t.Errorf("Open(directory) = %v, want an error naming it", err)
	}
	notDB := filepath.Join(dir, "notes.txt")
	writeFile(t, notDB, strings.Repeat("not a database\n", 100))
	if _, err := Open(ctx, notDB, Options{}); err == nil || !strings.HasPrefix(err.Error(), notDB+": ") {
		t.Errorf("Open(text file) = %v, want an error naming it", err)
	}
	odd := filepath.Join(dir, "a?b#c%d.db")
	s, err := Open(ctx, odd, Options{})
	if err != nil {
		t.Fatalf("Open(%q) = %v", odd, err)
	}
	s.Close()
	if !fileExists(odd) {
		t.Errorf("Open(%q) did not create that file", odd)
	}
}

// countRows returns the number of rows of table.
func countRows(t *testing.T, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestTwoWriters puts documents from two stores on one file at once, as
// two dedupe processes would: every put succeeds, each waiting for the
// other's lock.
func TestTwoWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	ctx := context.Background()
	errs := make(chan error, 2)
	for w := range 2 {
		go func() {
			errs <- func() error {
				s, err := Open(ctx, path, Options{})
				if err != nil {
					return err
				}
				defer s.Close()
				run, err := s.BeginRun(ctx)
				if err != nil {
					return err
				}
				for i := range 20 {
					doc, err := normalize.Parse(fmt.Sprintf("w%d-%d", w, i), "x.txt", []byte("Texto número "+strconv.Itoa(i)+".\n"), normalize.Options{})
					if err != nil {
						return err
					}
					if _, err := run.Put(ctx, FromDocument(&doc, "")); err != nil {
						return err
					}
				}
				return run.Finish(ctx)
			}()
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, err := s.Count(ctx); n != 40 || err != nil {
		t.Errorf("Count() = %d, %v; want 40", n, err)
	}
	if err := s.Verify(ctx); err != nil {
		t.Error(err)
	}
}
