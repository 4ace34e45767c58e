package normalize

// findRoles fills in what a claim says of people and how surely it says
// it: its titles, its speakers, the subjects of its verbs and its
// modality cues. Mentions, attribution and times must be found first.
func findRoles(text string, s *Sentence) {
	s.Titles = findTitles(text, s)
	s.Speakers, s.SpeakerImplied = findSpeakers(text, s)
	s.Agents = findAgents(text, s)
	s.Cues = findCues(text, s)
}
