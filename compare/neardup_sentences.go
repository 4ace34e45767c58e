package compare

import (
	"cmp"
	"math"
	"slices"

	"github.com/dedupe-news/dedupe/normalize"
)

// Rewritten copies. An outlet that carries a wire text often rewrites its
// lead, adds a paragraph, moves sentences or rewords them clause by clause
// ("La agencia detalló que a las víctimas … se sumarían otras 170" / "A
// las víctimas … se sumarían otras 170, de acuerdo con la agencia"): the
// shingles of two such copies barely agree (a Jaccard similarity of 0.14 to
// 0.23 on the development corpus), but their sentences do, one by one. A
// sentence is the set of its content terms (stems of the words that are
// not stopwords, and numbers), and it has a counterpart in the other
// document when one sentence there holds most of its terms, weighed by
// their rarity among all the sentences (copyContainment of the lighter
// set): the names and figures of a sentence must be there, not only the
// words every article of a kind repeats. Two documents are copies when a
// large enough share of the shorter one's sentences has a counterpart.
//
// Candidate sentence pairs come from an index of each sentence's
// copySketch terms of least hash (a bottom-k sketch: two sentences that
// share most terms very likely share one of those), so the work grows with
// the sentences, not with their pairs; a key that many sentences share is
// paired within bucketWindow, as LSH buckets are.

const (
	copyMinTerms    = 3       // content terms a sentence needs to count ("las personas fallecidas no han sido identificadas" has three)
	copyContainment = 0.7     // share of the smaller sentence's terms the other must hold
	copyPhrasing    = 0.4     // share of the shorter sentence's word trigrams the other must repeat
	copyMinMatched  = 3       // sentences of the shorter document matched, at least
	copyMinShare    = 1.0 / 3 // share of the shorter document's sentences matched, at least
	copySketch      = 3       // least-hash terms a sentence is indexed by
	copyFullBucket  = 64      // a key shared by at most this many sentences pairs them all
)

// copySentence is one sentence of a document, as copy detection sees it.
type copySentence struct {
	doc   int
	terms []uint64 // sorted unique hashes of its content terms
	names []uint64 // sorted unique hashes of the keys of the names it gives
	first int32    // its first clause, an index into the document's sentences
	end   int32    // past its last clause
}

// sameNames reports whether at least half the names of the sentence that
// gives fewer are in the other: two outlets may print one quotation or
// one stock phrase about different people, places or events ("…, añadió
// Kirby" / "…, añadió Peskov"), and a copy keeps who and where, though an
// edit may add or drop one ("según la ONU").
func sameNames(x, y *copySentence) bool {
	a, b := x.names, y.names
	if len(a) > len(b) {
		a, b = b, a
	}
	shared := 0
	for _, n := range a {
		if _, ok := slices.BinarySearch(b, n); ok {
			shared++
		}
	}
	return 2*shared >= len(a)
}

// copyTally counts the sentences of each side of a document pair that have
// a counterpart on the other side.
type copyTally struct {
	matched [2]map[int]bool // by side: indices into the sentences
}

// sentenceCopies returns the pairs of documents whose sentences mostly
// have counterparts in each other, and for each of known, the pairs found
// otherwise, sets Sentences. Only documents with take set take part (the
// first of each group of exact copies), and only pairs keep allows (nil:
// any); a pair not in known gets the Jaccard similarity of sets, its
// shingles.
func sentenceCopies(docs []normalize.Document, take []bool, sets [][]uint64, known []NearDuplicate, keep func(a, b int) bool) []NearDuplicate {
	sents, counts := copySentences(docs, take)
	weight := termWeights(sents)
	tallies := map[[2]int]*copyTally{}
	grams, read := make([][]uint64, len(sents)), make([]bool, len(sents)) // by sentence, read on first need
	gramsOf := func(i int) []uint64 {
		if !read[i] {
			grams[i], read[i] = trigrams(&docs[sents[i].doc], &sents[i]), true
		}
		return grams[i]
	}
	copyCandidates(sents, func(a, b int) {
		x, y := &sents[a], &sents[b]
		if x.doc == y.doc || keep != nil && !keep(x.doc, y.doc) ||
			containment(x.terms, y.terms, weight) < copyContainment || !sameNames(x, y) ||
			phraseShare(gramsOf(a), gramsOf(b)) < copyPhrasing {
			return
		}
		if x.doc > y.doc {
			a, b, x, y = b, a, y, x
		}
		key := [2]int{x.doc, y.doc}
		t := tallies[key]
		if t == nil {
			t = &copyTally{matched: [2]map[int]bool{{}, {}}}
			tallies[key] = t
		}
		t.matched[0][a], t.matched[1][b] = true, true
	})
	out := known
	seen := make(map[[2]int]bool, len(known))
	for i, nd := range out {
		seen[nd.Docs] = true
		switch t := tallies[nd.Docs]; {
		case nd.Similarity == 1:
			out[i].Sentences = 1
		case t != nil:
			out[i].Sentences, _ = copyShare(t, counts[nd.Docs[0]], counts[nd.Docs[1]])
		}
	}
	for key, t := range tallies {
		if share, ok := copyShare(t, counts[key[0]], counts[key[1]]); ok && !seen[key] {
			out = append(out, NearDuplicate{Docs: key, Similarity: jaccard(sets[key[0]], sets[key[1]]), Sentences: share})
		}
	}
	return out
}

