package store

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dedupe-news/dedupe/normalize/timex"
)

// sigOf returns a signature of the given terms, each held by one claim.
func sigOf(terms ...string) *Signature {
	sig := &Signature{Version: 1}
	for _, t := range terms {
		sig.Terms = append(sig.Terms, Term{Text: t, Count: 1})
	}
	return sig
}

// putSigned stores one run of documents id → its date and terms
// ("2023-09-01 @shoigu corea").
func putSigned(t *testing.T, s *Store, docs map[string]string) {
	t.Helper()
	ctx := context.Background()
	run, err := s.BeginRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(docs))
	for id := range docs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		f := strings.Fields(docs[id])
		doc := parse(t, id, "date "+f[0]+"\nTexto de "+id+".\n", timex.Date{})
		rec := FromDocument(&doc, "")
		rec.Signature = sigOf(f[1:]...)
		if _, err := run.Put(ctx, rec); err != nil {
			t.Fatal(err)
		}
	}
	if err := run.Finish(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestRelated(t *testing.T) {
	s, _ := openTemp(t)
	putSigned(t, s, map[string]string{
		"a":   "2023-09-01 @shoigu @corea kim municion",
		"b":   "2023-09-05 @shoigu @corea kim",
		"old": "2023-06-01 @shoigu @corea kim",       // months before
		"one": "2023-09-10 @shoigu gobierno",         // one term shared
		"far": "2023-09-10 terremoto @marruecos mue", // another story
		"t":   "2023-09-12 @shoigu @corea kim",       // today's, stored again
	})
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	q := Query{Terms: sigOf("@shoigu", "@corea", "kim", "municion").Terms, Day: day("2023-09-12")}
	tests := []struct {
		name string
		opts RelatedOptions
		skip map[string]bool
		want string
	}{
		{"defaults", RelatedOptions{}, map[string]bool{"t": true}, "a b"},
		{"today's not skipped", RelatedOptions{}, nil, "a b t"},
		{"window of 10 days", RelatedOptions{Days: 10}, map[string]bool{"t": true}, "b"},
		{"window of a year", RelatedOptions{Days: 365}, map[string]bool{"t": true}, "a b old"},
		{"one shared term is enough", RelatedOptions{MinShared: 1}, map[string]bool{"t": true}, "a b one"},
		{"one document a query", RelatedOptions{PerQuery: 1}, map[string]bool{"t": true}, "a"},
		{"two postings a term, the most recent", RelatedOptions{PerTerm: 2}, nil, "b t"},
		{"two postings a term, today's left out first", RelatedOptions{PerTerm: 2}, map[string]bool{"t": true}, "a b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			recs, bad, err := s.Related(context.Background(), []Query{q}, tc.opts, tc.skip)
			if err != nil || len(bad) > 0 {
				t.Fatalf("Related = %v, %v", bad, err)
			}
			var got []string
			for _, r := range recs {
				got = append(got, r.ID)
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("Related = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSignatureFollowsDocument: a document stored again with another
// text takes its new signature, the old postings and counts go; one
// stored without a signature has none, and Unsigned lists it.
func TestSignatureFollowsDocument(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	putSigned(t, s, map[string]string{"a": "2023-09-01 x y", "b": "2023-09-02 y z"})
	putSigned(t, s, map[string]string{"a": "2023-09-03 y w"}) // new date: updated
	sig, day, ok, err := s.signatureOf(ctx, "a")
	if err != nil || !ok || day != "2023-09-03" || len(sig.Terms) != 2 || sig.Terms[1].Text != "w" {
		t.Errorf("signature of a = %+v, %q, %v, %v; want y w on 2023-09-03", sig, day, ok, err)
	}
	wantDF := map[string]int{"x": 0, "y": 2, "z": 1, "w": 1}
	for term, want := range wantDF {
		var df int
		s.db.QueryRow(`SELECT coalesce((SELECT df FROM terms WHERE term = ?), 0)`, term).Scan(&df)
		var posts int
		s.db.QueryRow(`SELECT count(*) FROM postings WHERE term = ?`, term).Scan(&posts)
		if df != want || posts != want {
			t.Errorf("term %s: df %d, %d postings; want %d", term, df, posts, want)
		}
	}
	doc := parse(t, "b", "date 2023-09-02\nOtro texto de b.\n", timex.Date{})
	run, _ := s.BeginRun(ctx)
	if _, err := run.Put(ctx, FromDocument(&doc, "")); err != nil {
		t.Fatal(err)
	}
	if ids, err := s.Unsigned(ctx, 1); err != nil || strings.Join(ids, " ") != "b" {
		t.Errorf("Unsigned(1) = %q, %v; want b", ids, err)
	}
	if ids, err := s.Unsigned(ctx, 2); err != nil || strings.Join(ids, " ") != "a b" {
		t.Errorf("Unsigned(2) = %q, %v; want a b", ids, err)
	}
	if err := s.Verify(ctx); err != nil {
		t.Error(err)
	}
}

// TestMigrateVersion1 opens an index written by the schema of version 1
// (documents, no signatures, no findings): it is migrated, keeps its
// documents, and lists them as unsigned until a signature is set.
func TestMigrateVersion1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	db := openRaw(t, path)
	if err := migrate(ctx, db, migrations()[:1]); err != nil {
		t.Fatal(err)
	}
	_, err := db.Exec(`INSERT INTO documents (id, path, text, hash, date, date_source, outlet, url, encoding, first_seen, updated, recency)
		VALUES ('a', 'a.txt', 'Texto.', ?, '2023-09-01', 'flag', '', '', 'utf8', '2024-01-02T03:00:00.000000000Z', '2024-01-02T03:00:00.000000000Z', '2023-09-01')`,
		HashText("Texto."))
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := schemaVersion(ctx, s.db); v != SchemaVersion() {
		t.Errorf("schema version %d, want %d", v, SchemaVersion())
	}
	ids, err := s.Unsigned(ctx, 1)
	if err != nil || strings.Join(ids, " ") != "a" {
		t.Fatalf("Unsigned = %q, %v; want a", ids, err)
	}
	rec, _, err := s.Get(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetSignature(ctx, &rec, *sigOf("texto")); err != nil {
		t.Fatal(err)
	}
	if ids, _ := s.Unsigned(ctx, 1); len(ids) != 0 {
		t.Errorf("Unsigned after SetSignature = %q, want none", ids)
	}
}

func TestFindings(t *testing.T) {
	s, c := openTemp(t)
	ctx := context.Background()
	record := func(ids ...string) map[string]Seen {
		t.Helper()
		run, err := s.BeginRun(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var fs []Finding
		for _, id := range ids {
			fs = append(fs, Finding{ID: id, Kind: "date", Message: "m " + id})
		}
		seen, err := run.Findings(ctx, fs)
		if err != nil {
			t.Fatal(err)
		}
		return seen
	}
	first := record("d1", "d2", "d1")
	c.t = c.t.Add(24 * time.Hour)
	second := record("d2", "d3")
	tests := []struct {
		name string
		got  Seen
		new  bool
		day  string
	}{
		{"d1 in run 1", first["d1"], true, "2024-01-02"},
		{"d2 in run 1", first["d2"], true, "2024-01-02"},
		{"d2 again in run 2", second["d2"], false, "2024-01-02"},
		{"d3 in run 2", second["d3"], true, "2024-01-03"},
	}
	for _, tc := range tests {
		if tc.got.New != tc.new || tc.got.First.Format(time.DateOnly) != tc.day {
			t.Errorf("%s: %+v, want new %v first seen %s", tc.name, tc.got, tc.new, tc.day)
		}
	}
	if len(first) != 2 || len(second) != 2 {
		t.Errorf("seen %d and %d findings, want 2 and 2", len(first), len(second))
	}
}
