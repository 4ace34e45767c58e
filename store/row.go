package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// BadRow is a row of the documents table that cannot be used: a column
// is NULL or malformed, or the text does not match its hash. The file was
// changed by other means than this package, or damaged.
type BadRow struct {
	Path  string // the index file
	RowID int64  // the row's rowid
	ID    string // the document id; "" when it is NULL
	Err   error  // what is wrong
}

// Error names the index and the document (its row when it has no id)
// and says what is wrong.
func (b *BadRow) Error() string {
	name := "document " + b.ID
	if b.ID == "" {
		name = fmt.Sprintf("row %d of documents", b.RowID)
	}
	return fmt.Sprintf("%s: %s: %v", b.Path, name, b.Err)
}

// Unwrap returns what is wrong.
func (b *BadRow) Unwrap() error { return b.Err }

// selectDocuments selects the columns that scanRow reads.
const selectDocuments = `SELECT rowid, ` + columns + ` FROM documents`

// row is a row of documents as read: any column may be NULL, or hold what
// no Put wrote.
type row struct {
	rowid int64
	cols  [11]sql.NullString // in the order of columns
}

// scanRow reads one row of selectDocuments. Only a failure to read is an
// error; [row.record] checks what was read.
func scanRow(sc scanner) (row, error) {
	var w row
	dest := []any{&w.rowid}
	for i := range w.cols {
		dest = append(dest, &w.cols[i])
	}
	return w, sc.Scan(dest...)
}

// id returns the document id of w, "" when it is NULL.
func (w *row) id() string { return w.cols[0].String }

// record returns the document of w, or a *BadRow (naming the index at
// path) saying what is wrong with it.
func (w *row) record(path string) (Record, error) {
	r, err := w.check()
	if err != nil {
		return Record{}, &BadRow{Path: path, RowID: w.rowid, ID: w.id(), Err: err}
	}
	return r, nil
}

// check returns the document of w, or what is wrong with it.
func (w *row) check() (Record, error) {
	for i, c := range w.cols {
		if !c.Valid {
			return Record{}, fmt.Errorf("%s is NULL", columnNames()[i])
		}
	}
	v := func(i int) string { return w.cols[i].String }
	r := Record{ID: v(0), Path: v(1), Text: v(2), Hash: v(3), Outlet: v(6), URL: v(7), Encoding: v(8)}
	if HashText(r.Text) != r.Hash {
		return Record{}, errors.New("its text does not match its hash")
	}
	var err error
	if date := v(4); date != "" {
		if r.Date, err = timex.ParseDate(date); err != nil {
			return Record{}, fmt.Errorf("date: %w", err)
		}
	}
	if r.DateSource, err = parseDateSource(v(5)); err != nil {
		return Record{}, err
	}
	if r.FirstSeen, err = parseTime(v(9)); err != nil {
		return Record{}, fmt.Errorf("first_seen %q: %w", v(9), err)
	}
	if r.Updated, err = parseTime(v(10)); err != nil {
		return Record{}, fmt.Errorf("updated %q: %w", v(10), err)
	}
	return r, nil
}

// columnNames returns the names of columns, in order.
func columnNames() []string { return strings.Split(columns, ", ") }

// parseDateSource reads a stored date source; "" is none given.
func parseDateSource(s string) (normalize.DateSource, error) {
	switch d := normalize.DateSource(s); d {
	case "", normalize.DateFromFlag, normalize.DateFromHeader, normalize.DateFromOutlet, normalize.DateFromDateline, normalize.DateFromNone:
		return d, nil
	}
	return "", fmt.Errorf("date_source %q: want flag, header, outlet, dateline or none", s)
}
