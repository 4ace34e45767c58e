package compare

import (
	"fmt"
	"testing"

	"github.com/dedupe-news/dedupe/normalize"
)

// factsResult builds a result of n one-claim documents, each giving one
// fact of the frame "dead" with value(i).
func factsResult(n int, value func(int) string) *Result {
	res := &Result{}
	for i := range n {
		res.Documents = append(res.Documents, normalize.Document{ID: fmt.Sprintf("d%05d", i)})
		res.Claims = append(res.Claims, Claim{Doc: i, Cluster: -1})
		res.Facts = append(res.Facts, Fact{Claim: i, Value: value(i), Frame: Frame{Measure: "dead"}})
	}
	return res
}

// TestRepresentativesBounded checks that the facts judged pairwise do not
// grow with the articles repeating them: a frame given one value by
// 10,000 articles is judged through three of them, and one given more
// values than maxFrameValues is not compared at all.
func TestRepresentativesBounded(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		value func(int) string
		want  int
	}{
		{"one value, 10 articles", 10, func(int) string { return "39" }, 3},
		{"one value, 10,000 articles", 10000, func(int) string { return "39" }, 3},
		{"two values, 10,000 articles", 10000, func(i int) string { return fmt.Sprint(39 + i%2) }, 6},
		{"many values", 10000, func(i int) string { return fmt.Sprint(i) }, maxRepresentatives},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := factsResult(tc.n, tc.value)
			cx := &checkContext{res: res}
			if got := len(cx.representatives(res.Facts)); got != tc.want {
				t.Errorf("%d representatives, want %d", got, tc.want)
			}
		})
	}
	res := factsResult(maxFrameValues+1, func(i int) string { return fmt.Sprint(100 + i) })
	res.Stories = []Story{{ID: "s1", Docs: make([]int, len(res.Documents))}}
	for i := range res.Stories[0].Docs {
		res.Stories[0].Docs[i] = i
	}
	if got := checkFacts(&checkContext{res: res}); len(got) != 0 {
		t.Errorf("a frame of %d values gave %d findings, want none", maxFrameValues+1, len(got))
	}
}
