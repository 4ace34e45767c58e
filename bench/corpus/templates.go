package corpus

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dedupe-news/dedupe/normalize"
)

// template is a real sentence of the seed articles with the names of its
// people and places marked, to be filled with a story's cast.
type template struct {
	text  string
	slots []slot
}

// slot is a name in a template: its byte span and whether it is a person.
type slot struct {
	start, end int
	person     bool
}

// fill writes the template with the story's people and places, the n-th
// name of each kind taking the story's n-th (modulo three).
func (t template) fill(st *story) string {
	var b strings.Builder
	last, people, places := 0, 0, 0
	for _, s := range t.slots {
		b.WriteString(t.text[last:s.start])
		if s.person {
			b.WriteString(st.person[people%3])
			people++
		} else {
			b.WriteString(st.place[places%3])
			places++
		}
		last = s.end
	}
	b.WriteString(t.text[last:])
	return b.String()
}

// loadTemplates reads the claims of the seed articles in dir as templates.
func loadTemplates(dir string) ([]template, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []template
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		doc, err := normalize.Parse(filepath.Base(f), f, data, normalize.Options{Sentences: true})
		if err != nil {
			return nil, err
		}
		for _, s := range doc.Sentences {
			if s.Kind != normalize.KindClaim || len(s.Tokens) < 8 {
				continue
			}
			t := template{text: s.Text}
			for _, m := range s.Mentions {
				switch m.Kind {
				case normalize.MentionPerson, normalize.MentionOther: // "Putin", "Kirby": people named short
					if !m.Weak || m.Kind == normalize.MentionPerson {
						t.slots = append(t.slots, slot{m.Start - s.Start, m.End - s.Start, true})
					}
				case normalize.MentionPlace:
					t.slots = append(t.slots, slot{m.Start - s.Start, m.End - s.Start, false})
				}
			}
			out = append(out, t)
		}
	}
	return out, nil
}
