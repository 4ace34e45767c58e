package main

import (
	"fmt"

	"github.com/dedupe-news/dedupe/bench/corpus"
	"github.com/dedupe-news/dedupe/compare"
)

// pairScore counts predicted and true pairs.
type pairScore struct{ tp, fp, fn int }

func (s pairScore) String() string {
	p, r := ratio(s.tp, s.tp+s.fp), ratio(s.tp, s.tp+s.fn)
	return fmt.Sprintf("%.3f/%.3f (%d pairs)", p, r, s.tp+s.fn)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// storyScores compares the stories found with the true ones over pairs of
// documents. Pairs are counted story by story, so the cost is that of the
// stories' sizes, not all pairs of documents.
func storyScores(res *compare.Result, truth corpus.Truth) pairScore {
	trueStory := map[string]string{}
	for s, ids := range truth.Stories {
		for _, id := range ids {
			trueStory[id] = s
		}
	}
	found := map[string]int{}
	for k, st := range res.Stories {
		for _, d := range st.Docs {
			found[res.Documents[d].ID] = k
		}
	}
	var s pairScore
	for _, st := range res.Stories { // predicted pairs
		for i, a := range st.Docs {
			for _, b := range st.Docs[i+1:] {
				if trueStory[res.Documents[a].ID] == trueStory[res.Documents[b].ID] {
					s.tp++
				} else {
					s.fp++
				}
			}
		}
	}
	for _, ids := range truth.Stories { // true pairs missed
		for i, a := range ids {
			for _, b := range ids[i+1:] {
				if fa, ok := found[a]; !ok || fa != found[b] {
					s.fn++
				}
			}
		}
	}
	return s
}

// nearDupScores compares the near-duplicate pairs found with the copies
// the generator made.
func nearDupScores(res *compare.Result, truth corpus.Truth) pairScore {
	truePairs := truth.CopyPairs()
	var s pairScore
	found := map[[2]string]bool{}
	for _, nd := range res.NearDuplicates {
		k := corpus.PairKey(res.Documents[nd.Docs[0]].ID, res.Documents[nd.Docs[1]].ID)
		found[k] = true
		if truePairs[k] {
			s.tp++
		} else {
			s.fp++
		}
	}
	for k := range truePairs {
		if !found[k] {
			s.fn++
		}
	}
	return s
}

// plantedRecall is the share of planted discrepancies that a finding of
// the right kind reports, with a mention in the changed item and one in
// another item of its story.
func plantedRecall(res *compare.Result, truth corpus.Truth) string {
	docOf := func(m compare.FindingMention) string { return res.Documents[res.Claims[m.Claim].Doc].ID }
	byItem := map[string][]int{}
	for i, f := range res.Findings {
		for _, m := range f.Mentions {
			byItem[docOf(m)] = append(byItem[docOf(m)], i)
		}
	}
	found := 0
	for _, p := range truth.Discrepancies {
		others := map[string]bool{}
		for _, id := range p.ItemsA {
			others[id] = true
		}
		hit := false
		for _, i := range byItem[p.ItemB] {
			f := res.Findings[i]
			if string(f.Kind) != p.Kind {
				continue
			}
			for _, m := range f.Mentions {
				if others[docOf(m)] {
					hit = true
				}
			}
		}
		if hit {
			found++
		}
	}
	return fmt.Sprintf("%.3f (%d of %d)", ratio(found, len(truth.Discrepancies)), found, len(truth.Discrepancies))
}

// alarms counts the errors and warnings and, of those, the ones whose
// mentions fall in two stories of the ground truth: findings that set one
// event's figures against another's, false whatever the values. A feed
// whose stories run together shows them; a story's own findings may be
// true without being planted (the seed sentences disagree among
// themselves), so only these are counted false.
func alarms(res *compare.Result, truth corpus.Truth) string {
	storyOf := map[string]string{}
	for s, items := range truth.Stories {
		for _, id := range items {
			storyOf[id] = s
		}
	}
	var errs, warns, cross int
	for _, f := range res.Findings {
		if f.Severity < compare.Warning {
			continue
		}
		if f.Severity == compare.Error {
			errs++
		} else {
			warns++
		}
		stories := map[string]bool{}
		for _, m := range f.Mentions {
			stories[storyOf[res.Documents[res.Claims[m.Claim].Doc].ID]] = true
		}
		if len(stories) > 1 {
			cross++
		}
	}
	return fmt.Sprintf("%d/%d (%d across stories)", errs, warns, cross)
}
