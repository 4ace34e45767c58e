package normalize

import (
	"strings"
	"unicode"
)

var (
	// places maps the NameKey of a place to the NameKey of the place that
	// contains it ("" for none), from data/places.txt.
	places = lazy(func() map[string]string {
		m := make(map[string]string)
		for k, v := range lexiconMap("places", NameKey) {
			m[k] = NameKey(v)
		}
		return m
	})
	// placeNames maps the NameKey of a place to its name as written in
	// data/places.txt.
	placeNames = lazy(func() map[string]string {
		m := make(map[string]string)
		for _, line := range lexiconLines("places") {
			name, _, _ := strings.Cut(line, "\t")
			m[NameKey(name)] = name
		}
		return m
	})
	// nameAliases maps the NameKey of an alias to the name it stands for.
	nameAliases = lazy(func() map[string]string { return lexiconMap("name_aliases", NameKey) })
	// orgWords holds folded first words and whole names of organizations.
	orgWords   = lazy(func() map[string]bool { return lexiconSet("orgs", fold) })
	connectors = lazy(func() map[string]bool { return lexiconSet("connectors", fold) })
	// orgConnectors join the words of an organization's name only
	// (data/org_connectors.txt).
	orgConnectors = lazy(func() map[string]bool { return lexiconSet("org_connectors", fold) })
	// placeOpeners are the first words of place names, folded
	// (data/place_openers.txt).
	placeOpeners = lazy(func() map[string]bool { return lexiconSet("place_openers", fold) })
)

