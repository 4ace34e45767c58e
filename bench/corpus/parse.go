package corpus

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"

	"github.com/dedupe-news/dedupe/ingest"
	"github.com/dedupe-news/dedupe/normalize"
)

// JSONL returns the items as a JSON Lines file, one item a line, as
// gencorpus writes them.
func JSONL(items []Item) ([]byte, error) {
	var b bytes.Buffer
	if err := WriteJSONL(&b, items); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// WriteJSONL writes the items to w as a JSON Lines file.
func WriteJSONL(w io.Writer, items []Item) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			return err
		}
	}
	return nil
}

// WriteJSONLFile writes the items to the file at path, created or
// truncated, as a JSON Lines file.
func WriteJSONLFile(path string, items []Item) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := WriteJSONL(w, items); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Load reads data, a JSON Lines file of items, as dedupe reads its
// inputs: with ingest.Load, on workers goroutines (the CPUs when 0). The
// documents come sorted by id, each dated by its item's date. An item
// Load skips is an error: the corpus has none.
func Load(data []byte, workers int) ([]normalize.Document, error) {
	var skipped []error
	docs, err := ingest.Load(context.Background(), []string{"-"}, ingest.LoadOptions{
		Stdin:   bytes.NewReader(data),
		Format:  ingest.JSONL,
		Workers: workers,
		Warn:    func(err error) { skipped = append(skipped, err) },
	})
	if err != nil {
		return nil, err
	}
	return docs, errors.Join(skipped...)
}

// Parse reads the items with [Load].
func Parse(items []Item, workers int) ([]normalize.Document, error) {
	data, err := JSONL(items)
	if err != nil {
		return nil, err
	}
	return Load(data, workers)
}
