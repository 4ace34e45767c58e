package compare

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"

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
// full names whose keys are near-identical, acronyms with the names they
// spell (mergeAcronyms), a body's name with its name qualified by whose
// it is (mergeQualified), then short forms ("Shoigu", "Kim") with the one
// full name that contains them.
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
	g.mergeAcronyms()
	g.mergeQualified()
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
// word and are one name written two ways (sameName), and a name that is
// the surnames of one fuller name to it (mergeSurnames). Only groups that
// share a last word are compared, each name's words read once.
func (g *grouper) mergeTransliterations() {
	jw := metrics.NewJaroWinkler()
	byLast := map[string][]string{}
	words := map[string][]string{} // key → the NameKeys of its name's words
	for _, k := range slices.Sorted(maps.Keys(g.byKey)) {
		if i := g.byKey[k]; g.groups[i].kind == normalize.MentionPerson {
			w := nameWords(g.mention(g.groups[i].mentions[0]).Text)
			words[k] = w
			byLast[w[len(w)-1]] = append(byLast[w[len(w)-1]], k)
		}
	}
	for _, last := range slices.Sorted(maps.Keys(byLast)) {
		keys := byLast[last]
		for i, a := range keys {
			for _, b := range keys[i+1:] {
				if sameName(a, b, words[a], words[b], jw) {
					g.union(g.byKey[a], g.byKey[b])
				}
			}
		}
		g.mergeSurnames(keys, words)
	}
	g.indexWords()
}

// mergeSurnames joins a name of two words or more that is the end of one
// person's fuller name, its surnames ("López Obrador" / "Andrés Manuel
// López Obrador"), to that person; keys are of person groups that end in
// the same word. If the end is two people's, it stays apart. Each fuller
// name is indexed by its ends, so the work grows with the names' words.
func (g *grouper) mergeSurnames(keys []string, words map[string][]string) {
	owners := map[string]int{} // an end of two words or more → its person's root; -1 for two people
	for _, b := range keys {
		y := words[b]
		r := g.find(g.byKey[b])
		for n := 2; n < len(y); n++ {
			end := strings.Join(y[len(y)-n:], " ")
			if o, ok := owners[end]; !ok {
				owners[end] = r
			} else if o != r {
				owners[end] = -1
			}
		}
	}
	for _, a := range keys {
		if x := words[a]; len(x) >= 2 {
			if o, ok := owners[strings.Join(x, " ")]; ok && o >= 0 {
				g.union(g.byKey[a], o)
			}
		}
	}
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
