package ingest

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// readHTML reads the main text of an HTML page with go-readability (a port
// of Firefox's Reader View), which leaves out navigation, ads, scripts and
// comments. A page with one <article> is read as if its body held only that
// article: Reader View would also keep short sentences beside it, such as
// an ad's. When readability finds nothing, the text of the page's
// <article>, else <main>, else <body> is kept. The page's encoding comes from a byte
// order mark, contentType or a <meta> declaration; else it is UTF-8 if
// valid, Windows-1252 if not.
func readHTML(name string, data []byte, contentType string) (Item, error) {
	enc, _, _ := charset.DetermineEncoding(data, contentType)
	utf8Data, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return Item{}, fmt.Errorf("%s: decoding HTML: %w", name, err)
	}
	doc, err := html.Parse(bytes.NewReader(utf8Data))
	if err != nil {
		return Item{}, fmt.Errorf("%s: reading HTML: %w", name, err)
	}
	narrowToArticle(doc)
	it := Item{Source: name}
	pageURL, err := url.Parse(name)
	if err != nil || pageURL.Host == "" {
		pageURL = nil
	} else {
		it.URL = name
	}
	var paras []string
	parser := readability.NewParser()
	if art, err := parser.ParseDocument(doc, pageURL); err == nil {
		it.Title, it.Outlet = collapseSpace(art.Title), collapseSpace(art.SiteName)
		if art.PublishedTime != nil {
			it.Date = dayOf(*art.PublishedTime)
		}
		paras = htmlParagraphs(art.Content)
	}
	if len(paras) == 0 {
		paras = paragraphs(mainElement(doc))
	}
	if it.Title == "" {
		it.Title = pageTitle(doc)
	}
	if it.Text = buildText(it.Title, paras); it.Text == "" {
		return Item{}, fmt.Errorf("%s: no text found in the HTML page", name)
	}
	return it, nil
}

// narrowToArticle makes the only <article> of doc, if it has exactly one,
// the only content of its <body>; the <head> stays, with the metadata.
func narrowToArticle(doc *html.Node) {
	body := findElement(doc, atom.Body)
	articles := findElements(doc, atom.Article, 2)
	if body == nil || len(articles) != 1 {
		return
	}
	art := articles[0]
	art.Parent.RemoveChild(art)
	for c := body.FirstChild; c != nil; c = body.FirstChild {
		body.RemoveChild(c)
	}
	body.AppendChild(art)
}

// findElements returns up to max elements a under n, depth first; an
// element inside another of them is not counted.
func findElements(n *html.Node, a atom.Atom, max int) []*html.Node {
	var found []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && len(found) < max; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == a {
				found = append(found, c)
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return found
}

// mainElement returns the first <article> of doc, else its <main>, else
// its <body>, else doc itself.
func mainElement(doc *html.Node) *html.Node {
	for _, a := range []atom.Atom{atom.Article, atom.Main, atom.Body} {
		if n := findElement(doc, a); n != nil {
			return n
		}
	}
	return doc
}

// pageTitle returns the text of the <title> of doc, else of its first
// <h1>, else "".
func pageTitle(doc *html.Node) string {
	for _, a := range []atom.Atom{atom.Title, atom.H1} {
		if n := findElement(doc, a); n != nil {
			return strings.Join(paragraphs(n), " ")
		}
	}
	return ""
}

// findElement returns the first element a under n, depth first, or nil.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if found := findElement(c, a); found != nil {
			return found
		}
	}
	return nil
}
