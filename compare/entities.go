package compare

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/adrg/strutil"
	"github.com/adrg/strutil/metrics"

	"github.com/dedupe-news/dedupe/normalize"
)

// sameNameSimilarity is the Jaro-Winkler similarity of two name keys above
// which two full names are taken for transliterations of one name
// ("Yevgeny Prigozhin" / "Evgeny Prigozhin").
const sameNameSimilarity = 0.93

// mentionRef locates one mention: claim c, mention m of its sentence.
type mentionRef struct{ claim, mention int }

// entityTable groups name mentions into entities and remembers, for each
// mention, the entity it names (-1 for none).
type entityTable struct {
	entities []Entity
	of       map[mentionRef]int
	byKey    map[string]int // NameKey of a mention → its entity
}

// nameGroup is an entity under construction.
type nameGroup struct {
	kind     normalize.MentionKind
	mentions []mentionRef
	parent   int // union-find parent
}

// groupEntities groups the mentions of all claims: first by NameKey, then
// full names whose keys are near-identical, then short forms ("Shoigu",
// "Kim") with the one full name that contains them.
func groupEntities(res *Result) entityTable {
	g := grouper{res: res, byKey: map[string]int{}}
	var weak, short []mentionRef
	for c := range res.Claims {
		for m, men := range res.Sentence(c).Mentions {
			ref := mentionRef{c, m}
			switch {
			case men.Weak:
				weak = append(weak, ref)
			case men.Kind == normalize.MentionOther && !strings.ContainsAny(men.Text, " -"):
				short = append(short, ref)
			default:
				g.add(ref, men)
			}
		}
	}
	g.mergeTransliterations()
	for _, ref := range short {
		g.attachShort(ref, true)
	}
	for _, ref := range weak {
		g.attachShort(ref, false)
	}
	g.mergeVowelVariants()
	return g.table()
}

// grouper builds entities with a union-find over name groups.
type grouper struct {
	res    *Result
	groups []nameGroup
	byKey  map[string]int
	people map[string][]int // word key → person groups (roots) with that word
}

func (g *grouper) mention(ref mentionRef) normalize.Mention {
	return g.res.Sentence(ref.claim).Mentions[ref.mention]
}

// add puts a mention in the group of its key, making one if needed.
func (g *grouper) add(ref mentionRef, men normalize.Mention) {
	i, ok := g.byKey[men.Key]
	if !ok {
		i = len(g.groups)
		g.groups = append(g.groups, nameGroup{kind: men.Kind, parent: i})
		g.byKey[men.Key] = i
	}
	g.groups[i].mentions = append(g.groups[i].mentions, ref)
	if g.groups[i].kind == normalize.MentionOther {
		g.groups[i].kind = men.Kind
	}
}

func (g *grouper) find(i int) int {
	for g.groups[i].parent != i {
		g.groups[i].parent = g.groups[g.groups[i].parent].parent
		i = g.groups[i].parent
	}
	return i
}

func (g *grouper) union(a, b int) {
	a, b = g.find(a), g.find(b)
	if a != b {
		g.groups[max(a, b)].parent = min(a, b)
	}
}

// mergeTransliterations joins person groups whose names end in the same
// word and are near-identical as a whole. Only groups that share a last
// word are compared.
func (g *grouper) mergeTransliterations() {
	jw := metrics.NewJaroWinkler()
	byLast := map[string][]string{}
	for _, k := range slices.Sorted(maps.Keys(g.byKey)) {
		if i := g.byKey[k]; g.groups[i].kind == normalize.MentionPerson {
			last := lastWordKey(g, i)
			byLast[last] = append(byLast[last], k)
		}
	}
	for _, last := range slices.Sorted(maps.Keys(byLast)) {
		keys := byLast[last]
		for i, a := range keys {
			for _, b := range keys[i+1:] {
				if g.genderPair(g.byKey[a], g.byKey[b]) {
					continue // "Víctor Bautista" and "Victoria Bautista": two people
				}
				if strutil.Similarity(a, b, jw) >= sameNameSimilarity || g.middleDropped(g.byKey[a], g.byKey[b]) || g.oneLetterApart(g.byKey[a], g.byKey[b]) {
					g.union(g.byKey[a], g.byKey[b])
				}
			}
		}
		g.mergeSurnames(keys)
	}
	g.indexWords()
}

