package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

func TestEscapeCell(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Moscú, 13 sep", "Moscú, 13 sep"},
		{"pipe", "a | b", `a \| b`},
		{"newline", "a\nb\r\nc", "a b c"},
		{"runs of space", "  a \t b  ", "a b"},
		{"backslash before pipe", `a\|b`, `a\\\|b`},
		{"emphasis and code", "*a* `b`", "\\*a\\* \\`b\\`"},
		{"html", "<script>", `\<script\>`},
		{"image", "![img](https://t.example/b.png)", `\!\[img\]\(https\://t.example/b.png\)`},
		{"link", "[texto](http://x.example)", `\[texto\]\(http\://x.example\)`},
		{"autolinks", "https://a.example www.b.example WWW.c.example a@d.example", `https\://a.example www\.b.example WWW\.c.example a\@d.example`},
		{"underscore inside a word", "000_e85777 fin_ _em_", `000_e85777 fin\_ \_em\_`},
		{"entity and math", "&#x202e; $x$ ~~s~~", `\&\#x202e; \$x\$ \~\~s\~\~`},
		{"heading and quote", "# h > q", `\# h \> q`},
		{"positions and colons", "Dijo: a las 10:30", "Dijo: a las 10:30"},
		{"control characters", "a\x1b[31m\u202eb", `a\\x1b\[31m\\u202eb`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := escapeCell(tc.in); got != tc.want {
				t.Errorf("escapeCell(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestMarkdownCells checks that text with pipes and line breaks stays in
// its cell: every table row has as many unescaped pipes as the header.
func TestMarkdownCells(t *testing.T) {
	text := "Dijo: «sí | no»\ny se fue."
	r := newResult(newDoc(t, "a|b", text+"\n", timex.Date{}, text), newDoc(t, "c", "Otra.\n", timex.Date{}, "Otra."))
	r.Claims[0].Cluster, r.Claims[1].Cluster = 0, 0
	r.Clusters = []compare.Cluster{{ID: "k1", Claims: []int{0, 1}, Score: 0.5}}
	var b bytes.Buffer
	if err := Markdown(&b, &Report{Result: r}); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{`| a\|b | c1 | 1:1 | Dijo: «sí \| no» y se fue. |`, "| a\\|b | - | none | 1 | 1 |"} {
		if !strings.Contains(got, want) {
			t.Errorf("Markdown output lacks %q:\n%s", want, got)
		}
	}
	var cols int
	for _, line := range strings.Split(got, "\n") {
		if !strings.HasPrefix(line, "|") {
			cols = 0
			continue
		}
		n := strings.Count(line, "|") - strings.Count(line, `\|`)
		if cols == 0 {
			cols = n
		} else if n != cols {
			t.Errorf("row %q has %d cell borders, want %d", line, n, cols)
		}
	}
}
