package ingest

import (
	"os"
	"testing"
)

func TestSniff(t *testing.T) {
	tests := []struct {
		desc, name, contentType, data string
		want                          Format
	}{
		{"rss", "a.xml", "", `<?xml version="1.0"?><rss version="2.0"><channel/></rss>`, Feed},
		{"rss named .txt", "a.txt", "", "\ufeff\n  <rss version=\"2.0\">", Feed},
		{"rss 1.0", "", "", `<?xml version="1.0"?><!-- c --><rdf:RDF xmlns:rdf="x">`, Feed},
		{"atom with a stylesheet", "feed", "", `<?xml version="1.0"?><?xml-stylesheet href="a.xsl"?><feed xmlns="http://www.w3.org/2005/Atom">`, Feed},
		{"json feed", "feed.json", "", `{"version": "https://jsonfeed.org/version/1.1", "items": []}`, Feed},
		{"json lines", "a.jsonl", "", `{"title": "x"}`, JSONL},
		{"json lines without a hint", "-", "", `{"title": "x"}`, JSONL},
		{"json lines named .txt", "a.txt", "", `{"title": "x"}`, Text},
		{"text named .txt starting with a brace", "a.txt", "", "{Urgente} El Gobierno anunció un plan.", Text},
		{"json lines served as text", "https://a.example/x", "text/plain", `{"title": "x"}`, JSONL},
		{"json lines named .html", "a.html", "", `{"title": "x"}`, HTML},
		{"json feed named .txt", "a.txt", "", `{"version": "https://jsonfeed.org/version/1.1"}`, Feed},
		{"utf-16 named .txt", "a.txt", "", "\xff\xfe<\x00r\x00s\x00s\x00", Text},
		{"html doctype", "a.txt", "", "<!DOCTYPE html>\n<p>Hola</p>", HTML},
		{"html root", "", "", "<HTML lang=es><body>", HTML},
		{"xhtml", "", "", `<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html>`, HTML},
		{"fragment without a hint", "-", "", "<p>Hola.</p>", HTML},
		{"fragment named .txt", "a.txt", "", "<p>El <b>Gobierno</b> anunció</p>", Text},
		{"fragment served as text", "https://a.example/x", "text/plain; charset=utf-8", "<p>Hola.</p>", Text},
		{"text", "", "", "El Gobierno anunció un plan.", Text},
		{"text named .html", "a.html", "", "El Gobierno anunció un plan.", HTML},
		{"text named .jsonl", "a.jsonl", "", "no json", JSONL},
		{"url extension", "https://a.example/rss.xml?x=1.txt", "", "", Feed},
		{"content type", "https://a.example/feed", "application/rss+xml", "", Feed},
		{"content type html", "https://a.example/", "text/html; charset=utf-8", "hola", HTML},
		{"content decides over content type", "https://a.example/", "text/html", "<rss>", Feed},
		{"empty", "", "", "", Text},
		{"unknown element", "", "", "<<Última hora>> Kim llega.", Text},
		{"unterminated comment", "", "", "<!-- ", Text},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if got := Sniff(tc.name, tc.contentType, []byte(tc.data)); got != tc.want {
				t.Errorf("Sniff(%q, %q, %.30q) = %v, want %v", tc.name, tc.contentType, tc.data, got, tc.want)
			}
		})
	}
}

func TestSniffFixtures(t *testing.T) {
	want := map[string]Format{
		"rss.xml": Feed, "atom.xml": Feed, "latin1.xml": Feed, "articles.jsonl": JSONL, "page.html": HTML,
	}
	for name, f := range want {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		// By content alone: the name gives no hint.
		if got := Sniff("input", "", data); got != f {
			t.Errorf("Sniff(%s) = %v, want %v", name, got, f)
		}
	}
}
