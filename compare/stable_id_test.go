package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/normalize"
)

// valueSet is the kind and the distinct values of a finding: what it sets
// against each other, whoever repeats them.
func valueSet(f Finding) string {
	var vals []string
	for _, m := range f.Mentions {
		v := m.Value
		if v == "" {
			v = m.Text
		}
		vals = append(vals, v)
	}
	slices.Sort(vals)
	return string(f.Kind) + ":" + strings.Join(slices.Compact(vals), "|")
}

// TestIDsStableWhenAnArticleIsAdded runs the seeds four at a time and all
// five. A finding of the four that the five report with the same values
// (the fifth article repeats a side, or adds nothing to it) keeps its id,
// so a baseline written on four articles still hides it; ids come from
// the kind, the slot and the values, never from cluster numbers, cluster
// subjects or who else repeats a value.
func TestIDsStableWhenAnArticleIsAdded(t *testing.T) {
	all := loadSeeds(t, nil)
	five := map[string][]string{} // value set → ids
	for _, f := range Run(all, Options{}).Findings {
		five[valueSet(f)] = append(five[valueSet(f)], f.ID)
	}
	kept := 0
	for left := range all {
		four := append(append([]normalize.Document(nil), all[:left]...), all[left+1:]...)
		t.Run("without "+all[left].ID, func(t *testing.T) {
			for _, f := range Run(four, Options{}).Findings {
				ids, ok := five[valueSet(f)]
				if !ok {
					continue // the fifth article changed what is set against what
				}
				kept++
				if !slices.Contains(ids, f.ID) {
					t.Errorf("%s %s: id changed to %v once %s is added:\n  %s", f.ID, f.Kind, ids, all[left].ID, f.Message)
				}
			}
		})
	}
	if kept < 10 {
		t.Errorf("only %d findings compared: the test no longer says much", kept)
	}
}

// TestIDsStableWithAnotherStory adds an article on another event: it
// makes a story of its own and changes no finding's id.
func TestIDsStableWithAnotherStory(t *testing.T) {
	seeds := loadSeeds(t, nil)
	before := map[string]bool{}
	for _, f := range Run(seeds, Options{}).Findings {
		before[f.ID] = true
	}
	other, err := normalize.Parse("zz_liga", "zz_liga.txt", []byte("date 2023-09-10\nEl Real Madrid venció 2-1 al Getafe en el Santiago Bernabéu con un gol de Joselu en el minuto 94. "+
		"El entrenador Carlo Ancelotti elogió a sus jugadores tras el partido de la cuarta jornada de Liga."), normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	after := Run(append(seeds, other), Options{})
	got := 0
	for _, f := range after.Findings {
		if before[f.ID] {
			got++
		}
	}
	if got != len(before) {
		t.Errorf("%d of %d finding ids kept once an article on another story is added:\n%s", got, len(before), describeAll(after))
	}
}
