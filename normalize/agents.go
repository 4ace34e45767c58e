package normalize

import (
	"cmp"
	"slices"
	"strings"
)

// Agent is a subject and the verb it governs: "Kim busca", "el presidente
// ruso busca", "Kim podría incluso viajar".
type Agent struct {
	Span        // the subject: a name, or a title without one
	Mention int // index into Sentence.Mentions of the name, -1 for a title
	Title   int // index into Sentence.Titles of the title, -1 for a name
	Verb    int // index into Sentence.Tokens of the verb
}

// maxAgentGap is how many tokens a subject's verb may lie after it.
const maxAgentGap = 4

// auxiliaries maps the folded auxiliary verbs of data/auxiliaries.txt to
// "" and its adverbs to "adverb".
var auxiliaries = lazy(func() map[string]string { return lexiconMap("auxiliaries", fold) })

// findAgents returns the subjects of a claim that stand right before
// their verb: names of people, or titles without a name, not governed by
// a preposition and with no punctuation before the verb. Subjects joined
// by "y" share the verb ("Putin y Kim Jong Un intercambiaron"). Titles
// must be found first.
func findAgents(text string, s *Sentence) []Agent {
	subjects := agentSubjects(s)
	verbs := make([]int, len(subjects))
	var out []Agent
	for k := len(subjects) - 1; k >= 0; k-- {
		a := &subjects[k]
		first, end := firstTokenFrom(s.Tokens, a.Start), firstTokenFrom(s.Tokens, a.End)
		if a.Title >= 0 && first > 0 && titleDeterminers[s.Tokens[first-1].Folded()] {
			first--
		}
		verbs[k] = verbAfter(text, s.Tokens, end)
		if verbs[k] < 0 && k+1 < len(subjects) && end+1 < len(s.Tokens) &&
			s.Tokens[end].Folded() == "y" && s.Tokens[end+1].Start == subjects[k+1].Start {
			verbs[k] = verbs[k+1]
		}
		if verbs[k] >= 0 && !governedByPreposition(s.Tokens, first) {
			a.Verb = verbs[k]
			out = append(out, *a)
		}
	}
	slices.Reverse(out)
	return out
}

// agentSubjects returns the candidate subjects of a claim in order: the
// names of people (not inside a title) and the titles with no name.
func agentSubjects(s *Sentence) []Agent {
	var out []Agent
	for m, men := range s.Mentions {
		if (men.Kind == MentionPerson || men.Kind == MentionOther) && !inTitle(s, men.Span) {
			out = append(out, Agent{Span: men.Span, Mention: m, Title: -1})
		}
	}
	for t, title := range s.Titles {
		if title.Person < 0 {
			out = append(out, Agent{Span: title.Span, Mention: -1, Title: t})
		}
	}
	slices.SortFunc(out, func(a, b Agent) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// verbAfter returns the verb that follows a subject ending before token
// j, within maxAgentGap tokens and with only spaces between: the first
// word that is no stopword, auxiliary or adverb, or, when an auxiliary
// comes first and no infinitive follows it, the auxiliary. It returns -1
// at a name, a reporting verb, "que", punctuation, or a preposition
// before any auxiliary.
func verbAfter(text string, toks []Token, j int) int {
	aux := -1
	for k := j; k < len(toks) && k < j+maxAgentGap; k++ {
		if k == 0 || !spaced(text, toks[k-1], toks[k]) {
			return -1
		}
		t := toks[k]
		kind, isAux := auxiliaries()[t.Folded()]
		switch {
		case t.Upper || t.Attr || t.Folded() == "que" || reportingVerbs()[t.Folded()]:
			return -1
		case aux < 0 && namePrepositions[t.Folded()]:
			return -1 // "el jefe de defensa", "Putin en Rusia"
		case t.Stop:
		case isAux && kind == "adverb", strings.HasSuffix(t.Folded(), "mente"):
		case isAux:
			if aux < 0 {
				aux = k
			}
		case aux >= 0 && !isInfinitive(t.Folded()):
			return aux
		default:
			return k
		}
	}
	return aux
}

// isInfinitive reports whether a folded word looks like an infinitive,
// perhaps with a pronoun attached ("viajar", "reunirse").
func isInfinitive(w string) bool {
	w = strings.TrimSuffix(w, "se")
	return strings.HasSuffix(w, "ar") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir")
}
