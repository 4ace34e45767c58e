package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize"
)

// hostileResult compares the seed articles with testdata/articles/
// hostile.txt, an article about the same event with HTML and script in it.
func hostileResult(t *testing.T) *compare.Result {
	t.Helper()
	r := seedResult(t)
	data, err := os.ReadFile(filepath.Join("testdata", "articles", "hostile.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := normalize.Parse("hostile", "articles/hostile.txt", data, normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return compare.Run(append(r.Documents, doc), compare.Options{})
}

// printHTML returns the page for rep.
func printHTML(t *testing.T, rep *Report) string {
	t.Helper()
	var b bytes.Buffer
	if err := HTML(&b, rep); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestHTMLEscapes checks that no markup from an article reaches the page
// as markup: the page has no script element and no element an article
// named, and the article's text is there, escaped.
func TestHTMLEscapes(t *testing.T) {
	r := hostileResult(t)
	page := printHTML(t, &Report{Result: r})
	for _, bad := range []string{"<script", "<img", "<b ", "</td></tr></table><!--"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	if m := regexp.MustCompile(`<[^>]*\son\w+=[^>]*>`).FindString(page); m != "" {
		t.Errorf("page has an element with an event handler: %s", m)
	}
	for _, want := range []string{
		"&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;",
		"&lt;img src=x onerror=&#34;document.title=&#39;pwned&#39;&#34;&gt;",
		"&amp; añadió: &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;!-- --&gt;",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks the escaped text %s", want)
		}
	}
	if len(r.Findings) == 0 || !strings.Contains(page, `id="doc-hostile"`) {
		t.Errorf("the hostile article is not on the page, or has no finding")
	}
}

// TestHTMLContentSecurityPolicy checks that the page's policy forbids
// scripts and allows its style sheet by the sheet's own hash.
func TestHTMLContentSecurityPolicy(t *testing.T) {
	page := printHTML(t, &Report{Result: sampleResult(t)})
	m := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no Content-Security-Policy meta element:\n%.600s", page)
	}
	csp := html.UnescapeString(m[1])
	style := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindStringSubmatch(page)
	if style == nil {
		t.Fatal("no style element")
	}
	sum := sha256.Sum256([]byte(style[1]))
	for _, want := range []string{"default-src 'none'", "style-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("policy %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "script-src") || strings.Contains(csp, "unsafe") {
		t.Errorf("policy %q allows more than it should", csp)
	}
}

func TestHTMLContent(t *testing.T) {
	r := sampleResult(t)
	hidden := compare.Finding{ID: "date-9", Kind: compare.KindDate, Message: "old <news>"}
	page := printHTML(t, &Report{Result: r, Hidden: []Hidden{{Finding: hidden, Reason: "known & accepted"}}})
	for _, want := range []string{
		`<td><strong>abc</strong></td>`, `<td><strong>elpais</strong></td>`, `<td><strong>rtve</strong></td>`,
		`<article class="finding kind-number sev-error" id="f-d1">`,
		`<input type="checkbox" id="show-kind-number" checked> number (1)`,
		`<input type="checkbox" id="show-sev-error" checked> error (1)`,
		`<tr class="cluster disc kind-number sev-error" id="cluster-k1">`,
		`El Gobierno anunció <mark class="kind-number sev-error" title="error number d1 = 3500000000">3.500 millones</mark> para reconstruir Valencia.`,
		`<td lang="es">Pedro Sánchez, Sánchez</td>`,
		`1 discrepancy hidden: 1 by ignore rules.`,
		`<td>old &lt;news&gt;</td><td>known &amp; accepted</td>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
}

func TestMarkSegments(t *testing.T) {
	const text = "año: uno dos tres" // "ñ" is bytes 1 and 2
	a := htmlMark{start: 13, end: 18, class: "kind-a sev-error", title: "A"}
	b := htmlMark{start: 16, end: 22, class: "kind-b sev-info", title: "B"}
	tests := []struct {
		name  string
		marks []htmlMark
		want  string
	}{
		{"none", nil, "año: uno dos tres"},
		{"overlapping", []htmlMark{a, b}, "añ|[o: |kind-a sev-error|A]|[un|kind-a kind-b sev-error sev-info|A; B]|[o do|kind-b sev-info|B]|s tres"},
		{"inside a character", []htmlMark{{start: 12, end: 14, class: "c", title: "C"}}, "a|[ño|c|C]|: uno dos tres"},
		{"outside the text", []htmlMark{{start: 0, end: 11, class: "c", title: "C"}, {start: 26, end: 40, class: "d", title: "D"}}, "[a|c|C]|ño: uno dos tr|[es|d|D]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var parts []string
			for _, s := range markSegments(text, 10, tc.marks) {
				if s.Mark {
					parts = append(parts, "["+s.Text+"|"+s.Class+"|"+s.Title+"]")
				} else {
					parts = append(parts, s.Text)
				}
			}
			if got := strings.Join(parts, "|"); got != tc.want {
				t.Errorf("markSegments = %s, want %s", got, tc.want)
			}
		})
	}
}
