package store

import (
	"context"
	"errors"
	"fmt"
)

// Verify checks that the index is consistent: SQLite's integrity check
// and foreign key check pass, every document's text has the hash stored
// beside it, and every document was written by a run whose record holds
// that same hash (a document and its record are written in one
// transaction, so a half-written one would show here). It returns every
// problem found, joined.
func (s *Store) Verify(ctx context.Context) error {
	var errs []error
	for _, check := range []func(context.Context) error{s.integrity, s.foreignKeys, s.hashes} {
		if err := check(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("%s: %w", s.path, err)
	}
	return nil
}

// integrity runs PRAGMA integrity_check, which returns the one row "ok"
// for a sound file.
func (s *Store) integrity(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var errs []error
	for rows.Next() {
		var msg string
		if err := rows.Scan(&msg); err != nil {
			return err
		}
		if msg != "ok" {
			errs = append(errs, fmt.Errorf("integrity check: %s", msg))
		}
	}
	return errors.Join(append(errs, rows.Err())...)
}

// foreignKeys runs PRAGMA foreign_key_check, which returns no row when
// every reference holds.
func (s *Store) foreignKeys(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var errs []error
	for rows.Next() {
		var table, parent string
		var rowid, fkid any
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return err
		}
		errs = append(errs, fmt.Errorf("foreign key check: row %v of %s refers to a missing row of %s", rowid, table, parent))
	}
	return errors.Join(append(errs, rows.Err())...)
}

// hashes checks each document's text against its hash and against the
// hash its last run recorded.
func (s *Store) hashes(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, d.text, d.hash,
		(SELECT r.hash FROM run_documents r WHERE r.doc = d.id ORDER BY r.run DESC LIMIT 1)
		FROM documents d ORDER BY d.id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var errs []error
	for rows.Next() {
		var id, text, hash string
		var logged *string
		if err := rows.Scan(&id, &text, &hash, &logged); err != nil {
			return err
		}
		switch {
		case HashText(text) != hash:
			errs = append(errs, fmt.Errorf("document %s: its text does not match its hash", id))
		case logged == nil:
			errs = append(errs, fmt.Errorf("document %s: no run recorded writing it", id))
		case *logged != hash:
			errs = append(errs, fmt.Errorf("document %s: its last run recorded another hash", id))
		}
	}
	return errors.Join(append(errs, rows.Err())...)
}
