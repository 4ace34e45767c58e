package report

import (
	"slices"

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

// positions indexes the lines of every document of a result, in the
// result's document order.
type positions []lineIndex

// newPositions indexes docs.
func newPositions(docs []normalize.Document) positions {
	p := make(positions, len(docs))
	for i := range docs {
		p[i] = newLineIndex(docs[i].Text)
	}
	return p
}

// at returns the line and column of offset in document doc.
func (p positions) at(doc, offset int) (line, col int) {
	return p[doc].position(offset)
}
