//go:build unix

package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/dedupe-news/dedupe/report"
)

// TestDBKilledMidRun kills dedupe (the real binary, which testscript.Main
// puts on $PATH) with SIGKILL while it writes documents to its index,
// slowed down inside each document's transaction by DEDUPE_TEST_SLOW_INSERT.
// The index must pass SQLite's integrity check, hold only whole documents
// (text matching hash, each with the record of the run that wrote it),
// and a second run must complete it.
func TestDBKilledMidRun(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a process mid-run: several seconds")
	}
	dedupe, err := exec.LookPath("dedupe")
	if err != nil {
		t.Fatalf("dedupe not on $PATH (set up by testscript.Main): %v", err)
	}
	dir := t.TempDir()
	const n = 150
	for i := range n {
		text := fmt.Sprintf("date 2023-09-%02d\nEl ministro de Defensa ruso, Serguéi Shoigu, viajó a Corea del Norte por %d.ª vez, según la fuente %d.\n", i%28+1, i, i)
		writeFiles(t, dir, map[string]string{fmt.Sprintf("docs/%03d.txt", i): text})
	}
	db := filepath.Join(dir, "index.db")
	args := []string{"--db", db, "-f", "json", "--fail-on", "none", filepath.Join(dir, "docs")}

	cmd := exec.Command(dedupe, args...)
	cmd.Env = append(os.Environ(), slowInsertEnv+"=20ms")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	stored := waitForDocuments(t, db, 10, exited)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-exited
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("dedupe was not killed mid-run: %v, stderr %q", cmd.ProcessState, stderr.String())
	}

	s := openStore(t, db)
	ctx := context.Background()
	if err := s.Verify(ctx); err != nil {
		t.Fatalf("index after SIGKILL: %v", err)
	}
	killed, err := s.Count(ctx)
	if err != nil || killed < stored || killed >= n {
		t.Fatalf("index after SIGKILL holds %d documents (%v); want at least %d, fewer than %d", killed, err, stored, n)
	}
	t.Logf("killed after %d of %d documents were stored", killed, n)
	s.Close()

	out, err := exec.Command(dedupe, args...).Output()
	if err != nil {
		t.Fatalf("rerun: %v", err)
	}
	var rep report.JSONReport
	if err := json.Unmarshal(out, &rep); err != nil || len(rep.Documents) != n {
		t.Fatalf("rerun reported %d documents (%v), want %d", len(rep.Documents), err, n)
	}
	s = openStore(t, db)
	if err := s.Verify(ctx); err != nil {
		t.Errorf("index after the rerun: %v", err)
	}
	if got, _ := s.Count(ctx); got != n {
		t.Errorf("index after the rerun holds %d documents, want %d", got, n)
	}
	checkRuns(t, db, fmt.Sprintf("unfinished; finished %d added %d unchanged", n-killed, killed))
}

// waitForDocuments polls the index at path until it holds at least min
// documents, and returns how many it saw; it fails if exited reports the
// process ended first, or after a minute.
func waitForDocuments(t *testing.T, path string, min int, exited <-chan error) int {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			t.Fatalf("dedupe ended before it could be killed: %v", err)
		case <-time.After(20 * time.Millisecond):
		}
		if n := countDocuments(path); n >= min {
			return n
		}
	}
	t.Fatalf("the index never held %d documents", min)
	return 0
}

// countDocuments returns the number of documents in the index at path,
// 0 when it cannot be read yet. It reads without migrating, so that the
// test never writes to the file it watches.
func countDocuments(path string) int {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_busy_timeout=1000")
	if err != nil {
		return 0
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM documents`).Scan(&n); err != nil {
		return 0
	}
	return n
}

// checkRuns compares the runs table of the index at path, described as
// "unfinished" or "finished N added M unchanged" per run joined by "; ",
// with want.
func checkRuns(t *testing.T, path, want string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT finished IS NOT NULL, added, unchanged FROM runs ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := ""
	for rows.Next() {
		var finished bool
		var added, unchanged int
		if err := rows.Scan(&finished, &added, &unchanged); err != nil {
			t.Fatal(err)
		}
		if got != "" {
			got += "; "
		}
		if finished {
			got += fmt.Sprintf("finished %d added %d unchanged", added, unchanged)
		} else {
			got += "unfinished"
		}
	}
	if got != want {
		t.Errorf("runs: %s\nwant %s", got, want)
	}
}
