package report

import "testing"

func TestLineIndexPosition(t *testing.T) {
	const text = "ab\nc\r\n\nñd\n"
	tests := []struct {
		name      string
		offset    int
		line, col int
	}{
		{"start", 0, 1, 1},
		{"inside first line", 1, 1, 2},
		{"newline ends its line", 2, 1, 3},
		{"second line", 3, 2, 1},
		{"carriage return", 4, 2, 2},
		{"empty line", 6, 3, 1},
		{"column counts bytes", 9, 4, 3}, // "ñ" is two bytes
		{"end of text", len(text), 5, 1},
		{"negative offset", -4, 1, 1},
	}
	ix := newLineIndex(text)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			line, col := ix.position(tc.offset)
			if line != tc.line || col != tc.col {
				t.Errorf("position(%d) = %d:%d, want %d:%d", tc.offset, line, col, tc.line, tc.col)
			}
		})
	}
}

func TestUTF16Position(t *testing.T) {
	const text = "añ🙂b\nx€y\n"
	tests := []struct {
		name      string
		offset    int
		line, col int
	}{
		{"start", 0, 1, 1},
		{"after two-byte ñ", 3, 1, 3},
		{"after the emoji, two code units", 7, 1, 5},
		{"inside the emoji counts as its start", 5, 1, 3},
		{"second line after €", 13, 2, 3},
		{"past the end", 99, 3, 1},
	}
	ix := newLineIndex(text)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			line, col := ix.utf16Position(text, tc.offset)
			if line != tc.line || col != tc.col {
				t.Errorf("utf16Position(%d) = %d:%d, want %d:%d", tc.offset, line, col, tc.line, tc.col)
			}
		})
	}
}

func TestRunePosition(t *testing.T) {
	const text = "añ🙂b\nx€y\n\xffz\n"
	tests := []struct {
		name      string
		offset    int
		line, col int
	}{
		{"start", 0, 1, 1},
		{"after two-byte ñ", 3, 1, 3},
		{"after the emoji, one character", 7, 1, 4},
		{"inside the emoji counts as its start", 5, 1, 3},
		{"second line after €", 13, 2, 3},
		{"after an invalid byte, one character", 16, 3, 2},
		{"negative offset", -1, 1, 1},
		{"past the end", 99, 4, 1},
	}
	ix := newLineIndex(text)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			line, col := ix.runePosition(text, tc.offset)
			if line != tc.line || col != tc.col {
				t.Errorf("runePosition(%d) = %d:%d, want %d:%d", tc.offset, line, col, tc.line, tc.col)
			}
		})
	}
}
