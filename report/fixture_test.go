package report

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// newDoc builds a document from text and the sentences it holds, in order;
// each sentence is located in text after the previous one, and a sentence
// starting with "#" is a heading (the "#" is not part of it).
func newDoc(t *testing.T, id, text string, date timex.Date, sentences ...string) normalize.Document {
	t.Helper()
	doc := normalize.Document{ID: id, Path: id + ".txt", Text: text, Date: date, DateSource: normalize.DateFromNone}
	if !date.IsZero() {
		doc.DateSource = normalize.DateFromHeader
	}
	from := 0
	for _, s := range sentences {
		kind := normalize.KindClaim
		if h, ok := strings.CutPrefix(s, "#"); ok {
			kind, s = normalize.KindHeading, h
		}
		i := strings.Index(text[from:], s)
		if i < 0 {
			t.Fatalf("newDoc(%s): sentence %q not found after offset %d", id, s, from)
		}
		span := normalize.Span{Start: from + i, End: from + i + len(s)}
		doc.Sentences = append(doc.Sentences, normalize.Sentence{Span: span, Kind: kind, Text: s})
		from = span.End
	}
	return doc
}

// newResult builds a result holding every sentence of docs as a claim, in
// no cluster, numbered c1, c2, …
func newResult(docs ...normalize.Document) *compare.Result {
	r := &compare.Result{Documents: docs}
	for d := range docs {
		for s := range docs[d].Sentences {
			id := "c" + strconv.Itoa(len(r.Claims)+1)
			r.Claims = append(r.Claims, compare.Claim{ID: id, Doc: d, Sentence: s, Cluster: -1})
		}
	}
	return r
}

// span returns the span of the first occurrence of sub in the text of doc,
// failing the test when there is none.
func span(t *testing.T, doc *normalize.Document, sub string) normalize.Span {
	t.Helper()
	i := strings.Index(doc.Text, sub)
	if i < 0 {
		t.Fatalf("span(%s): %q not found", doc.ID, sub)
	}
	return normalize.Span{Start: i, End: i + len(sub)}
}

// sampleResult is a small result with every part a report shows: two
// dated documents and one undated, a cluster, two entities and a
// discrepancy.
func sampleResult(t *testing.T) *compare.Result {
	t.Helper()
	a := newDoc(t, "abc",
		"El Gobierno anunció 3.500 millones para reconstruir Valencia.\nLo dijo Pedro Sánchez.\n",
		timex.DayDate(2024, 11, 5),
		"El Gobierno anunció 3.500 millones para reconstruir Valencia.", "Lo dijo Pedro Sánchez.")
	b := newDoc(t, "elpais",
		"date 2024-11\nAyudas\n\nEl Gobierno anunció 3.000 millones para la reconstrucción de Valencia, según el presidente Sánchez.\n",
		timex.MonthDate(2024, 11),
		"#Ayudas", "El Gobierno anunció 3.000 millones para la reconstrucción de Valencia, según el presidente Sánchez.")
	c := newDoc(t, "rtve", "Sin fecha | con barra.\n", timex.Date{}, "Sin fecha | con barra.")
	r := newResult(a, b, c)
	r.Claims[0].Cluster, r.Claims[3].Cluster = 0, 0
	r.Clusters = []compare.Cluster{{
		ID: "k1", Claims: []int{0, 3}, Score: 0.8333333,
		Links: []compare.Link{{A: 0, B: 3, Score: 0.8333333, Terms: []string{"gobiern", "anunci", "millon"}, Entities: []string{"e2"}}},
	}}
	r.Entities = []compare.Entity{
		{ID: "e1", Name: "Pedro Sánchez", Kind: normalize.MentionPerson, Variants: []string{"Sánchez"},
			Mentions: []compare.EntityMention{
				{Doc: 0, Span: span(t, &a, "Pedro Sánchez"), Text: "Pedro Sánchez"},
				{Doc: 1, Span: span(t, &b, "Sánchez"), Text: "Sánchez"},
			}},
		{ID: "e2", Name: "Valencia", Kind: normalize.MentionPlace,
			Mentions: []compare.EntityMention{
				{Doc: 0, Span: span(t, &a, "Valencia"), Text: "Valencia"},
				{Doc: 1, Span: span(t, &b, "Valencia"), Text: "Valencia"},
			}},
	}
	r.Findings = []compare.Finding{{
		ID: "d1", Kind: compare.KindNumber, Severity: compare.Error, Cluster: "k1",
		Message: "the sources give different amounts",
		Mentions: []compare.FindingMention{
			{Claim: 0, Span: span(t, &a, "3.500 millones"), Text: "3.500 millones", Value: "3500000000"},
			{Claim: 3, Span: span(t, &b, "3.000 millones"), Text: "3.000 millones", Value: "3000000000"},
		},
	}}
	return r
}
