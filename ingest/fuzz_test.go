package ingest

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// addFixtures adds the files of testdata to f's seeds, each with its name
// when withName is set.
func addFixtures(f *testing.F, withName bool) {
	for _, name := range []string{"rss.xml", "atom.xml", "latin1.xml", "articles.jsonl", "page.html"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		if withName {
			f.Add(name, data)
		} else {
			f.Add(data)
		}
	}
}

// FuzzReadJSONL reads arbitrary bytes as JSON Lines: either every item has
// a safe id and a UTF-8 text ending in a newline, or every line of the
// error names the input and a line (or says there is no line).
func FuzzReadJSONL(f *testing.F) {
	addFixtures(f, false)
	f.Fuzz(func(t *testing.T, data []byte) {
		items, err := Read("f.jsonl", data, Options{Format: JSONL, ID: "f"})
		if err != nil {
			for _, msg := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(msg, "f.jsonl:") {
					t.Fatalf("error line %q does not name the input", msg)
				}
			}
			return
		}
		for _, it := range items {
			checkFuzzItem(t, it)
		}
	})
}

// FuzzSniff sniffs arbitrary bytes, then reads them in the format found:
// neither may panic, the format is one Read knows, and the items read
// have safe ids and UTF-8 texts (but for plain text, passed on as given).
func FuzzSniff(f *testing.F) {
	addFixtures(f, true)
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		format := Sniff(name, "", data)
		if format < Text || format > HTML {
			t.Fatalf("Sniff = %d, not a format", format)
		}
		if again := Sniff(name, "", data); again != format {
			t.Fatalf("Sniff = %v, then %v", format, again)
		}
		items, err := Read(name, data, Options{Format: format})
		if err != nil || format == Text {
			return
		}
		for _, it := range items {
			if it.Text != "" { // a feed item may have none
				checkFuzzItem(t, it)
			}
		}
	})
}

// checkFuzzItem checks what every item read from a structured input
// must satisfy.
func checkFuzzItem(t *testing.T, it Item) {
	t.Helper()
	if !isSafeID(it.ID) {
		t.Fatalf("unsafe id %q", it.ID)
	}
	if !utf8.ValidString(it.Text) || !strings.HasSuffix(it.Text, "\n") || strings.Contains(it.Text, "\n\n\n") {
		t.Fatalf("text %q: want UTF-8 paragraphs separated by one blank line, ending in a newline", it.Text)
	}
}
