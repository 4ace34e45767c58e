package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strings"
	"time"
)

// Query is one of today's documents as [Store.Related] looks it up: its
// signature's terms and its day (the first day of its date, or today for
// an undated one).
type Query struct {
	Terms []Term
	Day   time.Time
}

// RelatedOptions bound what [Store.Related] reads and returns. The zero
// value of a field is its default in [DefaultRelated].
type RelatedOptions struct {
	// Days is how far, in days, a document's day may be from its query's.
	Days int
	// Lookups is how many terms of each query are looked up: its rarest
	// in the index, weighed by how many of its claims hold them.
	Lookups int
	// PerTerm caps the postings read for one term, the most recent first:
	// a term held by many documents ("gobierno") brings no more.
	PerTerm int
	// PerQuery is how many documents each query keeps, the best scoring.
	PerQuery int
	// MinShared is the fewest looked-up terms a document must share with a
	// query to be kept.
	MinShared int
}

// DefaultRelated are the bounds dedupe uses: 12 terms a document, at
// most 100 postings a term, 8 documents a query sharing 2 terms or more,
// within 30 days.
var DefaultRelated = RelatedOptions{Days: 30, Lookups: 12, PerTerm: 100, PerQuery: 8, MinShared: 2}

// withDefaults returns o with its zero fields set from DefaultRelated.
func (o RelatedOptions) withDefaults() RelatedOptions {
	d := DefaultRelated
	o.Days = cmp.Or(o.Days, d.Days)
	o.Lookups = cmp.Or(o.Lookups, d.Lookups)
	o.PerTerm = cmp.Or(o.PerTerm, d.PerTerm)
	o.PerQuery = cmp.Or(o.PerQuery, d.PerQuery)
	o.MinShared = cmp.Or(o.MinShared, d.MinShared)
	return o
}

// Related returns the stored documents of the stories of qs, found by
// content through the index of signatures: for each query, its rarest
// terms are looked up (at most o.PerTerm postings a term, within o.Days
// of the query's day), each document found scores the sum of the weights
// of the looked-up terms it shares, (1 + ln n)·ln(1 + N/df) for a term
// held by n of the query's claims and df of the N signatures, and the
// o.PerQuery best sharing o.MinShared terms or more are kept. Documents
// whose id skip holds are left out. The result is sorted by id; a row that
// cannot be used is returned in bad instead (see [BadRow]). Only a
// failure to read the index is an error. The cost grows with len(qs), not
// with the size of the index.
func (s *Store) Related(ctx context.Context, qs []Query, o RelatedOptions, skip map[string]bool) (recs []Record, bad []*BadRow, err error) {
	o = o.withDefaults()
	ids, err := s.relatedIDs(ctx, qs, o, skip)
	if err != nil {
		return nil, nil, s.errorf("looking up related documents: %w", err)
	}
	for _, id := range ids {
		rec, err := s.get(ctx, s.db, id)
		if b := (*BadRow)(nil); errors.As(err, &b) {
			bad = append(bad, b)
			continue
		}
		if errors.Is(err, sql.ErrNoRows) {
			continue // a posting of a document that is gone: foreign keys forbid it
		}
		if err != nil {
			return nil, nil, s.errorf("reading document %s: %w", id, err)
		}
		recs = append(recs, rec)
	}
	return recs, bad, nil
}

// lookup is one term to look up, and the days it is looked up between.
type lookup struct {
	lo, hi string
}

// posting is a document holding a term, and its day.
type posting struct {
	doc, day string
}

// relatedIDs returns the ids Related reads, sorted.
func (s *Store) relatedIDs(ctx context.Context, qs []Query, o RelatedOptions, skip map[string]bool) ([]string, error) {
	df, n, err := s.termCounts(ctx, qs)
	if err != nil {
		return nil, err
	}
	picked := make([][]weighted, len(qs))
	looks := make(map[string]lookup)
	for i, q := range qs {
		picked[i] = pickTerms(q.Terms, df, n, o.Lookups)
		lo, hi := dayString(q.Day.AddDate(0, 0, -o.Days)), dayString(q.Day.AddDate(0, 0, o.Days))
		for _, w := range picked[i] {
			l, ok := looks[w.term]
			if !ok || lo < l.lo {
				l.lo = lo
			}
			if !ok || hi > l.hi {
				l.hi = hi
			}
			looks[w.term] = l
		}
	}
	posts, err := s.postings(ctx, looks, o.PerTerm, skip)
	if err != nil {
		return nil, err
	}
	keep := make(map[string]bool)
	for i, q := range qs {
		lo, hi := dayString(q.Day.AddDate(0, 0, -o.Days)), dayString(q.Day.AddDate(0, 0, o.Days))
		for _, id := range best(picked[i], posts, lo, hi, o, skip) {
			keep[id] = true
		}
	}
	out := make([]string, 0, len(keep))
	for id := range keep {
		out = append(out, id)
	}
	slices.Sort(out)
	return out, nil
}

