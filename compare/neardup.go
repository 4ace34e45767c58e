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
// bandRows; two documents that agree on a whole band are candidates. A pair with Jaccard similarity s is a candidate
// with probability 1-(1-s⁴)³²: all but 5·10⁻⁸ at 0.8, 0.23 at 0.3,
// 0.0002 at 0.05 (two articles written apart share about that much). Candidates are
// then checked with the exact Jaccard similarity of their shingle sets.

// NearDuplicateThreshold is the least Jaccard similarity of the shingle
// sets of two documents that are copies of one text: a 190-word article
// with three words changed scores 0.85, its first half 0.49, and two
// articles written apart on one event at most 0.04 (the seeds and
// testdata/stories). 0.7 leaves room for a few more edits.
const NearDuplicateThreshold = 0.7

// minShingles is the fewest shingles a document needs to be called a
// copy: in a sentence or two, one changed word moves the score too much.
const minShingles = 20

const (
	shingleLen  = 5                // words per shingle
	minHashBits = 7                // log2 of minHashes
	minHashes   = 1 << minHashBits // min-hashes per document
	bandRows    = 4                // min-hashes per LSH band
)

// findNearDuplicates returns the pairs of docs whose shingle sets have a
// Jaccard similarity of at least NearDuplicateThreshold, by documents.
func findNearDuplicates(docs []normalize.Document) []NearDuplicate {
	sets := shingleSets(docs)
	var out []NearDuplicate
	for _, p := range lshCandidates(minHashSignatures(sets)) {
		a, b := int(p>>32), int(p&0xffffffff)
		if len(sets[a]) < minShingles || len(sets[b]) < minShingles {
			continue // too short for a few edited words to leave a sure score
		}
		if s := jaccard(sets[a], sets[b]); s >= NearDuplicateThreshold {
			out = append(out, NearDuplicate{Docs: [2]int{a, b}, Similarity: s})
		}
	}
	return out
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

// minHashSignatures returns minHashes min-hashes per set, one row of the
// result per set; an empty set has none. They come from one permutation
// (Li, Owen and Zhang 2012): the shingle hashes, already uniform, fall
// into minHashes bins by their top bits, and each bin keeps its least
// hash. Since a set is sorted, that is the first hash of each bin, found
// in one pass. An empty bin borrows the hash of a full one (see densify).
// Each min-hash agrees between two sets with probability about their
// Jaccard similarity, at the cost of one pass instead of minHashes.
func minHashSignatures(sets [][]uint64) [][]uint64 {
	const empty = ^uint64(0)
	all := make([]uint64, len(sets)*minHashes)
	out := make([][]uint64, len(sets))
	for d, set := range sets {
		if len(set) == 0 {
			continue
		}
		sig := all[d*minHashes : (d+1)*minHashes : (d+1)*minHashes]
		for i := range sig {
			sig[i] = empty
		}
		for _, x := range set {
			if bin := x >> (64 - minHashBits); sig[bin] == empty {
				sig[bin] = x
			}
		}
		densify(sig)
		out[d] = sig
	}
	return out
}

// densify fills each empty bin of sig with the value of a full bin picked
// by a probe sequence that depends only on the empty bin: two sets whose
// bin is empty in both then borrow from the same bins, and agree on it as
// often as on a full bin (Shrivastava 2017: unlike borrowing from the next
// full bin, runs of empty bins do not agree all at once). sig has a full
// bin.
func densify(sig []uint64) {
	const empty = ^uint64(0)
	var full [minHashes / 64]uint64 // bit i: bin i holds a hash of its own
	for i, x := range sig {
		if x != empty {
			full[i/64] |= 1 << (i % 64)
		}
	}
	for i := range sig {
		if full[i/64]&(1<<(i%64)) != 0 {
			continue
		}
		for probe := uint64(1); ; probe++ {
			j := mix64(uint64(i)<<32|probe) % minHashes
			if full[j/64]&(1<<(j%64)) != 0 {
				sig[i] = sig[j]
				break
			}
		}
	}
}

// bandKey is one LSH band of one document's signature, hashed.
type bandKey struct {
	key uint64
	doc int32
}

// lshCandidates returns the pairs of documents whose signatures agree on
// a whole band, as a<<32 | b with a < b, sorted and unique.
func lshCandidates(sigs [][]uint64) []uint64 {
	var keys []bandKey
	for d, sig := range sigs {
		for band := 0; band < len(sig); band += bandRows {
			h := mix64(uint64(band) + 1)
			for _, x := range sig[band : band+bandRows] {
				h = mix64(h ^ x)
			}
			keys = append(keys, bandKey{h, int32(d)})
		}
	}
	slices.SortFunc(keys, func(x, y bandKey) int { return cmp.Or(cmp.Compare(x.key, y.key), cmp.Compare(x.doc, y.doc)) })
	var pairs []uint64
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j].key == keys[i].key {
			j++
		}
		for x := i; x < j; x++ {
			for y := x + 1; y < j; y++ {
				pairs = append(pairs, uint64(keys[x].doc)<<32|uint64(keys[y].doc))
			}
		}
		i = j
	}
	slices.Sort(pairs)
	return slices.Compact(pairs)
}

// jaccard returns |a ∩ b| / |a ∪ b| for sorted, unique a and b.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
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
	return float64(shared) / float64(len(a)+len(b)-shared)
}

// copyGroups returns, for each of n documents, the first document of its
// group of copies: documents joined by near-duplicate pairs, directly or
// through others, are one source.
func copyGroups(n int, pairs []NearDuplicate) []int {
	root := make([]int, n)
	for d := range root {
		root[d] = d
	}
	find := func(d int) int {
		for root[d] != d {
			root[d] = root[root[d]]
			d = root[d]
		}
		return d
	}
	for _, p := range pairs {
		a, b := find(p.Docs[0]), find(p.Docs[1])
		root[max(a, b)] = min(a, b)
	}
	for d := range root {
		root[d] = find(d)
	}
	return root
}

// setIndependent sets the Independent count of every cluster of res:
// its documents, the copies of one text counted once. source maps each
// document to its group of copies.
func setIndependent(res *Result, source []int) {
	var seen []int
	for k := range res.Clusters {
		seen = seen[:0]
		for _, c := range res.Clusters[k].Claims {
			if s := source[res.Claims[c].Doc]; !slices.Contains(seen, s) {
				seen = append(seen, s)
			}
		}
		res.Clusters[k].Independent = len(seen)
	}
}

// independent reports whether claims a and b come from independent
// sources: different documents that are not copies of one text. Checks
// compare only such claims: a copy that differs from its original (an
// updated wire story, an outlet's edit) is a version of one source, not a
// second source disagreeing with the first.
func (cx *checkContext) independent(a, b int) bool {
	da, db := cx.res.Claims[a].Doc, cx.res.Claims[b].Doc
	return da != db && (cx.source == nil || cx.source[da] != cx.source[db])
}
