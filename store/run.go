package store

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// Outcome is what putting a document did.
type Outcome uint8

// Outcomes of [Run.Put].
const (
	Added     Outcome = iota // the id was new
	Updated                  // the id was known with another text or date
	Unchanged                // the id was known with this text and date: nothing written
)

// String returns "added", "updated" or "unchanged".
func (o Outcome) String() string {
	switch o {
	case Added:
		return "added"
	case Updated:
		return "updated"
	}
	return "unchanged"
}

// Run is one run's writes to the index, recorded in its runs table.
type Run struct {
	s         *Store
	id        int64
	stats     RunStats
	firstSeen map[string]time.Time // by document id, of those put
}

// RunStats counts what a run's puts did.
type RunStats struct {
	Added, Updated, Unchanged int
}

// BeginRun records the start of a run. A run that is never finished (the
// process was killed) stays in the table with no finish time; the
// documents it wrote are whole and stay.
func (s *Store) BeginRun(ctx context.Context) (*Run, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO runs (started) VALUES (?)`, formatTime(s.opts.Now()))
	if err != nil {
		return nil, s.errorf("starting a run: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return nil, s.errorf("starting a run: %w", err)
	}
	return &Run{s: s, id: id, firstSeen: make(map[string]time.Time)}, nil
}

// ID returns the run's id in the runs table.
func (r *Run) ID() int64 { return r.id }

// Stats returns what the run's puts did so far.
func (r *Run) Stats() RunStats { return r.stats }

// Put stores rec (its Hash, FirstSeen and Updated are set here), with its
// Signature when it has one, in one transaction with the line recording
// that this run wrote it. The same id with the same text and date is left
// as it is (Unchanged, nothing written, the first path and the signature
// kept); the same id with another text or date is replaced, keeping its
// first-seen time (Updated).
func (r *Run) Put(ctx context.Context, rec Record) (Outcome, error) {
	s := r.s
	outcome, first, err := r.put(ctx, rec)
	if err != nil {
		return 0, s.errorf("storing document %s: %w", rec.ID, err)
	}
	switch outcome {
	case Added:
		r.stats.Added++
	case Updated:
		r.stats.Updated++
	default:
		r.stats.Unchanged++
	}
	r.firstSeen[rec.ID] = first
	return outcome, nil
}

// FirstSeen returns when a run first stored document id, which this run
// has put; ok is false for an id it has not.
func (r *Run) FirstSeen(id string) (t time.Time, ok bool) {
	t, ok = r.firstSeen[id]
	return t, ok
}

// put is Put without the error context and the counts; it also returns
// the document's first-seen time.
func (r *Run) put(ctx context.Context, rec Record) (Outcome, time.Time, error) {
	s := r.s
	rec.Hash = HashText(rec.Text)
	if rec.Encoding == "" {
		rec.Encoding = "utf8"
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, time.Time{}, err
	}
	defer tx.Rollback()
	now := s.opts.Now()
	rec.FirstSeen, rec.Updated = now, now
	outcome := Added
	old, err := s.get(ctx, tx, rec.ID)
	bad := (*BadRow)(nil)
	switch {
	case err == nil && rec.sameContent(&old):
		return Unchanged, old.FirstSeen, nil
	case err == nil:
		outcome, rec.FirstSeen = Updated, old.FirstSeen
	case errors.As(err, &bad): // a row that cannot be used is written anew
		outcome = Updated
	case !errors.Is(err, sql.ErrNoRows):
		return 0, time.Time{}, err
	}
	if err := upsert(ctx, tx, &rec); err != nil {
		return 0, time.Time{}, err
	}
	if err := putSignature(ctx, tx, &rec); err != nil {
		return 0, time.Time{}, err
	}
	if err := sleep(ctx, s.opts.SlowWrite); err != nil {
		return 0, time.Time{}, err
	}
	_, err = tx.ExecContext(ctx, `INSERT OR REPLACE INTO run_documents (run, doc, outcome, hash) VALUES (?, ?, ?, ?)`,
		r.id, rec.ID, outcome.String(), rec.Hash)
	if err != nil {
		return 0, time.Time{}, err
	}
	return outcome, rec.FirstSeen, tx.Commit()
}

// putSignature writes the signature of rec, just stored, or drops the one
// of its earlier content when rec has none.
func putSignature(ctx context.Context, tx *sql.Tx, rec *Record) error {
	if rec.Signature == nil {
		return deleteSignature(ctx, tx, rec.ID)
	}
	return writeSignature(ctx, tx, rec.ID, rec.recency(), rec.Signature)
}

// upsert writes rec as the row of its id, all of it: put keeps the
// first-seen time of a row it updates, unless the row was unusable.
func upsert(ctx context.Context, tx *sql.Tx, rec *Record) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO documents (`+columns+`, recency)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET path = excluded.path, text = excluded.text, hash = excluded.hash,
			date = excluded.date, date_source = excluded.date_source, outlet = excluded.outlet,
			url = excluded.url, encoding = excluded.encoding, first_seen = excluded.first_seen, updated = excluded.updated,
			recency = excluded.recency`,
		rec.ID, rec.Path, rec.Text, rec.Hash, rec.Date.String(), string(rec.DateSource), rec.Outlet, rec.URL,
		rec.Encoding, formatTime(rec.FirstSeen), formatTime(rec.Updated), rec.recency())
	return err
}

// sleep waits d, or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Finish records the end of the run and its counts.
func (r *Run) Finish(ctx context.Context) error {
	_, err := r.s.db.ExecContext(ctx, `UPDATE runs SET finished = ?, added = ?, updated = ?, unchanged = ? WHERE id = ?`,
		formatTime(r.s.opts.Now()), r.stats.Added, r.stats.Updated, r.stats.Unchanged, r.id)
	if err != nil {
		return r.s.errorf("finishing run %d: %w", r.id, err)
	}
	return nil
}
