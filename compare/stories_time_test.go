package compare

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// day returns the days of the date y-m-d.
func day(y int, m, d int) days { return docDays(timex.DayDate(y, time.Month(m), d)) }

func TestDecay(t *testing.T) {
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
		{"both undated", days{undated: true}, days{undated: true}, 1},
		{"both undated in a feed of months", days{undated: true, anyTime: true}, days{undated: true, anyTime: true}, undatedPair},
		{"undated in a feed of months, and dated", days{undated: true, anyTime: true}, day(1990, 1, 1), 1},
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

// TestSpanOpen checks that undated documents are taken for of any time
// only in an input whose dates span more than StoryHorizon.
func TestSpanOpen(t *testing.T) {
	undated := days{undated: true}
	tests := []struct {
		name string
		when []days
		want bool // the undated ones marked anyTime
	}{
		{"no dates", []days{undated, undated}, false},
		{"one time", []days{day(2023, 9, 1), day(2023, 9, 20), undated, undated}, false},
		{"at the horizon", []days{day(2023, 9, 1), day(2023, 10, 1), undated}, false},
		{"past the horizon", []days{day(2023, 9, 1), day(2023, 10, 2), undated}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			spanOpen(tc.when)
			for i, w := range tc.when {
				if w.anyTime != (tc.want && w.undated) {
					t.Errorf("document %d: anyTime %v, want %v", i, w.anyTime, tc.want && w.undated)
				}
			}
		})
	}
}

// TestUndatedInAFeed checks that in a feed of months two undated articles
// on two earthquakes, which share the words of any earthquake, are not
// one story, while an undated retelling of a dated article joins it.
func TestUndatedInAFeed(t *testing.T) {
	esmeraldas := "Un terremoto de magnitud 6,1 sacudió la provincia de Esmeraldas y dejó al menos 12 muertos y 80 heridos, según la Secretaría de Gestión de Riesgos.\n\n" +
		"Los equipos de rescate buscan supervivientes entre los escombros de las viviendas derrumbadas en Atacames.\n\n" +
		"El sismo se sintió con fuerza en Quito y en Guayaquil, donde los vecinos salieron a la calle.\n"
	strike := "Los maquinistas de Renfe secundaron el lunes la primera de las tres jornadas de huelga convocadas por el sindicato Semaf.\n\n" +
		"Renfe canceló unos 900 trenes de Cercanías y de media distancia durante la jornada.\n\n" +
		"El Ministerio de Transportes fijó unos servicios mínimos del 75 % en Cercanías.\n"
	arequipa := "Tres personas murieron y otras cuarenta resultaron heridas por un terremoto de magnitud 5,8 en la región peruana de Arequipa, informó el Instituto Nacional de Defensa Civil.\n\n" +
		"En Caravelí, los bomberos y los equipos de rescate trabajan para sacar a los atrapados bajo los escombros.\n\n" +
		"El presidente visitó la zona y anunció ayudas para las familias que perdieron sus casas.\n"
	retold := "Al menos 12 personas fallecieron y 80 resultaron heridas tras el sismo de magnitud 6,1 que golpeó Esmeraldas, informó la Secretaría de Gestión de Riesgos.\n\n" +
		"En Atacames, los rescatistas remueven los escombros de las casas que se vinieron abajo en busca de supervivientes.\n\n" +
		"El temblor también se sintió en Quito y Guayaquil.\n"
	docs := []normalize.Document{
		parseText(t, "a", "date 2023-01-10\n"+esmeraldas), parseText(t, "b", "date 2023-04-20\n"+strike),
		parseText(t, "c", arequipa), parseText(t, "d", retold),
	}
	res := Run(docs, Options{})
	var got [][]int
	for _, st := range res.Stories {
		got = append(got, st.Docs)
	}
	if want := [][]int{{0, 3}, {1}, {2}}; !reflect.DeepEqual(got, want) {
		t.Errorf("stories %v, want %v", got, want)
	}
}
