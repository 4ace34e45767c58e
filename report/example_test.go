package report_test

import (
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
