package compare

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

func TestDecay(t *testing.T) {
	day := func(y int, m, d int) days { return docDays(timex.DayDate(y, time.Month(m), d)) }
	tests := []struct {
		name string
		x, y days
		want float64
	}{
		{"same day", day(2023, 9, 9), day(2023, 9, 9), 1},
		{"two days apart", day(2023, 9, 9), day(2023, 9, 11), 1},
		{"a half-life past the grace", day(2023, 9, 9), day(2023, 9, 9+StorySameDays+StoryHalfLife), 0.5},
		{"either order", day(2023, 9, 9+StorySameDays+StoryHalfLife), day(2023, 9, 9), 0.5},
		{"at the horizon", day(2023, 9, 1), day(2023, 10, 1), math.Exp2(-float64(StoryHorizon-StorySameDays) / StoryHalfLife)},
		{"past the horizon", day(2023, 9, 1), day(2023, 10, 2), 0},
		{"a month holds the day", docDays(timex.MonthDate(2023, 9)), day(2023, 9, 28), 1},
		{"a month and a day after it", docDays(timex.MonthDate(2023, 8)), day(2023, 9, StorySameDays+StoryHalfLife), 0.5},
		{"undated", days{undated: true}, day(1990, 1, 1), 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := decay(tc.x, tc.y); math.Abs(got-tc.want) > 1e-12 {
				t.Errorf("decay = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestStoriesApartInTime checks that two articles on one kind of event,
// written alike but two months apart, are two stories, and that within a
// few days they are one.
func TestStoriesApartInTime(t *testing.T) {
	docs := loadArchives(t, "morocco")
	redate := func(d normalize.Document, date string) normalize.Document {
		_, rest, _ := strings.Cut(d.Text, "\n")
		return parseText(t, d.ID, "date "+date+"\n"+rest)
	}
	near := Run([]normalize.Document{docs[0], redate(docs[1], "2023-09-12")}, Options{})
	if len(near.Stories) != 1 {
		t.Errorf("three days apart: %d stories, want 1", len(near.Stories))
	}
	if near.StoryThreshold != StoryThreshold {
		t.Errorf("two articles grouped at %v, want StoryThreshold", near.StoryThreshold)
	}
	far := Run([]normalize.Document{docs[0], redate(docs[1], "2023-11-20")}, Options{})
	if len(far.Stories) != 2 {
		t.Errorf("two months apart: %d stories, want 2", len(far.Stories))
	}
}

// TestFeedThreshold checks the threshold drawn from pairs of documents
// beyond the horizon: none without enough of them, else the quantile of
// their cosines, never below StoryThreshold.
func TestFeedThreshold(t *testing.T) {
	// n documents a day for span days; each holds term 0 and one term of
	// its own, and far pairs share only term 0, of weight w.
	feed := func(n, span int, w float64) ([]sparseVec, []days) {
		var vecs []sparseVec
		var when []days
		for d := range span {
			for range n {
				id := int32(1 + len(vecs))
				vecs = append(vecs, sparseVec{ids: []int32{0, id}, wts: []float64{w, math.Sqrt(1 - w*w)}})
				when = append(when, days{lo: int32(19600 + d), hi: int32(19600 + d)})
			}
		}
		return vecs, when
	}
	tests := []struct {
		name      string
		n, span   int
		w         float64
		threshold float64
	}{
		{"a few days: no sample", 500, 5, 0.6, StoryThreshold},
		{"too few far pairs", 5, 60, 0.6, StoryThreshold},
		{"unrelated articles share little", 100, 90, 0.2, StoryThreshold},
		{"unrelated articles share much", 100, 90, 0.6, 0.36},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			vecs, when := feed(tc.n, tc.span, tc.w)
			if got := feedThreshold(vecs, when); math.Abs(got-tc.threshold) > 1e-9 {
				t.Errorf("feedThreshold = %v, want %v", got, tc.threshold)
			}
		})
	}
}
