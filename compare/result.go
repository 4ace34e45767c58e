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
	// Facts are the figures of the claims, each in its frame (what it
	// measures, of which event, where, as of when, by whom), by claim.
	Facts []Fact
	// Stories group the documents by event, ordered by first document:
	// claims are clustered and compared only within a story.
	Stories []Story
	// StoryThreshold is the mean cosine the stories were grouped at: the
	// constant StoryThreshold, or the higher one a feed spanning more than
	// StoryHorizon days called for (stories_null.go).
	StoryThreshold float64
	// NearDuplicates are the pairs of documents that are copies of one
	// text with small edits, ordered by documents.
	NearDuplicates []NearDuplicate
}

// Story is a set of documents about one event.
type Story struct {
	ID   string // "s1", "s2", … in Result order
	Docs []int  // indices into Result.Documents, ascending
}

// NearDuplicate is a pair of documents that are copies of one text: the
// Jaccard similarity of their sets of word shingles is at least
// NearDuplicateThreshold, or most sentences of the shorter one have a
// counterpart in the other (a wire text with its lead rewritten, a
// paragraph added, sentences reworded).
type NearDuplicate struct {
	Docs       [2]int  // indices into Result.Documents, ascending
	Similarity float64 // Jaccard similarity of the shingle sets, in [0, 1]
	// Sentences is the share of the shorter document's sentences that have
	// a counterpart in the other, in [0, 1].
	Sentences float64
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
	// Independent is the number of sources the cluster draws on, the
	// near-duplicate copies of one text counting as one source; 0 when
	// not computed.
	Independent int
}

// Link explains why two claims sit in one cluster.
type Link struct {
	A, B     int      // indices into Result.Claims
	Score    float64  // similarity in [0, 1]
	Terms    []string // shared stems, heaviest first
	Entities []string // shared entity ids
	// Context marks a claim that shares too few words to be linked but sits
	// between two members of the cluster in its document (B, after A, the
	// member before it there); Score is then 0.
	Context bool
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
