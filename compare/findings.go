package compare

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"

	"github.com/dedupe-news/dedupe/normalize"
)

// checkContext is what every check reads: the result so far, with its
// clusters and entities, and the claim features.
type checkContext struct {
	res  *Result
	f    *features
	ents *entityTable
	// source maps each document to the first document of its group of
	// near-duplicate copies; nil when every document is its own.
	source []int
	// factFindings are the findings of the facts, computed once for the
	// kinds that share them (factKind); nil until then.
	factFindings []Finding
}

// check finds one kind of discrepancy. Checks only read the context
// (factKind keeps what it computes there for the kinds that share it).
type check func(*checkContext) []Finding

// findDiscrepancies runs every check and returns the findings sorted by
// severity, kind and id, each once.
func findDiscrepancies(cx *checkContext) []Finding {
	var out []Finding
	for _, e := range registry() {
		out = append(out, e.run(cx)...)
	}
	slices.SortFunc(out, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), strings.Compare(string(a.Kind), string(b.Kind)), strings.Compare(a.ID, b.ID))
	})
	return uniqueIDs(out)
}

// uniqueIDs drops a finding met twice (two checks may find one thing) and
// numbers apart two different findings that an id would confuse: "-2".
func uniqueIDs(findings []Finding) []Finding {
	out := findings[:0]
	seen := map[string]int{}
	for _, f := range findings {
		if n := seen[f.ID]; n > 0 {
			if prev := out[len(out)-1]; prev.ID == f.ID && prev.Message == f.Message {
				continue
			}
			seen[f.ID]++
			f.ID = fmt.Sprintf("%s-%d", f.ID, n+1)
			out = append(out, f)
			continue
		}
		seen[f.ID] = 1
		out = append(out, f)
	}
	return out
}

// findingID derives a stable id from what a finding is about: its kind,
// the slot compared (a person, a measure, the names its claims share)
// and the values set against each other. It depends neither on output
// order or numbering nor on which documents repeat a value, so that an
// article that repeats a known disagreement, or one on another story,
// leaves the ids of the findings known before as they were. A side
// without a value (an unresolved date) counts by its document.
func findingID(kind FindingKind, slot string, sides []FindingMention, res *Result) string {
	keys := make([]string, 0, len(sides))
	for _, m := range sides {
		key := m.Value
		if key == "" {
			key = res.Documents[res.Claims[m.Claim].Doc].ID + "=" + strings.ToLower(m.Text)
		}
		keys = append(keys, key)
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%s\x00%s", kind, slot, strings.Join(keys, "\x00"))
	return fmt.Sprintf("%s-%012x", kind, h.Sum64()&0xffffffffffff)
}

// sideSlot names what the claims of a finding's sides are about for its
// id: the names every one of them gives, sorted, or "" when they share
// none. Unlike a cluster's subject it does not move when another article
// joins the cluster.
func (cx *checkContext) sideSlot(sides []FindingMention) string {
	return strings.Join(cx.sharedNames(sides), ", ")
}

// sharedNames returns, sorted, the names of the entities that every claim
// of sides names.
func (cx *checkContext) sharedNames(sides []FindingMention) []string {
	count := map[int]int{}
	claims := map[int]bool{}
	for _, m := range sides {
		if claims[m.Claim] {
			continue
		}
		claims[m.Claim] = true
		seen := map[int]bool{}
		for i := range cx.res.Sentence(m.Claim).Mentions {
			if e, ok := cx.entityOf(m.Claim, i); ok && !seen[e] {
				seen[e] = true
				count[e]++
			}
		}
	}
	var names []string
	for e, n := range count {
		if n == len(claims) {
			names = append(names, cx.res.Entities[e].Name)
		}
	}
	slices.Sort(names)
	return names
}

// mention builds the FindingMention of the text at span in claim c.
func (cx *checkContext) mention(c int, span normalize.Span, value string) FindingMention {
	text := cx.res.Documents[cx.res.Claims[c].Doc].Text
	return FindingMention{Claim: c, Span: span, Text: text[span.Start:span.End], Value: value}
}

// docID returns the id of the document of claim c.
func (cx *checkContext) docID(c int) string {
	return cx.res.Documents[cx.res.Claims[c].Doc].ID
}

// clusterID returns the id of the cluster of claim c, or "".
func (cx *checkContext) clusterID(c int) string {
	if k := cx.res.Claims[c].Cluster; k >= 0 {
		return cx.res.Clusters[k].ID
	}
	return ""
}

// entityOf returns the entity named by mention m of claim c.
func (cx *checkContext) entityOf(c, m int) (int, bool) {
	e, ok := cx.ents.of[mentionRef{c, m}]
	return e, ok
}

// clusterSubject names what a cluster is about for messages and ids: its
// most shared entities and stems.
func (cx *checkContext) clusterSubject(k int) string {
	count := map[int]int{}
	for _, l := range cx.res.Clusters[k].Links {
		for _, id := range l.Entities {
			if i := cx.entityIndex(id); i >= 0 {
				count[i]++
			}
		}
	}
	ents := make([]int, 0, len(count))
	for i := range count {
		ents = append(ents, i)
	}
	// People first, then by how many links share them, then by name.
	slices.SortFunc(ents, func(a, b int) int {
		ea, eb := cx.res.Entities[a], cx.res.Entities[b]
		return cmp.Or(cmp.Compare(ea.Kind, eb.Kind), cmp.Compare(count[b], count[a]), strings.Compare(ea.Name, eb.Name))
	})
	var parts []string
	for _, i := range ents[:min(3, len(ents))] {
		parts = append(parts, cx.res.Entities[i].Name)
	}
	if len(parts) == 0 {
		return cx.res.Clusters[k].ID
	}
	return strings.Join(parts, ", ")
}

// entityIndex returns the index of the entity with the given id, or -1.
// Entity k is numbered "e"+(k+1) (groupEntities), so no search is needed.
func (cx *checkContext) entityIndex(id string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(id, "e"))
	if err != nil || n < 1 || n > len(cx.res.Entities) || cx.res.Entities[n-1].ID != id {
		return -1
	}
	return n - 1
}

// sideList formats the sides of a finding for its message:
// "2023-08 («el mes pasado») in 000_e857…; 2023-07 («julio») in 001_cbd2…".
func (cx *checkContext) sideList(sides []FindingMention) string {
	parts := make([]string, len(sides))
	for i, m := range sides {
		parts[i] = fmt.Sprintf("%s («%s») in %s", m.Value, m.Text, cx.docID(m.Claim))
	}
	return strings.Join(parts, "; ")
}
