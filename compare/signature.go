package compare

import (
	"slices"
	"strings"

	"github.com/dedupe-news/dedupe/normalize"
)

// SignatureVersion is the version of what [Signature] returns. An index
// that keeps signatures of another version must compute them again.
const SignatureVersion = 1

// Term is one term of a document's story signature and how many of its
// claims hold it.
type Term struct {
	Text  string // a concept or stem, or "@" and the key of a name
	Count int    // claims of the document that hold it, at least 1
}

// Signature returns the story signature of doc: the terms of its claims as
// the story vectors weigh them (the stems of content words, the first word
// of a phrase of one idea as the idea, a name or demonym as "@" and the
// name's key, a person's surname too), each with the number of claims that hold it, sorted by
// term. Unlike the story vectors, it depends on doc alone, not on the
// other documents of a run (a name is its key, not an entity of the run;
// dates and figures are left out, being in every story), so that an index
// can keep it and find by it the earlier documents of today's stories.
func Signature(doc *normalize.Document) []Term {
	counts := make(map[string]int)
	var seen []string
	for i := range doc.Sentences {
		s := &doc.Sentences[i]
		if s.Kind != normalize.KindClaim {
			continue
		}
		seen = sentenceTerms(s, seen[:0])
		slices.Sort(seen)
		for _, t := range slices.Compact(seen) {
			counts[t]++
		}
	}
	out := make([]Term, 0, len(counts))
	for t, n := range counts {
		out = append(out, Term{Text: t, Count: n})
	}
	slices.SortFunc(out, func(a, b Term) int { return strings.Compare(a.Text, b.Text) })
	return out
}

// sentenceTerms appends the terms of s to out, with repeats.
func sentenceTerms(s *normalize.Sentence, out []string) []string {
	taken := make([]bool, len(s.Tokens))
	for _, m := range s.Mentions {
		if m.Kind == normalize.MentionOther && !m.Weak {
			continue
		}
		name := normalize.Canonical(m.Text)
		key := normalize.NameKey(name)
		if key == "" {
			continue
		}
		out = append(out, "@"+key)
		// A person is often named by the surname alone ("Shoigu").
		if words := strings.Fields(name); m.Kind == normalize.MentionPerson && len(words) > 1 {
			out = append(out, "@"+normalize.NameKey(words[len(words)-1]))
		}
		takeSpan(s.Tokens, m.Start, m.End, taken, "")
	}
	for _, x := range s.Times {
		takeSpan(s.Tokens, x.Start, x.End, taken, "")
	}
	for _, q := range s.Numbers {
		takeSpan(s.Tokens, q.Start, q.End, taken, q.Unit)
	}
	for i, t := range s.Tokens {
		if taken[i] {
			continue
		}
		if concept, ok := normalize.PhraseConcept(s, i); ok {
			out = append(out, concept)
			continue
		}
		if t.Stop || t.Stem() == "" {
			continue
		}
		if place, ok := normalize.Demonym(s.Word(i)); ok {
			out = append(out, "@"+normalize.NameKey(normalize.Canonical(place)))
			continue
		}
		out = append(out, normalize.Concept(t.Stem()))
	}
	return out
}
