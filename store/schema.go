package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"slices"
)

// migrationFiles holds the schema, one file per version: migrations/0001_…
// takes an empty file to version 1, 0002_… version 1 to 2, and so on. A
// released file is never edited; a change is a new file.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrations returns the SQL of each schema version, in order.
func migrations() []string {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		panic(err) // the pattern is constant
	}
	slices.Sort(names)
	out := make([]string, len(names))
	for i, name := range names {
		data, err := migrationFiles.ReadFile(name)
		if err != nil {
			panic(err) // embedded at build time
		}
		out[i] = string(data)
	}
	return out
}

// SchemaVersion is the version of the schema this package writes.
func SchemaVersion() int { return len(migrations()) }

// newerSchemaError is the error of a file written by a newer dedupe.
type newerSchemaError struct{ version, known int }

func (e *newerSchemaError) Error() string {
	return fmt.Sprintf("the index was written by a newer dedupe: schema version %d, this dedupe knows up to %d", e.version, e.known)
}

// migrate brings db to the last of steps (step i takes version i to i+1).
// The check is a read; only a file that needs a migration takes the write
// lock, and the version is read again under it, so two processes opening
// one new file migrate it once.
func migrate(ctx context.Context, db *sql.DB, steps []string) error {
	v, err := schemaVersion(ctx, db)
	if err != nil {
		return err
	}
	if v == len(steps) {
		return nil
	}
	tx, err := db.BeginTx(ctx, nil) // BEGIN IMMEDIATE: see dsn
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL) STRICT`); err != nil {
		return err
	}
	if v, err = schemaVersion(ctx, tx); err != nil {
		return err
	}
	switch {
	case v > len(steps):
		return &newerSchemaError{version: v, known: len(steps)}
	case v == len(steps): // another process migrated it meanwhile
		return nil
	}
	for i := v; i < len(steps); i++ {
		if _, err := tx.ExecContext(ctx, steps[i]); err != nil {
			return fmt.Errorf("migrating the schema to version %d: %w", i+1, err)
		}
	}
	if err := setSchemaVersion(ctx, tx, len(steps)); err != nil {
		return err
	}
	return tx.Commit()
}

// querier is what *sql.DB and *sql.Tx share.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// schemaVersion returns the version recorded in q, 0 for a new file.
func schemaVersion(ctx context.Context, q querier) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'`).Scan(&n)
	if err != nil || n == 0 {
		return 0, err
	}
	var v sql.NullInt64
	if err := q.QueryRowContext(ctx, `SELECT max(version) FROM schema_version`).Scan(&v); err != nil {
		return 0, err
	}
	return int(v.Int64), nil
}

// setSchemaVersion records v as the one row of schema_version.
func setSchemaVersion(ctx context.Context, q querier, v int) error {
	if _, err := q.ExecContext(ctx, `DELETE FROM schema_version`); err != nil {
		return err
	}
	_, err := q.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (?)`, v)
	return err
}
