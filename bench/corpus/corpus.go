package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Options shape a generated corpus. The zero value is not useful; start
// from [Defaults].
type Options struct {
	Items         int     // articles to generate
	PerStory      [2]int  // articles per story, min and max
	Sentences     [2]int  // sentences per article, min and max
	CopyRate      float64 // share of articles that are near-copies of another
	ChangeRate    float64 // share of stories with a planted discrepancy
	Paraphrase    float64 // share of a sentence's content words swapped or dropped
	Seed          uint64
	Start         time.Time // date of the first story
	StoriesPerDay int
	SeedDir       string // the seed articles whose sentences are reused
}

// Defaults returns the options the benchmark uses for n items.
func Defaults(n int) Options {
	return Options{
		Items: n, PerStory: [2]int{3, 9}, Sentences: [2]int{6, 10},
		CopyRate: 0.1, ChangeRate: 0.3, Paraphrase: 0.15, Seed: 1,
		Start: time.Date(2023, 9, 1, 0, 0, 0, 0, time.UTC), StoriesPerDay: 40,
		SeedDir: "../testdata/seeds",
	}
}

// Item is one generated article, as a JSON Lines record dedupe reads.
type Item struct {
	ID     string `json:"id"`
	URL    string `json:"url"`
	Date   string `json:"date"`
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
	Text   string `json:"text"`
}

// Truth is what the generator knows about the corpus.
type Truth struct {
	Stories        map[string][]string `json:"stories"`         // story id → item ids
	NearDuplicates [][2]string         `json:"near_duplicates"` // item pairs, the copy second
	Discrepancies  []Planted           `json:"discrepancies"`
}

// Planted is a discrepancy the generator put in: item B says Value B
// where the story's other items say Value A.
type Planted struct {
	Story  string   `json:"story"`
	Kind   string   `json:"kind"` // number or date
	ItemsA []string `json:"items_a"`
	ItemB  string   `json:"item_b"`
	ValueA string   `json:"value_a"`
	ValueB string   `json:"value_b"`
}

// Generate builds the corpus. The same options give the same corpus.
func Generate(opts Options) ([]Item, Truth, error) {
	bank, err := loadTemplates(opts.SeedDir)
	if err != nil {
		return nil, Truth{}, err
	}
	g := &generator{opts: opts, r: rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x5deece66d)), bank: bank}
	truth := Truth{Stories: map[string][]string{}, NearDuplicates: [][2]string{}, Discrepancies: []Planted{}}
	var items []Item
	for s := 0; len(items) < opts.Items; s++ {
		st := g.story(s)
		n := opts.PerStory[0] + g.r.IntN(opts.PerStory[1]-opts.PerStory[0]+1)
		n = min(n, opts.Items-len(items))
		var ids []string
		planted := g.r.Float64() < opts.ChangeRate && n >= 3
		for a := 0; a < n; a++ {
			var it Item
			if a > 0 && g.r.Float64() < opts.CopyRate {
				src := items[len(items)-1-g.r.IntN(a)]
				it = g.copyOf(src, st, a)
				truth.NearDuplicates = append(truth.NearDuplicates, [2]string{src.ID, it.ID})
			} else {
				it = g.article(st, a, planted && a == n-1)
			}
			items = append(items, it)
			ids = append(ids, it.ID)
		}
		truth.Stories[st.id] = ids
		if planted && !isCopy(truth.NearDuplicates, ids[n-1]) {
			truth.Discrepancies = append(truth.Discrepancies, Planted{
				Story: st.id, Kind: st.change, ItemsA: ids[:n-1], ItemB: ids[n-1],
				ValueA: st.valueA(), ValueB: st.valueB(),
			})
		}
	}
	return items, truth, nil
}

func isCopy(pairs [][2]string, id string) bool {
	for _, p := range pairs {
		if p[1] == id {
			return true
		}
	}
	return false
}

// generator holds the random source and the sentence bank.
type generator struct {
	opts Options
	r    *rand.Rand
	bank []template
}

// story is one event: its cast, its figures and its sentences.
type story struct {
	id     string
	date   time.Time
	person [3]string
	title  [3]string
	place  [3]string
	count  int
	unit   string
	day    time.Time
	change string // "number" or "date" when a discrepancy is planted
	order  []int  // the bank in this story's order: article after article takes the next templates
	next   int    // the first template of order the next article takes
}