// weighted is a term of a query and its weight.
type weighted struct {
	term string
	w    float64
}

// pickTerms returns the k heaviest terms of terms that the index holds,
// heaviest first, ties by term.
func pickTerms(terms []Term, df map[string]int, n, k int) []weighted {
	var out []weighted
	for _, t := range terms {
		d := df[t.Text]
		if d <= 0 {
			continue
		}
		w := (1 + math.Log(float64(max(1, t.Count)))) * math.Log(1+float64(n)/float64(d))
		out = append(out, weighted{t.Text, w})
	}
	slices.SortFunc(out, func(a, b weighted) int { return cmp.Or(cmp.Compare(b.w, a.w), strings.Compare(a.term, b.term)) })
	return out[:min(k, len(out))]
}

// best returns the ids of the o.PerQuery documents of posts, within lo
// and hi and not in skip, that share the most weight of picked with the
// query, at least o.MinShared terms; ties by id.
func best(picked []weighted, posts map[string][]posting, lo, hi string, o RelatedOptions, skip map[string]bool) []string {
	type score struct {
		w      float64
		shared int
	}
	scores := make(map[string]*score)
	for _, t := range picked {
		for _, p := range posts[t.term] {
			if p.day < lo || p.day > hi || skip[p.doc] {
				continue
			}
			sc := scores[p.doc]
			if sc == nil {
				sc = &score{}
				scores[p.doc] = sc
			}
			sc.w += t.w
			sc.shared++
		}
	}
	var ids []string
	for id, sc := range scores {
		if sc.shared >= o.MinShared {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, func(a, b string) int { return cmp.Or(cmp.Compare(scores[b].w, scores[a].w), strings.Compare(a, b)) })
	return ids[:min(o.PerQuery, len(ids))]
}

// termCounts returns how many signatures hold each term of qs that the
// index knows, and how many signatures there are.
func (s *Store) termCounts(ctx context.Context, qs []Query) (map[string]int, int, error) {
	set := make(map[string]bool)
	for _, q := range qs {
		for _, t := range q.Terms {
			set[t.Text] = true
		}
	}
	terms := make([]string, 0, len(set))
	for t := range set {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	df := make(map[string]int, len(terms))
	const batch = 5000
	for i := 0; i < len(terms); i += batch {
		arg, err := json.Marshal(terms[i:min(i+batch, len(terms))])
		if err != nil {
			return nil, 0, err
		}
		rows, err := s.db.QueryContext(ctx, `SELECT t.term, t.df FROM json_each(?) j JOIN terms t ON t.term = j.value`, string(arg))
		if err != nil {
			return nil, 0, err
		}
		for rows.Next() {
			var term string
			var n int
			if err := rows.Scan(&term, &n); err != nil {
				rows.Close()
				return nil, 0, err
			}
			df[term] = n
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, 0, err
		}
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM signatures`).Scan(&n); err != nil {
		return nil, 0, err
	}
	return df, n, nil
}

// postings reads, for each term of looks, up to perTerm of its postings
// between its days, the most recent first, leaving out the documents of
// skip (today's, stored again, would take the room of earlier ones).
func (s *Store) postings(ctx context.Context, looks map[string]lookup, perTerm int, skip map[string]bool) (map[string][]posting, error) {
	if err := s.setSkip(ctx, skip); err != nil {
		return nil, err
	}
	stmt, err := s.db.PrepareContext(ctx, `SELECT doc, day FROM postings
		WHERE term = ? AND day BETWEEN ? AND ? AND doc NOT IN temp.skip ORDER BY day DESC, doc LIMIT ?`)
	if err != nil {
		return nil, err
	}
	defer stmt.Close()
	terms := make([]string, 0, len(looks))
	for t := range looks {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	out := make(map[string][]posting, len(terms))
	for _, t := range terms {
		l := looks[t]
		rows, err := stmt.QueryContext(ctx, t, l.lo, l.hi, perTerm)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var p posting
			if err := rows.Scan(&p.doc, &p.day); err != nil {
				rows.Close()
				return nil, err
			}
			out[t] = append(out[t], p)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// setSkip fills the temporary table skip (made if missing; the store
// has one connection, so it is this store's) with the ids of skip.
func (s *Store) setSkip(ctx context.Context, skip map[string]bool) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TEMP TABLE IF NOT EXISTS skip (id TEXT PRIMARY KEY) WITHOUT ROWID`); err != nil {
		return err
	}
	if _, err := s.db.ExecContext(ctx, `DELETE FROM temp.skip`); err != nil {
		return err
	}
	ids := make([]string, 0, len(skip))
	for id, ok := range skip {
		if ok {
			ids = append(ids, id)
		}
	}
	arg, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, `INSERT OR IGNORE INTO temp.skip (id) SELECT value FROM json_each(?)`, string(arg))
	return err
}

// dayString formats the day of t as the index files it.
func dayString(t time.Time) string { return t.UTC().Format(time.DateOnly) }
