package main

import (
	"bytes"
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/dedupe-news/dedupe/report"
)

// encLatin1 is the --encoding of Latin-1 text; report.EncodingUTF8 is the
// default.
const encLatin1 = "latin1"

// The encodings of UTF-16 text, found by its byte order mark, not asked
// for with --encoding.
const (
	encUTF16LE = "utf16le"
	encUTF16BE = "utf16be"
)

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

// decodeText converts plain text data to UTF-8 and returns the encoding it
// was decoded from: UTF-16 when data starts with its byte order mark, as
// browsers read it whatever else they are told; else enc.
func decodeText(data []byte, enc string) ([]byte, string, error) {
	var e unicode.Endianness
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		e, enc = unicode.LittleEndian, encUTF16LE
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		e, enc = unicode.BigEndian, encUTF16BE
	default:
		text, err := decode(data, enc)
		return text, enc, err
	}
	if err := checkUTF16(data, e); err != nil {
		return nil, enc, err
	}
	text, err := unicode.UTF16(e, unicode.ExpectBOM).NewDecoder().Bytes(data)
	return text, enc, err
}

// checkUTF16 fails unless data, with its byte order mark, is UTF-16 of
// endianness e: whole code units, surrogates in pairs. (The decoder would
// put U+FFFD in their place.)
func checkUTF16(data []byte, e unicode.Endianness) error {
	if len(data)%2 != 0 {
		return fmt.Errorf("odd number of bytes (%d): the file is cut short", len(data))
	}
	unit := func(i int) rune {
		if e == unicode.BigEndian {
			return rune(data[i])<<8 | rune(data[i+1])
		}
		return rune(data[i+1])<<8 | rune(data[i])
	}
	for i := 2; i < len(data); i += 2 {
		r := unit(i)
		if !utf16.IsSurrogate(r) {
			continue
		}
		if i+2 >= len(data) || utf16.DecodeRune(r, unit(i+2)) == utf8.RuneError {
			return fmt.Errorf("invalid UTF-16 at byte %d: a lone surrogate", i)
		}
		i += 2
	}
	return nil
}

// looksUTF16 reports whether data looks like UTF-16 without a byte order
// mark: in most code units of its start one byte is zero, nearly always
// the same one, as in Spanish text.
func looksUTF16(data []byte) bool {
	data = data[:min(len(data), 4096)&^1]
	var zeros [2]int // at even, odd offsets
	for i, b := range data {
		if b == 0 {
			zeros[i%2]++
		}
	}
	units := len(data) / 2
	lo, hi := min(zeros[0], zeros[1]), max(zeros[0], zeros[1])
	return units > 0 && hi > units/2 && lo <= hi/16
}
