package normalize

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dedupe-news/dedupe/normalize/timex"
)

// Options control [Parse]. The zero value parses with no overrides.
type Options struct {
	// Date, when set, overrides any date found in the document
	// (--date ID=YYYY-MM[-DD]); its source is then DateFromFlag.
	Date timex.Date
	// Stemmer memoizes stems across documents; nil uses a fresh one.
	Stemmer *Stemmer
	// Sentences keeps each sentence whole; by default a sentence that
	// joins two claims ("…, y otro grupo viajó …") is split into clauses.
	Sentences bool
}

// InputError is a problem with an input file: it names the file and, where
// one applies, the line.
type InputError struct {
	Path string
	Line int // 1-based, 0 when the problem is not on one line
	Msg  string
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// Parse reads one article. id names the document, path is where data came
// from (for messages). The input must be UTF-8 text; a BOM and CRLF line
// ends are accepted. Every non-blank line of data ends up in sentences
// (claims, or metadata, heading and caption lines), so nothing is dropped.
func Parse(id, path string, data []byte, opts Options) (Document, error) {
	if err := checkText(path, data); err != nil {
		return Document{}, err
	}
	doc := Document{ID: id, Path: path, Text: string(data), DateSource: DateFromNone}
	p := parser{doc: &doc, stem: opts.Stemmer}
	if p.stem == nil {
		p.stem = new(Stemmer)
	}
	p.paragraphs()
	if !opts.Date.IsZero() {
		doc.Date, doc.DateSource = opts.Date, DateFromFlag
	}
	for i := range doc.Sentences {
		p.tokenize(&doc.Sentences[i])
	}
	if !opts.Sentences {
		p.splitClauses()
	}
	p.times = timex.Tagger{Anchor: doc.Date}
	for i := range doc.Sentences {
		if doc.Sentences[i].Kind == KindClaim {
			p.analyzeClaim(&doc.Sentences[i])
		}
	}
	p.trim()
	return doc, nil
}

// trim gives the document's slices that appends left with room to spare
// their length as capacity: a feed's documents stay in memory together.
func (p *parser) trim() {
	p.doc.Sentences = exact(p.doc.Sentences)
	for i := range p.doc.Sentences {
		s := &p.doc.Sentences[i]
		s.Mentions, s.Times, s.Numbers = exact(s.Mentions), exact(s.Times), exact(s.Numbers)
		s.Titles, s.Speakers, s.Agents, s.Cues = exact(s.Titles), exact(s.Speakers), exact(s.Agents), exact(s.Cues)
	}
}

// exact returns s, or a copy of it without spare capacity.
func exact[S ~[]E, E any](s S) S {
	if cap(s) == len(s) {
		return s
	}
	return append(make(S, 0, len(s)), s...)
}

// checkText rejects input that is not UTF-8 text.
func checkText(path string, data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &InputError{Path: path, Line: 1 + bytes.Count(data[:i], []byte("\n")), Msg: "binary file (NUL byte): want UTF-8 text"}
	}
	if !utf8.Valid(data) {
		i := invalidUTF8(data)
		return &InputError{Path: path, Line: 1 + bytes.Count(data[:i], []byte("\n")),
			Msg: fmt.Sprintf("invalid UTF-8 at byte %d: the file may be Latin-1 (ISO-8859-1); convert it to UTF-8", i)}
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, bom))) == 0 {
		return &InputError{Path: path, Msg: "empty file: no text to compare"}
	}
	return nil
}

var bom = []byte("\ufeff")

// invalidUTF8 returns the offset of the first invalid byte in data.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// parser splits one document into sentences.
type parser struct {
	doc  *Document
	stem *Stemmer
	// seen counts the paragraphs read; header lines are only looked for in
	// the first ones.
	seen int
	// times reads the claims' temporal expressions in order, so that "ese
	// mismo día" finds the date told before it.
	times timex.Tagger
}

