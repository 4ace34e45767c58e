package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dedupe-news/dedupe/normalize"
)

// stdinID is the id of the document read from standard input.
const stdinID = "stdin"

// source is one article to read.
type source struct {
	id   string // the document id: the file name without extension
	path string // as given or found in a directory; "-" for standard input
}

// collectSources expands args into the articles to read: a file stands for
// itself, a directory for the *.txt files directly inside it (in name
// order) and "-" for standard input. It fails on a path that does not
// exist, a directory without .txt files and two articles with one id.
func collectSources(args []string) ([]source, error) {
	var srcs []source
	for _, arg := range args {
		more, err := expandArg(arg)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, more...)
	}
	return srcs, checkUniqueIDs(srcs)
}

// expandArg returns the articles one argument names.
func expandArg(arg string) ([]source, error) {
	if arg == "-" {
		return []source{{id: stdinID, path: "-"}}, nil
	}
	info, err := os.Stat(arg)
	if err != nil {
		return nil, pathError(arg, err)
	}
	if !info.IsDir() {
		return []source{{id: docID(arg), path: arg}}, nil
	}
	return dirSources(arg)
}

// dirSources returns the *.txt files directly inside dir, by name.
func dirSources(dir string) ([]source, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, pathError(dir, err)
	}
	var srcs []source
	for _, e := range entries {
		if e.IsDir() || filepath.Ext(e.Name()) != ".txt" {
			continue
		}
		p := filepath.Join(dir, e.Name())
		srcs = append(srcs, source{id: docID(p), path: p})
	}
	if len(srcs) == 0 {
		return nil, fmt.Errorf("%s: directory holds no .txt files", dir)
	}
	return srcs, nil
}

// docID returns the id of the document at path: its file name without the
// extension, or the whole name when that would leave nothing (".txt").
func docID(path string) string {
	base := filepath.Base(path)
	if id := strings.TrimSuffix(base, filepath.Ext(base)); id != "" {
		return id
	}
	return base
}

// checkUniqueIDs fails when two sources have the same id.
func checkUniqueIDs(srcs []source) error {
	paths := make(map[string]string, len(srcs))
	for _, s := range srcs {
		if prev, ok := paths[s.id]; ok {
			return fmt.Errorf("%s: duplicate document id %q, also used by %s", s.path, s.id, prev)
		}
		paths[s.id] = s.path
	}
	return nil
}

// matchDates maps the ids of --date overrides to their dates, failing on
// an id that no source has.
func matchDates(overrides []dateOverride, srcs []source) (map[string]normalize.Date, error) {
	ids := make(map[string]bool, len(srcs))
	for _, s := range srcs {
		ids[s.id] = true
	}
	dates := make(map[string]normalize.Date, len(overrides))
	for _, o := range overrides {
		if !ids[o.id] {
			return nil, fmt.Errorf("--date %s: no document has id %q", o.arg, o.id)
		}
		dates[o.id] = o.date
	}
	return dates, nil
}

// readDocuments reads and parses every source, with the date given for
// its id if any, and returns the documents sorted by id.
func readDocuments(srcs []source, stdin io.Reader, dates map[string]normalize.Date) ([]normalize.Document, error) {
	docs := make([]normalize.Document, 0, len(srcs))
	for _, s := range srcs {
		data, err := readSource(s, stdin)
		if err != nil {
			return nil, err
		}
		doc, err := normalize.Parse(s.id, s.path, data, normalize.Options{Date: dates[s.id]})
		if err != nil {
			return nil, parseError(s.path, err)
		}
		docs = append(docs, doc)
	}
	slices.SortFunc(docs, func(a, b normalize.Document) int { return strings.Compare(a.ID, b.ID) })
	return docs, nil
}

// readSource returns the bytes of s.
func readSource(s source, stdin io.Reader) ([]byte, error) {
	if s.path != "-" {
		data, err := os.ReadFile(s.path)
		if err != nil {
			return nil, pathError(s.path, err)
		}
		return data, nil
	}
	data, err := io.ReadAll(stdin)
	if err != nil {
		return nil, fmt.Errorf("standard input: %w", err)
	}
	return data, nil
}

// pathError returns err about path as "path: reason", without the name
// of the system call an *fs.PathError carries.
func pathError(path string, err error) error {
	if pe := (*fs.PathError)(nil); errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s: %w", path, err)
}

// parseError returns an error from normalize.Parse naming path: an
// *normalize.InputError does already.
func parseError(path string, err error) error {
	if ie := (*normalize.InputError)(nil); errors.As(err, &ie) {
		return err
	}
	return fmt.Errorf("%s: %w", path, err)
}
