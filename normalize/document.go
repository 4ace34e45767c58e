package normalize

import (
	"strings"

	"github.com/dedupe-news/dedupe/normalize/quantity"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// Span is a half-open range of byte offsets [Start, End) into a document's
// original bytes.
type Span struct {
	Start, End int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether offset lies inside the span.
func (s Span) Contains(offset int) bool { return s.Start <= offset && offset < s.End }

// InAttribution reports whether span lies within the claim's attribution
// ("…, dijo Kirby").
func (s *Sentence) InAttribution(span Span) bool {
	a := s.Attribution
	return a.Len() > 0 && a.Start <= span.Start && span.End <= a.End
}

// DateSource says where a document's date came from.
type DateSource string

// Date sources, most specific first.
const (
	DateFromFlag     DateSource = "flag"     // --date ID=… given by the user
	DateFromHeader   DateSource = "header"   // a leading "date 2023-09"
	DateFromOutlet   DateSource = "outlet"   // "infoinfusion 4 septiembre, 2023 | …"
	DateFromDateline DateSource = "dateline" // "MOSCÚ, 13 sep (Reuters) –"
	DateFromNone     DateSource = "none"
)

// Document is one article: its metadata and every sentence it holds.
type Document struct {
	ID         string // file name without extension
	Path       string // where it was read from ("-" for stdin)
	Text       string // the original bytes, BOM included; spans index into it
	Date       timex.Date
	DateSource DateSource
	Outlet     string // from an outlet line or a dateline, "" if none
	URL        string // from a "Fuente:" line, "" if none
	Encoding   string // what the input was decoded from, "" for UTF-8: latin1, utf16le, utf16be (see package ingest)
	// Extracted reports a text built from its input (a feed item, a JSON
	// line, an HTML page) or read from standard input: Path names no file
	// that holds it as its offsets count it.
	Extracted bool
	Sentences []Sentence
}

// SentenceKind tells claims from the lines that open or decorate an article.
type SentenceKind uint8

// Sentence kinds.
const (
	KindClaim    SentenceKind = iota // a sentence of the article's text
	KindMetadata                     // header, outlet, dateline or source line
	KindHeading                      // a subheading or a headline without final punctuation
	KindCaption                      // a video or photo caption
)

// String returns the JSON name of the kind.
func (k SentenceKind) String() string {
	switch k {
	case KindMetadata:
		return "metadata"
	case KindHeading:
		return "heading"
	case KindCaption:
		return "caption"
	}
	return "claim"
}

// Sentence is one sentence (or metadata line) of a document.
type Sentence struct {
	Span
	Kind     SentenceKind
	Text     string // the original text of the span
	Tokens   []Token
	Mentions []Mention
	// Part is 0 for a sentence or its first clause, k for its k-th further
	// clause: a sentence that carries two claims is split in two.
	Part int
	// Times are the temporal expressions of a claim, resolved against the
	// document date, with spans relative to the document.
	Times []timex.Timex
	// Numbers are the quantities of a claim, spans relative to the
	// document.
	Numbers []quantity.Quantity
	// Attribution is the span of the words that say who makes the claim
	// ("…, dijo Kirby", "Según los informes,"), empty when none.
	Attribution Span
	// Titles are the offices the claim gives people ("el portavoz del
	// Consejo de Seguridad Nacional, John Kirby"), and roles named without
	// a person ("el presidente ruso busca").
	Titles []Title
	// Speakers are the mentions that make the claim, by index into
	// Mentions ("Kirby" in "…, dijo Kirby").
	Speakers []int
	// SpeakerImplied reports an attribution that names no one ("Dijeron
	// que …", "…, dijo."): the speaker is the previous sentence's.
	SpeakerImplied bool
	// Agents are the subjects that stand right before their verbs ("Kim
	// busca", "el presidente ruso busca").
	Agents []Agent
	// Cues are the words that say how certain the claim is: hedges
	// ("espera", "podría") and certainties ("se llevará a cabo").
	Cues []Cue
}

// Token is one word or number of a sentence.
//
// Tokens are most of what a parsed feed keeps in memory, so a token holds
// no copy of the word as written (that is the text its span covers, see
// In), and its folded form and stem share one string: the stem is nearly
// always the start of the folded word.
type Token struct {
	Span
	// words is the folded word; when the stem is not a prefix of it, the
	// folded word and then the stem.
	words string
	// stem is the stem's length when it is a prefix of words; otherwise
	// -1 minus the folded word's length.
	stem  int32
	Stop  bool // a stopword or a reporting verb
	Upper bool // starts with an upper-case letter
	Attr  bool // part of the words that say who makes the claim
}

// Folded returns the word folded: lower case, no accents, ñ kept (see fold).
func (t Token) Folded() string {
	if t.stem >= 0 {
		return t.words
	}
	return t.words[:-t.stem-1]
}

// Stem returns the folded Snowball stem; "" for stopwords, and for every
// word of Tokenize, which does not stem.
func (t Token) Stem() string {
	if t.stem >= 0 {
		return t.words[:t.stem]
	}
	return t.words[-t.stem-1:]
}

// setStem records stem as the token's stem.
func (t *Token) setStem(stem string) {
	folded := t.Folded()
	if strings.HasPrefix(folded, stem) {
		t.words, t.stem = folded, int32(len(stem))
		return
	}
	t.words, t.stem = folded+stem, -1-int32(len(folded))
}

// In returns the word as written in text, the text its span refers to.
func (t Token) In(text string) string { return text[t.Start:t.End] }

// Word returns the sentence's i-th token as written.
func (s *Sentence) Word(i int) string {
	t := s.Tokens[i]
	return s.Text[t.Start-s.Start : t.End-s.Start]
}

// MentionKind is the kind of a named mention.
type MentionKind uint8

// Mention kinds.
const (
	MentionPerson MentionKind = iota
	MentionPlace
	MentionOrg
	MentionOther
)

// String returns the JSON name of the kind.
func (k MentionKind) String() string {
	switch k {
	case MentionPerson:
		return "person"
	case MentionPlace:
		return "place"
	case MentionOrg:
		return "org"
	}
	return "other"
}

// Mention is a name of a person, place or organization in a sentence.
type Mention struct {
	Span
	Kind MentionKind
	Text string // as written
	Key  string // a spelling-insensitive key (see NameKey)
	// Weak marks a lone capitalized word opening a sentence: a name only if
	// the same key names something elsewhere ("Kirby añadió").
	Weak bool
}
