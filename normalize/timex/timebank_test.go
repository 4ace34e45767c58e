package timex

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The Spanish TimeBank benchmark: the training part of the TempEval-3
// Spanish corpus (156 news documents, 749 DATE expressions with gold TIMEX3
// values) lives in ../shared/dev/timex/es-timebank-train, outside the
// repository; the tests skip when it is absent. Run
//
//	go test ./normalize/timex -run TestTimeBank -v
//
// for the figures, or go test -bench TimeBank for the same as metrics.

// timeBankDir is where the corpus sits, relative to this package.
const timeBankDir = "../../../shared/dev/timex/es-timebank-train"

// The bars TestTimeBank holds: what the tagger reaches today, less a
// little slack, so that a change that loses ground fails.
const (
	timeBankValueF1Floor  = 0.90
	timeBankExtentF1Floor = 0.90
)

// tbGold is one gold TIMEX3 expression of the corpus.
type tbGold struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// tbScore is the outcome of one run over the corpus, for DATE expressions.
type tbScore struct {
	gold, predicted     int // gold DATEs; reported expressions of kind date
	overlap, exact, val int // gold DATEs overlapped, with the exact span, with the gold value
	spurious            int // reported dates that overlap no gold DATE
	misses              []string
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ratio is a/b, 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// valueF1 counts a gold DATE found when the first reported expression
// overlapping it has its value; precision is over reported dates that
// overlap a gold DATE plus those that overlap none.
func (s tbScore) valueF1() (p, r, f float64) {
	p, r = ratio(s.val, s.overlap+s.spurious), ratio(s.val, s.gold)
	return p, r, f1(p, r)
}

// extentF1 counts a gold DATE found when a reported expression overlaps
// it (the relaxed match of TempEval-3); strictF1 wants the exact span.
func (s tbScore) extentF1() (p, r, f float64) {
	p, r = ratio(s.overlap, s.overlap+s.spurious), ratio(s.overlap, s.gold)
	return p, r, f1(p, r)
}

func (s tbScore) strictF1() (p, r, f float64) {
	p, r = ratio(s.exact, s.overlap+s.spurious), ratio(s.exact, s.gold)
	return p, r, f1(p, r)
}

// loadTimeBank reads the corpus or skips the test.
func loadTimeBank(tb testing.TB) (docs map[string]string, gold []tbGold) {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(timeBankDir, "gold.json"))
	if os.IsNotExist(err) {
		tb.Skip("no ../shared/dev/timex: the TimeBank benchmark needs the development corpus")
	}
	if err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		tb.Fatal(err)
	}
	docs = make(map[string]string)
	for _, g := range gold {
		if _, ok := docs[g.Doc]; ok {
			continue
		}
		text, err := os.ReadFile(filepath.Join(timeBankDir, g.Doc+".txt"))
		if err != nil {
			tb.Fatal(err)
		}
		docs[g.Doc] = string(text)
	}
	return docs, gold
}

// tbTag tags a TimeBank document the way the tool does: the " date
// YYYY-MM-DD " header is the anchor, and one Tagger reads the lines (one
// sentence each) in order. Offsets are into the whole file.
func tbTag(text string) []Timex {
	var anchor Date
	body := 0
	if rest, ok := strings.CutPrefix(text, " date "); ok {
		if day, _, ok := strings.Cut(rest, " "); ok {
			if d, err := ParseDate(day); err == nil {
				anchor = d
				body = len(" date ") + len(day) + 1
			}
		}
	}
	var out []Timex
	tg := Tagger{Anchor: anchor}
	for start := body; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		for _, t := range tg.Find(text[start:end]) {
			t.Start += start
			t.End += start
			out = append(out, t)
		}
		start = end + 1
	}
	return out
}

// scoreTimeBank tags every document and scores the DATE expressions.
func scoreTimeBank(docs map[string]string, gold []tbGold) tbScore {
	byDoc := make(map[string][]tbGold)
	for _, g := range gold {
		byDoc[g.Doc] = append(byDoc[g.Doc], g)
	}
	names := make([]string, 0, len(docs))
	for d := range docs {
		names = append(names, d)
	}
	sort.Strings(names)
	var s tbScore
	for _, d := range names {
		s.add(d, docs[d], tbTag(docs[d]), byDoc[d])
	}
	return s
}

// add scores one document.
func (s *tbScore) add(doc, text string, got []Timex, gold []tbGold) {
	overlaps := func(t Timex, g tbGold) bool { return t.Start < g.End && g.Start < t.End }
	for _, g := range gold {
		if g.Type != "DATE" {
			continue
		}
		s.gold++
		i := 0
		for i < len(got) && !overlaps(got[i], g) {
			i++
		}
		if i == len(got) {
			s.misses = append(s.misses, fmt.Sprintf("%s missed %q (%s)", doc, g.Text, g.Value))
			continue
		}
		t := got[i]
		s.overlap++
		if t.Start == g.Start && t.End == g.End {
			s.exact++
		}
		if strings.EqualFold(t.Value, g.Value) {
			s.val++
		} else {
			s.misses = append(s.misses, fmt.Sprintf("%s value %q: got %q (%s), want %q", doc, g.Text, t.Value, t.Kind, g.Value))
		}
	}
	for _, t := range got {
		if t.Kind != KindDate {
			continue
		}
		s.predicted++
		hit := false
		for _, g := range gold {
			if overlaps(t, g) {
				hit = true
				break
			}
		}
		if !hit {
			s.spurious++
			s.misses = append(s.misses, fmt.Sprintf("%s spurious %q (%s)", doc, t.Text, t.Value))
		}
	}
}

// TestTimeBank scores DATE expressions on the Spanish TimeBank training
// part and fails below the bars. With -v it prints the figures; with
// TIMEBANK_ERRORS=1 every miss.
func TestTimeBank(t *testing.T) {
	docs, gold := loadTimeBank(t)
	s := scoreTimeBank(docs, gold)
	vp, vr, vf := s.valueF1()
	ep, er, ef := s.extentF1()
	sp, sr, sf := s.strictF1()
	t.Logf("Spanish TimeBank train, %d documents, %d DATE expressions, %d reported dates", len(docs), s.gold, s.predicted)
	t.Logf("value F1 %.3f (P %.3f R %.3f)", vf, vp, vr)
	t.Logf("extent F1 %.3f (P %.3f R %.3f), relaxed: overlapping spans", ef, ep, er)
	t.Logf("strict extent F1 %.3f (P %.3f R %.3f): equal spans", sf, sp, sr)
	t.Logf("HeidelTime, for scale: value F1 0.84 on this part")
	if os.Getenv("TIMEBANK_ERRORS") != "" {
		for _, m := range s.misses {
			t.Log(m)
		}
	}
	if vf < timeBankValueF1Floor {
		t.Errorf("value F1 %.3f, below %.2f", vf, timeBankValueF1Floor)
	}
	if ef < timeBankExtentF1Floor {
		t.Errorf("extent F1 %.3f, below %.2f", ef, timeBankExtentF1Floor)
	}
}

// BenchmarkTimeBank times the tagger over the corpus and reports the
// scores as metrics.
func BenchmarkTimeBank(b *testing.B) {
	docs, gold := loadTimeBank(b)
	var s tbScore
	for b.Loop() {
		s = scoreTimeBank(docs, gold)
	}
	_, _, vf := s.valueF1()
	_, _, ef := s.extentF1()
	b.ReportMetric(vf, "valueF1")
	b.ReportMetric(ef, "extentF1")
}
