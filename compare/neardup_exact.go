package compare

import (
	"cmp"
	"slices"
)

// exactCopies returns, for each set, the first set equal to it, itself
// if none comes before; an empty set is nobody's copy. Sets are sorted by
// a hash of their contents, so that equal ones come together, in
// O(n log n) comparisons however many copies there are.
func exactCopies(sets [][]uint64) []int {
	first := make([]int, len(sets))
	hash := make([]uint64, len(sets))
	var order []int
	for d, set := range sets {
		first[d] = d
		if len(set) == 0 {
			continue
		}
		h := mix64(uint64(len(set)))
		for _, x := range set {
			h = mix64(h ^ x)
		}
		hash[d] = h
		order = append(order, d)
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(hash[a], hash[b]), slices.Compare(sets[a], sets[b]), cmp.Compare(a, b))
	})
	for i := 1; i < len(order); i++ {
		a, b := order[i-1], order[i]
		if hash[a] == hash[b] && slices.Equal(sets[a], sets[b]) {
			first[b] = first[a]
		}
	}
	return first
}
