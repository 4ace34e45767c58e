package compare

import (
	"reflect"
	"testing"

	"github.com/dedupe-news/dedupe/normalize"
)

func TestFillGaps(t *testing.T) {
	// doc gives the document of each claim; kinds marks headings with 'h'.
	result := func(doc []int, kinds string) (*Result, []int) {
		res := &Result{}
		for d := 0; d <= doc[len(doc)-1]; d++ {
			res.Documents = append(res.Documents, normalize.Document{})
		}
		claims := make([]int, len(doc))
		for i, d := range doc {
			kind := normalize.KindClaim
			if i < len(kinds) && kinds[i] == 'h' {
				kind = normalize.KindHeading
			}
			res.Documents[d].Sentences = append(res.Documents[d].Sentences, normalize.Sentence{Kind: kind})
			res.Claims = append(res.Claims, Claim{Doc: d, Sentence: len(res.Documents[d].Sentences) - 1, Cluster: -1})
			claims[i] = i
		}
		return res, claims
	}
	tests := []struct {
		name   string
		doc    []int
		kinds  string
		groups [][]int
		want   [][]int
	}{
		{"one claim between two members", []int{0, 0, 0, 1}, "", [][]int{{0, 2, 3}}, [][]int{{0, 1, 2, 3}}},
		{"two claims between", []int{0, 0, 0, 0, 1}, "", [][]int{{0, 3, 4}}, [][]int{{0, 1, 2, 3, 4}}},
		{"three claims between: too far", []int{0, 0, 0, 0, 0, 1}, "", [][]int{{0, 4, 5}}, [][]int{{0, 4, 5}}},
		{"members in two documents", []int{0, 0, 1, 1}, "", [][]int{{0, 3}}, [][]int{{0, 3}}},
		{"a heading between", []int{0, 0, 0, 1}, ".h", [][]int{{0, 2, 3}}, [][]int{{0, 2, 3}}},
		{"members of two groups", []int{0, 0, 0, 1, 1}, "", [][]int{{0, 3}, {2, 4}}, [][]int{{0, 3}, {2, 4}}},
		{"a claim in a group already", []int{0, 0, 0, 1, 1}, "", [][]int{{0, 2, 3}, {1, 4}}, [][]int{{0, 2, 3}, {1, 4}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, claims := result(tc.doc, tc.kinds)
			if got := fillGaps(res, claims, tc.groups); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("fillGaps = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestContextLinks checks that a member no link reaches is linked, by its
// place, to the member before it in its document.
func TestContextLinks(t *testing.T) {
	res := &Result{Claims: []Claim{{Doc: 0}, {Doc: 0}, {Doc: 0}, {Doc: 1}}}
	links := []Link{{A: 0, B: 3, Score: 0.5}, {A: 2, B: 3, Score: 0.4}}
	got := contextLinks(res, []int{0, 1, 2, 3}, links)
	if want := []Link{{A: 0, B: 1, Context: true}}; !reflect.DeepEqual(got, want) {
		t.Errorf("contextLinks = %v, want %v", got, want)
	}
}
