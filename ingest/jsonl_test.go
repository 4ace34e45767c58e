package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/normalize/timex"
)

func TestReadJSONL(t *testing.T) {
	items := readFixture(t, "articles.jsonl")
	want := []Item{{
		ID:     "norte-1",
		Source: "articles.jsonl#norte-1",
		Title:  "Kim y Putin se reúnen",
		URL:    "https://agencianorte.example/2023/09/13/kim-putin",
		Outlet: "Agencia Norte",
		Date:   timex.DayDate(2023, 9, 13),
		Text:   "Kim y Putin se reúnen\n\nKim se reunió con Putin en Vostochni el 13 de septiembre.\n\nLa reunión duró cinco horas.\n",
	}, {
		ID:     "diariodeleste_example_2023_09_13_armas_",
		Source: "articles.jsonl#https://diariodeleste.example/2023/09/13/armas",
		Title:  "Temor a un acuerdo de armas",
		URL:    "https://diariodeleste.example/2023/09/13/armas",
		Outlet: "Diario del Este",
		Date:   timex.DayDate(2023, 9, 13), // 22:30 in New York
		Text:   "Temor a un acuerdo de armas\n\nWashington teme un acuerdo de armas entre Rusia y Corea del Norte.\n",
	}, {
		ID:     "articles_jsonl_", // no id, no url: the name and line 4
		Source: "articles.jsonl#L4",
		Outlet: "Radio Centro",
		Text:   "Putin recibió a Kim el miércoles.\n\nLa reunión duró cuatro horas, según el Kremlin.\n",
	}}
	if len(items) != len(want) {
		t.Fatalf("%d items, want %d", len(items), len(want))
	}
	for i := range want {
		checkItem(t, items[i], want[i])
	}
	if !strings.HasSuffix(items[2].ID, "-4") {
		t.Errorf("ID = %q, want it to end in the line number -4", items[2].ID)
	}
}

func TestReadJSONLIDs(t *testing.T) {
	data := `{"id": "elpais-1", "text": "a"}
{"id": "El País / 2", "text": "b"}
{"text": "c"}
`
	items, err := Read("x.jsonl", []byte(data), Options{ID: "x"})
	if err != nil {
		t.Fatal(err)
	}
	got := []string{items[0].ID, items[1].ID[:len("el_pa_s_2_")], items[2].ID}
	want := []string{"elpais-1", "el_pa_s_2_", "x-3"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("item %d: ID %q, want %q", i, got[i], want[i])
		}
	}
}

func TestReadJSONLErrors(t *testing.T) {
	tests := []struct {
		desc, data string
		want       []string // one message per bad line
	}{
		{"malformed", "{\"text\": \"a\"}\n{\"text\": \n", []string{"a.jsonl:2: invalid JSON: unexpected end of JSON input"}},
		{"not an object", "[1, 2]\n", []string{`a.jsonl:1: want a JSON object ({"title": …, "text": …})`}},
		{"null", "null\n", []string{`a.jsonl:1: want a JSON object ({"title": …, "text": …})`}},
		{"wrong type", `{"text": 3}`, []string{"a.jsonl:1: invalid JSON: json: cannot unmarshal number into Go struct field jsonLine.text of type string"}},
		{"trailing data", `{"text": "a"} {"text": "b"}`, []string{"a.jsonl:1: invalid JSON: invalid character '{' after top-level value"}},
		{"no text", `{"id": "a", "title": "  "}`, []string{"a.jsonl:1: no title or text"}},
		{"bad date", `{"text": "a", "date": "13/09/2023"}`, []string{`a.jsonl:1: invalid date "13/09/2023": want YYYY-MM-DD (or YYYY-MM, or RFC 3339)`}},
		{"invalid utf-8", "{\"text\": \"Canci\xf3n\"}", []string{"a.jsonl:1: invalid UTF-8: JSON Lines must be UTF-8"}},
		{"every bad line", "{\n{\"text\": \"ok\"}\n\n[]\n", []string{
			"a.jsonl:1: invalid JSON: unexpected end of JSON input",
			`a.jsonl:4: want a JSON object ({"title": …, "text": …})`,
		}},
		{"only blank lines", "\n \n", []string{"a.jsonl: no JSON lines: want one object per line with a title or a text"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			_, err := Read("a.jsonl", []byte(tc.data), Options{})
			if err == nil {
				t.Fatal("Read succeeded, want an error")
			}
			if got := strings.Split(err.Error(), "\n"); strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Read error:\n%s\nwant:\n%s", err, strings.Join(tc.want, "\n"))
			}
			var le *LineError
			if !strings.HasPrefix(tc.want[0], "a.jsonl: ") && !errors.As(err, &le) { // a line is named
				t.Errorf("Read error %v is not a *LineError", err)
			}
		})
	}
}

func TestReadJSONLTooManyErrors(t *testing.T) {
	_, err := Read("a.jsonl", []byte(strings.Repeat("x\n", 50)), Options{})
	if n := strings.Count(err.Error(), "\n") + 1; n != maxLineErrors {
		t.Errorf("%d messages, want %d", n, maxLineErrors)
	}
}
