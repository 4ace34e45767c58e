package compare

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dedupe-news/dedupe/normalize"
)

// synthCorpus builds n claims from the seed articles' vocabulary, in
// documents of claimsPerDoc claims: families of two to five paraphrases,
// each in another document, of a seed sentence whose words were half
// replaced by random seed words; each paraphrase drops a fifth of the
// words and replaces another fifth. The same seed gives the same corpus.
func synthCorpus(tb testing.TB, n int, seed uint64) ([]normalize.Document, map[string][]int) {
	tb.Helper()
	const claimsPerDoc = 50
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var bases [][]string
	vocab := map[string]bool{}
	for _, d := range loadSeeds(tb, nil) {
		for _, s := range d.Sentences {
			if s.Kind != normalize.KindClaim {
				continue
			}
			var words []string
			for _, t := range s.Tokens {
				words = append(words, t.In(d.Text))
				vocab[t.In(d.Text)] = true
			}
			bases = append(bases, words)
		}
	}
	words := slices.Sorted(maps.Keys(vocab))
	nDocs := (n + claimsPerDoc - 1) / claimsPerDoc
	texts := make([]strings.Builder, nDocs)
	families := map[string][]int{} // document id → family of each line
	for made, fam := 0, 0; made < n; fam++ {
		// A new story: seven words in ten of a seed sentence replaced.
		var base []string
		for _, w := range bases[r.IntN(len(bases))] {
			if r.IntN(10) < 7 {
				w = words[r.IntN(len(words))]
			}
			base = append(base, w)
		}
		family := 2 + r.IntN(4)
		first := r.IntN(nDocs)
		for k := 0; k < family && made < n; k++ {
			var b strings.Builder
			for _, w := range base {
				switch x := r.IntN(10); {
				case x < 1:
					continue
				case x < 3:
					w = words[r.IntN(len(words))]
				}
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(w)
			}
			d := (first + k*7) % nDocs
			texts[d].WriteString(capitalize(b.String()) + ".\n")
			families[synthID(d)] = append(families[synthID(d)], fam)
			made++
		}
	}
	var st normalize.Stemmer
	docs := make([]normalize.Document, nDocs)
	for i := range texts {
		id := synthID(i)
		doc, err := normalize.Parse(id, id, []byte(texts[i].String()+"Fin del artículo.\n"), normalize.Options{Stemmer: &st, Sentences: true})
		if err != nil {
			tb.Fatal(err)
		}
		docs[i] = doc
	}
	return docs, families
}

func synthID(i int) string { return fmt.Sprintf("synth%05d", i) }

// TestSynthClusters checks the clusterer on a thousand claims against the
// families of a synthetic corpus: pairs of paraphrases should share a
// cluster.
func TestSynthClusters(t *testing.T) {
	docs, families := synthCorpus(t, 1000, 7)
	res := Run(docs, Options{})
	family := func(c int) int {
		cl := res.Claims[c]
		fams := families[res.Documents[cl.Doc].ID]
		if cl.Sentence >= len(fams) {
			return -1 // the closing line
		}
		return fams[cl.Sentence]
	}
	var tp, fp, fn int
	for a := range res.Claims {
		for b := a + 1; b < len(res.Claims); b++ {
			if res.Claims[a].Doc == res.Claims[b].Doc {
				continue
			}
			same := family(a) >= 0 && family(a) == family(b)
			linked := res.Claims[a].Cluster >= 0 && res.Claims[a].Cluster == res.Claims[b].Cluster
			switch {
			case same && linked:
				tp++
			case linked:
				fp++
			case same:
				fn++
			}
		}
	}
	p, r := ratio(tp, tp+fp), ratio(tp, tp+fn)
	t.Logf("1000 synthetic claims: pair precision %.3f, recall %.3f (%d true pairs)", p, r, tp+fn)
	// The floor reached; a larger corpus from the seeds' small vocabulary
	// makes every term common, and the rare-term index then finds fewer
	// candidates (see README).
	if p < 0.75 || r < 0.9 {
		t.Errorf("pair precision %.3f, recall %.3f: want ≥ 0.75 and ≥ 0.9", p, r)
	}
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// BenchmarkCluster clusters synthetic claims; compare the sizes to see how
// the cost grows (go test ./compare -run '^$' -bench Cluster -cpu 1).
func BenchmarkCluster(b *testing.B) {
	for _, n := range []int{5000, 10000, 20000} {
		docs, _ := synthCorpus(b, n, 1)
		claims := 0
		for _, d := range docs {
			claims += len(d.Sentences)
		}
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Run(docs, Options{})
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(claims), "ns/claim")
		})
	}
}

// BenchmarkSeeds parses and compares the five seed articles.
func BenchmarkSeeds(b *testing.B) {
	type file struct {
		id   string
		data []byte
	}
	var files []file
	for _, d := range loadSeeds(b, nil) {
		files = append(files, file{d.ID, []byte(d.Text)})
	}
	b.ReportAllocs()
	for b.Loop() {
		var st normalize.Stemmer
		docs := make([]normalize.Document, len(files))
		for i, f := range files {
			docs[i], _ = normalize.Parse(f.id, f.id, f.data, normalize.Options{Stemmer: &st})
		}
		Run(docs, Options{})
	}
}
