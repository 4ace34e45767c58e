package compare

import (
	"cmp"
	"slices"
)

// bucketWindow bounds the work of one LSH bucket: in a bucket of more
// than bucketWindow+1 documents, by document, each document meets the
// bucketWindow after it and the bucket's first document, not all of
// them. Copies of one text that many outlets carry, edited apart, fill
// one bucket per band; pairing all of them would take time and memory
// with the square of their number, while a chain of pairs joins them
// into one group (copyGroups) just as well. Smaller buckets, as of the
// few copies a story has, are paired in full.
const bucketWindow = 8

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
	full := 0
	for _, set := range sets {
		if len(set) > 0 {
			full++
		}
	}
	all := make([]uint64, full*minHashes) // only the sets that have a signature
	out := make([][]uint64, len(sets))
	for d, set := range sets {
		if len(set) == 0 {
			continue
		}
		sig := all[:minHashes:minHashes]
		all = all[minHashes:]
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

// bands is every band of every signature, sorted by key then document:
// a bucket, the documents agreeing on a band, is a run of one key.
type bands struct {
	keys  []bandKey
	start []int32 // keys[i]'s bucket starts at keys[start[i]]
	of    []int32 // document d's bands are at keys[of[d*per+k]], k < per
	per   int     // bands per signature
}

// newBands hashes the bands of sigs, all of one length or nil.
func newBands(sigs [][]uint64) *bands {
	b := &bands{per: minHashes / bandRows}
	for d, sig := range sigs {
		for band := 0; band+bandRows <= len(sig); band += bandRows {
			h := mix64(uint64(band) + 1)
			for _, x := range sig[band : band+bandRows] {
				h = mix64(h ^ x)
			}
			b.keys = append(b.keys, bandKey{h, int32(d)})
		}
	}
	slices.SortFunc(b.keys, func(x, y bandKey) int { return cmp.Or(cmp.Compare(x.key, y.key), cmp.Compare(x.doc, y.doc)) })
	b.start = make([]int32, len(b.keys))
	b.of = make([]int32, len(sigs)*b.per)
	next := make([]int32, len(sigs)) // bands of each document placed so far
	for i, k := range b.keys {
		if i > 0 && k.key == b.keys[i-1].key {
			b.start[i] = b.start[i-1]
		} else {
			b.start[i] = int32(i)
		}
		b.of[int(k.doc)*b.per+int(next[k.doc])] = int32(i)
		next[k.doc]++
	}
	return b
}

// lshCandidates calls visit(a, b), a < b, once for each pair of documents
// whose signatures agree on a whole band, within the bound of
// bucketWindow, by a. A document meets at most
// (bucketWindow+1)·minHashes/bandRows others besides the buckets it is
// the first of, so the pairs grow linearly with the documents.
func lshCandidates(sigs [][]uint64, visit func(a, b int)) {
	b := newBands(sigs)
	stamp := make([]int32, len(sigs)) // stamp[y] == x+1: y already met for x
	for x, sig := range sigs {
		if sig == nil {
			continue
		}
		stamp[x] = int32(x + 1) // a hash collision may put x twice in a bucket
		for _, i := range b.of[x*b.per : (x+1)*b.per] {
			s := int(b.start[i])
			end := int(i) + 1
			for end < len(b.keys) && end <= int(i)+bucketWindow && b.keys[end].key == b.keys[i].key {
				end++
			}
			if int(i) == s { // the bucket's first meets all of it
				for end < len(b.keys) && b.keys[end].key == b.keys[i].key {
					end++
				}
			}
			for _, k := range b.keys[i+1 : end] {
				if y := int(k.doc); stamp[y] != int32(x+1) {
					stamp[y] = int32(x + 1)
					visit(x, y)
				}
			}
		}
	}
}
