package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
)

// Term is one term of a document's story signature (compare.Signature)
// and how many of its claims hold it.
type Term struct {
	Text  string `json:"t"`
	Count int    `json:"n"`
}

// Signature is a document's story signature: its terms, sorted and each
// once, and the version of the analysis that computed them. The index
// files each term under the document (its postings), which is how
// [Store.Related] finds documents by content.
type Signature struct {
	Version int
	Terms   []Term
}

// writeSignature replaces the signature of document id, filed under day,
// with sig: the old postings go and the terms' counts follow.
func writeSignature(ctx context.Context, tx *sql.Tx, id, day string, sig *Signature) error {
	if err := deleteSignature(ctx, tx, id); err != nil {
		return err
	}
	terms, err := json.Marshal(sig.Terms)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO signatures (doc, version, day, terms) VALUES (?, ?, ?, ?)`,
		id, sig.Version, day, string(terms)); err != nil {
		return err
	}
	post, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO postings (term, day, doc, n) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer post.Close()
	df, err := tx.PrepareContext(ctx, `INSERT INTO terms (term, df) VALUES (?, 1) ON CONFLICT (term) DO UPDATE SET df = df + 1`)
	if err != nil {
		return err
	}
	defer df.Close()
	for _, t := range sig.Terms {
		if _, err := post.ExecContext(ctx, t.Text, day, id, t.Count); err != nil {
			return err
		}
		if _, err := df.ExecContext(ctx, t.Text); err != nil {
			return err
		}
	}
	return nil
}

// deleteSignature removes the signature of document id, if any, with its
// postings, and lowers the counts of its terms.
func deleteSignature(ctx context.Context, tx *sql.Tx, id string) error {
	var day, terms string
	err := tx.QueryRowContext(ctx, `SELECT day, terms FROM signatures WHERE doc = ?`, id).Scan(&day, &terms)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	var old []Term
	if err := json.Unmarshal([]byte(terms), &old); err != nil {
		old = nil // a damaged row: its postings are found by document instead
		if _, err := tx.ExecContext(ctx, `DELETE FROM postings WHERE doc = ?`, id); err != nil {
			return err
		}
	}
	for _, t := range old {
		res, err := tx.ExecContext(ctx, `DELETE FROM postings WHERE term = ? AND day = ? AND doc = ?`, t.Text, day, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE terms SET df = df - 1 WHERE term = ?`, t.Text); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM signatures WHERE doc = ?`, id)
	return err
}

// Unsigned returns the ids of the stored documents that have no signature
// of the given version, sorted: those stored before the index kept
// signatures, or with an older analysis. The caller computes each from
// the stored text and gives it to [Store.SetSignature].
func (s *Store) Unsigned(ctx context.Context, version int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM documents
		WHERE id NOT IN (SELECT doc FROM signatures WHERE version = ?) ORDER BY id`, version)
	if err != nil {
		return nil, s.errorf("listing documents without a signature: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, s.errorf("listing documents without a signature: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, s.errorf("listing documents without a signature: %w", err)
	}
	return ids, nil
}

// SetSignature stores the signature of the stored document rec (as [Store.Get]
// returned it) in one transaction, replacing any other.
func (s *Store) SetSignature(ctx context.Context, rec *Record, sig Signature) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.errorf("storing the signature of %s: %w", rec.ID, err)
	}
	defer tx.Rollback()
	if err := writeSignature(ctx, tx, rec.ID, rec.recency(), &sig); err != nil {
		return s.errorf("storing the signature of %s: %w", rec.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return s.errorf("storing the signature of %s: %w", rec.ID, err)
	}
	return nil
}

// signatureOf returns the stored signature of document id, for tests and
// checks; ok is false when there is none.
func (s *Store) signatureOf(ctx context.Context, id string) (sig Signature, day string, ok bool, err error) {
	var terms string
	err = s.db.QueryRowContext(ctx, `SELECT version, day, terms FROM signatures WHERE doc = ?`, id).Scan(&sig.Version, &day, &terms)
	if errors.Is(err, sql.ErrNoRows) {
		return Signature{}, "", false, nil
	}
	if err != nil {
		return Signature{}, "", false, err
	}
	if err := json.Unmarshal([]byte(terms), &sig.Terms); err != nil {
		return Signature{}, "", false, fmt.Errorf("signature of %s: %w", id, err)
	}
	return sig, day, true, nil
}
