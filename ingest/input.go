package ingest

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

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
// itself, a directory for the files chosen inside it and its
// subdirectories (see dirSources) and "-" for standard input. It fails on
// a path that does not exist, a device, a directory without a file to read
// and two local articles with one id; a URL whose id another input has is
// reported to Warn and dropped.
func (l *loader) collectSources(args []string) ([]source, error) {
	var srcs []source
	for _, arg := range args {
		more, err := l.expandArg(arg)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, more...)
	}
	return l.uniqueSources(srcs)
}

// expandArg returns the articles one argument names. A named pipe given as
// an argument is read (it waits for a writer, as asked); a device or
// socket is refused. A symbolic link is followed wherever it leads.
func (l *loader) expandArg(arg string) ([]source, error) {
	if arg == "-" {
		return []source{{id: stdinID, path: "-"}}, nil
	}
	if IsURL(arg) {
		return []source{{id: ID(arg), path: StripCredentials(arg), url: arg}}, nil
	}
	info, err := os.Stat(arg)
	switch {
	case err != nil:
		return nil, pathError(arg, err)
	case info.IsDir():
		return l.dirSources(arg)
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
func (l *loader) uniqueSources(srcs []source) ([]source, error) {
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
		if IsURL(keep.path) && !IsURL(drop.path) {
			keep, drop = drop, keep
		}
		if !IsURL(drop.path) {
			return nil, fmt.Errorf("%s: duplicate document id %q, also used by %s", s.path, s.id, out[i].path)
		}
		l.warnf("%s: document id %q is already used by %s", drop.path, s.id, keep.path)
		out[i] = keep
	}
	return out, nil
}

// readSource returns the bytes of s, failing when there are more than
// maxSize (unless maxSize is 0) or when s is not a regular file (or a
// named pipe given as an argument): the check is made on the file opened,
// whatever it was when listed.
func (l *loader) readSource(s source) ([]byte, error) {
	maxSize := l.MaxSize
	if s.path == "-" {
		data, err := l.readLimited(l.stdin())
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
		return nil, fmt.Errorf("%s: file of %s is over the %s limit of %s", s.path, formatSize(info.Size()), l.Wording.maxSize(), formatSize(maxSize))
	}
	data, err := l.readLimited(f)
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

// readLimited reads r to the end, failing when it holds more than
// MaxSize bytes (unless MaxSize is 0): memory stays bounded whatever r
// holds.
func (l *loader) readLimited(r io.Reader) ([]byte, error) {
	max := l.MaxSize
	if max <= 0 {
		return io.ReadAll(r)
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("over the %s limit of %s", l.Wording.maxSize(), formatSize(max))
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
func (l *loader) parseError(s source, data []byte, err error) error {
	ie := (*normalize.InputError)(nil)
	if !errors.As(err, &ie) {
		return fmt.Errorf("%s: %w", s.path, err)
	}
	if looksUTF16(data) {
		hinted := *ie
		hinted.Msg += "; the file looks like UTF-16 without a byte order mark: convert it to UTF-8"
		return &hinted
	}
	if !utf8.Valid(data) && l.Wording.Latin1 != nil {
		hinted := *ie
		hinted.Msg += l.Wording.Latin1(s.id)
		return &hinted
	}
	return err
}

// parseArticles parses arts on Workers goroutines (GOMAXPROCS when 0),
// all sharing one stemmer, and returns each article's document and error
// in the order of arts. Each article's bytes are dropped once parsed: the
// document holds its text.
func (l *loader) parseArticles(arts []article, dates map[string]timex.Date) ([]normalize.Document, []error) {
	docs, errs := make([]normalize.Document, len(arts)), make([]error, len(arts))
	var stem normalize.Stemmer
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(cmp.Or(l.Workers, runtime.GOMAXPROCS(0)), max(1, len(arts))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				docs[i], errs[i] = l.parse(arts[i], dates[arts[i].id], &stem)
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
