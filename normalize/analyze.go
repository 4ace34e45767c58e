package normalize

import (
	"sort"

	"github.com/dedupe-news/dedupe/normalize/quantity"
)

// tokenize fills in a sentence's tokens, with spans relative to the
// document.
func (p *parser) tokenize(s *Sentence) {
	s.Tokens = p.stem.Tokens(s.Text)
	for i := range s.Tokens {
		s.Tokens[i].Start += s.Start
		s.Tokens[i].End += s.Start
	}
}

// analyzeClaim fills in what a claim says beyond its tokens: names,
// attribution, dates, quantities, titles and roles, with spans relative to
// the document.
func (p *parser) analyzeClaim(s *Sentence) {
	s.Mentions = findMentions(p.doc.Text, s.Tokens)
	s.Attribution = findAttribution(p.doc.Text, s)
	s.Times = p.times.Find(s.Text)
	for i := range s.Times {
		s.Times[i].Start += s.Start
		s.Times[i].End += s.Start
	}
	s.Numbers = quantity.Find(s.Text)
	for i := range s.Numbers {
		s.Numbers[i].Start += s.Start
		s.Numbers[i].End += s.Start
	}
	findRoles(p.doc.Text, s)
}

// AnalyzeText reads text as one claim of an undated document, as Parse
// reads a sentence: tokens, stems, names, attribution, dates, quantities,
// titles and roles, with spans relative to text. stem may be nil.
func AnalyzeText(text string, stem *Stemmer) Sentence {
	if stem == nil {
		stem = new(Stemmer)
	}
	s := Sentence{Span: Span{0, len(text)}, Kind: KindClaim, Text: text}
	s.Tokens = stem.Tokens(text)
	p := parser{doc: &Document{Text: text}}
	p.analyzeClaim(&s)
	return s
}

// splitClauses replaces each claim that joins several clauses by one
// sentence a clause. It runs on tokens only, before the claims are
// analyzed.
func (p *parser) splitClauses() {
	var out []Sentence
	for i := range p.doc.Sentences {
		s := &p.doc.Sentences[i]
		if s.Kind != KindClaim {
			out = append(out, *s)
			continue
		}
		spans := splitClauses(p.doc.Text, s)
		if len(spans) == 1 {
			out = append(out, *s)
			continue
		}
		for k, sp := range spans {
			// A clause keeps its share of the sentence's tokens.
			lo := sort.Search(len(s.Tokens), func(i int) bool { return s.Tokens[i].Start >= sp.Start })
			hi := sort.Search(len(s.Tokens), func(i int) bool { return s.Tokens[i].Start >= sp.End })
			c := Sentence{Span: sp, Kind: KindClaim, Text: p.doc.Text[sp.Start:sp.End], Part: k, Tokens: s.Tokens[lo:hi:hi]}
			out = append(out, c)
		}
	}
	p.doc.Sentences = out
}
