package ingest

import (
	"bytes"
	"cmp"
	"fmt"
	"maps"
	"slices"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// encodings says what each plain text input is decoded from: a default,
// and some documents' own.
type encodings struct {
	all     string            // "" for EncodingUTF8
	byID    map[string]string // document id → encoding
	sources map[string]string // document id → where its rule was given, for errors
}

// newEncodings reads the rules: each encoding must be EncodingUTF8 or
// EncodingLatin1; a later rule for one id wins.
func newEncodings(rules []EncodingRule) (encodings, error) {
	e := encodings{byID: map[string]string{}, sources: map[string]string{}}
	for _, r := range rules {
		if r.Encoding != EncodingUTF8 && r.Encoding != EncodingLatin1 {
			return encodings{}, fmt.Errorf("%s: invalid encoding %q: want %s or %s", cmp.Or(r.Source, "ingest"), r.Encoding, EncodingUTF8, EncodingLatin1)
		}
		if r.ID == "" {
			e.all = r.Encoding
			continue
		}
		e.byID[r.ID], e.sources[r.ID] = r.Encoding, r.Source
	}
	return e, nil
}

// of returns the encoding of document id.
func (e encodings) of(id string) string {
	if enc, ok := e.byID[id]; ok {
		return enc
	}
	return cmp.Or(e.all, EncodingUTF8)
}

// check fails on a rule whose id no source has.
func (e encodings) check(srcs []source) error {
	ids := make(map[string]bool, len(srcs))
	for _, s := range srcs {
		ids[s.id] = true
	}
	for _, id := range slices.Sorted(maps.Keys(e.byID)) {
		if !ids[id] {
			return fmt.Errorf("%s: no document has id %q", cmp.Or(e.sources[id], "encoding "+id), id)
		}
	}
	return nil
}

// decode converts data from encoding enc to UTF-8. Latin-1 is read as
// Windows-1252, as web browsers read it: the same letters, plus the
// quotation marks and dashes that Windows puts in 0x80–0x9F.
func decode(data []byte, enc string) ([]byte, error) {
	if enc != EncodingLatin1 {
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
		e, enc = unicode.LittleEndian, EncodingUTF16LE
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		e, enc = unicode.BigEndian, EncodingUTF16BE
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
