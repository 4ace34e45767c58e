package normalize

import "strings"

// Title is the office a sentence gives a person: "portavoz del Consejo de
// Seguridad Nacional" in "El portavoz del Consejo de Seguridad Nacional,
// John Kirby, dijo …", or a bare role ("el presidente ruso busca …").
type Title struct {
	Span           // the title phrase from its head word, determiner left out
	Text    string // the phrase as written
	Head    string // the concept of the head word: "portavoz"; "lid" for líder, dirigente, mandatario
	Generic bool   // the head is a word any office goes by (líder, jefe, funcionario)
	Former  bool   // the office is held no more: "exministro", "ex presidente"
	Place   string // the country the phrase names ("ruso", "de Rusia" → "Rusia"), "" if none
	Person  int    // index into Sentence.Mentions of the name; -1 for a bare role
	// Office is the stem of the word that names the office after the head
	// and "de" ("ministro de Defensa", "jefe de defensa" → "defens"), ""
	// if none: a place or a person there is not an office.
	Office string
	// Qualifier is the concept of the adjective right after the head that
	// tells one holder of a title from another ("el candidato oficialista"
	// → "oficial"), "" if none: a demonym is the title's Place.
	Qualifier string
}

// titleHead is what a head word of data/titles.txt stands for.
type titleHead struct {
	concept string
	generic bool
	former  bool
}

// titleHeads maps the folded words of each title head in data/titles.txt
// ("portavoz", "primer ministro") to its concept.
var titleHeads = lazy(func() *phraseLexicon[titleHead] {
	lx := newPhraseLexicon[titleHead]()
	for _, line := range lexiconLines("titles") {
		line, generic := strings.CutSuffix(line, "*")
		line, former := strings.CutSuffix(strings.TrimSpace(line), "(former)")
		word, canon, ok := strings.Cut(line, "=")
		if !ok {
			canon = word
		}
		var concept []string
		for _, w := range strings.Fields(canon) {
			concept = append(concept, Concept(Stem(w)))
		}
		lx.add(strings.TrimSpace(word), titleHead{strings.Join(concept, " "), generic, former})
	}
	return lx
})

// maxTitleTokens bounds a title phrase: "coordinador de comunicaciones
// estratégicas del Consejo de Seguridad Nacional de EE.UU." has 12.
const maxTitleTokens = 16

// maxTitleAdjectives is how many words may stand between a title and the
// name it precedes without a comma ("el líder norcoreano Kim Jong-un").
const maxTitleAdjectives = 2

// titleDeterminers open a title ("el portavoz", "del ministro"), folded.
var titleDeterminers = map[string]bool{"el": true, "la": true, "del": true, "al": true}

// titleModifiers may stand between a determiner or a name and a title's
// head without changing the office: "el actual ministro", "Sergio Massa,
// actual ministro de Economía", folded.
var titleModifiers = map[string]bool{"actual": true, "nuevo": true, "nueva": true, "flamante": true}

// titleLinks are the small words a title phrase may hold ("ministro de
// Defensa", "portavoz de la Casa Blanca", "candidato a la Presidencia"),
// folded.
var titleLinks = map[string]bool{"de": true, "del": true, "la": true, "las": true, "los": true, "el": true, "para": true, "a": true}

// findTitles returns the titles of a claim, read from its tokens and
// mentions: a title before a name ("el presidente ruso, Vladimir Putin",
// "el presidente Vladimir Putin"), after one ("Sergei Shoigu, ministro de
// Defensa de Rusia,"), or with none ("el presidente ruso busca").
func findTitles(text string, s *Sentence) []Title {
	ts := newTitleScan(text, s)
	var out []Title
	for i := 0; i < len(s.Tokens); {
		t, next, ok := ts.titleAt(i)
		if !ok {
			i++
			continue
		}
		out = append(out, t)
		i = next
	}
	return out
}

