package ingest

import (
	"strings"
	"testing"
)

func TestHTMLParagraphs(t *testing.T) {
	tests := []struct{ desc, in, want string }{
		{"paragraphs", "<p>Uno.</p><p>Dos.</p>", "Uno.|Dos."},
		{"inline elements join words", "<p>El <b>Gob</b>ierno <a href=x>anunció</a> un plan.</p>", "El Gobierno anunció un plan."},
		{"white space collapsed", "<p>  Uno\n\t dos  </p>", "Uno dos"},
		{"br ends a paragraph", "Uno.<br>Dos.<br/><br/>Tres.", "Uno.|Dos.|Tres."},
		{"lists and headings", "<h2>Título</h2><ul><li>a</li><li>b</li></ul>", "Título|a|b"},
		{"scripts and styles skipped", "<p>Uno.<script>x()</script></p><style>p{}</style><p>Dos.</p>", "Uno.|Dos."},
		{"entities", "<p>AT&amp;T &laquo;dijo&raquo;</p>", "AT&T «dijo»"},
		{"text without tags", "Uno.", "Uno."},
		{"empty blocks", "<p> </p><div><p></p></div>", ""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := strings.Join(htmlParagraphs(tc.in), "|"); got != tc.want {
				t.Errorf("htmlParagraphs(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestCollapseSpace(t *testing.T) {
	tests := []struct{ desc, in, want string }{
		{"trim", "  a  ", "a"},
		{"runs", "a \t\n b", "a b"},
		{"no-break space kept", "3\u00a0000 euros", "3\u00a0000 euros"},
		{"no-break space among others", "a \u00a0 b", "a b"},
		{"no-break space at the ends", "\u00a0a\u00a0", "a"},
		{"empty", " \n ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := collapseSpace(tc.in); got != tc.want {
				t.Errorf("collapseSpace(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<p>a</p>", true}, {"a<br/>b", true}, {"a </b>", true}, {"<!-- c -->", true},
		{"a < b y c > d", false}, {"3 <5", false}, {"plain", false}, {"<", false},
	}
	for _, tc := range tests {
		if got := looksLikeHTML(tc.in); got != tc.want {
			t.Errorf("looksLikeHTML(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestBuildText(t *testing.T) {
	tests := []struct {
		desc, title string
		paras       []string
		want        string
	}{
		{"title and paragraphs", "T", []string{"a", "b"}, "T\n\na\n\nb\n"},
		{"title repeated", " T ", []string{"T", "a"}, "T\n\na\n"},
		{"no title", "", []string{"a"}, "a\n"},
		{"nothing", "", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := buildText(tc.title, tc.paras); got != tc.want {
				t.Errorf("buildText(%q, %q) = %q, want %q", tc.title, tc.paras, got, tc.want)
			}
		})
	}
}
