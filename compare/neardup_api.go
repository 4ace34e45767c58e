package compare

import "github.com/dedupe-news/dedupe/normalize"

// NearDuplicates returns the pairs of docs that are copies of one text
// (the Jaccard similarity of their shingle sets is at least
// NearDuplicateThreshold), with document indices into docs. It is the
// step [Run] takes before comparing claims, for callers that want only
// this, such as a feed deduplicator or a benchmark.
func NearDuplicates(docs []normalize.Document) []NearDuplicate {
	return findNearDuplicates(docs)
}

// ShingleSets returns each document's shingles (five folded words of its
// claims, hashed), sorted and unique: the sets NearDuplicates compares.
func ShingleSets(docs []normalize.Document) [][]uint64 {
	return shingleSets(docs)
}

// Jaccard returns the Jaccard similarity of two sorted sets without
// repeats, such as those of ShingleSets.
func Jaccard(a, b []uint64) float64 {
	return jaccard(a, b)
}