// titleScan reads the titles of one sentence.
type titleScan struct {
	text    string
	toks    []Token
	ments   []Mention
	startAt []int // token → mention starting there, or -1
	within  []int // token → mention covering it, or -1
}

// newTitleScan indexes the mentions of s by token.
func newTitleScan(text string, s *Sentence) *titleScan {
	ts := &titleScan{text: text, toks: s.Tokens, ments: s.Mentions,
		startAt: make([]int, len(s.Tokens)), within: make([]int, len(s.Tokens))}
	for i := range ts.toks {
		ts.startAt[i], ts.within[i] = -1, -1
	}
	next := 0 // mentions and tokens are both in text order: one pass
	for m, men := range s.Mentions {
		for next < len(s.Tokens) && s.Tokens[next].Start < men.Start {
			next++
		}
		for i := next; i < len(s.Tokens) && s.Tokens[i].End <= men.End; i++ {
			ts.within[i] = m
			if s.Tokens[i].Start == men.Start {
				ts.startAt[i] = m
			}
		}
	}
	return ts
}

// titleAt reads a title whose head word is token i, and returns the token
// to go on from. It tries a name right after the head and its adjectives
// ("el presidente Vladimir Putin"), a name after the phrase and a comma
// ("el presidente ruso, Vladimir Putin,"), a name before the title
// ("Sergei Shoigu, ministro de Defensa de Rusia,"), and last a bare role
// after a determiner ("el presidente ruso busca").
func (ts *titleScan) titleAt(i int) (Title, int, bool) {
	n, head, ok := ts.headAt(i)
	if !ok {
		return Title{}, 0, false
	}
	lead := i // "actual ministro": a modifier of the office comes first
	if i > 0 && titleModifiers[ts.toks[i-1].Folded()] && ts.plainGap(i-1) {
		lead = i - 1
	}
	det := lead > 0 && titleDeterminers[ts.toks[lead-1].Folded()] && ts.plainGap(lead-1)
	first := lead
	if det {
		first = lead - 1
	}
	name := ts.nameBefore(first)
	if !det && name < 0 && lead != 0 {
		return Title{}, 0, false
	}
	if name < 0 {
		if end, m, ok := ts.nameAfterAdjectives(i + n); ok {
			return ts.title(i, i+n, end, head, m), ts.mentionEnd(m), true
		}
	}
	end := ts.phraseEnd(i, i+n)
	if name < 0 {
		if m, ok := ts.nameAfterComma(end); ok {
			return ts.title(i, i+n, end, head, m), ts.mentionEnd(m), true
		}
	}
	if name >= 0 && ts.closesApposition(end) {
		return ts.title(i, i+n, end, head, name), end, true
	}
	if det {
		end = ts.roleEnd(i + n)
		return ts.title(i, i+n, end, head, -1), end, true
	}
	return Title{}, 0, false
}

// headAt returns how many tokens the title head at i takes.
func (ts *titleScan) headAt(i int) (int, titleHead, bool) {
	if ts.within[i] >= 0 {
		return 0, titleHead{}, false
	}
	return titleHeads().longestAt(ts.text, ts.toks, i)
}

// title builds the title of tokens [i, end), its head ending at token j,
// for mention person.
func (ts *titleScan) title(i, j, end int, head titleHead, person int) Title {
	span := Span{ts.toks[i].Start, ts.toks[end-1].End}
	if IsAcronym(ts.toks[end-1].In(ts.text)) && strings.HasPrefix(ts.text[span.End:], ".") {
		span.End++ // the last period of "EE.UU."
	}
	t := Title{Span: span, Text: ts.text[span.Start:span.End], Head: head.concept, Generic: head.generic, Former: head.former, Person: person}
	t.Office = ts.office(i, end)
	t.Qualifier = ts.qualifier(j)
	for k := i; k < end && t.Place == ""; k++ {
		if m := ts.within[k]; m >= 0 && ts.ments[m].Kind == MentionPlace {
			t.Place = Canonical(ts.ments[m].Text)
		} else if p, ok := Demonym(ts.toks[k].In(ts.text)); ok && m < 0 {
			t.Place = p
		}
	}
	return t
}

