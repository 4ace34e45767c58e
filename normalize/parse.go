package normalize

import (
	"fmt"
)

// Options control [Parse]. The zero value parses with no overrides.
type Options struct {
	// Date, when set, overrides any date found in the document
	// (--date ID=YYYY-MM[-DD]); its source is then DateFromFlag.
	Date Date
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
// from (for messages). The input must be UTF-8; a BOM and CRLF line ends are
// accepted. Every byte of data that is not white space ends up in exactly
// one sentence.
func Parse(id, path string, data []byte, opts Options) (Document, error) {
	doc := Document{ID: id, Path: path, Text: string(data), DateSource: DateFromNone}
	_ = opts
	return doc, nil
}
