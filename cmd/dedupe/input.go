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
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// stdinID is the id of the document read from standard input.
const stdinID = "stdin"

// source is one article to read.
type source struct {
	id   string // the document id: the file name without extension
	path string // as given or found in a directory; "-" for standard input
	root string // for a file found in a directory: that directory, which reading it may not leave
	name string // then the file's path inside root, its links resolved when listed
	url  string // for a URL: as given, credentials included (path is without them)
}

// collectSources expands args into the articles to read: a file stands for
// itself, a directory for the *.txt files directly inside it (in name
// order) and "-" for standard input. It fails on a path that does not
// exist, a device, a directory without .txt files and two local articles
// with one id; a URL whose id another input has is reported on warn and
// dropped.
func collectSources(args []string, warn io.Writer) ([]source, error) {
	var srcs []source
	for _, arg := range args {
		more, err := expandArg(arg, warn)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, more...)
	}
	return uniqueSources(srcs, warn)
}

// expandArg returns the articles one argument names. A named pipe given as
// an argument is read (it waits for a writer, as asked); a device or
// socket is refused. A symbolic link is followed wherever it leads.
func expandArg(arg string, warn io.Writer) ([]source, error) {
	if arg == "-" {
		return []source{{id: stdinID, path: "-"}}, nil
	}
	if ingest.IsURL(arg) {
		return []source{{id: ingest.ID(arg), path: ingest.StripCredentials(arg), url: arg}}, nil
	}
	info, err := os.Stat(arg)
	switch {
	case err != nil:
		return nil, pathError(arg, err)
	case info.IsDir():
		return dirSources(arg, warn)
	case !readableArg(info.Mode()):
		return nil, notRegular(arg, info.Mode())
	}
	return []source{{id: docID(arg), path: arg}}, nil
}

// readableArg reports whether a file of mode m may be read when named as
// an argument: a regular file or a named pipe.
func readableArg(m fs.FileMode) bool {
	return m.IsRegular() || m&fs.ModeNamedPipe != 0
}

// notRegular returns the error, or the reason for skipping, of path: a
// file of mode m that is not a regular file.
func notRegular(path string, m fs.FileMode) error {
	return fmt.Errorf("%s: not a regular file (%s)", path, fileKind(m))
}

// fileKind names the kind of file of mode m, for messages.
func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "an irregular file"
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

// uniqueSources checks that no two sources have one id. When one of
// them is a URL it is dropped, reported on warn, and the other kept (a
// local file over a URL); two local sources with one id are an error.
func uniqueSources(srcs []source, warn io.Writer) ([]source, error) {
	out := make([]source, 0, len(srcs))
	at := make(map[string]int, len(srcs)) // id → index in out
	for _, s := range srcs {
		i, ok := at[s.id]
		if !ok {
			at[s.id] = len(out)
			out = append(out, s)
			continue
		}
		keep, drop := out[i], s
		if ingest.IsURL(keep.path) && !ingest.IsURL(drop.path) {
			keep, drop = drop, keep
		}
		if !ingest.IsURL(drop.path) {
			return nil, fmt.Errorf("%s: duplicate document id %q, also used by %s", s.path, s.id, out[i].path)
		}
		warnf(warn, "skipped %s: document id %q is already used by %s", drop.path, s.id, keep.path)
		out[i] = keep
	}
	return out, nil
}

// matchDates maps the ids of date overrides to their dates, failing on
// an id that no source has.
func matchDates(overrides []dateOverride, srcs []source) (map[string]timex.Date, error) {
	ids := make(map[string]bool, len(srcs))
	for _, s := range srcs {
		ids[s.id] = true
	}
	dates := make(map[string]timex.Date, len(overrides))
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
// each dated by its --date if any, and returns the documents sorted by id,
// the encodings of those that were not UTF-8 and the ids of those whose
// path names no file holding their text (see extractedText).
func readDocuments(srcs []source, stdin io.Reader, opts readOptions) ([]normalize.Document, map[string]string, map[string]bool, error) {
	arts, err := readArticles(srcs, stdin, opts)
	if err != nil {
		return nil, nil, nil, err
	}
	dates, err := matchDates(opts.dates, articleSources(arts))
	if err != nil {
		return nil, nil, nil, err
	}
	parsed, errs := parseArticles(arts, dates)
	docs := make([]normalize.Document, 0, len(arts))
	decoded := make(map[string]string)
	extracted := make(map[string]bool)
	for i, a := range arts {
		doc, err := parsed[i], errs[i]
		switch {
		case err != nil && a.remote:
			warnf(opts.warn, "skipped %v", err)
			continue
		case err != nil:
			return nil, nil, nil, err
		}
		if enc := a.nonUTF8(); enc != "" {
			decoded[a.id] = enc
		}
		if a.extractedText() {
			extracted[a.id] = true
		}
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		return nil, nil, nil, errors.New("no input could be read")
	}
	slices.SortFunc(docs, func(a, b normalize.Document) int { return strings.Compare(a.ID, b.ID) })
	if opts.saveText != "" {
		if err := saveTexts(opts.saveText, docs, srcs); err != nil {
			return nil, nil, nil, err
		}
	}
	return docs, decoded, extracted, nil
}

// readSource returns the bytes of s, failing when there are more than
// maxSize (unless maxSize is 0) or when s is not a regular file (or a
// named pipe given as an argument): the check is made on the file opened,
// whatever it was when listed.
func readSource(s source, stdin io.Reader, maxSize int64) ([]byte, error) {
	if s.path == "-" {
		data, err := readLimited(stdin, maxSize)
		if err != nil {
			return nil, fmt.Errorf("standard input: %w", err)
		}
		return data, nil
	}
	f, err := openSource(s)
	if err != nil {
		return nil, pathError(s.path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	switch {
	case err != nil:
		return nil, pathError(s.path, err)
	case !info.Mode().IsRegular() && (s.root != "" || !readableArg(info.Mode())):
		return nil, notRegular(s.path, info.Mode())
	case info.Mode().IsRegular() && maxSize > 0 && info.Size() > maxSize:
		return nil, fmt.Errorf("%s: file of %s is over the --max-size limit of %s", s.path, formatSize(info.Size()), formatSize(maxSize))
	}
	data, err := readLimited(f, maxSize)
	if err != nil {
		return nil, pathError(s.path, err)
	}
	return data, nil
}

// openSource opens the file of s. One found in a directory is opened
// inside it, without blocking: a link cannot lead it out of the directory,
// nor a named pipe put there since it was listed hold it up.
func openSource(s source) (*os.File, error) {
	if s.root == "" {
		return os.Open(s.path)
	}
	root, err := os.OpenRoot(s.root)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	return root.OpenFile(s.name, os.O_RDONLY|openNonblock, 0)
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
// path (an *normalize.InputError does already). When data looks like
// UTF-16 without a byte order mark it says so; else when it is not UTF-8
// it adds how to read it as Latin-1.
func parseError(s source, data []byte, err error) error {
	ie := (*normalize.InputError)(nil)
	if !errors.As(err, &ie) {
		return fmt.Errorf("%s: %w", s.path, err)
	}
	if looksUTF16(data) {
		hinted := *ie
		hinted.Msg += "; the file looks like UTF-16 without a byte order mark: convert it to UTF-8"
		return &hinted
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
func parseArticles(arts []article, dates map[string]timex.Date) ([]normalize.Document, []error) {
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