// NameKey folds a name so that spellings and transliterations of one name
// meet: case, accents, spaces, hyphens and periods go; y becomes i; "gu"
// before e or i becomes g; "ng" becomes n; doubled letters are single.
// "Sergey Shoygu", "Serguéi Shoigu" and "Sergei Shoigu" share a key, as do
// "Pyongyang" and "Pionyang", "Kim Jong Un" and "Kim Jong-un". The
// spellings French, English and Spanish give one sound meet too
// (data/name_translit.txt): "Marrakech", "Marrakesh" and "Marraquech".
func NameKey(name string) string {
	f := translit(fold(name))
	var b strings.Builder
	b.Grow(len(f))
	var prev rune
	for i, r := range f {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		switch {
		case r == 'y':
			r = 'i'
		case r == 'u' && prev == 'g' && i+1 < len(f) && (f[i+1] == 'e' || f[i+1] == 'i'):
			continue
		case r == 'g' && prev == 'n':
			continue
		case r == prev:
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// Canonical returns the name an alias stands for ("RPDC" → "Corea del
// Norte", "EE.UU." → "Estados Unidos"), a known place as the gazetteer
// spells it ("Pionyang" → "Pyongyang"), or name itself.
func Canonical(name string) string {
	if c, ok := nameAliases()[NameKey(name)]; ok {
		name = c
	}
	if p, ok := placeNames()[NameKey(name)]; ok {
		return p
	}
	return name
}

// PlaceParent returns the place that contains the named place ("Pionyang"
// → "Corea del Norte"), or "" when unknown.
func PlaceParent(name string) string {
	return placeNames()[places()[NameKey(Canonical(name))]]
}

// isPlace reports whether name is a known place.
func isPlace(name string) bool {
	_, ok := places()[NameKey(Canonical(name))]
	return ok
}

// findMentions returns the names in a sentence: runs of capitalized words,
// joined by connectors such as "de" or "del" ("Corea del Norte") and by
// the periods and hyphens of "EE.UU." or "Jong-un". Spans are those of the
// tokens, relative to the document text.
func findMentions(text string, toks []Token) []Mention {
	var out []Mention
	for i := 0; i < len(toks); {
		if !startsName(text, toks, i) {
			i++
			continue
		}
		j := nameEnd(text, toks, i)
		if n, _, ok := titleHeads().longestAt(text, toks, i); ok && j-(i+n) >= 2 {
			// "al Presidente Andrés Manuel López Obrador", "Almirante
			// Rafael Ojeda": a capitalized office before a full name is
			// no part of it.
			i += n
		}
		if j-i >= 2 && opensClause(text, toks, i) && !isPlace(toks[i].In(text)) && (startsPlace(text, toks[i+1]) || verbLike(text, toks[i])) {
			// "Negocian Rusia y…", "Habló John Kirby": a capitalized verb
			// opening the sentence.
			out = append(out, newMention(text, toks, i, i+1))
			i++
		}
		out = append(out, newMention(text, toks, i, j))
		i = j
	}
	return out
}

// startsName reports whether token i can open a name.
func startsName(text string, toks []Token, i int) bool {
	t := toks[i]
	if !t.Upper {
		return false
	}
	if !t.Stop || IsAcronym(t.In(text)) {
		return true
	}
	// A stopword opens a name only as part of a known one ("Estados Unidos").
	if i+1 < len(toks) {
		_, ok := places()[NameKey(t.In(text)+" "+toks[i+1].In(text))]
		return ok
	}
	return false
}

// nameEnd returns the index past the last token of the name opened at i.
func nameEnd(text string, toks []Token, i int) int {
	j := i + 1
	for j < len(toks) {
		switch {
		case toks[j].Upper && joined(text, toks[j-1], toks[j]):
			j++
		case text[toks[j-1].End:toks[j].Start] == "-" && toks[j-1].Upper:
			j++ // "Kim Jong-un"

		case j+1 < len(toks) && !toks[j].Upper && (connectors()[toks[j].Folded()] || orgConnectors()[toks[j].Folded()] && orgWords()[toks[i].Folded()]):
			k := j + 1
			if k+1 < len(toks) && articles[toks[k].Folded()] && !toks[k].Upper {
				k++ // "de la", "de los"
			}
			if !toks[k].Upper || toks[k].Stop || startsPlace(text, toks[k]) || !spacedRun(text, toks[j-1:k+1]) {
				return j
			}
			j = k + 1
		default:
			return j
		}
	}
	return j
}

// startsPlace reports whether a token after a connector begins a name of
// its own ("Embajada de Rusia" is two names, "Corea del Norte" one).
func startsPlace(text string, t Token) bool {
	if IsAcronym(t.In(text)) {
		return true
	}
	_, ok := places()[NameKey(t.In(text))]
	return ok
}

// joined reports whether two capitalized tokens belong to one name: only
// spaces, a hyphen, or the periods of an acronym stand between them.
func joined(text string, a, b Token) bool {
	gap := text[a.End:b.Start]
	if strings.TrimSpace(gap) == "" {
		return gap != "" && !strings.ContainsAny(gap, "\n")
	}
	if gap == "-" {
		return true
	}
	return IsAcronym(a.In(text)) && (gap == "." || gap == ". ")
}

// articles may follow a connector inside a name: "Universidad de la Plata".
var articles = map[string]bool{"la": true, "las": true, "los": true}

// spacedRun reports whether only plain spaces separate the tokens.
func spacedRun(text string, toks []Token) bool {
	for i := 1; i < len(toks); i++ {
		gap := text[toks[i-1].End:toks[i].Start]
		if gap == "" || strings.Trim(gap, " \u00a0") != "" {
			return false
		}
	}
	return true
}

// IsAcronym reports whether s is an upper-case abbreviation such as RPDC,
// EE or ONU.
func IsAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// newMention builds the mention of toks[i:j] and guesses its kind.
func newMention(text string, toks []Token, i, j int) Mention {
	span := Span{toks[i].Start, toks[j-1].End}
	m := Mention{Span: span, Text: text[span.Start:span.End]}
	m.Key = NameKey(Canonical(m.Text))
	m.Kind = mentionKind(m.Text, toks[i:j])
	m.Weak = j == i+1 && m.Kind == MentionOther && opensClause(text, toks, i)
	return m
}

// verbEndings end Spanish verb forms that open sentences ("Habló",
// "Dijeron", "Advirtiendo"), folded; names seldom end so.
var verbEndings = []string{"aron", "ieron", "aban", "ando", "iendo", "aba"}

// verbLike reports whether t looks like a verb: a past tense ending in an
// accented ó ("Habló", "Viajó"), a reporting verb, or a verb ending.
func verbLike(text string, t Token) bool {
	if strings.HasSuffix(t.In(text), "ó") || reportingVerbs()[t.Folded()] {
		return true
	}
	for _, e := range verbEndings {
		if strings.HasSuffix(t.Folded(), e) {
			return true
		}
	}
	return false
}

// opensClause reports whether token i starts a sentence or a quotation, or
// follows a colon, where any word may be capitalized.
func opensClause(text string, toks []Token, i int) bool {
	return i == 0 || strings.ContainsAny(text[toks[i-1].End:toks[i].Start], "“\"«:¿¡([—–")
}

// mentionKind guesses whether a name is a place, an organization or a
// person.
func mentionKind(name string, toks []Token) MentionKind {
	if isPlace(name) || len(toks) >= 2 && placeOpeners()[toks[0].Folded()] {
		return MentionPlace // "San Francisco", "Santa Cruz": a saint's name is a place's
	}
	if orgWords()[fold(name)] || orgWords()[toks[0].Folded()] || IsAcronym(name) ||
		len(toks) > 2 && orgWords()[toks[0].Folded()+" "+toks[1].Folded()] { // "Cruz Roja Libia"
		return MentionOrg
	}
	if len(toks) >= 2 && !hasConnector(toks) {
		return MentionPerson
	}
	return MentionOther
}

func hasConnector(toks []Token) bool {
	for _, t := range toks {
		if !t.Upper && connectors()[t.Folded()] {
			return true
		}
	}
	return false
}

// spaced reports whether only plain spaces separate two tokens.
func spaced(text string, a, b Token) bool { return spacedRun(text, []Token{a, b}) }

// translitRule is one rewrite of data/name_translit.txt.
type translitRule struct {
	from, to string
	end      bool // only at the end of a word
}

var translitRules = lazy(func() []translitRule {
	var rules []translitRule
	for _, line := range lexiconLines("name_translit") {
		from, to, ok := strings.Cut(line, "=")
		from, to = strings.TrimSpace(from), strings.TrimSpace(to)
		if !ok || from == "" {
			panic("normalize: bad line in name_translit: " + line)
		}
		from, end := strings.CutSuffix(from, "$")
		rules = append(rules, translitRule{from: fold(from), to: fold(to), end: end})
	}
	return rules
})

// translit applies the rules of data/name_translit.txt to each word of the
// folded text f.
func translit(f string) string {
	rules := translitRules()
	words := strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		for _, r := range rules {
			switch {
			case r.end:
				if s, ok := strings.CutSuffix(w, r.from); ok {
					w = s + r.to
				}
			case strings.Contains(w, r.from):
				w = strings.ReplaceAll(w, r.from, r.to)
			}
		}
		words[i] = w
	}
	return strings.Join(words, " ")
}
