package normalize

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// CueKind says how a cue colours a claim.
type CueKind uint8

// Cue kinds.
const (
	CueHedge   CueKind = iota // hoped for, expected or possible: "espera", "podría", "no se descarta"
	CueCertain                // stated as a fact, done or to come: "confirmó", "se llevará a cabo"
)

// String returns "hedge" or "certain".
func (k CueKind) String() string {
	if k == CueCertain {
		return "certain"
	}
	return "hedge"
}

// Cue is a word or phrase of a claim that says how certain the claim is.
type Cue struct {
	Span
	Kind CueKind
	Text string // as written
}

// modalityLexicon is data/modality.txt.
type modalityLexicon struct {
	phrases *phraseLexicon[CueKind]
	endings []string        // lower-cased verb endings of the future ("rá")
	none    map[string]bool // folded words with such an ending that are no verb
}

// modalityWords is data/modality.txt, read once.
var modalityWords = lazy(func() *modalityLexicon {
	lx := &modalityLexicon{phrases: newPhraseLexicon[CueKind](), none: map[string]bool{}}
	for k, v := range lexiconMap("modality", nil) {
		switch {
		case v == "none":
			lx.none[fold(k)] = true
		case strings.HasPrefix(k, "-"):
			lx.endings = append(lx.endings, strings.ToLower(k[1:]))
		case v == "certain":
			lx.phrases.add(k, CueCertain)
		default:
			lx.phrases.add(k, CueHedge)
		}
	}
	return lx
})

// findCues returns the modality cues of a claim, outside its attribution
// and its names: the hedge and certainty phrases of data/modality.txt,
// longest first, and verbs in the future indicative ("se llevará",
// "viajarán"), which state what will happen as certain.
func findCues(text string, s *Sentence) []Cue {
	lx := modalityWords()
	var out []Cue
	for i := 0; i < len(s.Tokens); i++ {
		if s.Tokens[i].Attr || inStrongName(s, s.Tokens[i].Span) {
			continue
		}
		if n, kind, ok := lx.phrases.longestAt(text, s.Tokens, i); ok {
			span := Span{s.Tokens[i].Start, s.Tokens[i+n-1].End}
			out = append(out, Cue{Span: span, Kind: kind, Text: text[span.Start:span.End]})
			i += n - 1
			continue
		}
		if t := s.Tokens[i]; lx.isFuture(t.In(text), t) {
			out = append(out, Cue{Span: t.Span, Kind: CueCertain, Text: t.In(text)})
		}
	}
	return out
}

// isFuture reports whether a token is a verb in the future indicative:
// it ends in one of the endings, accent included, after at least two
// letters, and is not listed as a word that only looks like one.
func (lx *modalityLexicon) isFuture(raw string, t Token) bool {
	lower := toLower(raw)
	for _, e := range lx.endings {
		if strings.HasSuffix(lower, e) && utf8.RuneCountInString(lower) >= utf8.RuneCountInString(e)+2 {
			return !lx.none[t.Folded()]
		}
	}
	return false
}

// inStrongName reports whether span lies inside a name, other than a lone
// capitalized word opening the sentence ("Será").
func inStrongName(s *Sentence, span Span) bool {
	// Mentions are in text order and do not overlap: only the last one
	// starting at or before span can hold it.
	i := sort.Search(len(s.Mentions), func(i int) bool { return s.Mentions[i].Start > span.Start }) - 1
	return i >= 0 && !s.Mentions[i].Weak && span.End <= s.Mentions[i].End
}