// paragraphs walks the lines of the document; each non-blank line is a
// paragraph.
func (p *parser) paragraphs() {
	text := p.doc.Text
	off := 0
	if strings.HasPrefix(text, "\ufeff") {
		off = len("\ufeff")
	}
	for off < len(text) {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		if s := trimSpan(text, off, end); s.Len() > 0 {
			p.paragraph(s)
		}
		off = end + 1
	}
}

// paragraph classifies one line: header and metadata lines first, then the
// sentences of the rest.
func (p *parser) paragraph(s Span) {
	p.seen++
	text := p.doc.Text
	if p.seen <= 2 {
		s = p.openingLines(s)
		if s.Len() == 0 {
			return
		}
	}
	line := text[s.Start:s.End]
	switch {
	case sourceLine.MatchString(line):
		if u := url.FindString(line); u != "" && p.doc.URL == "" {
			p.doc.URL = u
		}
		p.add(s, KindMetadata)
	case captionEnd.MatchString(line) && !hasFinalPunct(line[:len(line)-len(captionEnd.FindString(line))]):
		p.add(s, KindCaption)
	case isSubheading(line):
		p.add(s, KindHeading)
	default:
		for _, sub := range splitSentences(line) {
			p.add(Span{s.Start + sub.Start, s.Start + sub.End}, KindClaim)
		}
	}
}

// openingLines takes the metadata off the start of one of the first
// paragraphs and returns what is left of it.
func (p *parser) openingLines(s Span) Span {
	text := p.doc.Text
	if m := dateHeader.FindStringSubmatchIndex(text[s.Start:s.End]); m != nil {
		if d, err := timex.ParseDate(text[s.Start+m[2] : s.Start+m[3]]); err == nil && p.doc.DateSource == DateFromNone {
			p.doc.Date, p.doc.DateSource = d, DateFromHeader
		}
		p.add(Span{s.Start, s.Start + m[1]}, KindMetadata)
		s = trimSpan(text, s.Start+m[1], s.End)
	}
	if s.Len() == 0 {
		return s
	}
	line := text[s.Start:s.End]
	if m := outletLine.FindStringSubmatchIndex(line); m != nil && !hasFinalPunct(line) {
		p.doc.Outlet = line[m[2]:m[3]]
		p.setDate(lineDate(line), DateFromOutlet)
		p.add(s, KindMetadata)
		return Span{s.End, s.End}
	}
	if m := dateline.FindStringSubmatchIndex(line); m != nil {
		if p.doc.Outlet == "" {
			p.doc.Outlet = strings.TrimSpace(line[m[2]:m[3]])
		}
		p.setDate(lineDate(line[:m[1]]), DateFromDateline)
		p.add(Span{s.Start, s.Start + m[1]}, KindMetadata)
		s = trimSpan(text, s.Start+m[1], s.End)
	}
	return s
}

// setDate records d as the document date unless one is known already.
func (p *parser) setDate(d timex.Date, src DateSource) {
	if !d.IsZero() && p.doc.DateSource == DateFromNone {
		p.doc.Date, p.doc.DateSource = d, src
	}
}

// lineDate returns the first explicit date of a metadata line
// ("infoinfusion 4 septiembre, 2023 | Hace 2 años" → 2023-09-04).
func lineDate(line string) timex.Date {
	for _, t := range timex.Find(line, timex.Date{}) {
		if t.Kind != timex.KindDate || t.Relative || t.Mod != "" {
			continue
		}
		if d, err := timex.ParseDate(t.Value); err == nil {
			return d
		}
	}
	return timex.Date{}
}

// add appends a sentence of the given kind.
func (p *parser) add(s Span, kind SentenceKind) {
	p.doc.Sentences = append(p.doc.Sentences, Sentence{Span: s, Kind: kind, Text: p.doc.Text[s.Start:s.End]})
}

// trimSpan returns [start, end) of text without surrounding white space.
func trimSpan(text string, start, end int) Span {
	spans := appendTrimmed(nil, text, start, end)
	if len(spans) == 0 {
		return Span{end, end}
	}
	return spans[0]
}
