package compare

import (
	"github.com/dedupe-news/dedupe/normalize"
)

// Result is everything compare learned about a set of documents. Every
// slice is in a deterministic order that does not depend on the order the
// documents were given in.
type Result struct {
	Documents []normalize.Document // sorted by ID
	Claims    []Claim              // every sentence of every document, by document then position
	Clusters  []Cluster            // clusters spanning two or more documents
	Entities  []Entity             // names grouped across spellings
	Findings  []Finding            // discrepancies
}

// Claim is one sentence of one document, as the report numbers it.
type Claim struct {
	ID       string // "c1", "c2", … in Result order
	Doc      int    // index into Result.Documents
	Sentence int    // index into Documents[Doc].Sentences
	Cluster  int    // index into Result.Clusters, -1 when in none
}

// Cluster is a group of claims from different documents that say the same
// thing.
type Cluster struct {
	ID     string  // "k1", "k2", …
	Claims []int   // indices into Result.Claims, ascending
	Score  float64 // mean score of the links that hold it together
	Links  []Link  // the evidence: one link per claim beyond the first
}

// Link explains why two claims sit in one cluster.
type Link struct {
	A, B     int      // indices into Result.Claims
	Score    float64  // similarity in [0, 1]
	Terms    []string // shared stems, heaviest first
	Entities []string // shared entity ids
}

// Entity is one person, place or organization, with every spelling used.
type Entity struct {
	ID       string // "e1", "e2", …
	Name     string // the fullest, most used spelling
	Kind     normalize.MentionKind
	Variants []string // the other spellings, sorted
	Mentions []EntityMention
}

// EntityMention is where a document names an entity.
type EntityMention struct {
	Doc int // index into Result.Documents
	normalize.Span
	Text string
}

// Sentence returns the sentence behind claim i.
func (r *Result) Sentence(i int) *normalize.Sentence {
	c := r.Claims[i]
	return &r.Documents[c.Doc].Sentences[c.Sentence]
}
