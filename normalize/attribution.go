package normalize

import "strings"

// reportingVerbs are the verbs that attribute a statement to a source
// (data/reporting_verbs.txt), folded.
var reportingVerbs = lazy(func() map[string]bool { return lexiconSet("reporting_verbs", fold) })

// maxLeadWords is how far from the verb a "que" or colon may stand for the
// words before the verb to count as the source ("Watson dijo el lunes que").
const maxLeadWords = 4

// findAttribution returns the span of the words that say who makes a
// claim, relative to the document, and marks its tokens: a trailing
// "…, dijo la portavoz Adrienne Watson", a leading "Kirby dijo el
// miércoles que" or "Kirby dijo:", or an opening "Según los informes,".
func findAttribution(text string, s *Sentence) Span {
	toks := s.Tokens
	if len(toks) == 0 {
		return Span{}
	}
	span := Span{}
	if toks[0].Folded() == "segun" {
		if end := strings.IndexByte(text[toks[0].Start:s.End], ','); end > 0 {
			span = Span{toks[0].Start, toks[0].Start + end}
		}
	}
	for i, t := range toks {
		if !reportingVerbs()[t.Folded()] {
			continue
		}
		if end, ok := leadEnd(text, toks, i); ok {
			span = Span{toks[clauseStart(text, toks, i)].Start, end} // Kirby dijo el lunes que …
			break
		}
		if i > 0 && strings.ContainsAny(text[toks[i-1].End:t.Start], ",”\"") && !takesObject(text, toks, i) && !apposedSubject(text, s, i) {
			span = Span{t.Start, sentenceBody(text, s)} // "…", dijo Putin
			break
		}
	}
	for i := range toks {
		if span.Start <= toks[i].Start && toks[i].End <= span.End {
			toks[i].Attr = true
		}
	}
	return span
}

// clauseStart returns the first token of the clause that holds token i:
// the one after a semicolon, or a clause opener after a comma ("…, pero
// luego su coalición afirmó que"), else the sentence's first. A leading
// attribution takes only its own clause: what the sentence said before is
// no speaker.
func clauseStart(text string, toks []Token, i int) int {
	for k := i; k > 0; k-- {
		gap := text[toks[k-1].End:toks[k].Start]
		if strings.Contains(gap, ";") || strings.Contains(gap, ",") && clauseOpeners[toks[k].Folded()] && toks[k].Folded() != "y" {
			return k
		}
	}
	return 0
}

// takesObject reports whether the reporting verb at token i is followed
// by what it reports rather than by who: "…, informó de 1.200 muertos",
// whose comma closes an apposition ("Ana Ibáñez, ministra del Interior,
// informó de …"), or "…, informó a Reuters que …", is the sentence's
// claim, not a trailing attribution.
func takesObject(text string, toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch w := toks[i+1].Folded(); {
	case w == "de", w == "del", w == "sobre":
		return true
	case w != "" && w[0] >= '0' && w[0] <= '9':
		return true
	}
	// "…, informó a la agencia de noticias AFP que se han registrado 3.840
	// muertes": whom it was told to, then the reported clause.
	_, ok := reportedClause(text, toks, i)
	return ok
}

// apposedSubject reports whether the words before the reporting verb at
// token i are only a name and an apposition between commas: "Recep
// Tayyip Erdogan, presidente de Turquía, declaró el estado de emergencia"
// has its subject before the verb, which is the claim's own, not a
// trailing attribution ("Rusia compra municiones, dijo Kirby").
func apposedSubject(text string, s *Sentence, i int) bool {
	toks := s.Tokens
	if len(s.Mentions) == 0 || s.Mentions[0].Start != toks[0].Start || s.Mentions[0].End > toks[i].Start {
		return false
	}
	gap := text[s.Mentions[0].End:toks[i].Start]
	return strings.Count(gap, ",") == 2 && strings.HasPrefix(strings.TrimSpace(gap), ",") &&
		!strings.ContainsAny(gap, "”\"»’;:") && !hasVerb(text, toks[1:i])
}

// maxRecipientWords is how many words may stand between a reporting verb
// and the "que" of what it reports ("informó a la agencia de noticias
// Reuters que").
const maxRecipientWords = 8

// leadEnd returns the end of a leading attribution whose verb is token i:
// the "que" or colon that follows it within a few words.
func leadEnd(text string, toks []Token, i int) (int, bool) {
	if i+1 < len(toks) && strings.Contains(text[toks[i].End:toks[i+1].Start], ":") {
		return toks[i].End, true
	}
	for j := i + 1; j < len(toks) && j <= i+maxLeadWords; j++ {
		if toks[j].Folded() == "que" {
			return toks[j].End, true
		}
	}
	if j, ok := reportedClause(text, toks, i); ok {
		return toks[j].End, true // "Kharraz informó a la agencia de noticias AFP que"
	}
	return 0, false
}

// reportedClause returns the "que" that opens what the reporting verb at
// token i reports past whom it was told to, within maxRecipientWords and
// no comma ("informó a la agencia de noticias Reuters que").
func reportedClause(text string, toks []Token, i int) (int, bool) {
	if i+1 >= len(toks) || toks[i+1].Folded() != "a" {
		return 0, false
	}
	for j := i + 2; j < len(toks) && j <= i+maxRecipientWords+1; j++ {
		if strings.ContainsAny(text[toks[j-1].End:toks[j].Start], ",;:") {
			return 0, false
		}
		if toks[j].Folded() == "que" {
			return j, true
		}
	}
	return 0, false
}

// sentenceBody returns the end of the sentence without its final
// punctuation.
func sentenceBody(text string, s *Sentence) int {
	return s.Start + len(strings.TrimRight(text[s.Start:s.End], ".!?…\"”’» "))
}
