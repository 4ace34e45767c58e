package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"golang.org/x/text/encoding/charmap"

	"github.com/dedupe-news/dedupe/report"
)

// encLatin1 is the --encoding of Latin-1 text; report.EncodingUTF8 is the
// default.
const encLatin1 = "latin1"

// encodings says what each input is decoded from: --encoding ENC sets
// the default, --encoding ID=ENC one document's.
type encodings struct {
	all  string            // "" for report.EncodingUTF8
	byID map[string]string // document id → encoding
	args map[string]string // document id → the --encoding value, for messages
}

// parseEncodings reads the --encoding values.
func parseEncodings(args []string) (encodings, error) {
	e := encodings{byID: map[string]string{}, args: map[string]string{}}
	for _, arg := range args {
		id, enc, ok := strings.Cut(arg, "=")
		if !ok {
			id, enc = "", arg
		}
		if enc != report.EncodingUTF8 && enc != encLatin1 {
			return encodings{}, usagef("invalid --encoding %q: want utf8 or latin1, or ID=utf8 or ID=latin1", arg)
		}
		switch {
		case ok && id == "":
			return encodings{}, usagef("invalid --encoding %q: empty document id", arg)
		case ok:
			e.byID[id], e.args[id] = enc, arg
		default:
			e.all = enc
		}
	}
	return e, nil
}

// of returns the encoding of document id.
func (e encodings) of(id string) string {
	if enc, ok := e.byID[id]; ok {
		return enc
	}
	return cmp.Or(e.all, report.EncodingUTF8)
}

// check fails on an --encoding ID=… whose id no source has.
func (e encodings) check(srcs []source) error {
	ids := make(map[string]bool, len(srcs))
	for _, s := range srcs {
		ids[s.id] = true
	}
	for _, id := range slices.Sorted(maps.Keys(e.args)) {
		if !ids[id] {
			return fmt.Errorf("--encoding %s: no document has id %q", e.args[id], id)
		}
	}
	return nil
}

// decode converts data from encoding enc to UTF-8. Latin-1 is read as
// Windows-1252, as web browsers read it: the same letters, plus the
// quotation marks and dashes that Windows puts in 0x80–0x9F.
func decode(data []byte, enc string) ([]byte, error) {
	if enc != encLatin1 {
		return data, nil
	}
	return charmap.Windows1252.NewDecoder().Bytes(data)
}