// copyShare returns the share of the shorter document's sentences that
// have a counterpart, and whether it makes the pair copies.
func copyShare(t *copyTally, na, nb int) (float64, bool) {
	side, n := 0, na
	if nb < na {
		side, n = 1, nb
	}
	if n == 0 {
		return 0, false
	}
	m := len(t.matched[side])
	share := float64(m) / float64(n)
	return share, m >= copyMinMatched && share >= copyMinShare
}

// copySentences returns the sentences of the docs with take set that have
// enough content terms, a clause joined to its sentence, and how many each
// document has.
func copySentences(docs []normalize.Document, take []bool) ([]copySentence, []int) {
	var out []copySentence
	counts := make([]int, len(docs))
	for d := range docs {
		if !take[d] {
			continue
		}
		var terms, names []uint64
		first, end := 0, 0
		flush := func() {
			slices.Sort(terms)
			terms = slices.Compact(terms)
			slices.Sort(names)
			names = slices.Compact(names)
			if len(terms) >= copyMinTerms {
				out = append(out, copySentence{doc: d, terms: slices.Clip(terms), names: slices.Clip(names), first: int32(first), end: int32(end)})
				counts[d]++
			}
			terms, names = nil, nil
		}
		for i := range docs[d].Sentences {
			s := &docs[d].Sentences[i]
			if s.Kind != normalize.KindClaim {
				continue
			}
			if s.Part == 0 {
				flush()
				first = i
			}
			end = i + 1
			terms = appendContentTerms(terms, s)
			for _, m := range s.Mentions {
				if !m.Weak {
					names = append(names, mix64(wordHash(m.Key)))
				}
			}
		}
		flush()
	}
	return out, counts
}

// appendContentTerms appends the hashes of the content terms of s: the
// stems of its words that are not stopwords, and its numbers folded.
func appendContentTerms(out []uint64, s *normalize.Sentence) []uint64 {
	for _, t := range s.Tokens {
		if t.Stop {
			continue
		}
		w := t.Stem()
		if w == "" {
			w = t.Folded()
		}
		if len(w) < 3 && (w == "" || w[0] < '0' || w[0] > '9') {
			continue
		}
		out = append(out, mix64(wordHash(w)))
	}
	return out
}

// copyCandidates calls pair for sentences that share one of their
// copySketch least-hash terms; a key shared by many sentences pairs each
// with the bucketWindow after it only.
func copyCandidates(sents []copySentence, pair func(a, b int)) {
	type entry struct {
		key  uint64
		sent int
	}
	entries := make([]entry, 0, len(sents)*copySketch)
	for i, s := range sents {
		for _, h := range s.terms[:min(copySketch, len(s.terms))] { // sorted: the least hashes
			entries = append(entries, entry{h, i})
		}
	}
	slices.SortFunc(entries, func(a, b entry) int { return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.sent, b.sent)) })
	for lo := 0; lo < len(entries); {
		hi := lo + 1
		for hi < len(entries) && entries[hi].key == entries[lo].key {
			hi++
		}
		window := hi - lo
		if window > copyFullBucket {
			window = bucketWindow + 1
		}
		for i := lo; i < hi; i++ {
			for j := i + 1; j < hi && j <= i+window-1; j++ {
				pair(entries[i].sent, entries[j].sent)
			}
		}
		lo = hi
	}
}

// termWeights returns the weight of each term of sents: its inverse
// frequency among the sentences, so that the words every article of a
// kind repeats ("el sismo se sintió en") count for little and the names
// and figures that make a sentence its own count for much.
func termWeights(sents []copySentence) map[uint64]float64 {
	df := map[uint64]int32{}
	for _, s := range sents {
		for _, t := range s.terms {
			df[t]++
		}
	}
	out := make(map[uint64]float64, len(df))
	n := float64(len(sents) + 1)
	for t, k := range df {
		out[t] = math.Log(n / float64(k))
	}
	return out
}

// containment returns the weight of the terms a and b share over the
// weight of the lighter of the two, for sorted, unique a and b.
func containment(a, b []uint64, weight map[uint64]float64) float64 {
	var wa, wb, shared float64
	for _, t := range a {
		wa += weight[t]
	}
	for _, t := range b {
		wb += weight[t]
	}
	if wa == 0 || wb == 0 {
		return 0
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			shared += weight[a[i]]
			i++
			j++
		}
	}
	return shared / min(wa, wb)
}

// phraseShare returns the share of the word trigrams (trigrams) of the
// shorter of two sentences, a and b, that the other repeats. An outlet
// that edits a wire text keeps most of its phrasing ("a las víctimas …
// se sumarían otras 170"); one that writes the same facts apart says
// them in its own words, though with the same names, figures and content
// words ("el balance en Antigua es de 1.865 damnificados, según el jefe
// de bomberos" / "el jefe de bomberos confirmó que el balance asciende a
// 1.865 damnificados en Antigua").
func phraseShare(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(sharedCount(a, b)) / float64(min(len(a), len(b)))
}

// trigrams returns the sorted, unique hashes of the word trigrams of
// sentence s of doc (every word folded, stopwords too), its clauses read
// as one run of words.
func trigrams(doc *normalize.Document, s *copySentence) []uint64 {
	var words []uint64
	for i := s.first; i < s.end; i++ {
		for _, t := range doc.Sentences[i].Tokens {
			words = append(words, wordHash(t.Folded()))
		}
	}
	if len(words) < 3 {
		return nil
	}
	out := make([]uint64, 0, len(words)-2)
	for i := 0; i+2 < len(words); i++ {
		out = append(out, mix64(words[i]^mix64(words[i+1]^mix64(words[i+2]))))
	}
	slices.Sort(out)
	return slices.Compact(out)
}
