//go:build unix

package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/dedupe-news/dedupe/bench/corpus"
)

// feeds are the generated days: one JSON Lines file a day.
type feeds struct {
	paths   []string    // day d's items
	nights  []time.Time // when day d's run happens: 22:00 UTC that day
	storyOf map[string]string
	dayOf   map[string]time.Time // item id → its day
	stories map[string][]string  // story id → item ids
	stored  int                  // items of the stored days
	today   int                  // items of the last day
}

// writeFeeds generates the corpus and writes a file per day.
func writeFeeds(c *config) (*feeds, error) {
	opts := corpus.Defaults((c.days + 1) * c.perDay)
	opts.StoriesPerDay = max(1, c.perDay/6) // 6 articles a story on average
	opts.SeedDir = c.seeds
	items, truth, err := corpus.Generate(opts)
	if err != nil {
		return nil, err
	}
	f := &feeds{storyOf: map[string]string{}, dayOf: map[string]time.Time{}, stories: truth.Stories}
	for s, ids := range truth.Stories {
		for _, id := range ids {
			f.storyOf[id] = s
		}
	}
	byDay := followUps(items, truth, opts.Start, c)
	for d := 0; d <= c.days; d++ {
		day := opts.Start.AddDate(0, 0, d)
		f.nights = append(f.nights, day.Add(22*time.Hour))
		path := filepath.Join(c.dir, fmt.Sprintf("day-%02d.jsonl", d+1))
		if err := corpus.WriteJSONLFile(path, byDay[d]); err != nil {
			return nil, err
		}
		f.paths = append(f.paths, path)
		for _, it := range byDay[d] {
			f.dayOf[it.ID] = day
		}
		if d < c.days {
			f.stored += len(byDay[d])
		} else {
			f.today = len(byDay[d])
		}
	}
	return f, nil
}

// followUps returns the items of each day (0 to c.days): an item on the
// day of its story, but that the last article of a share c.follow of the
// stories moves 1 to 7 days later (its date with it), within the days.
func followUps(items []corpus.Item, truth corpus.Truth, start time.Time, c *config) [][]corpus.Item {
	r := rand.New(rand.NewPCG(7, 11))
	moved := map[string]int{} // item id → days later
	names := make([]string, 0, len(truth.Stories))
	for s := range truth.Stories {
		names = append(names, s)
	}
	slices.Sort(names)
	for _, s := range names {
		ids := truth.Stories[s]
		if len(ids) >= 3 && r.Float64() < c.follow {
			moved[ids[len(ids)-1]] = 1 + r.IntN(7)
		}
	}
	byDay := make([][]corpus.Item, c.days+1)
	for _, it := range items {
		date, err := time.Parse(time.DateOnly, it.Date)
		if err != nil {
			continue
		}
		if n := moved[it.ID]; n > 0 {
			date = date.AddDate(0, 0, n)
			it.Date = date.Format(time.DateOnly)
		}
		d := int(date.Sub(start).Hours() / 24)
		if d >= 0 && d <= c.days {
			byDay[d] = append(byDay[d], it)
		}
	}
	return byDay
}

// result is what the measured night's report shows.
type result struct {
	loaded, wanted, found, findings int
}

// quality reads the report at path: the earlier documents loaded, and of
// the earlier articles (within 30 days) of the stories of today's items,
// how many were.
func quality(path string, f *feeds) (result, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return result{}, err
	}
	var rep struct {
		Documents []struct {
			ID   string `json:"id"`
			Path string `json:"path"`
		} `json:"documents"`
		Discrepancies []json.RawMessage `json:"discrepancies"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		return result{}, err
	}
	var q result
	q.findings = len(rep.Discrepancies)
	loaded, today := map[string]bool{}, map[string]bool{}
	var last time.Time
	for _, d := range rep.Documents {
		if len(d.Path) > 3 && d.Path[:3] == "db:" {
			loaded[d.ID] = true
			q.loaded++
		} else {
			today[d.ID] = true
			last = f.dayOf[d.ID]
		}
	}
	stories := map[string]bool{}
	for id := range today {
		stories[f.storyOf[id]] = true
	}
	for s := range stories {
		for _, id := range f.stories[s] {
			day, ok := f.dayOf[id]
			if !ok || today[id] || last.Sub(day) > 30*24*time.Hour {
				continue
			}
			q.wanted++
			if loaded[id] {
				q.found++
			}
		}
	}
	return q, nil
}
