package compare

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/dedupe-news/dedupe/normalize"
)

// scaleCorpus builds n documents for TestNearDuplicatesScale.
type scaleCorpus func(t testing.TB, n int) []normalize.Document

// identicalDocs returns n documents of one text, parsed once.
func identicalDocs(text string) scaleCorpus {
	return func(t testing.TB, n int) []normalize.Document {
		doc := parseText(t, "d", text)
		docs := make([]normalize.Document, n)
		for i := range docs {
			docs[i] = doc
			docs[i].ID = fmt.Sprintf("d%05d", i)
		}
		return docs
	}
}

// variedDocs returns n copies of the first morocco article, each with a
// sentence of its own appended: every pair is a near-duplicate, none an
// exact one.
func variedDocs(t testing.TB, n int) []normalize.Document {
	base := loadArchives(t, "morocco")[0].Text
	var st normalize.Stemmer
	docs := make([]normalize.Document, n)
	for i := range docs {
		id := fmt.Sprintf("d%05d", i)
		text := fmt.Sprintf("%s\nLa agencia %d lo confirmó.\n", base, i+1)
		doc, err := normalize.Parse(id, id+".txt", []byte(text), normalize.Options{Stemmer: &st})
		if err != nil {
			t.Fatal(err)
		}
		docs[i] = doc
	}
	return docs
}

// allocated returns the bytes f allocates on the heap.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestNearDuplicatesScale checks that finding the copies among n
// documents that are all copies of one text costs memory and reports
// pairs in proportion to n, not n²: doubling n at most about doubles
// both, and the copies still form one group.
func TestNearDuplicatesScale(t *testing.T) {
	tests := []struct {
		name  string
		docs  scaleCorpus
		n     int
		exact bool // every copy is reported with the first document, similarity 1
	}{
		{"identical one-line documents", identicalDocs("El terremoto de Marruecos ha causado al menos 830 muertos.\n"), 1000, true},
		{"identical articles", identicalDocs(shortArticle + shortArticle), 500, true},
		{"articles a sentence apart", variedDocs, 150, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var bytes [2]uint64
			var pairs [2]int
			for k, n := range []int{tc.n, 2 * tc.n} {
				docs := tc.docs(t, n)
				var got []NearDuplicate
				bytes[k] = allocated(func() { got = findNearDuplicates(docs) })
				pairs[k] = len(got)
				checkOneGroup(t, n, got, tc.exact)
			}
			t.Logf("n=%d: %d pairs, %d bytes; n=%d: %d pairs, %d bytes", tc.n, pairs[0], bytes[0], 2*tc.n, pairs[1], bytes[1])
			if pairs[1] > 3*pairs[0] {
				t.Errorf("pairs grew from %d to %d when documents doubled, want at most about twice", pairs[0], pairs[1])
			}
			if bytes[1] > 3*bytes[0] {
				t.Errorf("allocations grew from %d to %d bytes when documents doubled, want at most about twice", bytes[0], bytes[1])
			}
		})
	}
}

// checkOneGroup reports an error unless pairs make n documents one group
// of copies; exact: every pair is a copy and the first document, at 1.
func checkOneGroup(t *testing.T, n int, pairs []NearDuplicate, exact bool) {
	t.Helper()
	for d, g := range copyGroups(n, pairs) {
		if g != 0 {
			t.Errorf("n=%d: document %d is in group %d, want all in group 0", n, d, g)
			return
		}
	}
	if !exact {
		return
	}
	if len(pairs) != n-1 {
		t.Errorf("n=%d: %d pairs, want %d", n, len(pairs), n-1)
	}
	for d, p := range pairs {
		if p.Docs != [2]int{0, d + 1} || p.Similarity != 1 {
			t.Errorf("n=%d: pair %d is %v, want documents 0 and %d at 1", n, d, p, d+1)
			return
		}
	}
}

// TestLSHCandidatesBounded checks that n documents of one signature, one
// bucket in every band, are all paired while few, and beyond that meet
// at most bucketWindow others each besides the first: n²/2 pairs would
// be 500,000 at n = 1000.
func TestLSHCandidatesBounded(t *testing.T) {
	sig := make([]uint64, minHashes)
	for i := range sig {
		sig[i] = mix64(uint64(i))
	}
	tests := []struct {
		name string
		n    int
		want int // pairs visited
	}{
		{"two documents", 2, 1},
		{"a full window", bucketWindow + 1, (bucketWindow + 1) * bucketWindow / 2},
		// The first meets all n-1; the others, the bucketWindow after them.
		{"a window and one more", bucketWindow + 2, bucketWindow + 1 + bucketWindow*(bucketWindow+1)/2},
		{"a thousand documents", 1000, 999 + bucketWindow*(bucketWindow+1)/2 + bucketWindow*(998-bucketWindow)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sigs := make([][]uint64, tc.n)
			for d := range sigs {
				sigs[d] = sig
			}
			seen := map[[2]int]bool{}
			lshCandidates(sigs, func(a, b int) {
				if a >= b || seen[[2]int{a, b}] {
					t.Fatalf("pair %d, %d visited out of order or twice", a, b)
				}
				seen[[2]int{a, b}] = true
			})
			if len(seen) != tc.want {
				t.Errorf("%d pairs visited, want %d", len(seen), tc.want)
			}
		})
	}
}

// BenchmarkNearDuplicates finds the copies among 3,000 documents of one
// line of text, and among 300 articles a sentence apart; bytes/op grows
// linearly with the documents (TestNearDuplicatesScale).
func BenchmarkNearDuplicates(b *testing.B) {
	for _, bc := range []struct {
		name string
		docs []normalize.Document
	}{
		{"identical_lines_3000", identicalDocs("El terremoto de Marruecos ha causado al menos 830 muertos.\n")(b, 3000)},
		{"articles_a_sentence_apart_300", variedDocs(b, 300)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				findNearDuplicates(bc.docs)
			}
		})
	}
}
