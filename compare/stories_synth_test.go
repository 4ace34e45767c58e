package compare

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/normalize"
)

// synthStories builds nDocs documents in stories of docsPerStory. Each
// story has its own vocabulary slice: 20 words of the seed articles and 40
// invented ones, of which 3 are capitalized as names; each document has 12
// sentences of 8 to 14 words, five in six from its story's slice and the
// rest from the seeds' whole vocabulary. (The seeds' 550 content words
// alone are too few to tell dozens of stories apart, as a feed's
// vocabulary does: with them, documents of different stories score 0.15
// on average, here 0.05, and 0.5 within a story.) Document ids are
// shuffled, so that a story's documents are not neighbours in id order.
// It returns the documents and the story of each document id. The same
// seed gives the same corpus.
func synthStories(tb testing.TB, nDocs, docsPerStory int, seed uint64) ([]normalize.Document, map[string]int) {
	tb.Helper()
	vocab := map[string]bool{}
	for _, d := range loadSeeds(tb, nil) {
		for _, s := range d.Sentences {
			for _, t := range s.Tokens {
				if !t.Stop && t.Stem() != "" && !t.Upper {
					vocab[t.In(d.Text)] = true
				}
			}
		}
	}
	words := slices.Sorted(maps.Keys(vocab))
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	ids := r.Perm(nDocs)
	var st normalize.Stemmer
	docs := make([]normalize.Document, nDocs)
	storyOf := map[string]int{}
	var slice []string
	for i := range docs {
		story := i / docsPerStory
		if i%docsPerStory == 0 {
			slice = slice[:0]
			for range 20 {
				slice = append(slice, words[r.IntN(len(words))])
			}
			for k := range 40 {
				w := inventedWord(story*40 + k)
				if k < 3 {
					w = capitalize(w)
				}
				slice = append(slice, w)
			}
		}
		var b strings.Builder
		for range 12 {
			n := 8 + r.IntN(7)
			for k := range n {
				w := words[r.IntN(len(words))]
				if r.IntN(6) < 5 {
					w = slice[r.IntN(len(slice))]
				}
				if k == 0 {
					w = capitalize(w)
				} else {
					b.WriteByte(' ')
				}
				b.WriteString(w)
			}
			b.WriteString(".\n")
		}
		id := fmt.Sprintf("doc%05d", ids[i])
		doc, err := normalize.Parse(id, id, []byte(b.String()), normalize.Options{Stemmer: &st, Sentences: true})
		if err != nil {
			tb.Fatal(err)
		}
		docs[i] = doc
		storyOf[id] = story
	}
	return docs, storyOf
}

// inventedWord returns a made-up word of three syllables, different for
// each i below 75³: "bababa", "cababa", …
func inventedWord(i int) string {
	const consonants, vowels = "bcdfgklmnprstvz", "aeiou"
	var b strings.Builder
	for range 3 {
		s := i % (len(consonants) * len(vowels))
		b.WriteByte(consonants[s/len(vowels)])
		b.WriteByte(vowels[s%len(vowels)])
		i /= len(consonants) * len(vowels)
	}
	return b.String()
}

// TestSynthStories checks the story grouping on a synthetic feed: every
// story found should be one generated story, whole.
func TestSynthStories(t *testing.T) {
	docs, storyOf := synthStories(t, 300, 10, 5)
	res := Run(docs, Options{})
	if len(res.Stories) != 30 {
		t.Errorf("%d stories, want 30", len(res.Stories))
	}
	for _, s := range res.Stories {
		want := storyOf[res.Documents[s.Docs[0]].ID]
		for _, d := range s.Docs {
			if got := storyOf[res.Documents[d].ID]; got != want {
				t.Errorf("story %s mixes generated stories %d and %d", s.ID, want, got)
				break
			}
		}
	}
	checkClustersWithinStories(t, res)
}

// BenchmarkStories groups a synthetic feed into stories and finds its
// near-duplicates; compare the sizes to see how the cost grows (go test
// ./compare -run '^$' -bench Stories -cpu 1).
func BenchmarkStories(b *testing.B) {
	for _, n := range []int{500, 2000} {
		docs, _ := synthStories(b, n, 20, 1)
		res := Run(docs, Options{})
		ents := groupEntities(res)
		f := buildFeatures(res, &ents)
		b.Run(fmt.Sprintf("stories/docs=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				findStories(res, f, nil)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/doc")
		})
		b.Run(fmt.Sprintf("neardup/docs=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				findNearDuplicates(res.Documents)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/doc")
		})
	}
}
