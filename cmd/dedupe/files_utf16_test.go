package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// TestUTF16 checks that a file in UTF-16 with a byte order mark is decoded,
// its encoding reported like latin1's, and that one without a BOM is
// refused with an error that says it may be UTF-16.
func TestUTF16(t *testing.T) {
	const text = "El Gobierno aprobó el plan de «reconstrucción».\n"
	encode := func(e unicode.Endianness, bom unicode.BOMPolicy) string {
		s, err := unicode.UTF16(e, bom).NewEncoder().String(text)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	tests := []struct {
		name     string
		data     string
		args     []string
		wantEnc  string // "" for an error
		wantErr  string
		wantText string
	}{
		{"little-endian", encode(unicode.LittleEndian, unicode.UseBOM), nil, "utf16le", "", text},
		{"big-endian", encode(unicode.BigEndian, unicode.UseBOM), nil, "utf16be", "", text},
		{"the BOM wins over --encoding", encode(unicode.LittleEndian, unicode.UseBOM), []string{"--encoding", "latin1"}, "utf16le", "", text},
		{"as --input-format text", encode(unicode.BigEndian, unicode.UseBOM), []string{"--input-format", "text"}, "utf16be", "", text},
		{"UTF-8 with a BOM", "\ufeff" + text, nil, "utf8", "", "\ufeff" + text},
		{"little-endian without a BOM", encode(unicode.LittleEndian, unicode.IgnoreBOM), nil, "",
			"a.txt:1: binary file (NUL byte): want UTF-8 text; the file looks like UTF-16 without a byte order mark: convert it to UTF-8", ""},
		{"big-endian without a BOM", encode(unicode.BigEndian, unicode.IgnoreBOM), nil, "",
			"a.txt:1: binary file (NUL byte): want UTF-8 text; the file looks like UTF-16 without a byte order mark: convert it to UTF-8", ""},
		{"odd length", "\xff\xfeE\x00l\x00\n", nil, "", "a.txt: decoding utf16le: ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "a.txt")
			writeFiles(t, dir, map[string]string{"a.txt": tc.data})
			saved := filepath.Join(dir, "saved")
			code, rep, stderr := runFeeds(t, append(tc.args, "--save-text", saved, p)...)
			if tc.wantEnc == "" {
				if want := "dedupe: " + filepath.Join(dir, tc.wantErr); code != exitError || !strings.HasPrefix(stderr, want) {
					t.Errorf("run = %d, stderr %q; want 2, %q", code, stderr, want)
				}
				return
			}
			if code > exitFindings {
				t.Fatalf("run = %d, stderr %q; want 0 or 1", code, stderr)
			}
			if len(rep.Documents) != 1 || rep.Documents[0].Encoding != tc.wantEnc {
				t.Fatalf("documents %+v; want one, encoding %s", rep.Documents, tc.wantEnc)
			}
			got, err := os.ReadFile(filepath.Join(saved, "a.txt"))
			if err != nil || string(got) != tc.wantText {
				t.Errorf("saved text %q, %v; want %q", got, err, tc.wantText)
			}
			checkCoverage(t, rep, "a", string(got))
		})
	}
}
