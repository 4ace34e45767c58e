package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"modernc.org/sqlite" // the "sqlite" driver, registered on import
	sqlite3 "modernc.org/sqlite/lib"
)

// Options control [Open]. The zero value is what dedupe uses.
type Options struct {
	// Now returns the current time, for first-seen and run times; nil is
	// time.Now.
	Now func() time.Time
	// SlowWrite, for tests only, sleeps this long inside each document's
	// transaction, between its writes, so that a test can kill the
	// process in the middle of one.
	SlowWrite time.Duration
}

// Store is an open index file.
type Store struct {
	db   *sql.DB
	path string
	opts Options
}

// Open opens the index at path, creating it if there is none, and
// migrates its schema to [SchemaVersion]. Errors name path.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	name, err := dsn(path)
	if err != nil {
		return nil, fmt.Errorf("%s: opening the index: %w", path, err)
	}
	db, err := sql.Open("sqlite", name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	// One connection: a CLI needs no more, and every statement then sees
	// the pragmas and the transaction of the one before.
	db.SetMaxOpenConns(1)
	err = connect(ctx, db)
	if err == nil {
		err = migrate(ctx, db, migrations())
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: opening the index: %w", path, err)
	}
	return &Store{db: db, path: path, opts: opts}, nil
}

// dsn returns the data source name that opens path as a URI filename:
// WAL journal, synchronous NORMAL (a commit survives the process being
// killed; a power loss may lose the last commits, never leave half of
// one), foreign keys on, a 10 s wait for another process's write lock,
// and write transactions that take the lock when they begin. Any path
// works, whatever it holds ("//", "?", "#", "%", ":memory:"), but for a
// NUL byte, which no file name holds.
func dsn(path string) (string, error) {
	if strings.IndexByte(path, 0) >= 0 {
		return "", errors.New("the path holds a NUL byte")
	}
	p := filepath.ToSlash(path)
	if filepath.VolumeName(path) != "" {
		p = "/" + p // C:/x is file:///C:/x
	}
	var uri string
	if strings.HasPrefix(p, "/") {
		uri = "file://" + escapePath(p) // an empty authority, so that //x is a path
	} else {
		uri = "file:" + escapePath("./"+p) // ./:memory: is a file
	}
	return uri + "?_busy_timeout=" + strconv.Itoa(int(busyTimeout.Milliseconds())) +
		"&_journal_mode=WAL&_synchronous=NORMAL&_foreign_keys=1&_txlock=immediate", nil
}

// escapePath percent-encodes every byte of p but letters, digits, "/" and
// "-._~", so that nothing in it means anything in a URI.
func escapePath(p string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', strings.IndexByte("/-._~", c) >= 0:
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xf])
		}
	}
	return b.String()
}

// busyTimeout is how long a write waits for another process's lock.
const busyTimeout = 10 * time.Second

// connect opens the first connection to db. Setting it up (WAL mode on a
// new file) fails with SQLITE_BUSY, without waiting, while another
// process does the same; it is tried again for up to busyTimeout.
func connect(ctx context.Context, db *sql.DB) error {
	deadline := time.Now().Add(busyTimeout)
	for wait := time.Millisecond; ; wait = min(2*wait, 100*time.Millisecond) {
		err := db.PingContext(ctx)
		if !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		if err := sleep(ctx, wait); err != nil {
			return err
		}
	}
}

// isBusy reports whether err is SQLite's SQLITE_BUSY (or one of its
// extended codes).
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

// Close closes the index.
func (s *Store) Close() error { return s.db.Close() }

// Path returns the file the store was opened from.
func (s *Store) Path() string { return s.path }

// columns are the columns of documents that a Record is stored in, in
// the order of row.cols.
const columns = `id, path, text, hash, date, date_source, outlet, url, encoding, first_seen, updated`

// Get returns the stored document id; ok is false when there is none.
// A row that cannot be used is an error, a *[BadRow].
func (s *Store) Get(ctx context.Context, id string) (rec Record, ok bool, err error) {
	rec, err = s.get(ctx, s.db, id)
	if err == sql.ErrNoRows {
		return Record{}, false, nil
	}
	if bad := (*BadRow)(nil); errors.As(err, &bad) {
		return Record{}, false, err
	}
	if err != nil {
		return Record{}, false, s.errorf("reading document %s: %w", id, err)
	}
	return rec, true, nil
}

// get reads the document id with q: sql.ErrNoRows when there is none, a
// *BadRow when its row cannot be used.
func (s *Store) get(ctx context.Context, q querier, id string) (Record, error) {
	w, err := scanRow(q.QueryRowContext(ctx, selectDocuments+` WHERE id = ?`, id))
	if err != nil {
		return Record{}, err
	}
	return w.record(s.path)
}

// Recent returns up to n stored documents, most recent first, leaving
// out those whose id skip holds: most recent by the first day of their
// date, or of their first-seen time when undated; then by first-seen
// time; then by id. A row that cannot be used (see [BadRow]) is left out
// too, and returned in bad; the window then reaches further back. Only a
// failure to read the index is an error.
func (s *Store) Recent(ctx context.Context, n int, skip map[string]bool) (recs []Record, bad []*BadRow, err error) {
	if n <= 0 {
		return nil, nil, nil
	}
	rows, err := s.db.QueryContext(ctx, selectDocuments+` ORDER BY recency DESC, first_seen DESC, id`)
	if err != nil {
		return nil, nil, s.errorf("listing documents: %w", err)
	}
	defer rows.Close()
	for len(recs) < n && rows.Next() {
		w, err := scanRow(rows)
		if err != nil {
			return nil, nil, s.errorf("listing documents: %w", err)
		}
		if w.cols[0].Valid && skip[w.id()] {
			continue
		}
		rec, err := w.record(s.path)
		if b := (*BadRow)(nil); errors.As(err, &b) {
			bad = append(bad, b)
			continue
		}
		recs = append(recs, rec)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, s.errorf("listing documents: %w", err)
	}
	return recs, bad, nil
}

// Count returns how many documents the index holds.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM documents`).Scan(&n); err != nil {
		return 0, s.errorf("counting documents: %w", err)
	}
	return n, nil
}

// scanner is what *sql.Row and *sql.Rows share.
type scanner interface{ Scan(dest ...any) error }

// errorf returns an error about the index file.
func (s *Store) errorf(format string, args ...any) error {
	return fmt.Errorf("%s: %w", s.path, fmt.Errorf(format, args...))
}
