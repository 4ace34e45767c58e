package main

import (
	"bytes"
	"errors"
	"fmt"
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
// seed articles copied into $WORK/seeds and report's golden files into
// $WORK/golden, the README's example configuration in
// $WORK/readme/dedupe.yaml, $REPO set to the root of the repository, the go
// command's settings (GOCACHE, GOPATH, GOFLAGS and the like) as go env
// gives them and GOBIN set to $WORK/bin, and may use the commands
//
//	exitcode CODES PROGRAM [ARGS...]
//	mkfile PATH SIZE TEXT
//
// and the condition [root] (running as root, which reads any file).
// exitcode runs PROGRAM like exec and checks that its exit status is one
// of the comma-separated CODES. mkfile writes TEXT, a Go string literal
// without its quotes ("\x00" for a NUL byte), repeated up to SIZE bytes
// (a --max-size value), or once when SIZE is -.
func TestScript(t *testing.T) {
	seeds, err := filepath.Abs(filepath.Join("..", "..", "testdata", "seeds"))
	if err != nil {
		t.Fatal(err)
	}
	golden, err := filepath.Abs(filepath.Join("..", "..", "report", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("testdata", "script"),
		Setup: func(env *testscript.Env) error {
			if err := os.CopyFS(filepath.Join(env.WorkDir, "golden"), os.DirFS(golden)); err != nil {
				return err
			}
			if err := setGoEnv(env, repo); err != nil {
				return err
			}
			if err := writeReadmeConfig(filepath.Join(env.WorkDir, "readme")); err != nil {
				return err
			}
			return os.CopyFS(filepath.Join(env.WorkDir, "seeds"), os.DirFS(seeds))
		},
		Cmds: map[string]func(*testscript.TestScript, bool, []string){
			"exitcode": cmdExitcode,
			"mkfile":   cmdMkfile,
		},
		Condition: func(cond string) (bool, error) {
			if cond == "root" {
				return os.Geteuid() == 0, nil
			}
			return false, errors.New("unknown condition " + cond)
		},
	})
}

// goEnvVars are the settings of the go command a script that runs it
// needs: testscript gives it no HOME, from which they would default.
var goEnvVars = []string{"GOCACHE", "GOMODCACHE", "GOPATH", "GOFLAGS", "GOPROXY", "GOSUMDB", "GONOSUMDB", "GOPRIVATE", "GOTOOLCHAIN"}

// setGoEnv sets $REPO to repo, GOBIN to $WORK/bin and the variables of
// goEnvVars as go env reports them, when a go command is on the PATH.
func setGoEnv(env *testscript.Env, repo string) error {
	env.Setenv("REPO", repo)
	env.Setenv("GOBIN", filepath.Join(env.WorkDir, "bin"))
	if _, err := exec.LookPath("go"); err != nil {
		return nil // scripts that need it check [exec:go]
	}
	out, err := exec.Command("go", append([]string{"env"}, goEnvVars...)...).Output()
	if err != nil {
		return fmt.Errorf("go env: %v", err)
	}
	values := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(values) != len(goEnvVars) {
		return fmt.Errorf("go env: %d values for %d variables", len(values), len(goEnvVars))
	}
	for i, name := range goEnvVars {
		env.Setenv(name, values[i])
	}
	return nil
}

// writeReadmeConfig writes the README's example configuration to
// dir/dedupe.yaml.
func writeReadmeConfig(dir string) error {
	cfg, err := readmeConfig()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "dedupe.yaml"), []byte(cfg), 0o644)
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

// cmdMkfile is the mkfile script command.
func cmdMkfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: mkfile PATH SIZE TEXT")
	}
	text, err := strconv.Unquote(`"` + args[2] + `"`)
	ts.Check(err)
	data := []byte(text)
	if args[1] != "-" {
		size, err := parseSize(args[1])
		ts.Check(err)
		if len(text) == 0 {
			ts.Fatalf("mkfile: empty TEXT")
		}
		data = bytes.Repeat(data, int(size)/len(text)+1)[:size]
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), data, 0o644))
}