// qualifier returns the concept of the adjective at token k, right after
// the head of a title ("candidato oficialista"), or "": a word that is no
// stopword, name, number, demonym or office link.
func (ts *titleScan) qualifier(k int) string {
	if k >= len(ts.toks) || !ts.plainGap(k-1) || ts.within[k] >= 0 {
		return ""
	}
	t := ts.toks[k]
	if t.Stop || t.Upper || t.Stem() == "" || isDigitByte(t.Folded()[0]) || titleLinks[t.Folded()] {
		return ""
	}
	if _, ok := Demonym(t.In(ts.text)); ok {
		return ""
	}
	return Concept(t.Stem())
}

// office returns the stem of the office word of the title of tokens
// [i, end): the first word after the head and "de" or "del" that is
// neither a stopword nor part of a place or a person's name.
func (ts *titleScan) office(i, end int) string {
	for k := i + 1; k+1 < end; k++ {
		if f := ts.toks[k].Folded(); f != "de" && f != "del" {
			continue
		}
		t := ts.toks[k+1]
		if m := ts.within[k+1]; t.Stop || m >= 0 && (ts.ments[m].Kind == MentionPlace || ts.ments[m].Kind == MentionPerson) {
			return ""
		}
		return t.Stem()
	}
	return ""
}

// isName reports whether mention m can be a person's name.
func (ts *titleScan) isName(m int) bool {
	k := ts.ments[m].Kind
	return k == MentionPerson || k == MentionOther
}

// nameBefore returns the name that ends right before token i with a comma
// between ("Sergei Shoigu, ministro …"), or -1.
func (ts *titleScan) nameBefore(i int) int {
	if i == 0 || strings.TrimSpace(ts.text[ts.toks[i-1].End:ts.toks[i].Start]) != "," {
		return -1
	}
	m := ts.within[i-1]
	if m < 0 || !ts.isName(m) || ts.ments[m].End != ts.toks[i-1].End {
		return -1
	}
	return m
}

