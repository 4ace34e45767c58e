package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// seedResult parses the seed articles in ../testdata/seeds, each with its
// file name as id, and compares them.
func seedResult(t *testing.T) *compare.Result {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var docs []normalize.Document
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(p)
		id := strings.TrimSuffix(name, ".txt")
		// The path dedupe gives a file of the directory "seeds", so that
		// cmd/dedupe's end-to-end test can share the golden files.
		doc, err := normalize.Parse(id, "seeds/"+name, data, normalize.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return compare.Run(docs, compare.Options{})
}

// TestGolden prints the seed articles and the hand-built sample in every
// format and compares the output with testdata/<name>.<ext>.golden.
// Run "go test ./report -update" to rewrite the files, then review the diff.
func TestGolden(t *testing.T) {
	results := []struct {
		name   string
		result func(*testing.T) *compare.Result
	}{
		{"seeds", seedResult},
		{"sample", sampleResult},
	}
	for _, res := range results {
		for _, f := range Formats() {
			name := goldenName(res.name, f)
			t.Run(name, func(t *testing.T) {
				var got bytes.Buffer
				if err := Write(&got, f, &Report{Result: res.result(t)}); err != nil {
					t.Fatal(err)
				}
				checkGolden(t, filepath.Join("testdata", name), got.Bytes())
			})
		}
	}
}

// goldenName returns the name of the golden file holding format f of the
// inputs called name: "seeds.md.golden". cmd/dedupe's end-to-end tests
// compare the command's output with the same files.
func goldenName(name string, f Format) string {
	ext := string(f)
	if f == FormatMarkdown {
		ext = "md"
	}
	return name + "." + ext + ".golden"
}

// checkGolden compares got with the golden file at path, or rewrites the
// file with got under -update.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run go test ./report -update and review the diff):\n%s", path, firstDiff(string(want), string(got)))
	}
}

// firstDiff describes the first line where want and got differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g || i >= len(wl) || i >= len(gl) {
			return "line " + strconv.Itoa(i+1) + ":\n-want " + strconv.Quote(w) + "\n+got  " + strconv.Quote(g)
		}
	}
	return "(no line differs)"
}
