package ingest

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped are the elements whose text is never article text: code,
// styles, embedded media, forms and navigation.
var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Iframe: true, atom.Svg: true, atom.Math: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Video: true,
	atom.Audio: true, atom.Nav: true, atom.Aside: true, atom.Footer: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
}

// blocks are the elements that start and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.Header: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Ul: true,
	atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true,
	atom.Figcaption: true, atom.Table: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Caption: true, atom.Br: true, atom.Hr: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Body: true,
}

// paragraphs returns the text of the blocks under n, in document order:
// each block's text with its white space collapsed, empty blocks left out.
// A <br> ends a paragraph too, since each line of an article's text is one
// paragraph to normalize.
func paragraphs(n *html.Node) []string {
	var w paraWriter
	w.walk(n)
	w.flush()
	return w.paras
}

// paraWriter collects the paragraphs of a tree.
type paraWriter struct {
	paras []string
	cur   strings.Builder
}

// walk adds the text under n.
func (w *paraWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] {
			return
		}
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.flush()
	}
}

// flush ends the current paragraph.
func (w *paraWriter) flush() {
	if p := collapseSpace(w.cur.String()); p != "" {
		w.paras = append(w.paras, p)
	}
	w.cur.Reset()
}

// htmlParagraphs returns the paragraphs of an HTML fragment, such as the
// content of a feed item.
func htmlParagraphs(fragment string) []string {
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil { // only from the reader, which cannot fail
		return plainParagraphs(fragment)
	}
	var paras []string
	for _, n := range nodes {
		paras = append(paras, paragraphs(n)...)
	}
	return paras
}

// plainParagraphs returns the lines of plain text s that are not blank,
// each with its white space collapsed.
func plainParagraphs(s string) []string {
	var paras []string
	for line := range strings.Lines(s) {
		if p := collapseSpace(line); p != "" {
			paras = append(paras, p)
		}
	}
	return paras
}

// collapseSpace trims s and turns every run of white space in it into one
// space. A run of no-break spaces alone is kept: it binds a number to its
// unit or its groups of digits ("3\u00a0000").
func collapseSpace(s string) string {
	var b strings.Builder
	var run strings.Builder // the white space since the last word
	nbspOnly := true
	for _, r := range s {
		if unicode.IsSpace(r) {
			run.WriteRune(r)
			nbspOnly = nbspOnly && r == '\u00a0'
			continue
		}
		if run.Len() > 0 && b.Len() > 0 {
			if nbspOnly {
				b.WriteString(run.String())
			} else {
				b.WriteByte(' ')
			}
		}
		run.Reset()
		nbspOnly = true
		b.WriteRune(r)
	}
	return b.String()
}

// looksLikeHTML reports whether s holds a tag, as the description of a
// feed item often does; otherwise it is plain text.
func looksLikeHTML(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0 && i+1 < len(s); {
		if c := s[i+1]; c == '/' || c == '!' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			return true
		}
		j := strings.IndexByte(s[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
