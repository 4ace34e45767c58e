package report_test

import (
	"fmt"
	"os"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
	"github.com/dedupe-news/dedupe/report"
)

func ExampleJSON() {
	text := "date 2023-09\nPutin recibió a Kim.\n"
	doc := normalize.Document{
		ID: "a", Path: "a.txt", Text: text,
		Date: timex.MonthDate(2023, 9), DateSource: normalize.DateFromHeader,
		Sentences: []normalize.Sentence{
			{Span: normalize.Span{Start: 13, End: 34}, Kind: normalize.KindClaim, Text: "Putin recibió a Kim."},
		},
	}
	r := &compare.Result{
		Documents: []normalize.Document{doc},
		Claims:    []compare.Claim{{ID: "c1", Doc: 0, Sentence: 0, Cluster: -1}},
	}
	if err := report.JSON(os.Stdout, &report.Report{Result: r}); err != nil {
		panic(err)
	}
	// Output:
	// {
	//   "version": 1,
	//   "documents": [
	//     {
	//       "id": "a",
	//       "path": "a.txt",
	//       "encoding": "utf8",
	//       "date": "2023-09",
	//       "date_source": "header",
	//       "sentences": 1,
	//       "claims": 1
	//     }
	//   ],
	//   "claims": [
	//     {
	//       "id": "c1",
	//       "doc": "a",
	//       "kind": "claim",
	//       "start": 13,
	//       "end": 34,
	//       "line": 2,
	//       "col": 1,
	//       "text": "Putin recibió a Kim."
	//     }
	//   ],
	//   "clusters": [],
	//   "entities": [],
	//   "times": [],
	//   "facts": [],
	//   "quantities": [],
	//   "discrepancies": [],
	//   "hidden": [],
	//   "summary": {
	//     "documents": 1,
	//     "sentences": 1,
	//     "claims": 1,
	//     "clusters": 0,
	//     "entities": 0,
	//     "discrepancies": 0,
	//     "hidden": 0,
	//     "stories": 0,
	//     "near_duplicates": 0,
	//     "story_threshold": 0
	//   },
	//   "stories": [],
	//   "near_duplicates": []
	// }
}

// exampleResult is two documents whose claims disagree on an amount.
func exampleResult() *compare.Result {
	a := "El Gobierno anunció un plan de 3.500 millones de euros para la reconstrucción de Valencia.\n"
	b := "El Gobierno anunció 3.000 millones.\n"
	doc := func(id, text string) normalize.Document {
		return normalize.Document{ID: id, Path: id + ".txt", Text: text, Sentences: []normalize.Sentence{
			{Span: normalize.Span{End: len(text) - 1}, Kind: normalize.KindClaim, Text: text[:len(text)-1]}}}
	}
	return &compare.Result{
		Documents: []normalize.Document{doc("abc", a), doc("rtve", b)},
		Claims:    []compare.Claim{{ID: "c1", Doc: 0, Cluster: 0}, {ID: "c2", Doc: 1, Cluster: 0}},
		Clusters:  []compare.Cluster{{ID: "k1", Claims: []int{0, 1}, Score: 0.6}},
		Findings: []compare.Finding{{ID: "d1", Kind: compare.KindNumber, Severity: compare.Error, Cluster: "k1",
			Message: "the sources give different amounts",
			Mentions: []compare.FindingMention{
				{Claim: 0, Span: normalize.Span{Start: 32, End: 46}, Text: "3.500 millones", Value: "3500000000"},
				{Claim: 1, Span: normalize.Span{Start: 21, End: 35}, Text: "3.000 millones", Value: "3000000000"},
			}}},
	}
}

func ExampleTableWith() {
	rep := &report.Report{Result: exampleResult()}
	if err := report.TableWith(os.Stdout, rep, report.Options{Width: 80, Only: report.PartFindings}); err != nil {
		panic(err)
	}
	// Output:
	// Discrepancies
	// =============
	// +----+--------+----------+----------------+-----------+----------+------------+
	// | Id | Kind   | Severity | Message        | Source    | Text     | Value      |
	// +----+--------+----------+----------------+-----------+----------+------------+
	// | d1 | number | error    | the sources    | abc:1:32  | 3.500    | 3500000000 |
	// |    |        |          | give different |           | millones |            |
	// |    |        |          | amounts        |           |          |            |
	// |    |        |          |                | rtve:1:21 | 3.000    | 3000000000 |
	// |    |        |          |                |           | millones |            |
	// +----+--------+----------+----------------+-----------+----------+------------+
}

func ExampleWriteWith() {
	rep := &report.Report{Result: exampleResult()}
	if err := report.WriteWith(os.Stdout, report.FormatMarkdown, rep, report.Options{Only: report.PartClusters}); err != nil {
		panic(err)
	}
	// Output:
	// # Dedupe report
	//
	// ## Near-duplicate documents
	//
	// No near-duplicate documents found.
	//
	// ## Shared claims
	//
	// ### k1 · score 0.60 · 2 sources
	//
	// | Document | Claim | Line | Text |
	// | --- | --- | --- | --- |
	// | abc | c1 | 1:1 | El Gobierno anunció un plan de 3.500 millones de euros para la reconstrucción de Valencia. |
	// | rtve | c2 | 1:1 | El Gobierno anunció 3.000 millones. |
	//
	// Shared: nothing recorded.
}

func ExampleParsePart() {
	p, err := report.ParsePart("entities")
	fmt.Println(p, err)
	_, err = report.ParsePart("summary")
	fmt.Println(err)
	// Output:
	// entities <nil>
	// invalid part "summary": want findings, clusters or entities
}
