package store

import (
	"context"
	"testing"

	"github.com/dedupe-news/dedupe/normalize/timex"
)

// TestPutOverBadRow stores a document again over its damaged row: the row
// is written anew, as an update, and the index verifies.
func TestPutOverBadRow(t *testing.T) {
	for name, damage := range map[string]string{
		"text changed": `UPDATE documents SET text = 'cambiado' WHERE id = 'a'`,
		"bad date":     `UPDATE documents SET date = 'nunca' WHERE id = 'a'`,
		"bad times":    `UPDATE documents SET first_seen = 'x', updated = 'y' WHERE id = 'a'`,
	} {
		t.Run(name, func(t *testing.T) {
			s, _ := openTemp(t)
			ctx := context.Background()
			a := parse(t, "a", textA, timex.Date{})
			put(t, s, a)
			if _, err := s.db.Exec(damage); err != nil {
				t.Fatal(err)
			}
			if got := put(t, s, a); got[0] != Updated {
				t.Errorf("put over the damaged row = %v, want updated", got[0])
			}
			if rec, ok, err := s.Get(ctx, "a"); !ok || err != nil || rec.Text != textA {
				t.Errorf("Get(a) = %+v, %v, %v; want the text stored again", rec, ok, err)
			}
			if err := s.Verify(ctx); err != nil {
				t.Error(err)
			}
		})
	}
}