func (st *story) valueA() string {
	if st.change == "date" {
		return st.day.Format("2006-01-02")
	}
	return fmt.Sprint(st.count)
}

func (st *story) valueB() string {
	if st.change == "date" {
		return st.day.AddDate(0, 0, -7).Format("2006-01-02")
	}
	return fmt.Sprint(changed(st.count))
}

// changed is the planted wrong figure: a third more.
func changed(n int) int { return n + n/3 + 1 }

func (g *generator) story(s int) *story {
	st := &story{
		id:   fmt.Sprintf("s%05d", s),
		date: g.opts.Start.AddDate(0, 0, s/max(1, g.opts.StoriesPerDay)),
	}
	for i := range st.person {
		st.person[i] = firstNames[g.r.IntN(len(firstNames))] + " " + lastNames[g.r.IntN(len(lastNames))]
		st.title[i] = titles[g.r.IntN(len(titles))]
		st.place[i] = places[g.r.IntN(len(places))]
	}
	st.count = 20 + g.r.IntN(3000)
	st.unit = units[g.r.IntN(len(units))]
	st.day = st.date.AddDate(0, 0, -1-g.r.IntN(5))
	st.change = "number"
	if g.r.IntN(2) == 0 {
		st.change = "date"
	}
	st.order = g.r.Perm(len(g.bank))
	return st
}

// article writes one article of a story; wrong plants the discrepancy.
func (g *generator) article(st *story, a int, wrong bool) Item {
	outlet := outlets[g.r.IntN(len(outlets))]
	id := fmt.Sprintf("%s-%02d", st.id, a)
	var b strings.Builder
	n := g.opts.Sentences[0] + g.r.IntN(g.opts.Sentences[1]-g.opts.Sentences[0]+1)
	// The two fact sentences come first, so every article states them,
	// each in one outlet's words.
	count, day := st.count, st.day
	if wrong && st.change == "number" {
		count = changed(count)
	}
	if wrong && st.change == "date" {
		day = day.AddDate(0, 0, -7)
	}
	fmt.Fprintf(&b, tollWordings[g.r.IntN(len(tollWordings))]+"\n\n", st.person[0], st.title[0], count, st.unit, st.place[0])
	fmt.Fprintf(&b, arrivalWordings[g.r.IntN(len(arrivalWordings))]+"\n\n", st.person[1], st.place[1], day.Day(), monthNames[day.Month()-1], outlet)
	// The rest are the story's next templates: an article written apart
	// shares facts and names with the others, not sentences.
	for range n - 2 {
		b.WriteString(g.paraphrase(g.bank[st.order[st.next%len(st.order)]].fill(st)) + "\n\n")
		st.next++
	}
	return Item{
		ID: id, URL: "https://" + outlet + ".example/" + id, Date: st.date.Format("2006-01-02"),
		Outlet: outlet, Title: fmt.Sprintf("%s: %s en %s", st.person[0], st.unit, st.place[0]), Text: b.String(),
	}
}

// copyOf republishes src with a few words changed, as wire copy is.
func (g *generator) copyOf(src Item, st *story, a int) Item {
	words := strings.Split(src.Text, " ")
	for k := 0; k < 3; k++ {
		i := g.r.IntN(len(words))
		if !strings.ContainsAny(words[i], "0123456789\n") {
			words[i] = fillers[g.r.IntN(len(fillers))]
		}
	}
	it := src
	it.ID = fmt.Sprintf("%s-%02d", st.id, a)
	it.Outlet = outlets[g.r.IntN(len(outlets))]
	it.URL = "https://" + it.Outlet + ".example/" + it.ID
	it.Text = strings.Join(words, " ")
	return it
}

// paraphrase swaps or drops a share of a sentence's longer words.
func (g *generator) paraphrase(s string) string {
	words := strings.Split(s, " ")
	out := words[:0]
	for i, w := range words {
		if i > 0 && i < len(words)-1 && len(w) > 5 && !hasUpper(w) && g.r.Float64() < g.opts.Paraphrase {
			if g.r.IntN(2) == 0 {
				continue
			}
			w = fillers[g.r.IntN(len(fillers))]
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

func hasUpper(w string) bool { return strings.ToLower(w) != w }
