package compare

import (
	"cmp"
	"slices"

	"github.com/dedupe-news/dedupe/normalize"
)

// Near-duplicate documents: copies of one text, such as a wire story
// printed by several outlets with small edits. A document is the set of
// its shingles, every run of shingleLen consecutive folded words of its
// sentences (metadata lines left out, since outlets differ there).
// Candidate pairs come from MinHash with LSH banding: minHashes min-hashes
// per document (one-permutation, see minHashSignatures), in bands of
// bandRows; two documents that agree on a whole band are candidates. A
// pair with Jaccard similarity s is a candidate with probability
// 1-(1-s⁴)³²: all but 5·10⁻⁸ at 0.8, 0.23 at 0.3, 0.0002 at 0.05 (two
// articles written apart share about that much). Candidates are then
// checked with the exact Jaccard similarity of their shingle sets. Exact
// copies (one shingle set) are grouped before, by sorting (exactCopies),
// and only the first of each group takes part in LSH; a bucket of many
// documents is paired within a window (bucketWindow). The work and the
// pairs reported grow linearly with the documents, however many copy one
// text. Copies edited sentence by sentence, which share few shingles, are
// found by their sentences (see neardup_sentences.go).

// NearDuplicateThreshold is the least Jaccard similarity of the shingle
// sets of two documents that are copies of one text: a 190-word article
// with three words changed scores 0.85, its first half 0.49, and two
// articles written apart on one event at most 0.04 (the seeds and
// testdata/stories). 0.7 leaves room for a few more edits.
const NearDuplicateThreshold = 0.7

// minShingles is the fewest shingles a document needs to be called a
// near-duplicate: in a sentence or two, one changed word moves the score
// too much. An exact copy is one at any length.
const minShingles = 20

const (
	shingleLen  = 5                // words per shingle
	minHashBits = 7                // log2 of minHashes
	minHashes   = 1 << minHashBits // min-hashes per document
	bandRows    = 4                // min-hashes per LSH band
)

// findNearDuplicates returns the pairs of docs that are copies of one
// text, by documents, by their shingles and by their sentences
// (sentenceCopies), whatever their stories.
func findNearDuplicates(docs []normalize.Document) []NearDuplicate {
	nd := shingleCopies(docs)
	return nd.withSentences(docs, nil)
}

// nearDups is the first pass of the near-duplicate finder: the pairs of
// copies by shingles, and what the pass by sentences needs.
type nearDups struct {
	pairs []NearDuplicate
	sets  [][]uint64 // each document's shingles
	take  []bool     // the documents whose sentences are compared
}

// shingleCopies finds the copies by shingles. Documents of one shingle
// set, exact copies, are one group: each is paired with the first of them
// only, at similarity 1 (a linear list, however many copies). The first of
// each group, if it has minShingles shingles, then meets the others of
// that length through lshCandidates, and a candidate pair whose Jaccard
// similarity is at least NearDuplicateThreshold is a pair of copies too.
func shingleCopies(docs []normalize.Document) nearDups {
	sets := shingleSets(docs)
	first := exactCopies(sets)
	nd := nearDups{sets: sets, take: make([]bool, len(sets))}
	long := make([][]uint64, len(sets)) // the sets that take part in LSH
	for d, f := range first {
		nd.take[d] = f == d
		switch {
		case f != d:
			nd.pairs = append(nd.pairs, NearDuplicate{Docs: [2]int{f, d}, Similarity: 1})
		case len(sets[d]) >= minShingles: // too short for a few edited words to leave a sure score
			long[d] = sets[d]
		}
	}
	lshCandidates(minHashSignatures(long), func(a, b int) {
		if s := jaccard(sets[a], sets[b]); s >= NearDuplicateThreshold {
			nd.pairs = append(nd.pairs, NearDuplicate{Docs: [2]int{a, b}, Similarity: s})
		}
	})
	sortNearDuplicates(nd.pairs)
	return nd
}

// withSentences returns the pairs of nd with those whose sentences mostly
// match (sentenceCopies), among the pairs keep allows (nil: any), every
// pair with its share of sentences matched.
func (nd nearDups) withSentences(docs []normalize.Document, keep func(a, b int) bool) []NearDuplicate {
	out := sentenceCopies(docs, nd.take, nd.sets, slices.Clone(nd.pairs), keep)
	sortNearDuplicates(out)
	return out
}

// sortNearDuplicates orders pairs by their documents.
func sortNearDuplicates(pairs []NearDuplicate) {
	slices.SortFunc(pairs, func(x, y NearDuplicate) int {
		return cmp.Or(cmp.Compare(x.Docs[0], y.Docs[0]), cmp.Compare(x.Docs[1], y.Docs[1]))
	})
}

// shingleSets returns each document's shingles, hashed, sorted and
// unique; all share one backing array. A document of fewer than
// shingleLen words has one shingle, of all of them.
func shingleSets(docs []normalize.Document) [][]uint64 {
	words := 0
	for d := range docs {
		for i := range docs[d].Sentences {
			words += len(docs[d].Sentences[i].Tokens)
		}
	}
	all := make([]uint64, 0, words+len(docs)) // at most a shingle a word, or one per document
	bounds := make([]int, len(docs)+1)
	for d := range docs {
		start := len(all)
		all = appendShingles(all, &docs[d])
		set := all[start:]
		slices.Sort(set)
		all = all[:start+len(slices.Compact(set))]
		bounds[d+1] = len(all)
	}
	out := make([][]uint64, len(docs))
	for d := range out {
		i, j := bounds[d], bounds[d+1]
		out[d] = all[i:j:j]
	}
	return out
}

// appendShingles appends the shingle hashes of doc to out.
func appendShingles(out []uint64, doc *normalize.Document) []uint64 {
	var ring [shingleLen]uint64 // the hashes of the last words
	n := 0
	for i := range doc.Sentences {
		s := &doc.Sentences[i]
		if s.Kind == normalize.KindMetadata {
			continue
		}
		for _, t := range s.Tokens {
			ring[n%shingleLen] = wordHash(t.Folded())
			n++
			if n >= shingleLen {
				out = append(out, shingleHash(ring, n))
			}
		}
	}
	if 0 < n && n < shingleLen {
		out = append(out, shingleHash(ring, n))
	}
	return out
}

// wordHash is the 64-bit FNV-1a hash of w.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	return h
}

// shingleHash combines the hashes of the last min(n, shingleLen) words,
// oldest first, n words having been written to ring.
func shingleHash(ring [shingleLen]uint64, n int) uint64 {
	k := min(n, shingleLen)
	var h uint64
	for i := n - k; i < n; i++ {
		h = mix64(h ^ ring[i%shingleLen])
	}
	return h
}

// mix64 is the finalizer of SplitMix64: a bijection of 64-bit words
// whose every output bit depends on every input bit.
func mix64(x uint64) uint64 {
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// sharedCount returns |a ∩ b| for sorted, unique a and b.
func sharedCount(a, b []uint64) int {
	shared := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			shared++
			i++
			j++
		}
	}
	return shared
}

// jaccard returns |a ∩ b| / |a ∪ b| for sorted, unique a and b.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	shared := sharedCount(a, b)
	return float64(shared) / float64(len(a)+len(b)-shared)
}
