package corpus

// CopyPairs returns every pair of items that are copies of one text, as
// [2]string{a, b} with a < b: the copies the generator made, closed over
// copies of copies.
func (t Truth) CopyPairs() map[[2]string]bool {
	parent := map[string]string{}
	var root func(string) string
	root = func(x string) string {
		if p, ok := parent[x]; ok && p != x {
			return root(p)
		}
		return x
	}
	for _, p := range t.NearDuplicates {
		parent[root(p[1])] = root(p[0])
	}
	family := map[string][]string{}
	for x := range parent {
		family[root(x)] = append(family[root(x)], x)
	}
	pairs := map[[2]string]bool{}
	for r, xs := range family {
		all := append([]string{r}, xs...)
		for i, a := range all {
			for _, b := range all[i+1:] {
				if a != b {
					pairs[PairKey(a, b)] = true
				}
			}
		}
	}
	return pairs
}

// PairKey orders a pair of item ids.
func PairKey(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}
