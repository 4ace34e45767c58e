package compare

import (
	"maps"
	"slices"
	"strings"
)

// aligned reports whether claims a and b of one cluster say the same
// thing as closely as their documents allow: b is the claim of its
// document in the cluster most like a, or a the one of its document most
// like b. Checks that compare two claims compare aligned ones only, so
// that two claims of one article, copied into two documents, are never
// set against each other.
func (cx *checkContext) aligned(a, b int) bool {
	return cx.closestIn(a, b) || cx.closestIn(b, a)
}

// closestIn reports whether no claim of b's document in b's cluster is
// more like a than b is.
func (cx *checkContext) closestIn(a, b int) bool {
	k := cx.res.Claims[b].Cluster
	if k < 0 {
		return false
	}
	score := cx.f.cosine(a, b, nil)
	for _, c := range cx.res.Clusters[k].Claims {
		if c != b && cx.res.Claims[c].Doc == cx.res.Claims[b].Doc && cx.f.cosine(a, c, nil) > score {
			return false
		}
	}
	return true
}

// clusterSlot names what cluster k is about, for messages: its subject,
// or the stems its links share when it names no entity; never its number,
// which changes with the input. Finding ids use sideSlot, which does not
// move when the cluster grows.
func (cx *checkContext) clusterSlot(k int) string {
	cl := cx.res.Clusters[k]
	if s := cx.clusterSubject(k); s != cl.ID {
		return s
	}
	terms := map[string]bool{}
	for _, l := range cl.Links {
		for _, t := range l.Terms {
			terms[t] = true
		}
	}
	return strings.Join(slices.Sorted(maps.Keys(terms)), " ")
}

// crossPairs calls f for each pair of claims of cluster k from
// independent documents (see independent) that are aligned, each pair
// once, a before b.
func (cx *checkContext) crossPairs(k int, f func(a, b int)) {
	claims := cx.res.Clusters[k].Claims
	for i, a := range claims {
		for _, b := range claims[i+1:] {
			if cx.independent(a, b) && cx.aligned(a, b) {
				f(a, b)
			}
		}
	}
}
