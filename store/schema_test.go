package store

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// writeFile writes text to path.
func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fileExists reports whether path exists.
func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// openRaw opens path with the store's connection settings, unmigrated.
func openRaw(t *testing.T, path string) *sql.DB {
	t.Helper()
	name, err := dsn(path)
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", name)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

func TestMigrate(t *testing.T) {
	ctx := context.Background()
	db := openRaw(t, filepath.Join(t.TempDir(), "m.db"))
	steps := []string{
		`CREATE TABLE a (x INTEGER) STRICT; INSERT INTO a VALUES (1);`,
		`ALTER TABLE a ADD COLUMN y INTEGER NOT NULL DEFAULT 2;`,
	}
	if err := migrate(ctx, db, steps[:1]); err != nil {
		t.Fatal(err)
	}
	if v, err := schemaVersion(ctx, db); v != 1 || err != nil {
		t.Fatalf("version after step 1 = %d, %v; want 1", v, err)
	}
	for range 2 { // the second call finds nothing to do
		if err := migrate(ctx, db, steps); err != nil {
			t.Fatal(err)
		}
	}
	var x, y int
	if err := db.QueryRow(`SELECT x, y FROM a`).Scan(&x, &y); err != nil || x != 1 || y != 2 {
		t.Errorf("after migrating to 2: x=%d y=%d (%v), want the row kept with y=2", x, y, err)
	}
	if v, _ := schemaVersion(ctx, db); v != 2 {
		t.Errorf("version = %d, want 2", v)
	}
	var newer *newerSchemaError
	if err := migrate(ctx, db, steps[:1]); !errors.As(err, &newer) || newer.version != 2 {
		t.Errorf("migrate with fewer steps = %v, want a newerSchemaError for version 2", err)
	}
}

func TestMigrateFailureRollsBack(t *testing.T) {
	ctx := context.Background()
	db := openRaw(t, filepath.Join(t.TempDir(), "m.db"))
	steps := []string{`CREATE TABLE a (x INTEGER) STRICT;`, `CREATE TABLE b (x INTEGER); SELECT nonsense FROM nowhere;`}
	if err := migrate(ctx, db, steps); err == nil {
		t.Fatal("migrate with a broken step succeeded")
	}
	if v, err := schemaVersion(ctx, db); v != 0 || err != nil {
		t.Errorf("version after a failed migration = %d, %v; want 0", v, err)
	}
	var n int
	db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name IN ('a', 'b')`).Scan(&n)
	if n != 0 {
		t.Errorf("%d tables left by a failed migration, want none", n)
	}
}

func TestOpenSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var mode string
	if err := s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	if v, _ := schemaVersion(ctx, s.db); v != SchemaVersion() || v < 1 {
		t.Errorf("schema version = %d, want %d", v, SchemaVersion())
	}
	s.Close()
	db := openRaw(t, path)
	if err := setSchemaVersion(ctx, db, SchemaVersion()+1); err != nil {
		t.Fatal(err)
	}
	var newer *newerSchemaError
	if _, err := Open(ctx, path, Options{}); !errors.As(err, &newer) {
		t.Errorf("Open(newer file) = %v, want a newerSchemaError", err)
	}
}

// TestOpenConcurrently opens one new file from several connections at
// once, as several processes would: each must succeed, and the schema be
// created once.
func TestOpenConcurrently(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	errs := make(chan error, 4)
	for range cap(errs) {
		go func() {
			s, err := Open(context.Background(), path, Options{})
			if err == nil {
				err = s.Close()
			}
			errs <- err
		}()
	}
	for range cap(errs) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	db := openRaw(t, path)
	var rows int
	if err := db.QueryRow(`SELECT count(*) FROM schema_version`).Scan(&rows); err != nil || rows != 1 {
		t.Errorf("schema_version has %d rows (%v), want 1", rows, err)
	}
}
