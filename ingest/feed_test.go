package ingest

import (
	"os"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/normalize/timex"
)

// readFixture reads testdata/name with Read and default options.
func readFixture(t *testing.T, name string) []Item {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	items, err := Read(name, data, Options{})
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	return items
}

// checkItem compares the fields of got with want, ID only by prefix (its
// hash is checked by TestID).
func checkItem(t *testing.T, got, want Item) {
	t.Helper()
	if !strings.HasPrefix(got.ID, want.ID) {
		t.Errorf("ID = %q, want prefix %q", got.ID, want.ID)
	}
	got.ID = want.ID
	if got != want {
		t.Errorf("item:\n got %+v\nwant %+v", got, want)
	}
}

func TestReadRSS(t *testing.T) {
	items := readFixture(t, "rss.xml")
	want := []Item{{
		ID:     "diariodeleste_example_internacional_2023_",
		Source: "rss.xml#https://diariodeleste.example/internacional/2023/09/12/kim-llega-a-rusia.html",
		Title:  "Kim Jong Un llega a Rusia para reunirse con Putin",
		URL:    "https://diariodeleste.example/internacional/2023/09/12/kim-llega-a-rusia.html",
		Outlet: "Diario del Este",
		Date:   timex.DayDate(2023, 9, 12),
		Text: "Kim Jong Un llega a Rusia para reunirse con Putin\n\n" +
			"El líder norcoreano, Kim Jong Un, llegó el martes a Rusia en su tren blindado.\n\n" +
			"Según el Kremlin, Kim se reunirá con el presidente Vladimir Putin en el cosmódromo de Vostochni.\n",
	}, {
		ID:     "dde_2023_0913_001_",
		Source: "rss.xml#dde-2023-0913-001",
		Title:  "Putin recibe a Kim en Vostochni",
		URL:    "https://diariodeleste.example/internacional/2023/09/13/putin-recibe-a-kim.html",
		Outlet: "Diario del Este",
		Date:   timex.DayDate(2023, 9, 13), // 00:30 in Madrid, still the 12th in UTC
		Text: "Putin recibe a Kim en Vostochni\n\n" +
			"Putin recibió a Kim el miércoles en el cosmódromo de Vostochni.\n\n" +
			"La reunión duró cuatro horas, dijo el portavoz del Kremlin, Dmitri Peskov.\n",
	}, {
		ID:     "rss_xml_item3_",
		Source: "rss.xml#item3",
		Title:  "Shoigu visitó Pyongyang en julio",
		Outlet: "Diario del Este",
		Date:   timex.DayDate(2023, 9, 13),
		Text: "Shoigu visitó Pyongyang en julio\n\n" +
			"El ministro de Defensa ruso, Serguéi Shoigu, visitó Pyongyang en julio.\n\n" +
			"Washington teme un acuerdo de armas entre los dos países.\n",
	}}
	if len(items) != len(want) {
		t.Fatalf("%d items, want %d", len(items), len(want))
	}
	for i := range want {
		checkItem(t, items[i], want[i])
	}
}

func TestReadAtom(t *testing.T) {
	items := readFixture(t, "atom.xml")
	want := []Item{{
		ID:     "tag_agencianorte_example_2023_kim_putin_",
		Source: "atom.xml#tag:agencianorte.example,2023:kim-putin-1",
		Title:  "Kim y Putin se reúnen en el Lejano Oriente ruso",
		URL:    "https://agencianorte.example/2023/09/13/kim-putin",
		Outlet: "Agencia Norte",
		Date:   timex.DayDate(2023, 9, 13),
		Text: "Kim y Putin se reúnen en el Lejano Oriente ruso\n\n" +
			"Kim se reunió con Putin en Vostochni el 13 de septiembre.\n\n" +
			"La reunión duró cinco horas.\n",
	}, {
		ID:     "tag_agencianorte_example_2023_kim_putin_",
		Source: "atom.xml#tag:agencianorte.example,2023:kim-putin-2",
		Title:  "Washington advierte sobre un acuerdo de armas",
		Outlet: "Agencia Norte",
		Date:   timex.DayDate(2023, 9, 14), // only updated
		Text: "Washington advierte sobre un acuerdo de armas\n\n" +
			"John Kirby, portavoz del Consejo de Seguridad Nacional, dijo que Rusia busca munición norcoreana.\n",
	}}
	if len(items) != len(want) {
		t.Fatalf("%d items, want %d", len(items), len(want))
	}
	for i := range want {
		checkItem(t, items[i], want[i])
	}
	if items[0].ID == items[1].ID {
		t.Errorf("two entries share the id %q", items[0].ID)
	}
}

// TestReadLatin1Feed reads a feed whose XML declaration says ISO-8859-1:
// the text comes out as UTF-8.
func TestReadLatin1Feed(t *testing.T) {
	items := readFixture(t, "latin1.xml")
	if len(items) != 1 {
		t.Fatalf("%d items, want 1", len(items))
	}
	checkItem(t, items[0], Item{
		ID:     "periodicodelsur_example_2023_09_13_reuni_",
		Source: "latin1.xml#https://periodicodelsur.example/2023/09/13/reunion",
		Title:  "Reunión en el cosmódromo",
		URL:    "https://periodicodelsur.example/2023/09/13/reunion", // a permalink GUID
		Outlet: "Periódico del Sur",
		Date:   timex.DayDate(2023, 9, 13),
		Text: "Reunión en el cosmódromo\n\n" +
			"Kim llegó a Vostochni a bordo de su tren. El encuentro con Putin duró cuatro horas, según la agencia TASS.\n",
	})
}

func TestReadFeedErrors(t *testing.T) {
	tests := []struct{ desc, data, want string }{
		{"not a feed", `<?xml version="1.0"?><note>hola</note>`, "f.xml: reading feed: "},
		{"truncated", `<rss version="2.0"><channel><item><title>Kim`, "f.xml: reading feed: "},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			_, err := Read("f.xml", []byte(tc.data), Options{Format: Feed})
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("Read = %v, want an error starting %q", err, tc.want)
			}
		})
	}
}

func TestFeedItemWithoutText(t *testing.T) {
	data := `<rss version="2.0"><channel><title>T</title><item><guid>x</guid></item></channel></rss>`
	items, err := Read("f.xml", []byte(data), Options{})
	if err != nil || len(items) != 1 {
		t.Fatalf("Read = %v, %v; want one item", items, err)
	}
	if items[0].Text != "" {
		t.Errorf("Text = %q, want empty", items[0].Text)
	}
}
