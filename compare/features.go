package compare

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/quantity"
)

// attributionWeight scales the terms of the words that say who makes a
// claim ("…, dijo la portavoz Adrienne Watson"): two claims by one source
// are not the same claim.
const attributionWeight = 0.7

// features holds, per claim, the sorted ids of its terms (stems and
// entities) and their weights, and per term its inverse document frequency
// over the claims. Everything a pair's score needs is computed here once
// per claim.
type features struct {
	terms  []string    // term id → stem, or "@e3" for an entity
	entity []int32     // entity index → its term id, -1 if no claim names it
	vecs   [][]int32   // claim → sorted unique term ids; nil for non-claims
	wts    [][]float64 // claim → weight of each term of vecs
	idf    []float64   // term id → inverse document frequency (see weighStory)
	global []float64   // term id → inverse document frequency over all claims
	norms  []float64   // claim → Euclidean norm of wts
	docOf  []int       // claim → document index
	nClaim int         // number of claims of kind claim
}

// entityTerm is the term of entity i; it stands for every spelling.
func entityTerm(ents *entityTable, i int) string { return "@" + ents.entities[i].ID }

// placeTerm is the term of a place named by an adjective ("ruso"): the
// entity of that place when the input names it.
func placeTerm(ents *entityTable, place string) string {
	key := normalize.NameKey(normalize.Canonical(place))
	if e, ok := ents.byKey[key]; ok {
		return entityTerm(ents, e)
	}
	return "@" + key
}

// vocabulary numbers terms as they come.
type vocabulary struct {
	ids   map[string]int32
	terms []string
}

func (v *vocabulary) id(term string) int32 {
	t, ok := v.ids[term]
	if !ok {
		t = int32(len(v.terms))
		v.ids[term] = t
		v.terms = append(v.terms, term)
	}
	return t
}

// buildFeatures turns each claim into weighted terms: the stems of its
// content words, with the words of a name replaced by the name's entity.
func buildFeatures(res *Result, ents *entityTable) *features {
	n := len(res.Claims)
	f := &features{vecs: make([][]int32, n), wts: make([][]float64, n), norms: make([]float64, n), docOf: make([]int, n)}
	voc := vocabulary{ids: map[string]int32{}}
	var df []int
	for c := range res.Claims {
		f.docOf[c] = res.Claims[c].Doc
		s := res.Sentence(c)
		if s.Kind != normalize.KindClaim {
			continue
		}
		f.nClaim++
		f.vecs[c], f.wts[c] = claimTerms(s, c, ents, &voc)
		for _, t := range f.vecs[c] {
			for int(t) >= len(df) {
				df = append(df, 0)
			}
			df[t]++
		}
	}
	f.terms = voc.terms
	f.entity = make([]int32, len(ents.entities))
	for e := range ents.entities {
		f.entity[e] = -1
		if id, ok := voc.ids[entityTerm(ents, e)]; ok {
			f.entity[e] = id
		}
	}
	f.idf = make([]float64, len(f.terms))
	for t, k := range df {
		f.idf[t] = idf(f.nClaim, k)
	}
	f.global = slices.Clone(f.idf)
	for c, vec := range f.vecs {
		var sum float64
		for k, t := range vec {
			f.wts[c][k] *= f.idf[t]
			sum += f.wts[c][k] * f.wts[c][k]
		}
		f.norms[c] = math.Sqrt(sum)
	}
	return f
}

// addRoles adds to the claims of one story the name of the person each
// bare role stands for ("el jefe de defensa de Putin" → Shoigu, the one
// "ministro de Defensa" of the story), weighed as the name would be.
// Roles are read within the story, so that another story's defence
// minister leaves this one's alone.
func (f *features) addRoles(res *Result, ents *entityTable, claims []int) {
	roles := newTitleIndex(res, ents, claims)
	for _, c := range claims {
		if f.vecs[c] == nil {
			continue
		}
		s := res.Sentence(c)
		for _, t := range s.Titles {
			e, ok := roles.person(t)
			if !ok {
				continue
			}
			id := f.entity[e]
			if id < 0 {
				continue
			}
			k, found := slices.BinarySearch(f.vecs[c], id)
			if found {
				continue
			}
			w := f.global[id]
			if s.InAttribution(t.Span) {
				w *= attributionWeight
			}
			f.vecs[c] = slices.Insert(f.vecs[c], k, id)
			f.wts[c] = slices.Insert(f.wts[c], k, w)
		}
	}
}