// nameAfterAdjectives finds a name that follows the head, ending at token
// j, after at most maxTitleAdjectives adjectives and no comma ("el líder
// norcoreano Kim Jong-un"). It returns the end of the title and the name.
func (ts *titleScan) nameAfterAdjectives(j int) (int, int, bool) {
	for k := j; k < len(ts.toks) && k <= j+maxTitleAdjectives; k++ {
		if !ts.plainGap(k - 1) {
			return 0, 0, false
		}
		if m := ts.startAt[k]; m >= 0 {
			return k, m, ts.isName(m) && !ts.ments[m].Weak
		}
		if t := ts.toks[k]; t.Stop || t.Upper || ts.within[k] >= 0 {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// phraseEnd returns the end of the title phrase whose head ends at j: the
// words, links and names of the office ("del Consejo de Seguridad
// Nacional de EE.UU."), up to a comma, a figure or any other word.
func (ts *titleScan) phraseEnd(i, j int) int {
	for j < len(ts.toks) && j-i < maxTitleTokens && ts.titleGap(j-1) {
		t := ts.toks[j]
		switch m := ts.within[j]; {
		case m >= 0 && ts.ments[m].Kind != MentionPerson:
			j = ts.mentionEnd(m)
			continue
		case t.Upper && m < 0 && titleLinks[ts.toks[j-1].Folded()]:
			// a capitalized office word that names no one ("secretaria de Estado")
		case m >= 0, t.Upper, t.Stop && !titleLinks[t.Folded()], t.Folded() != "" && isDigitByte(t.Folded()[0]):
			return ts.trimLinks(i, j)
		}
		j++
	}
	return ts.trimLinks(i, j)
}

// trimLinks moves the end j of a phrase back over trailing links.
func (ts *titleScan) trimLinks(i, j int) int {
	for j > i+1 && titleLinks[ts.toks[j-1].Folded()] {
		j--
	}
	return j
}

// nameAfterComma returns the name that follows a title phrase ending at
// token j after a comma, when the name closes its apposition ("…, John
// Kirby, dijo").
func (ts *titleScan) nameAfterComma(j int) (int, bool) {
	if j >= len(ts.toks) || !strings.Contains(ts.text[ts.toks[j-1].End:ts.toks[j].Start], ",") {
		return 0, false
	}
	m := ts.startAt[j]
	if m < 0 || !ts.isName(m) || ts.ments[m].Weak {
		return 0, false
	}
	return m, ts.closesApposition(ts.mentionEnd(m))
}

// closesApposition reports whether an apposition ending before token j is
// closed there: by punctuation, the end of the claim, or "y".
func (ts *titleScan) closesApposition(j int) bool {
	if j >= len(ts.toks) {
		return true
	}
	gap := ts.text[ts.toks[j-1].End:ts.toks[j].Start]
	return strings.ContainsAny(gap, ",.;:)»”\"") || ts.toks[j].Folded() == "y"
}

// roleEnd returns the end of a bare role whose head ends at j: the head,
// with the word of its office ("jefe de defensa"), then a demonym
// ("presidente ruso") or the place of the office ("presidente de Rusia").
func (ts *titleScan) roleEnd(j int) int {
	if j >= len(ts.toks) || !ts.plainGap(j-1) {
		return j
	}
	if ts.isDe(j) && ts.plainGap(j) {
		if ts.officeWord(j + 1) {
			j += 2 // "jefe de defensa", "ministro de Defensa"
			if j >= len(ts.toks) || !ts.plainGap(j-1) {
				return j
			}
		}
	}
	if _, ok := Demonym(ts.toks[j].In(ts.text)); ok && ts.within[j] < 0 {
		return j + 1
	}
	if ts.isDe(j) && ts.plainGap(j) {
		if m := ts.startAt[j+1]; m >= 0 && ts.ments[m].Kind != MentionPerson {
			return ts.mentionEnd(m)
		}
	}
	return j
}

// officeWord reports whether token j can name an office: a word, not a
// stopword or a number, that is no name or a one-word name of no known
// kind ("Defensa").
func (ts *titleScan) officeWord(j int) bool {
	t := ts.toks[j]
	if t.Stop || t.Stem() == "" || isDigitByte(t.Folded()[0]) {
		return false
	}
	m := ts.within[j]
	if m < 0 {
		return !t.Upper
	}
	men := ts.ments[m]
	return men.Kind == MentionOther && men.Start == t.Start && men.End == t.End
}

// isDe reports whether token j is "de" or "del" with a token after it.
func (ts *titleScan) isDe(j int) bool {
	f := ts.toks[j].Folded()
	return (f == "de" || f == "del") && j+1 < len(ts.toks)
}

// mentionEnd returns the index of the token after mention m.
func (ts *titleScan) mentionEnd(m int) int {
	j := 0
	for j < len(ts.toks) && ts.toks[j].Start < ts.ments[m].End {
		j++
	}
	return j
}

// plainGap reports whether only spaces separate tokens i and i+1.
func (ts *titleScan) plainGap(i int) bool {
	return spaced(ts.text, ts.toks[i], ts.toks[i+1])
}

// titleGap reports whether tokens i and i+1 may sit in one title phrase:
// spaces, or the periods of an acronym ("EE. UU.").
func (ts *titleScan) titleGap(i int) bool {
	gap := ts.text[ts.toks[i].End:ts.toks[i+1].Start]
	return ts.plainGap(i) || gap == "-" || (IsAcronym(ts.toks[i].In(ts.text)) && (gap == "." || gap == ". "))
}
