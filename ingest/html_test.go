package ingest

import (
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/normalize/timex"
	"golang.org/x/net/html"
)

// TestReadHTMLPage reads a page with navigation, ads, scripts, related
// links and a footer around its <article>: only the article is kept.
func TestReadHTMLPage(t *testing.T) {
	items := readFixture(t, "page.html")
	if len(items) != 1 {
		t.Fatalf("%d items, want 1", len(items))
	}
	checkItem(t, items[0], Item{
		ID:     "page_html_",
		Source: "page.html",
		Title:  "Kim y Putin se reúnen en Vostochni",
		Outlet: "Crónica Global",
		Date:   timex.DayDate(2023, 9, 13),
		Text: "Kim y Putin se reúnen en Vostochni\n\n" +
			"El líder norcoreano, Kim Jong Un, se reunió el miércoles con el presidente ruso, Vladimir Putin, en el cosmódromo de Vostochni, en el Lejano Oriente ruso.\n\n" +
			"La reunión duró cuatro horas, según el portavoz del Kremlin, Dmitri Peskov, que no dio detalles sobre un posible acuerdo de armas entre los dos países.\n\n" +
			"Un viaje en tren blindado\n\n" +
			"Kim llegó a Rusia el martes a bordo de su tren blindado, tras un viaje de más de 20 horas desde Pyongyang.\n\n" +
			"El ministro de Defensa ruso, Serguéi Shoigu, había visitado Pyongyang en julio para asistir a un desfile militar.\n",
	})
	for _, junk := range []string{"Portada", "Publicidad", "track", "dataLayer", "Real Madrid", "Anuncio", "derechos reservados", "display"} {
		if strings.Contains(items[0].Text, junk) {
			t.Errorf("text holds %q", junk)
		}
	}
}

func TestReadHTMLOptions(t *testing.T) {
	page := "<html><head><title>Kim llega</title></head><body><p>Kim llegó a Rusia.</p></body></html>"
	items, err := Read("https://a.example/kim", []byte(page), Options{ID: "kim"})
	if err != nil {
		t.Fatal(err)
	}
	it := items[0]
	if it.ID != "kim" || it.URL != "https://a.example/kim" || it.Source != "https://a.example/kim" {
		t.Errorf("item = %+v, want id kim and the page's URL", it)
	}
	if want := "Kim llega\n\nKim llegó a Rusia.\n"; it.Text != want {
		t.Errorf("Text = %q, want %q", it.Text, want)
	}
}

// TestReadHTMLCharset reads Latin-1 pages, declared in a <meta> or in the
// Content-Type.
func TestReadHTMLCharset(t *testing.T) {
	body := "<title>Reuni\xf3n</title><article><p>Kim lleg\xf3 a Rusia.</p></article>"
	tests := []struct{ desc, page, contentType string }{
		{"meta", "<html><head><meta charset=\"iso-8859-1\">" + body, ""},
		{"content type", "<html>" + body, "text/html; charset=ISO-8859-1"},
		{"undeclared, not UTF-8", "<html>" + body, ""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			items, err := Read("p.html", []byte(tc.page), Options{ContentType: tc.contentType})
			if err != nil {
				t.Fatal(err)
			}
			if want := "Reunión\n\nKim llegó a Rusia.\n"; items[0].Text != want {
				t.Errorf("Text = %q, want %q", items[0].Text, want)
			}
		})
	}
}

func TestReadHTMLNoText(t *testing.T) {
	_, err := Read("p.html", []byte("<html><body><script>x()</script></body></html>"), Options{})
	if err == nil || err.Error() != "p.html: no text found in the HTML page" {
		t.Errorf("Read = %v, want no text found", err)
	}
}

// TestMainElement checks the extraction used when readability finds no
// article: the <article>, else <main>, else <body>.
func TestMainElement(t *testing.T) {
	tests := []struct{ desc, page, want string }{
		{"article", "<nav><p>Menú</p></nav><main><p>Fuera.</p><article><h1>T</h1><p>Dentro.</p></article></main>", "T|Dentro."},
		{"main", "<header><p>Cabecera</p></header><main><p>Uno.</p><ul><li>Dos.</li></ul></main>", "Uno.|Dos."},
		{"body", "<p>Uno.</p><aside><p>Relacionado</p></aside><p>Dos.</p>", "Uno.|Dos."},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(paragraphs(mainElement(doc)), "|"); got != tc.want {
				t.Errorf("paragraphs = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestReadHTMLOneArticle checks that a short sentence beside a page's only
// <article> (which Reader View would keep) is left out, and that a page
// with two articles is read whole.
func TestReadHTMLOneArticle(t *testing.T) {
	const story = "<p>El líder norcoreano, Kim Jong Un, se reunió el miércoles con el presidente ruso, Vladimir Putin, en el cosmódromo de Vostochni, en el Lejano Oriente ruso, según informaron las agencias.</p>" +
		"<p>La reunión duró cuatro horas, según el portavoz del Kremlin, Dmitri Peskov, que no dio detalles sobre un posible acuerdo de armas entre los dos países vecinos.</p>"
	tests := []struct {
		desc, body string
		wantAd     bool
	}{
		{"one article", `<div class="ad">Publicidad: compre ahora su seguro.</div><article>` + story + `</article>`, false},
		{"no article", `<div class="ad">Publicidad: compre ahora su seguro.</div><div>` + story + `</div>`, true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			items, err := Read("p.html", []byte("<html><head><title>Kim</title></head><body>"+tc.body+"</body></html>"), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(items[0].Text, "Publicidad"); got != tc.wantAd {
				t.Errorf("text holds the ad: %v, want %v:\n%s", got, tc.wantAd, items[0].Text)
			}
			if !strings.Contains(items[0].Text, "Dmitri Peskov") {
				t.Errorf("text lacks the story:\n%s", items[0].Text)
			}
		})
	}
}

func TestNarrowToArticle(t *testing.T) {
	tests := []struct{ desc, page, want string }{
		{"one", "<p>a</p><main><article><p>b</p><article><p>c</p></article></article></main><p>d</p>", "b|c"},
		{"two", "<article><p>a</p></article><p>b</p><article><p>c</p></article>", "a|b|c"},
		{"none", "<p>a</p>", "a"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			narrowToArticle(doc)
			if got := strings.Join(paragraphs(doc), "|"); got != tc.want {
				t.Errorf("paragraphs = %q, want %q", got, tc.want)
			}
		})
	}
}
