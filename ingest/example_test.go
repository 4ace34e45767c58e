package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dedupe-news/dedupe/ingest"
)

func ExampleRead() {
	data := []byte(`{"id": "norte-1", "date": "2023-09-13", "outlet": "Agencia Norte", "title": "Kim y Putin se reúnen", "text": "Kim se reunió con Putin.\nLa reunión duró cinco horas."}`)
	items, err := ingest.Read("articles.jsonl", data, ingest.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range items {
		fmt.Println(it.ID, it.Source, it.Date, it.Outlet)
		fmt.Print(it.Text)
	}
	// Output:
	// norte-1 articles.jsonl#norte-1 2023-09-13 Agencia Norte
	// Kim y Putin se reúnen
	//
	// Kim se reunió con Putin.
	//
	// La reunión duró cinco horas.
}

func ExampleSniff() {
	fmt.Println(ingest.Sniff("noticias", "", []byte(`<?xml version="1.0"?><rss version="2.0">`)))
	fmt.Println(ingest.Sniff("articulo.txt", "", []byte("<p>El Gobierno anunció…</p>")))
	fmt.Println(ingest.Sniff("-", "", []byte("<p>El Gobierno anunció…</p>")))
	// Output:
	// feed
	// plain text
	// HTML
}

func ExampleID() {
	fmt.Println(ingest.ID("https://www.elpais.com/internacional/2023-09-12/kim.html"))
	// Output:
	// elpais_com_internacional_2023_09_12_kim_34373fc2
}

func ExampleLoad() {
	dir, err := os.MkdirTemp("", "dedupe-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	files := map[string]string{
		"elpais.txt":       "El Gobierno anunció 3.000 millones para Valencia.\n",
		"agencias/a.jsonl": `{"id": "norte-1", "date": "2023-09-13", "outlet": "Agencia Norte", "title": "Kim y Putin se reúnen", "text": "Kim se reunió con Putin."}` + "\n",
		"abc.txt":          "El Gobierno anunci\xf3 3.500 millones para Valencia.\n", // Latin-1
		".borrador.txt":    "Hidden: not read.\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			fmt.Println(err)
			return
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			fmt.Println(err)
			return
		}
	}
	docs, err := ingest.Load(context.Background(), []string{dir}, ingest.LoadOptions{
		Encodings: []ingest.EncodingRule{{ID: "abc", Encoding: ingest.EncodingLatin1}},
		Warn:      func(err error) { fmt.Println("skipped", err) },
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range docs {
		rel, _ := filepath.Rel(dir, d.Path)
		fmt.Printf("%s %s date=%s outlet=%q encoding=%q sentences=%d\n", d.ID, filepath.ToSlash(rel), d.Date, d.Outlet, d.Encoding, len(d.Sentences))
	}
	// Output:
	// abc abc.txt date= outlet="" encoding="latin1" sentences=1
	// elpais elpais.txt date= outlet="" encoding="" sentences=1
	// norte-1 agencias/a.jsonl#norte-1 date=2023-09-13 outlet="Agencia Norte" encoding="" sentences=2
}
