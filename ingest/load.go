package ingest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// The encodings a document may have been decoded from ([normalize.Document]'s
// Encoding): the two [EncodingRule] may ask for, and UTF-16, found by its
// byte order mark.
const (
	EncodingUTF8    = "utf8"
	EncodingLatin1  = "latin1" // read as Windows-1252, as browsers read it
	EncodingUTF16LE = "utf16le"
	EncodingUTF16BE = "utf16be"
)

// LoadOptions control [Load]. The zero value reads each input as its
// content and name say ([Sniff]), plain text as UTF-8, without a limit of
// size or time, fetching from public addresses only, and reports nothing
// it skips.
type LoadOptions struct {
	// Stdin is what the argument "-" reads; nil reads nothing.
	Stdin io.Reader
	// Format is the format every input is read as; Auto sniffs each.
	Format Format
	// Encodings say what plain text is decoded from, by document id (a
	// rule without an ID is the default); UTF-8 when none says.
	Encodings []EncodingRule
	// Dates give documents their date, by id, over any found in them.
	Dates []DateRule
	// MaxSize is the most bytes one input (a file, standard input or a
	// URL's body) may hold; 0 for no limit.
	MaxSize int64
	// FetchTimeout bounds fetching one URL; 0 for no limit.
	FetchTimeout time.Duration
	// AllowPrivate lets URLs (and redirects) lead to loopback, private and
	// link-local addresses (see [Fetcher]).
	AllowPrivate bool
	// UserAgent is sent with every request; "" sends Go's default.
	UserAgent string
	// Globs choose the files of a directory to read: those whose name, or
	// path inside the directory (with "/") when the pattern has a "/",
	// matches one of them ([path.Match]). None reads every file whose
	// extension is of a kind Load reads: .txt, .rss, .atom, .xml, .jsonl,
	// .ndjson, .html, .htm, .xhtml.
	Globs []string
	// Workers is how many goroutines parse documents; 0 for GOMAXPROCS.
	Workers int
	// Check, if not nil, is given the local files to read (not URLs, not
	// standard input) before any is read; an error from it stops Load.
	Check func(files []string) error
	// Warn, if not nil, is told of each input or item skipped, by an error
	// naming it and saying why.
	Warn func(error)
	// Wording says how errors name these options.
	Wording Wording
}

// EncodingRule says what the plain text of document ID, or of every
// document when ID is "", is decoded from: [EncodingUTF8] or
// [EncodingLatin1].
type EncodingRule struct {
	ID, Encoding string
	// Source says where the rule was given, for errors ("--encoding
	// a=latin1").
	Source string
}

// DateRule is the date of document ID.
type DateRule struct {
	ID   string
	Date timex.Date
	// Source says where the date was given, for errors ("--date a=2023-09").
	Source string
}

// Wording is how the errors of [Load] name its options, so that a command
// can name the flags that set them. Each empty field words it plainly.
type Wording struct {
	// MaxSize names the size limit: "over the MaxSize limit of 10 MiB";
	// "" says "size".
	MaxSize string
	// FetchTimeout names the time limit: "no answer within the
	// FetchTimeout of 20s"; "" says "fetch timeout".
	FetchTimeout string
	// AllowPrivate follows the refusal of a private address, as
	// " (--allow-private-urls allows it)"; "" adds nothing.
	AllowPrivate string
	// Latin1 returns what follows the error of plain text, of document
	// id, that is not UTF-8 (how to read it as Latin-1); nil adds nothing.
	Latin1 func(id string) string
}

func (w Wording) maxSize() string      { return cmp.Or(w.MaxSize, "size") }
func (w Wording) fetchTimeout() string { return cmp.Or(w.FetchTimeout, "fetch timeout") }