// oneStory adds the roles and weighs the terms of all the claims of res
// as one story's.
func (f *features) oneStory(res *Result, ents *entityTable) {
	all := allClaims(res)
	f.addRoles(res, ents, all)
	f.weighStory(all, make([]int32, len(f.terms)))
}

// weighStory weighs the terms of claims, one story's, by their inverse
// document frequency among those claims rather than the whole input, and
// sets idf to it for the story's terms: what other stories say changes
// nothing in a story's clusters, and a term common in the input but rare
// in the story counts as rare. df is scratch of len(f.terms), all zero,
// and left so.
func (f *features) weighStory(claims []int, df []int32) {
	n := 0
	for _, c := range claims {
		if f.vecs[c] == nil {
			continue
		}
		n++
		for _, t := range f.vecs[c] {
			df[t]++
		}
	}
	for _, c := range claims {
		for _, t := range f.vecs[c] {
			if df[t] > 0 {
				f.idf[t] = idf(n, int(df[t]))
				df[t] = 0
			}
		}
	}
	for _, c := range claims {
		var sum float64
		for k, t := range f.vecs[c] {
			if f.idf[t] != f.global[t] {
				f.wts[c][k] = f.wts[c][k] / f.global[t] * f.idf[t]
			}
			sum += f.wts[c][k] * f.wts[c][k]
		}
		f.norms[c] = math.Sqrt(sum)
	}
}

// idf weighs a term found in df of n claims: rare terms (Vladivostok) weigh
// more than common ones (Rusia).
func idf(n, df int) float64 {
	return math.Log(float64(n+1) / float64(df))
}

// commonWord reports whether an entity is a capitalized common noun
// rather than a name: one word, one spelling, neither person, place nor
// organization ("Defensa" in "ministro de Defensa"). Its mentions count as
// the word, so "jefe de defensa" shares it.
func commonWord(e *Entity) bool {
	return e.Kind == normalize.MentionOther && len(e.Variants) == 0 && !strings.Contains(e.Name, " ")
}

// takeSpan marks in taken the tokens of toks, in text order, that lie in
// [start, end), but for those whose stem is keep.
func takeSpan(toks []normalize.Token, start, end int, taken []bool, keep string) {
	i, _ := slices.BinarySearchFunc(toks, start, func(t normalize.Token, x int) int { return cmp.Compare(t.Start, x) })
	for ; i < len(toks) && toks[i].End <= end; i++ {
		if keep == "" || toks[i].Stem() != keep {
			taken[i] = true
		}
	}
}

// termWeight is a term of a claim and how much of it counts.
type termWeight struct {
	id int32
	w  float64
}

// The terms that stand for a claim's dates and figures: a date counts as
// "a date", whatever its words, and a figure as "a figure" of its unit.
// Two sources that give one event different dates ("el mes pasado" / "en
// julio") or different tolls make the same claim, and the checks need
// them in one cluster to see the difference.
const (
	timeTerm   = "#time"
	numberTerm = "#num"
)

// valuePrefix opens the term of a figure's value ("#=400"): besides
// counting as a figure, a count of minValue or more counts as its number,
// whatever it counts. Two outlets giving one report word the noun
// differently ("al menos 400 extranjeros" / "al menos 400 personas de
// otros países") but keep the figure, and a figure is rarer than any word
// in a story. A number below minValue ("dos países", "tres meses") and a
// percentage recur across different facts (the share of tables counted
// qualifies every vote share), and a range is no one number.
const (
	valuePrefix = "#="
	minValue    = 10
)

