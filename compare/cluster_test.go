package compare

import (
	"reflect"
	"testing"
)

func TestAverageLinkage(t *testing.T) {
	tests := []struct {
		name      string
		docOf     []int
		edges     []edge
		threshold float64
		want      [][]int
	}{
		{"a strong pair", []int{0, 1}, []edge{{0, 1, 0.8}}, 0.3, [][]int{{0, 1}}},
		{"a weak pair stays apart", []int{0, 1}, []edge{{0, 1, 0.2}}, 0.3, nil},
		{
			// 1 bridges two topics: {0,1} and {2,3} are tight, 1-2 is strong,
			// but the mean over all four cross pairs is low.
			"one bridge does not chain two topics",
			[]int{0, 1, 2, 3},
			[]edge{{0, 1, 0.9}, {2, 3, 0.9}, {1, 2, 0.5}},
			0.3,
			[][]int{{0, 1}, {2, 3}},
		},
		{
			"a triangle merges",
			[]int{0, 1, 2},
			[]edge{{0, 1, 0.6}, {1, 2, 0.5}, {0, 2, 0.4}},
			0.3,
			[][]int{{0, 1, 2}},
		},
		{
			// Claims 0 and 1 share document 0: their missing edge does not
			// count against the mean.
			"same-document pairs do not count",
			[]int{0, 0, 1},
			[]edge{{0, 2, 0.5}, {1, 2, 0.5}},
			0.3,
			[][]int{{0, 1, 2}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := averageLinkage(len(tc.docOf), tc.docOf, tc.edges, tc.threshold)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("averageLinkage = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestRunOrderIndependent checks that the result does not depend on the
// order the documents come in.
func TestRunOrderIndependent(t *testing.T) {
	docs := loadSeeds(t, nil)
	a := Run(docs, Options{})
	reversed := append(docs[:0:0], docs...)
	for i, j := 0, len(reversed)-1; i < j; i, j = i+1, j-1 {
		reversed[i], reversed[j] = reversed[j], reversed[i]
	}
	b := Run(reversed, Options{})
	if !reflect.DeepEqual(a, b) {
		t.Error("Run depends on the order of its documents")
	}
}

// TestClusterInvariants checks that each claim sits in at most one
// cluster and every cluster spans two documents.
func TestClusterInvariants(t *testing.T) {
	res := Run(loadSeeds(t, nil), Options{})
	seen := map[int]bool{}
	for k, cl := range res.Clusters {
		docs := map[int]bool{}
		for _, c := range cl.Claims {
			if seen[c] {
				t.Errorf("claim %d in two clusters", c)
			}
			seen[c] = true
			docs[res.Claims[c].Doc] = true
			if res.Claims[c].Cluster != k {
				t.Errorf("claim %d says cluster %d, sits in %d", c, res.Claims[c].Cluster, k)
			}
		}
		if len(docs) < 2 {
			t.Errorf("cluster %s spans %d document", cl.ID, len(docs))
		}
		if len(cl.Links) != len(cl.Claims)-1 {
			t.Errorf("cluster %s: %d links for %d claims", cl.ID, len(cl.Links), len(cl.Claims))
		}
	}
}
