package compare

import (
	"fmt"
	"math/rand/v2"
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
func synthCorpus(tb testing.TB, n int, seed uint64) []normalize.Document {
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
				words = append(words, t.Raw)
				vocab[t.Raw] = true
			}
			bases = append(bases, words)
		}
	}
	words := sortedKeys(vocab)
	nDocs := (n + claimsPerDoc - 1) / claimsPerDoc
	texts := make([]strings.Builder, nDocs)
	for made := 0; made < n; {
		// A new story: half the words of a seed sentence replaced.
		var base []string
		for _, w := range bases[r.IntN(len(bases))] {
			if r.IntN(2) == 0 {
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
				case x < 2:
					continue
				case x < 4:
					w = words[r.IntN(len(words))]
				}
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(w)
			}
			texts[(first+k*7)%nDocs].WriteString(capitalize(b.String()) + ".\n")
			made++
		}
	}
	var st normalize.Stemmer
	docs := make([]normalize.Document, nDocs)
	for i := range texts {
		id := fmt.Sprintf("synth%05d", i)
		doc, err := normalize.Parse(id, id, []byte(texts[i].String()+"Fin del artículo.\n"), normalize.Options{Stemmer: &st, Sentences: true})
		if err != nil {
			tb.Fatal(err)
		}
		docs[i] = doc
	}
	return docs
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// BenchmarkCluster clusters synthetic claims; compare the sizes to see how
// the cost grows (go test ./compare -run '^$' -bench Cluster -cpu 1).
func BenchmarkCluster(b *testing.B) {
	for _, n := range []int{5000, 10000, 20000} {
		docs := synthCorpus(b, n, 1)
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