// valueTerm returns the value term of q, if it has one.
func valueTerm(q quantity.Quantity) (string, bool) {
	if q.Value < minValue || q.Bound == quantity.Range || q.Unit == "%" {
		return "", false
	}
	return valuePrefix + strconv.FormatFloat(q.Value, 'f', -1, 64), true
}

// claimTerms returns the sorted, unique term ids of claim c with their
// weights before idf: 1, or attributionWeight for a term found only in
// the attribution. Dates and figures count as timeTerm and numberTerm, the
// unit of a figure as itself, a count also as its value (valueTerm); the
// first word of a phrase of one idea ("compromiso diplomático") as the
// idea, its other words as themselves. Bare roles are added story by
// story (addRoles).
func claimTerms(s *normalize.Sentence, c int, ents *entityTable, voc *vocabulary) ([]int32, []float64) {
	var tw []termWeight
	taken := make([]bool, len(s.Tokens)) // tokens a name, date or figure stands for
	for m, men := range s.Mentions {
		e, ok := ents.of[mentionRef{c, m}]
		if !ok || commonWord(&ents.entities[e]) {
			continue
		}
		w := 1.0
		if s.InAttribution(men.Span) {
			w = attributionWeight
		}
		tw = append(tw, termWeight{voc.id(entityTerm(ents, e)), w})
		takeSpan(s.Tokens, men.Start, men.End, taken, "")
	}
	for _, x := range s.Times {
		if x.Reference() {
			continue // "ahora", "en el pasado": no date, and common words
		}
		tw = append(tw, termWeight{voc.id(timeTerm), 1})
		takeSpan(s.Tokens, x.Start, x.End, taken, "")
	}
	for _, q := range s.Numbers {
		tw = append(tw, termWeight{voc.id(numberTerm), 1})
		if v, ok := valueTerm(q); ok {
			tw = append(tw, termWeight{voc.id(v), 1})
		}
		takeSpan(s.Tokens, q.Start, q.End, taken, q.Unit)
	}
	for i, t := range s.Tokens {
		if taken[i] {
			continue
		}
		w := 1.0
		if t.Attr {
			w = attributionWeight
		}
		if concept, ok := normalize.PhraseConcept(s, i); ok {
			tw = append(tw, termWeight{voc.id(concept), w})
			continue
		}
		if t.Stop || t.Stem() == "" {
			continue
		}
		if place, ok := normalize.Demonym(s.Word(i)); ok {
			tw = append(tw, termWeight{voc.id(placeTerm(ents, place)), w})
			continue
		}
		tw = append(tw, termWeight{voc.id(normalize.Concept(t.Stem())), w})
	}
	// Sort by id, heaviest first, and keep the first of each id.
	slices.SortFunc(tw, func(a, b termWeight) int { return cmp.Or(cmp.Compare(a.id, b.id), cmp.Compare(b.w, a.w)) })
	tw = slices.CompactFunc(tw, func(a, b termWeight) bool { return a.id == b.id })
	ids, wts := make([]int32, len(tw)), make([]float64, len(tw))
	for k, x := range tw {
		ids[k], wts[k] = x.id, x.w
	}
	return ids, wts
}

// cosine returns the similarity of claims a and b and, if shared is not
// nil, appends the term ids they share.
func (f *features) cosine(a, b int, shared *[]int32) float64 {
	s, _ := f.similarity(a, b, shared)
	return s
}

// similarity returns the cosine of claims a and b and how many terms they
// share, appending those to shared if it is not nil.
func (f *features) similarity(a, b int, shared *[]int32) (float64, int) {
	va, vb := f.vecs[a], f.vecs[b]
	if len(va) == 0 || len(vb) == 0 {
		return 0, 0
	}
	wa, wb := f.wts[a], f.wts[b]
	var dot float64
	n := 0
	for i, j := 0, 0; i < len(va) && j < len(vb); {
		switch {
		case va[i] < vb[j]:
			i++
		case va[i] > vb[j]:
			j++
		default:
			dot += wa[i] * wb[j]
			n++
			if shared != nil {
				*shared = append(*shared, va[i])
			}
			i++
			j++
		}
	}
	return dot / (f.norms[a] * f.norms[b]), n
}
