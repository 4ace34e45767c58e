package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/compare"
)

// copiesResult is the sample with stories, and abc and elpais marked as
// copies of one text: their cluster draws on one independent source.
func copiesResult(t *testing.T) *compare.Result {
	t.Helper()
	r := sampleResult(t)
	r.Stories = []compare.Story{{ID: "s1", Docs: []int{0, 1}}, {ID: "s2", Docs: []int{2}}}
	r.NearDuplicates = []compare.NearDuplicate{{Docs: [2]int{0, 1}, Similarity: 0.91234}}
	r.Clusters[0].Independent = 1
	return r
}

func TestStorySections(t *testing.T) {
	want := []string{
		"Stories\n=======\n", "| s1    |         2 | abc, elpais |", "| s2    |         1 | rtve        |",
		"2 stories: claims are clustered and compared within a story only.",
		"Near-duplicate documents\n", "| abc      | elpais |      0.912 |",
		"Copies of one text count as one source",
		"k1 · score 0.83 · 2 sources, 1 independent",
	}
	var b bytes.Buffer
	if err := Table(&b, &Report{Result: copiesResult(t)}); err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		if !strings.Contains(b.String(), w) {
			t.Errorf("Table output lacks %q:\n%s", w, b.String())
		}
	}
	b.Reset()
	if err := Markdown(&b, &Report{Result: copiesResult(t)}); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"## Stories\n", "| s1 | 2 | abc, elpais |", "## Near-duplicate documents\n", "| abc | elpais | 0.912 |"} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("Markdown output lacks %q:\n%s", w, b.String())
		}
	}
	b.Reset()
	if err := HTML(&b, &Report{Result: copiesResult(t)}); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{`<tr id="story-s1"><td>s1</td><td class="num">2</td><td>abc, elpais</td></tr>`, `<tr><td>abc</td><td>elpais</td><td class="num">0.912</td></tr>`} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("HTML output lacks %q", w)
		}
	}
}

func TestJSONStories(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, &Report{Result: copiesResult(t)}); err != nil {
		t.Fatal(err)
	}
	var got JSONReport
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	wantStories := []JSONStory{{ID: "s1", Docs: []string{"abc", "elpais"}}, {ID: "s2", Docs: []string{"rtve"}}}
	if !reflect.DeepEqual(got.Stories, wantStories) {
		t.Errorf("stories = %+v, want %+v", got.Stories, wantStories)
	}
	wantDups := []JSONNearDuplicate{{Docs: [2]string{"abc", "elpais"}, Similarity: 0.912}}
	if !reflect.DeepEqual(got.NearDuplicates, wantDups) {
		t.Errorf("near_duplicates = %+v, want %+v", got.NearDuplicates, wantDups)
	}
	if got.Clusters[0].Independent != 1 || got.Summary.Stories != 2 || got.Summary.NearDuplicates != 1 {
		t.Errorf("independent %d, summary stories %d, near_duplicates %d; want 1, 2, 1",
			got.Clusters[0].Independent, got.Summary.Stories, got.Summary.NearDuplicates)
	}
	// Without stories, both are empty arrays, and every document of a
	// cluster counts as independent.
	b.Reset()
	if err := JSON(&b, &Report{Result: sampleResult(t)}); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{`"stories": []`, `"near_duplicates": []`, `"independent": 2`} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("JSON output of a result without stories lacks %s", w)
		}
	}
}

func TestValidateStories(t *testing.T) {
	r := sampleResult(t)
	r.Stories = []compare.Story{{ID: "s1", Docs: []int{0, 3}}}
	if err := JSON(&bytes.Buffer{}, &Report{Result: r}); err == nil || !strings.Contains(err.Error(), "story 0 refers to document 3") {
		t.Errorf("err = %v, want a story out of range", err)
	}
	r = sampleResult(t)
	r.NearDuplicates = []compare.NearDuplicate{{Docs: [2]int{0, -1}}}
	if err := JSON(&bytes.Buffer{}, &Report{Result: r}); err == nil || !strings.Contains(err.Error(), "near-duplicate pair 0") {
		t.Errorf("err = %v, want a near-duplicate pair out of range", err)
	}
}

// TestStoryThresholdNote checks that the stories section says so when the
// feed raised the bar, and says nothing of it otherwise.
func TestStoryThresholdNote(t *testing.T) {
	tests := []struct {
		name      string
		threshold float64
		want      bool
	}{
		{"the default bar", compare.StoryThreshold, false},
		{"not set", 0, false},
		{"the feed's own bar", 0.271, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := &compare.Result{Stories: []compare.Story{{ID: "s1"}}, StoryThreshold: tc.threshold}
			s, ok := storySection(r)
			if !ok {
				t.Fatal("no stories section")
			}
			got := strings.Contains(strings.Join(s.notes, "\n"), "0.271, this feed's own bar")
			if got != tc.want {
				t.Errorf("notes %q: mention of the feed's bar = %v, want %v", s.notes, got, tc.want)
			}
		})
	}
}
