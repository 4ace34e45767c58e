package report

import (
	"fmt"
	"iter"
	"strconv"
	"strings"

	"github.com/dedupe-news/dedupe/compare"
)

// JSONStory is a set of documents about one event: claims are clustered
// and compared within a story only.
type JSONStory struct {
	ID   string   `json:"id"`
	Docs []string `json:"docs"` // in document order
}

// JSONNearDuplicate is a pair of documents that are copies of one text
// with small edits. Copies count as one source: their claims are not set
// against each other, and a cluster's "independent" counts them once.
type JSONNearDuplicate struct {
	Docs       [2]string `json:"docs"`       // in document order
	Similarity float64   `json:"similarity"` // Jaccard similarity of their 5-word shingles, rounded to 3 decimals
	// Sentences is the share of the shorter document's sentences that have
	// a counterpart in the other, rounded to 3 decimals: a copy with its
	// lead rewritten or sentences reworded shares few shingles but most
	// sentences.
	Sentences float64 `json:"sentences"`
}

func jsonStories(r *compare.Result) iter.Seq[JSONStory] {
	return each(len(r.Stories), func(i int) JSONStory {
		return JSONStory{ID: storyID(r, i), Docs: docIDs(r, r.Stories[i].Docs)}
	})
}

func jsonNearDuplicates(r *compare.Result) iter.Seq[JSONNearDuplicate] {
	return each(len(r.NearDuplicates), func(i int) JSONNearDuplicate {
		nd := r.NearDuplicates[i]
		return JSONNearDuplicate{
			Docs:       [2]string{r.Documents[nd.Docs[0]].ID, r.Documents[nd.Docs[1]].ID},
			Similarity: round3(nd.Similarity),
			Sentences:  round3(nd.Sentences),
		}
	})
}

// storyID returns the id of story i.
func storyID(r *compare.Result, i int) string { return idOr(r.Stories[i].ID, "s", i) }

// independentSources returns how many independent sources cluster k draws
// on, copies of one text counted once; a result that does not say counts
// every document.
func independentSources(r *compare.Result, k int) int {
	if n := r.Clusters[k].Independent; n > 0 {
		return n
	}
	return len(clusterDocs(r, k))
}

// sourcesLabel says how many sources a cluster draws on: "3 sources", or
// "3 sources, 2 independent" when copies of one text are among them.
func sourcesLabel(r *compare.Result, k, sources int) string {
	label := plural(sources, "source")
	if n := independentSources(r, k); n < sources {
		label += ", " + strconv.Itoa(n) + " independent"
	}
	return label
}

// storySection lists the stories, or is left out when the result has none
// (a result not grouped into stories).
func storySection(r *compare.Result) (section, bool) {
	if len(r.Stories) == 0 {
		return section{}, false
	}
	s := section{
		title:  "Stories",
		level:  1,
		header: []string{"Story", "Documents", "Ids"},
		right:  []bool{false, true, false},
		widths: []int{0, 0, 46}, // two document ids to a line
	}
	for i, st := range r.Stories {
		s.rows = append(s.rows, []string{storyID(r, i), strconv.Itoa(len(st.Docs)), strings.Join(docIDs(r, st.Docs), ", ")})
	}
	s.notes = []string{plural(len(r.Stories), "story") + ": claims are clustered and compared within a story only."}
	if r.StoryThreshold > compare.StoryThreshold {
		s.notes = append(s.notes, fmt.Sprintf("Documents were grouped at a mean similarity of %.3f, this feed's own bar: "+
			"unrelated articles of it, weeks apart, score up to that (the default is %.2f).", r.StoryThreshold, compare.StoryThreshold))
	}
	return s, true
}

// nearDuplicateSection lists the pairs of documents that are copies of
// one text.
func nearDuplicateSection(r *compare.Result) section {
	s := section{
		title:  "Near-duplicate documents",
		level:  1,
		header: []string{"Document", "Copy", "Similarity"},
		right:  []bool{false, false, true},
	}
	for _, nd := range r.NearDuplicates {
		s.rows = append(s.rows, []string{r.Documents[nd.Docs[0]].ID, r.Documents[nd.Docs[1]].ID, fmt.Sprintf("%.3f", nd.Similarity)})
	}
	if len(s.rows) == 0 {
		s.header = nil
		s.notes = []string{"No near-duplicate documents found."}
		return s
	}
	s.notes = []string{"Copies of one text count as one source: their claims are not set against each other."}
	return s
}

// htmlStory is a story as the page shows it.
type htmlStory struct {
	ID, Documents string
	Count         int
}

// htmlNearDuplicate is a pair of copies as the page shows it.
type htmlNearDuplicate struct {
	A, B, Similarity string
}

func htmlStories(r *compare.Result) []htmlStory {
	out := make([]htmlStory, len(r.Stories))
	for i, st := range r.Stories {
		out[i] = htmlStory{ID: pageText(storyID(r, i)), Documents: pageText(strings.Join(docIDs(r, st.Docs), ", ")), Count: len(st.Docs)}
	}
	return out
}

func htmlNearDuplicates(r *compare.Result) []htmlNearDuplicate {
	out := make([]htmlNearDuplicate, len(r.NearDuplicates))
	for i, nd := range r.NearDuplicates {
		out[i] = htmlNearDuplicate{
			A: pageText(r.Documents[nd.Docs[0]].ID), B: pageText(r.Documents[nd.Docs[1]].ID), Similarity: fmt.Sprintf("%.3f", nd.Similarity),
		}
	}
	return out
}

// validateStories checks that the stories and near-duplicates of r point
// at its documents.
func validateStories(r *compare.Result) error {
	for i, s := range r.Stories {
		for _, d := range s.Docs {
			if d < 0 || d >= len(r.Documents) {
				return fmt.Errorf("report: invalid result: story %d refers to document %d of %d", i, d, len(r.Documents))
			}
		}
	}
	for i, nd := range r.NearDuplicates {
		for _, d := range nd.Docs {
			if d < 0 || d >= len(r.Documents) {
				return fmt.Errorf("report: invalid result: near-duplicate pair %d refers to document %d of %d", i, d, len(r.Documents))
			}
		}
	}
	return nil
}