// mergeSurnames joins a name of two words or more that is the end of one
// person's fuller name, its surnames ("López Obrador" / "Andrés Manuel
// López Obrador"), to that person; keys are of person groups that end in
// the same word. If the end is two people's, it stays apart.
func (g *grouper) mergeSurnames(keys []string) {
	for _, a := range keys {
		x := nameWords(g.mention(g.groups[g.byKey[a]].mentions[0]).Text)
		if len(x) < 2 {
			continue
		}
		owner := -1
		for _, b := range keys {
			y := nameWords(g.mention(g.groups[g.byKey[b]].mentions[0]).Text)
			if len(y) <= len(x) || !slices.Equal(y[len(y)-len(x):], x) {
				continue
			}
			if r := g.find(g.byKey[b]); owner < 0 || owner == r {
				owner = r
			} else {
				owner = -2 // two people end so
				break
			}
		}
		if owner >= 0 {
			g.union(g.byKey[a], owner)
		}
	}
}

// middleDropped reports whether the names of person groups a and b, which
// end in the same word, are one with a middle name left out: the same
// first word, and the words of the shorter all in the longer, in order
// ("Javier Milei" / "Javier Gerardo Milei").
func (g *grouper) middleDropped(a, b int) bool {
	x := nameWords(g.mention(g.groups[a].mentions[0]).Text)
	y := nameWords(g.mention(g.groups[b].mentions[0]).Text)
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) < 2 || len(x) == len(y) || x[0] != y[0] {
		return false
	}
	k := 0
	for _, w := range y {
		if k < len(x) && w == x[k] {
			k++
		}
	}
	return k == len(x)
}

