package ingest_test

import (
	"fmt"

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
