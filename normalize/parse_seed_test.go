package normalize

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDumpSeeds(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		doc, err := Parse(id, f, data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("== %s date=%s (%s) outlet=%q url=%q\n", doc.ID, doc.Date, doc.DateSource, doc.Outlet, doc.URL)
		for _, s := range doc.Sentences {
			fmt.Printf("%4d-%4d %-8s %.90q\n", s.Start, s.End, s.Kind, s.Text)
			for _, m := range s.Mentions {
				fmt.Printf("      %s %q key=%s weak=%v\n", m.Kind, m.Text, m.Key, m.Weak)
			}
		}
	}
}