// oneLetterApart reports whether the names of person groups a and b have
// the same words but one, of at least five letters, in which one letter
// differs: a slip of one letter ("Racep Tayyip Erdogan"), which a
// similarity of the whole name forgives less the nearer the start it is.
func (g *grouper) oneLetterApart(a, b int) bool {
	x := nameWords(g.mention(g.groups[a].mentions[0]).Text)
	y := nameWords(g.mention(g.groups[b].mentions[0]).Text)
	if len(x) < 2 || len(x) != len(y) {
		return false
	}
	diff := -1
	for i := range x {
		if x[i] != y[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 {
		return false
	}
	p, q := x[diff], y[diff]
	if len(p) != len(q) || len(p) < 5 {
		return false
	}
	changed := 0
	for i := range len(p) {
		if p[i] != q[i] {
			changed++
		}
	}
	return changed == 1
}

// genderPair reports whether the first names of person groups a and b
// are the masculine and feminine of one name ("Víctor" / "Victoria",
// "Julio" / "Julia", "Daniel" / "Daniela"): a father and a daughter are
// not one person spelled two ways.
func (g *grouper) genderPair(a, b int) bool {
	x := nameWords(g.mention(g.groups[a].mentions[0]).Text)
	y := nameWords(g.mention(g.groups[b].mentions[0]).Text)
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	return feminineOf(x[0], y[0]) || feminineOf(y[0], x[0])
}

// feminineOf reports whether name key f is the feminine of m: m+"a",
// m+"ia", or m's final "o" made "a".
func feminineOf(m, f string) bool {
	stem, ok := strings.CutSuffix(m, "o")
	return f == m+"a" || f == m+"ia" || ok && f == stem+"a"
}

// nameWords returns the NameKeys of the words of a name.
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(name, isNameSep) {
		out = append(out, normalize.NameKey(w))
	}
	return out
}

// indexWords records, for each word of a full person name, the people
// whose names hold it.
func (g *grouper) indexWords() {
	g.people = map[string][]int{}
	for i := range g.groups {
		if g.groups[i].kind != normalize.MentionPerson {
			continue
		}
		root := g.find(i)
		for _, w := range strings.FieldsFunc(g.mention(g.groups[i].mentions[0]).Text, isNameSep) {
			k := normalize.NameKey(w)
			if !slices.Contains(g.people[k], root) {
				g.people[k] = append(g.people[k], root)
			}
		}
	}
}

// lastWordKey returns the NameKey of the last word of a group's first name.
func lastWordKey(g *grouper, i int) string {
	f := strings.FieldsFunc(g.mention(g.groups[i].mentions[0]).Text, isNameSep)
	return normalize.NameKey(f[len(f)-1])
}

// attachShort adds a one-word mention to the full name containing that
// word, when exactly one person does; otherwise to the group of its own
// key, which it may found only when create is set.
func (g *grouper) attachShort(ref mentionRef, create bool) {
	men := g.mention(ref)
	if i, ok := g.containing(men.Key); ok {
		g.groups[i].mentions = append(g.groups[i].mentions, ref)
		return
	}
	if _, ok := g.byKey[men.Key]; ok || create {
		g.add(ref, men)
	}
}

// containing returns the one person whose full name has a word whose key
// is key: "Shoigu" is Serguéi Shoigu, but "Kim" is nobody's when two
// people are called Kim.
func (g *grouper) containing(key string) (int, bool) {
	if p := g.people[key]; len(p) == 1 {
		return p[0], true
	}
	return 0, false
}

func isNameSep(r rune) bool { return r == ' ' || r == '-' }

// table turns the groups into sorted entities and the mention index.
func (g *grouper) table() entityTable {
	members := map[int][]mentionRef{}
	kinds := map[int]normalize.MentionKind{}
	for i, grp := range g.groups {
		root := g.find(i)
		members[root] = append(members[root], grp.mentions...)
		if k, ok := kinds[root]; !ok || k == normalize.MentionOther {
			kinds[root] = grp.kind
		}
	}
	type built struct {
		ent  Entity
		refs []mentionRef
		docs int
	}
	var all []built
	for root, refs := range members {
		slices.SortFunc(refs, func(a, b mentionRef) int {
			return cmp.Or(cmp.Compare(a.claim, b.claim), cmp.Compare(a.mention, b.mention))
		})
		e := g.entity(refs, kinds[root])
		all = append(all, built{e, refs, countDocs(e.Mentions)})
	}
	slices.SortFunc(all, func(a, b built) int {
		return cmp.Or(cmp.Compare(b.docs, a.docs), cmp.Compare(len(b.refs), len(a.refs)), strings.Compare(a.ent.Name, b.ent.Name))
	})
	t := entityTable{of: map[mentionRef]int{}, byKey: map[string]int{}}
	for i, b := range all {
		b.ent.ID = "e" + strconv.Itoa(i+1)
		t.entities = append(t.entities, b.ent)
		for _, ref := range b.refs {
			t.of[ref] = i
			t.byKey[g.mention(ref).Key] = i
		}
	}
	return t
}

// entity names a group: its fullest, most used spelling, the others as
// variants.
func (g *grouper) entity(refs []mentionRef, kind normalize.MentionKind) Entity {
	count := map[string]int{}
	e := Entity{Kind: kind}
	for _, ref := range refs {
		men := g.mention(ref)
		count[men.Text]++
		e.Mentions = append(e.Mentions, EntityMention{Doc: g.res.Claims[ref.claim].Doc, Span: men.Span, Text: men.Text})
	}
	names := slices.Sorted(maps.Keys(count))
	use := wordUse(names, count)
	e.Name = slices.MaxFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(strings.Fields(a)), len(strings.Fields(b))), cmp.Compare(use[a], use[b]), strings.Compare(b, a))
	})
	if kind == normalize.MentionPlace {
		e.Name = normalize.Canonical(e.Name)
	}
	for _, n := range names {
		if n != e.Name {
			e.Variants = append(e.Variants, n)
		}
	}
	return e
}

// wordUse counts, for each spelling, how often its words are written as
// is across all the mentions: "Serguéi Shoigu" gains from a short
// "Shoigu" that "Sergey Shoygu" does not share.
func wordUse(names []string, count map[string]int) map[string]int {
	words := map[string]int{}
	for _, n := range names {
		for _, w := range strings.FieldsFunc(n, isNameSep) {
			words[w] += count[n]
		}
	}
	use := map[string]int{}
	for _, n := range names {
		for _, w := range strings.FieldsFunc(n, isNameSep) {
			use[n] += words[w]
		}
	}
	return use
}

func countDocs(ms []EntityMention) int {
	seen := map[int]bool{}
	for _, m := range ms {
		seen[m.Doc] = true
	}
	return len(seen)
}
