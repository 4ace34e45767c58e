package report

import (
	"fmt"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize"
)

// validate checks that every index in r points inside r, so that the
// printers can follow them without panicking.
func validate(r *compare.Result) error {
	inRange := func(i, n int) bool { return 0 <= i && i < n }
	for i, c := range r.Claims {
		if !inRange(c.Doc, len(r.Documents)) || !inRange(c.Sentence, len(r.Documents[c.Doc].Sentences)) ||
			(c.Cluster != -1 && !inRange(c.Cluster, len(r.Clusters))) {
			return fmt.Errorf("report: invalid result: claim %d refers outside the result", i)
		}
	}
	for i, k := range r.Clusters {
		for _, c := range k.Claims {
			if !inRange(c, len(r.Claims)) {
				return fmt.Errorf("report: invalid result: cluster %d refers to claim %d of %d", i, c, len(r.Claims))
			}
		}
		for _, l := range k.Links {
			if !inRange(l.A, len(r.Claims)) || !inRange(l.B, len(r.Claims)) {
				return fmt.Errorf("report: invalid result: a link of cluster %d refers outside the claims", i)
			}
		}
	}
	for i, e := range r.Entities {
		for _, m := range e.Mentions {
			if !inRange(m.Doc, len(r.Documents)) {
				return fmt.Errorf("report: invalid result: entity %d refers to document %d of %d", i, m.Doc, len(r.Documents))
			}
		}
	}
	for i, f := range r.Findings {
		if err := validateFinding(r, f, "finding", i); err != nil {
			return err
		}
	}
	return validateStories(r)
}

// validateFinding checks that the mentions of f, the i-th of what, point
// at claims of r whose documents hold their spans.
func validateFinding(r *compare.Result, f compare.Finding, what string, i int) error {
	for _, m := range f.Mentions {
		if m.Claim < 0 || m.Claim >= len(r.Claims) {
			return fmt.Errorf("report: invalid result: %s %d refers to claim %d of %d", what, i, m.Claim, len(r.Claims))
		}
		if text := r.Documents[r.Claims[m.Claim].Doc].Text; m.Start < 0 || m.Start > m.End || m.End > len(text) {
			return fmt.Errorf("report: invalid result: %s %d has span [%d, %d) outside its document", what, i, m.Start, m.End)
		}
	}
	return nil
}

// idOr returns id, or prefix followed by i+1 when compare left id empty.
func idOr(id, prefix string, i int) string {
	if id != "" {
		return id
	}
	return fmt.Sprintf("%s%d", prefix, i+1)
}

// claimID returns the id of claim i.
func claimID(r *compare.Result, i int) string { return idOr(r.Claims[i].ID, "c", i) }

// clusterID returns the id of cluster i.
func clusterID(r *compare.Result, i int) string { return idOr(r.Clusters[i].ID, "k", i) }

// entityID returns the id of entity i.
func entityID(r *compare.Result, i int) string { return idOr(r.Entities[i].ID, "e", i) }

// findingID returns the id of finding i.
func findingID(r *compare.Result, i int) string { return idOr(r.Findings[i].ID, "d", i) }

// claimDoc returns the id of the document claim i belongs to.
func claimDoc(r *compare.Result, i int) string { return r.Documents[r.Claims[i].Doc].ID }

// claimCluster returns the id of the cluster claim i sits in, "" if none.
func claimCluster(r *compare.Result, i int) string {
	if k := r.Claims[i].Cluster; k >= 0 {
		return clusterID(r, k)
	}
	return ""
}

// clusterDocs returns the indices of the documents cluster k draws on, in
// document order.
func clusterDocs(r *compare.Result, k int) []int {
	seen := make([]bool, len(r.Documents))
	for _, c := range r.Clusters[k].Claims {
		seen[r.Claims[c].Doc] = true
	}
	return trueIndices(seen)
}

// entityDocs returns the indices of the documents that mention entity e,
// in document order.
func entityDocs(r *compare.Result, e int) []int {
	seen := make([]bool, len(r.Documents))
	for _, m := range r.Entities[e].Mentions {
		seen[m.Doc] = true
	}
	return trueIndices(seen)
}

// trueIndices returns the indices i where set[i] holds, ascending.
func trueIndices(set []bool) []int {
	out := []int{}
	for i, ok := range set {
		if ok {
			out = append(out, i)
		}
	}
	return out
}

// docIDs returns the ids of the documents at indices.
func docIDs(r *compare.Result, indices []int) []string {
	ids := make([]string, len(indices))
	for i, d := range indices {
		ids[i] = r.Documents[d].ID
	}
	return ids
}

// countClaims returns how many sentences of doc are claims proper.
func countClaims(doc *normalize.Document) int {
	n := 0
	for _, s := range doc.Sentences {
		if s.Kind == normalize.KindClaim {
			n++
		}
	}
	return n
}

// totals counts what a result holds, for the summaries.
type totals struct {
	documents, sentences, claims, clusters, entities, discrepancies int
}

// count totals r.
func count(r *compare.Result) totals {
	t := totals{
		documents:     len(r.Documents),
		clusters:      len(r.Clusters),
		entities:      len(r.Entities),
		discrepancies: len(r.Findings),
	}
	for i := range r.Documents {
		t.sentences += len(r.Documents[i].Sentences)
		t.claims += countClaims(&r.Documents[i])
	}
	return t
}