// Load reads, decodes and parses the inputs args name, and returns their
// documents sorted by id. An argument is a file, a directory (every file
// of a kind Load reads inside it and its subdirectories, hidden ones left
// out; see [LoadOptions].Globs), an http:// or https:// URL, or "-" for
// opts.Stdin. A plain text input is one document, with its file name
// without the extension as id; a feed, JSON Lines file or HTML page one
// per item (see [Read]), its outlet and URL the item's. URLs are fetched
// several at a time, and documents parsed on opts.Workers goroutines; the
// result does not depend on the order of args or of discovery.
//
// Each document's Encoding is what its text was decoded from when not
// UTF-8, and its Path where it was read from. A URL that cannot be read,
// an item without text and a remote document whose id a local one has
// are skipped and reported to opts.Warn. Any other problem is an error
// naming the input at fault: a path that does not exist, a device, an
// input over opts.MaxSize, text that does not decode or parse, two local
// documents with one id, a rule whose id no document has, or no document
// read at all.
func Load(ctx context.Context, args []string, opts LoadOptions) ([]normalize.Document, error) {
	l, err := newLoader(opts)
	if err != nil {
		return nil, err
	}
	srcs, err := l.collectSources(args)
	if err != nil {
		return nil, err
	}
	if opts.Check != nil {
		if err := opts.Check(localFiles(srcs)); err != nil {
			return nil, err
		}
	}
	if err := l.enc.check(srcs); err != nil {
		return nil, err
	}
	return l.readDocuments(ctx, srcs)
}

// loader is one call of [Load]: its options, checked.
type loader struct {
	LoadOptions
	enc encodings
}

// newLoader checks opts.
func newLoader(opts LoadOptions) (*loader, error) {
	enc, err := newEncodings(opts.Encodings)
	if err != nil {
		return nil, err
	}
	for _, g := range opts.Globs {
		if err := checkGlob(g); err != nil {
			return nil, err
		}
	}
	return &loader{LoadOptions: opts, enc: enc}, nil
}

// warnf reports an input skipped to Warn.
func (l *loader) warnf(format string, args ...any) {
	if l.Warn != nil {
		l.Warn(fmt.Errorf(format, args...))
	}
}

// stdin returns what "-" reads.
func (l *loader) stdin() io.Reader {
	if l.Stdin == nil {
		return strings.NewReader("")
	}
	return l.Stdin
}

// localFiles returns the paths of the sources that are files.
func localFiles(srcs []source) []string {
	var out []string
	for _, s := range srcs {
		if s.path != "-" && !IsURL(s.path) {
			out = append(out, s.path)
		}
	}
	return out
}

// readDocuments reads, decodes and parses every source (see
// readArticles), each dated by its rule if any, and returns the documents
// sorted by id.
func (l *loader) readDocuments(ctx context.Context, srcs []source) ([]normalize.Document, error) {
	arts, err := l.readArticles(ctx, srcs)
	if err != nil {
		return nil, err
	}
	dates, err := l.matchDates(arts)
	if err != nil {
		return nil, err
	}
	parsed, errs := l.parseArticles(arts, dates)
	docs := make([]normalize.Document, 0, len(arts))
	for i, a := range arts {
		doc, err := parsed[i], errs[i]
		switch {
		case err != nil && a.remote:
			l.warnf("%w", err)
			continue
		case err != nil:
			return nil, err
		}
		doc.Encoding = a.nonUTF8()
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		return nil, errors.New("no input could be read")
	}
	slices.SortFunc(docs, func(a, b normalize.Document) int { return strings.Compare(a.ID, b.ID) })
	return docs, nil
}

// matchDates maps the ids of the date rules to their dates, failing on an
// id that no article has.
func (l *loader) matchDates(arts []article) (map[string]timex.Date, error) {
	ids := make(map[string]bool, len(arts))
	for _, a := range arts {
		ids[a.id] = true
	}
	dates := make(map[string]timex.Date, len(l.Dates))
	for _, d := range l.Dates {
		if !ids[d.ID] {
			return nil, fmt.Errorf("%s: no document has id %q", d.Source, d.ID)
		}
		dates[d.ID] = d.Date
	}
	return dates, nil
}
