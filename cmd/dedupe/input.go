package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/dedupe-news/dedupe/ingest"
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
	if ingest.IsURL(arg) {
		return []source{{id: ingest.ID(arg), path: arg}}, nil
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

// matchDates maps the ids of date overrides to their dates, failing on
// an id that no source has.
func matchDates(overrides []dateOverride, srcs []source) (map[string]normalize.Date, error) {
	ids := make(map[string]bool, len(srcs))
	for _, s := range srcs {
		ids[s.id] = true
	}
	dates := make(map[string]normalize.Date, len(overrides))
	for _, o := range overrides {
		if !ids[o.id] {
			return nil, fmt.Errorf("%s: no document has id %q", o.source, o.id)
		}
		dates[o.id] = o.date
	}
	return dates, nil
}

// readOptions say how to read the sources.
type readOptions struct {
	dates        []dateOverride // from --date and the configuration, matched to documents by id
	encodings    encodings
	maxSize      int64         // the most bytes one input may hold; 0 for no limit
	fetchTimeout time.Duration // the most time fetching one URL may take; 0 for no limit
	warn         io.Writer     // where the inputs skipped are reported; nil discards
	saveText     string        // the directory to write each document's text to, "" for none
	allowPrivate bool          // fetch from loopback, private and link-local addresses too
	inputFormat  string        // --input-format: "auto", or the format every input is read as
}

// readDocuments reads, decodes and parses every source (see readArticles),
// each dated by its --date if any, and returns the documents sorted by id
// and the encodings of those that were not UTF-8.
func readDocuments(srcs []source, stdin io.Reader, opts readOptions) ([]normalize.Document, map[string]string, error) {
	arts, err := readArticles(srcs, stdin, opts)
	if err != nil {
		return nil, nil, err
	}
	dates, err := matchDates(opts.dates, articleSources(arts))
	if err != nil {
		return nil, nil, err
	}
	parsed, errs := parseArticles(arts, dates)
	docs := make([]normalize.Document, 0, len(arts))
	decoded := make(map[string]string)
	for i, a := range arts {
		doc, err := parsed[i], errs[i]
		switch {
		case err != nil && a.remote:
			warnf(opts.warn, "skipped %v", err)
			continue
		case err != nil:
			return nil, nil, err
		}
		if enc := a.nonUTF8(); enc != "" {
			decoded[a.id] = enc
		}
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		return nil, nil, errors.New("no input could be read")
	}
	slices.SortFunc(docs, func(a, b normalize.Document) int { return strings.Compare(a.ID, b.ID) })
	if opts.saveText != "" {
		if err := saveTexts(opts.saveText, docs); err != nil {
			return nil, nil, err
		}
	}
	return docs, decoded, nil
}

// readSource returns the bytes of s, failing when there are more than
// maxSize (unless maxSize is 0).
func readSource(s source, stdin io.Reader, maxSize int64) ([]byte, error) {
	if s.path == "-" {
		data, err := readLimited(stdin, maxSize)
		if err != nil {
			return nil, fmt.Errorf("standard input: %w", err)
		}
		return data, nil
	}
	f, err := os.Open(s.path)
	if err != nil {
		return nil, pathError(s.path, err)
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && maxSize > 0 && info.Size() > maxSize {
		return nil, fmt.Errorf("%s: file of %s is over the --max-size limit of %s", s.path, formatSize(info.Size()), formatSize(maxSize))
	}
	data, err := readLimited(f, maxSize)
	if err != nil {
		return nil, pathError(s.path, err)
	}
	return data, nil
}

// readLimited reads r to the end, failing when it holds more than max
// bytes (unless max is 0): memory stays bounded whatever r holds.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	if max <= 0 {
		return io.ReadAll(r)
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("over the --max-size limit of %s", formatSize(max))
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

// parseError returns an error from normalize.Parse of source s naming its
// path (an *normalize.InputError does already). When data is not UTF-8 it
// adds how to read it as Latin-1.
func parseError(s source, data []byte, err error) error {
	ie := (*normalize.InputError)(nil)
	if !errors.As(err, &ie) {
		return fmt.Errorf("%s: %w", s.path, err)
	}
	if !utf8.Valid(data) {
		hinted := *ie
		hinted.Msg += fmt.Sprintf("; or, if it is Latin-1, run dedupe with --encoding latin1 (--encoding %s=latin1 for this file alone)", s.id)
		return &hinted
	}
	return err
}

// parseArticles parses arts on as many goroutines as there are CPUs, all
// sharing one stemmer, and returns each article's document and error in
// the order of arts. Each article's bytes are dropped once parsed: the
// document holds its text.
func parseArticles(arts []article, dates map[string]normalize.Date) ([]normalize.Document, []error) {
	docs, errs := make([]normalize.Document, len(arts)), make([]error, len(arts))
	var stem normalize.Stemmer
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), max(1, len(arts))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				docs[i], errs[i] = arts[i].parse(dates[arts[i].id], &stem)
				arts[i].text = nil
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	return docs, errs
}
