package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Finding is a finding as the index records it: its stable id, with its
// kind and message for the people who read the file.
type Finding struct {
	ID, Kind, Message string
}

// Seen is when a finding was first reported, by a run of the index.
type Seen struct {
	// New is set when no earlier run reported the finding: this run is
	// the first.
	New bool
	// First is when the first run that reported it started.
	First time.Time
}

// Findings records that this run reported fs (each id once; the first
// run of an id stays its first) in one transaction, and returns when each
// was first seen, by id: New for those no earlier run reported. A run
// that is killed before it records its findings records none, and the
// next run reports them as new.
func (r *Run) Findings(ctx context.Context, fs []Finding) (map[string]Seen, error) {
	seen, err := r.findings(ctx, fs)
	if err != nil {
		return nil, r.s.errorf("recording findings: %w", err)
	}
	return seen, nil
}

// findings is Findings without the error context.
func (r *Run) findings(ctx context.Context, fs []Finding) (map[string]Seen, error) {
	tx, err := r.s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var started string
	if err := tx.QueryRowContext(ctx, `SELECT started FROM runs WHERE id = ?`, r.id).Scan(&started); err != nil {
		return nil, err
	}
	get, err := tx.PrepareContext(ctx, `SELECT first_run, first_seen FROM findings WHERE id = ?`)
	if err != nil {
		return nil, err
	}
	defer get.Close()
	put, err := tx.PrepareContext(ctx, `INSERT INTO findings (id, kind, message, first_run, first_seen, last_run) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET last_run = excluded.last_run`)
	if err != nil {
		return nil, err
	}
	defer put.Close()
	out := make(map[string]Seen, len(fs))
	for _, f := range fs {
		if _, done := out[f.ID]; done {
			continue
		}
		var firstRun int64
		first := started
		err := get.QueryRowContext(ctx, f.ID).Scan(&firstRun, &first)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			firstRun = r.id
		case err != nil:
			return nil, err
		}
		t, err := parseTime(first)
		if err != nil {
			return nil, fmt.Errorf("finding %s: first_seen %q: %w", f.ID, first, err)
		}
		out[f.ID] = Seen{New: firstRun == r.id, First: t}
		if _, err := put.ExecContext(ctx, f.ID, f.Kind, f.Message, r.id, started, r.id); err != nil {
			return nil, err
		}
	}
	return out, tx.Commit()
}
