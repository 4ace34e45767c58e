package normalize

// analyze fills in a sentence's tokens and mentions, with spans relative
// to the document.
func (p *parser) analyze(s *Sentence) {
	s.Tokens = p.stem.Tokens(s.Text)
	for i := range s.Tokens {
		s.Tokens[i].Start += s.Start
		s.Tokens[i].End += s.Start
	}
	if s.Kind == KindClaim {
		s.Mentions = findMentions(p.doc.Text, s.Tokens)
	}
}
