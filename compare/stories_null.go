package compare

import (
	"cmp"
	"slices"
)

// The feed's own threshold. How similar two articles on different events
// are depends on the feed: across a general feed they share next to
// nothing, within a desk's feed on one war they share its whole
// vocabulary. Articles further apart than StoryHorizon are, by the time
// model, of different events, so when the input spans that long, their
// cosines sample what unrelated articles of this feed score. Two groups
// then merge only above StoryThreshold and above all but a
// storyNullLevel share of that sample: a significance level, not a
// constant tuned on one corpus. Inputs that do not span the horizon (a
// story's few articles, the seeds) keep StoryThreshold.
const (
	storyNullLevel   = 0.0001 // the share of unrelated pairs allowed above the threshold
	storyNullPerDoc  = 8      // far documents each document is paired with
	storyNullMinimum = 2000   // fewer sampled pairs than this: no estimate
)

// feedThreshold returns the story threshold for documents of unit vectors
// vecs and dates when: StoryThreshold, or the (1−storyNullLevel) quantile
// of the cosines of sampled pairs more than StoryHorizon days apart if
// that is higher. With fewer than 1/storyNullLevel pairs that quantile is
// the sample's largest cosine, which for a sample of n estimates the
// 1−1/n quantile: a little lower. The sample does not depend on the order
// of the documents beyond their dates and their order in vecs, which is
// by ID.
func feedThreshold(vecs []sparseVec, when []days) float64 {
	var dated []int
	for d, w := range when {
		if !w.undated {
			dated = append(dated, d)
		}
	}
	slices.SortStableFunc(dated, func(a, b int) int { return cmp.Compare(when[a].lo, when[b].lo) })
	var null []float64
	for i, d := range dated {
		// Documents starting past the horizon from d's last day: a suffix.
		far, _ := slices.BinarySearchFunc(dated[i:], when[d].hi+StoryHorizon+1, func(e int, lo int32) int {
			return cmp.Compare(when[e].lo, lo)
		})
		far += i
		if far >= len(dated) {
			continue
		}
		n := len(dated) - far
		x := uint64(d)*0x9e3779b97f4a7c15 + 1
		for range storyNullPerDoc {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			null = append(null, dot(vecs[d], vecs[dated[far+int(x%uint64(n))]]))
		}
	}
	if len(null) < storyNullMinimum {
		return StoryThreshold
	}
	slices.Sort(null)
	q := null[min(len(null)-1, int(float64(len(null))*(1-storyNullLevel)))]
	return max(StoryThreshold, q)
}
