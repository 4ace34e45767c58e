package report

import (
	"slices"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dedupe-news/dedupe/normalize"
)

// lineIndex holds the byte offset at which each line of a text starts, in
// ascending order; the first line starts at 0.
type lineIndex []int

// newLineIndex indexes the lines of text. A line ends after each "\n".
func newLineIndex(text string) lineIndex {
	idx := lineIndex{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

// position returns the 1-based line of offset and its 1-based column,
// counted in bytes from the start of the line. A negative offset counts as
// 0.
func (ix lineIndex) position(offset int) (line, col int) {
	offset = max(offset, 0)
	i, found := slices.BinarySearch(ix, offset)
	if !found {
		i-- // offset lies inside the line starting at ix[i-1]
	}
	return i + 1, offset - ix[i] + 1
}

// utf16Position returns the 1-based line of offset in text, which ix
// indexes, and its 1-based column counted in UTF-16 code units, as
// GitHub annotations count them. An offset inside a UTF-8 sequence counts as the
// start of that character.
func (ix lineIndex) utf16Position(text string, offset int) (line, col int) {
	offset = min(max(offset, 0), len(text))
	for offset > 0 && offset < len(text) && !utf8.RuneStart(text[offset]) {
		offset--
	}
	line, col = ix.position(offset)
	units := 0
	for _, r := range text[offset-(col-1) : offset] {
		units += max(utf16.RuneLen(r), 1)
	}
	return line, units + 1
}

// runePosition returns the 1-based line of offset in text, which ix
// indexes, and its 1-based column counted in characters (Unicode code
// points, as editors count them and SARIF's "unicodeCodePoints"). An
// offset inside a UTF-8 sequence counts as the start of that character;
// a byte that is not valid UTF-8 counts as one character.
func (ix lineIndex) runePosition(text string, offset int) (line, col int) {
	offset = min(max(offset, 0), len(text))
	for offset > 0 && offset < len(text) && !utf8.RuneStart(text[offset]) {
		offset--
	}
	line, col = ix.position(offset)
	return line, utf8.RuneCountInString(text[offset-(col-1):offset]) + 1
}

// positions indexes the lines of every document of a result, in the
// result's document order.
type positions []docLines

// docLines is the text of one document and the index of its lines.
type docLines struct {
	text  string
	lines lineIndex
}

// newPositions indexes docs.
func newPositions(docs []normalize.Document) positions {
	p := make(positions, len(docs))
	for i := range docs {
		p[i] = docLines{docs[i].Text, newLineIndex(docs[i].Text)}
	}
	return p
}

// at returns the line and column of offset in document doc, the column
// counted in bytes.
func (p positions) at(doc, offset int) (line, col int) {
	return p[doc].lines.position(offset)
}

// runeAt returns the line and column of offset in document doc, the
// column counted in characters.
func (p positions) runeAt(doc, offset int) (line, col int) {
	return p[doc].lines.runePosition(p[doc].text, offset)
}

// utf16At returns the line and column of offset in document doc, the
// column counted in UTF-16 code units.
func (p positions) utf16At(doc, offset int) (line, col int) {
	return p[doc].lines.utf16Position(p[doc].text, offset)
}
