package normalize

import (
	"slices"
	"sort"
	"strings"

	"github.com/dedupe-news/dedupe/normalize/timex"
)

// namePrepositions govern a name that is no subject ("la visita de Shoigu",
// "en las Naciones Unidas"), folded. "por" and "según" are left out: they
// introduce a source.
var namePrepositions = map[string]bool{
	"a": true, "al": true, "de": true, "del": true, "en": true, "con": true, "entre": true,
	"para": true, "sobre": true, "desde": true, "hacia": true, "hasta": true, "tras": true,
	"contra": true, "sin": true, "ante": true, "durante": true,
}

// prepArticles may stand between a preposition and its name.
var prepArticles = map[string]bool{"el": true, "la": true, "los": true, "las": true}

// maxQueAfterVerb is how far after a reporting verb a "que" makes the
// words before the verb its subject ("Kirby, dijo el lunes que").
const maxQueAfterVerb = 4

// findSpeakers returns who makes a claim, as indices into s.Mentions: the
// names before the verb of "X dijo que" or "X dijo:", the name after the
// verb of "…, dijo X", the names of "Según X,", with the person of a title
// standing for it. It also reports whether the attribution names no one
// and holds no other words ("Dijeron que …", "…, dijo."): its speaker is
// then the previous sentence's. Titles must be found first.
func findSpeakers(text string, s *Sentence) (speakers []int, implied bool) {
	if s.Attribution.Len() == 0 {
		return nil, false
	}
	lo, hi := tokensIn(s.Tokens, s.Attribution)
	v := lo
	for v < hi && !reportingVerbs()[s.Tokens[v].Folded()] {
		v++
	}
	switch {
	case v == hi: // Según X,
		speakers = namesIn(s, lo, hi, false)
	case introducesClause(text, s.Tokens, v): // X dijo que, X, dijo:
		lo, hi = 0, v
		speakers = namesIn(s, lo, hi, false)
	default: // …, dijo X
		lo = v + 1
		speakers = namesIn(s, lo, hi, true)
	}
	if len(speakers) > 0 {
		return speakers, false
	}
	return nil, onlyFunctionWords(s, lo, hi)
}

// tokensIn returns the tokens that lie in span, as [lo, hi).
func tokensIn(toks []Token, span Span) (lo, hi int) {
	for lo < len(toks) && toks[lo].Start < span.Start {
		lo++
	}
	hi = lo
	for hi < len(toks) && toks[hi].End <= span.End {
		hi++
	}
	return lo, hi
}

// introducesClause reports whether the reporting verb at v takes what
// follows as its object ("dijo que", "dijo:"), so that its subject
// precedes it.
func introducesClause(text string, toks []Token, v int) bool {
	for j := v + 1; j < len(toks) && j <= v+maxQueAfterVerb; j++ {
		gap := text[toks[j-1].End:toks[j].Start]
		if j == v+1 && strings.HasPrefix(strings.TrimSpace(gap), ":") {
			return true
		}
		if toks[j].Folded() == "que" {
			return true
		}
		if gap != " " {
			return false
		}
	}
	_, ok := reportedClause(text, toks, v) // "informó a la agencia de noticias AFP que"
	return ok
}

// namesIn returns the names in tokens [lo, hi) that can speak: not part
// of a title, not governed by a preposition, and the person of each title
// that opens there. With first set it keeps only the first speaker and
// any joined to it by "y".
func namesIn(s *Sentence, lo, hi int, first bool) []int {
	var out []int
	prev := -1 // token after the last speaker taken
	for i := lo; i < hi; i++ {
		m := nameStartingAt(s, i)
		if m < 0 {
			m = titlePersonAt(s, i)
		}
		if m < 0 || governedByPreposition(s.Tokens, i) || (first && prev >= 0 && !(i == prev+1 && s.Tokens[prev].Folded() == "y")) {
			continue
		}
		if !slices.Contains(out, m) {
			out = append(out, m)
		}
		prev = firstTokenFrom(s.Tokens, s.Mentions[m].End)
	}
	return out
}

// nameStartingAt returns the mention that starts at token i, or -1 when
// none does or it belongs to a title: inside it ("del Consejo de
// Seguridad Nacional") or as the name a title before it introduces (the
// title stands for it).
func nameStartingAt(s *Sentence, i int) int {
	for m, men := range s.Mentions {
		if men.Start == s.Tokens[i].Start && !inTitle(s, men.Span) && !introduced(s, m) {
			return m
		}
	}
	return -1
}

// introduced reports whether mention m is the name of a title that
// precedes it ("el presidente ruso, Vladimir Putin").
func introduced(s *Sentence, m int) bool {
	for _, t := range s.Titles {
		if t.Person == m && t.End <= s.Mentions[m].Start {
			return true
		}
	}
	return false
}

// titlePersonAt returns the person of the title whose head is token i,
// or -1.
func titlePersonAt(s *Sentence, i int) int {
	for _, t := range s.Titles {
		if t.Start == s.Tokens[i].Start {
			return t.Person
		}
	}
	return -1
}

// inTitle reports whether span lies inside one of the sentence's titles.
func inTitle(s *Sentence, span Span) bool {
	for _, t := range s.Titles {
		if t.Start <= span.Start && span.End <= t.End {
			return true
		}
	}
	return false
}

// governedByPreposition reports whether a preposition, perhaps with an article after
// it, stands right before token i.
func governedByPreposition(toks []Token, i int) bool {
	j := i - 1
	if j >= 0 && prepArticles[toks[j].Folded()] {
		j--
	}
	return j >= 0 && namePrepositions[toks[j].Folded()]
}

// firstTokenFrom returns the index of the first token starting at or after
// offset.
func firstTokenFrom(toks []Token, offset int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].Start >= offset })
}

// onlyFunctionWords reports whether tokens [lo, hi) hold no word but
// stopwords, reporting verbs and dates ("el lunes").
func onlyFunctionWords(s *Sentence, lo, hi int) bool {
	for _, t := range s.Tokens[lo:hi] {
		if !t.Stop && !inTimes(s.Times, t.Span) {
			return false
		}
	}
	return true
}

// inTimes reports whether span lies inside one of the temporal
// expressions.
func inTimes(times []timex.Timex, span Span) bool {
	for _, tx := range times {
		if tx.Start <= span.Start && span.End <= tx.End {
			return true
		}
	}
	return false
}
