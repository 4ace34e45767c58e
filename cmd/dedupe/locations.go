package main

import (
	"path/filepath"
	"strings"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/report"
	"github.com/dedupe-news/dedupe/store"
)

// documentLocations returns where the line, GitHub and SARIF outputs
// point for the documents of docs whose path names no file holding their
// text: those Extracted, and the earlier documents of the index (path
// "db:ID"). Such a document is located at saveDir/ID.txt when --save-text
// gave saveDir (saveTexts writes it), else at its URL when it has one;
// the others keep their path.
func documentLocations(docs []normalize.Document, saveDir string) map[string]report.Location {
	locs := make(map[string]report.Location)
	for i := range docs {
		d := &docs[i]
		if !d.Extracted && !isStored(d) {
			continue
		}
		loc := report.Location{URL: d.URL}
		if saveDir != "" {
			loc.File = savedTextPath(saveDir, d.ID)
		}
		if loc != (report.Location{}) {
			locs[d.ID] = loc
		}
	}
	return locs
}

// isStored reports whether d is an earlier document of the index.
func isStored(d *normalize.Document) bool { return strings.HasPrefix(d.Path, store.PathPrefix) }

// storedDocuments returns the earlier documents of the index among docs.
func storedDocuments(docs []normalize.Document) []normalize.Document {
	var out []normalize.Document
	for i := range docs {
		if isStored(&docs[i]) {
			out = append(out, docs[i])
		}
	}
	return out
}

// savedTextPath is the file --save-text DIR writes the text of document
// id to.
func savedTextPath(dir, id string) string { return filepath.Join(dir, id+".txt") }
