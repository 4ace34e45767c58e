package compare

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
	stamp := make([]int, len(res.Documents)) // stamp[s] == k+1: source s counted for cluster k
	for k := range res.Clusters {
		n := 0
		for _, c := range res.Clusters[k].Claims {
			if s := source[res.Claims[c].Doc]; stamp[s] != k+1 {
				stamp[s] = k + 1
				n++
			}
		}
		res.Clusters[k].Independent = n
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

// copies reports whether claims a and b come from two documents that are
// copies of one text.
func (cx *checkContext) copies(a, b int) bool {
	da, db := cx.res.Claims[a].Doc, cx.res.Claims[b].Doc
	return da != db && cx.source != nil && cx.source[da] == cx.source[db]
}
