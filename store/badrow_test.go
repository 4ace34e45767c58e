package store

import (
	"context"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/normalize/timex"
)

// loosen rebuilds the documents table of s without its constraints, as
// another program might have left it, so that a test can put NULLs and
// values of other types in it.
func loosen(t *testing.T, s *Store) {
	t.Helper()
	for _, q := range []string{
		`PRAGMA foreign_keys = OFF`,
		`CREATE TABLE loose AS SELECT * FROM documents`,
		`DROP TABLE documents`,
		`ALTER TABLE loose RENAME TO documents`,
	} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// TestRecentSkipsBadRows damages rows of an index with SQL: Recent skips
// each damaged row, naming it and what is wrong, and returns the others,
// as many as the window holds.
func TestRecentSkipsBadRows(t *testing.T) {
	tests := []struct {
		name   string
		loose  bool   // rebuild the table without constraints first
		damage string // SQL run on the index, "b" being the row damaged
		want   string // Recent's complaint about it, after "PATH: "
	}{
		{"text changed", false, `UPDATE documents SET text = 'cambiado' WHERE id = 'b'`, "document b: its text does not match its hash"},
		{"hash changed", false, `UPDATE documents SET hash = 'x' WHERE id = 'b'`, "document b: its text does not match its hash"},
		{"bad date", false, `UPDATE documents SET date = '13/09/2023' WHERE id = 'b'`, `document b: date: invalid date "13/09/2023": `},
		{"bad date source", false, `UPDATE documents SET date_source = 'oracle' WHERE id = 'b'`, `document b: date_source "oracle": want flag, header, outlet, dateline or none`},
		{"bad first_seen", false, `UPDATE documents SET first_seen = 'yesterday' WHERE id = 'b'`, `document b: first_seen "yesterday": `},
		{"bad updated", false, `UPDATE documents SET updated = '' WHERE id = 'b'`, `document b: updated "": `},
		{"NULL text", true, `UPDATE documents SET text = NULL WHERE id = 'b'`, "document b: text is NULL"},
		{"NULL date", true, `UPDATE documents SET date = NULL WHERE id = 'b'`, "document b: date is NULL"},
		{"NULL id", true, `UPDATE documents SET id = NULL WHERE id = 'b'`, "row 2 of documents: id is NULL"},
		{"text of another type", true, `UPDATE documents SET text = 42 WHERE id = 'b'`, "document b: its text does not match its hash"},
		{"blob text", true, `UPDATE documents SET text = x'00ff', hash = '` + HashText("\x00\xff") + `' WHERE id = 'b'`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := openTemp(t)
			ctx := context.Background()
			put(t, s,
				parse(t, "a", "date 2023-09-01\nUno.\n", timex.Date{}),
				parse(t, "b", "date 2023-09-02\nDos.\n", timex.Date{}),
				parse(t, "c", "date 2023-09-03\nTres.\n", timex.Date{}),
			)
			if tc.loose {
				loosen(t, s)
			}
			if _, err := s.db.Exec(tc.damage); err != nil {
				t.Fatal(err)
			}
			for n, want := range map[int]string{1: "c", 2: "c a", 3: "c a", 10: "c a"} {
				if tc.want == "" { // damage that leaves the row usable
					want = map[int]string{1: "c", 2: "c b", 3: "c b a", 10: "c b a"}[n]
				}
				recs, bad, err := s.Recent(ctx, n, nil)
				if err != nil {
					t.Fatalf("Recent(%d) = %v", n, err)
				}
				var ids []string
				for _, r := range recs {
					ids = append(ids, r.ID)
				}
				if got := strings.Join(ids, " "); got != want {
					t.Errorf("Recent(%d) = %q, want %q", n, got, want)
				}
				var msgs []string
				for _, b := range bad {
					msgs = append(msgs, b.Error())
				}
				got, wantBad := strings.Join(msgs, "\n"), ""
				if tc.want != "" && n > 1 {
					wantBad = s.Path() + ": " + tc.want
				}
				if !strings.HasPrefix(got, wantBad) || (wantBad == "") != (got == "") || strings.Count(got, "\n") > 0 {
					t.Errorf("Recent(%d) skipped %q, want %q", n, got, wantBad)
				}
			}
			// Skipping b by id says nothing about it.
			if _, bad, err := s.Recent(ctx, 10, map[string]bool{"b": true}); err != nil || len(bad) > 0 && tc.name != "NULL id" {
				t.Errorf("Recent(skip b) skipped %v (%v), want nothing said", bad, err)
			}
		})
	}
}
