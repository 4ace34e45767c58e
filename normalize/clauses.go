package normalize

import "strings"

// minClauseTerms is the fewest content words a clause needs to stand as a
// claim of its own; a shorter one stays with its neighbour.
const minClauseTerms = 4

// clauseOpeners are the words after a comma that open a new clause
// ("…, pero eso es incierto"), folded.
var clauseOpeners = map[string]bool{"pero": true, "aunque": true, "mientras": true, "sino": true, "y": true}

// temporalLinks open a clause about an earlier or later event when "de" or
// "que" follows them ("… después de que Kim sellara las fronteras").
var temporalLinks = map[string]bool{"despues": true, "antes": true}

// settings are the phrases, folded, that open a clause on the setting of
// the claim before them rather than the claim itself.
var settings = [][]string{{"en", "un", "contexto"}, {"en", "el", "contexto"}}

// settingAt reports whether a phrase of settings starts at token i.
func settingAt(toks []Token, i int) bool {
	for _, p := range settings {
		if i+len(p) > len(toks) {
			continue
		}
		match := true
		for k, w := range p {
			if toks[i+k].Folded() != w {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// splitClauses returns the clauses of a claim: it splits at semicolons, at
// a comma followed by pero, aunque, mientras, sino, y (when a verb comes
// before it: ", y" after a noun phrase joins two subjects) or "lo que", before
// "y que", before "en un contexto" and before "después de" or "antes de"
// (que), keeping only parts with enough content words. The spans are
// relative to the document.
func splitClauses(text string, s *Sentence) []Span {
	toks := s.Tokens
	if len(toks) == 0 {
		return []Span{s.Span}
	}
	var cuts []int // token indices that open a clause
	for i := 1; i < len(toks); i++ {
		gap := text[toks[i-1].End:toks[i].Start]
		switch {
		case strings.Contains(gap, ";"):
			cuts = append(cuts, i)
		case strings.Contains(gap, ",") && clauseOpeners[toks[i].Folded()]:
			cuts = append(cuts, i)
		case strings.Contains(gap, ",") && toks[i].Folded() == "lo" && i+1 < len(toks) && toks[i+1].Folded() == "que":
			cuts = append(cuts, i) // "…, lo que aumenta la incertidumbre"
		case toks[i].Folded() == "y" && i+1 < len(toks) && toks[i+1].Folded() == "que":
			cuts = append(cuts, i)
		case settingAt(toks, i):
			cuts = append(cuts, i) // "… en un contexto en el que el Kremlin busca …"
		case temporalLinks[toks[i].Folded()] && i+1 < len(toks) && (toks[i+1].Folded() == "de" || toks[i+1].Folded() == "que"):
			cuts = append(cuts, i) // "… después de la visita de Shoigu": another event
		}
	}
	var parts [][2]int // token ranges
	start := 0
	for _, c := range cuts {
		if toks[c].Folded() == "y" && !hasVerb(text, toks[start:c]) {
			continue // "El presidente de Estados Unidos, Joe Biden, y su homólogo…": one subject
		}
		if content(toks[start:c]) >= minClauseTerms && content(toks[c:]) >= minClauseTerms {
			parts = append(parts, [2]int{start, c})
			start = c
		}
	}
	parts = append(parts, [2]int{start, len(toks)})
	spans := make([]Span, len(parts))
	for k, p := range parts {
		spans[k] = Span{toks[p[0]].Start, toks[p[1]-1].End}
	}
	spans[0].Start = s.Start
	spans[len(spans)-1].End = s.End
	for k := 1; k < len(spans); k++ {
		spans[k-1].End = trimRightSpace(text, spans[k-1].Start, spans[k].Start)
	}
	return spans
}

// verbForms are the finite verb forms of data/verb_forms.txt, folded.
var verbForms = lazy(func() map[string]bool { return lexiconSet("verb_forms", fold) })

// hasVerb reports whether toks hold a word that looks like a verb (see
// verbLike), an auxiliary or a listed verb form: a part without one is a
// noun phrase, such as the first of two subjects joined by "y", not a
// clause.
func hasVerb(text string, toks []Token) bool {
	for _, t := range toks {
		if kind, ok := auxiliaries()[t.Folded()]; ok && kind != "adverb" || verbForms()[t.Folded()] || verbLike(text, t) {
			return true
		}
	}
	return false
}

// content counts the content words of toks.
func content(toks []Token) int {
	n := 0
	for _, t := range toks {
		if !t.Stop && t.Stem() != "" {
			n++
		}
	}
	return n
}

// trimRightSpace returns end moved back over white space.
func trimRightSpace(text string, start, end int) int {
	return start + len(strings.TrimRight(text[start:end], " \t\u00a0"))
}
