package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"dedupe": main})
}

// TestScript runs testdata/script/*.txtar. Each script starts with the
// seed articles copied into $WORK/seeds, and may use the command
//
//	exitcode CODES PROGRAM [ARGS...]
//
// which runs PROGRAM like exec and checks that its exit status is one of
// the comma-separated CODES.
func TestScript(t *testing.T) {
	seeds, err := filepath.Abs(filepath.Join("..", "..", "testdata", "seeds"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("testdata", "script"),
		Setup: func(env *testscript.Env) error {
			return os.CopyFS(filepath.Join(env.WorkDir, "seeds"), os.DirFS(seeds))
		},
		Cmds: map[string]func(*testscript.TestScript, bool, []string){"exitcode": cmdExitcode},
	})
}

// cmdExitcode is the exitcode script command.
func cmdExitcode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exitcode CODES PROGRAM [ARGS...]")
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exitcode: %v", err)
		}
		got = ee.ExitCode()
	}
	if !slices.Contains(strings.Split(args[0], ","), strconv.Itoa(got)) {
		ts.Fatalf("exit status %d, want %s", got, args[0])
	}
}
