package compare_test

import (
	"fmt"
	"strings"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize"
)

func ExampleRun() {
	a, _ := normalize.Parse("a", "a.txt", []byte("date 2023-09\nEl ministro de Defensa ruso, Serguéi Shoigu, viajó el mes pasado a Corea del Norte para adquirir municiones."), normalize.Options{})
	b, _ := normalize.Parse("b", "b.txt", []byte("date 2023-09\nEl ministro de Defensa de Rusia, Sergey Shoygu, viajó a Corea del Norte en julio para adquirir municiones."), normalize.Options{})
	res := compare.Run([]normalize.Document{b, a}, compare.Options{})
	for _, cl := range res.Clusters {
		fmt.Printf("%s: %d claims, shared %v\n", cl.ID, len(cl.Claims), cl.Links[0].Terms)
	}
	for _, f := range res.Findings {
		fmt.Println(f.Severity, f.Kind, f.Message)
	}
	// Output:
	// k1: 2 claims, shared [busc defens ministr municion viaj]
	// error date sources give different dates for the same event (Sergey Shoygu, Corea del Norte, Rusia): 2023-08 («el mes pasado») in a; 2023-07 («julio») in b
}

func ExampleScorePairs() {
	scores := compare.ScorePairs([][2]string{
		{"Kim Jong Un viajará a Vladivostok para reunirse con Putin.", "Kim Jong-un podría viajar a Vladivostok para reunirse con Putin."},
		{"Kim Jong Un viajará a Vladivostok para reunirse con Putin.", "Rusia ha aumentado los envíos de cereales."},
	}, compare.Options{})
	fmt.Printf("%.2f %.2f\n", scores[0], scores[1])
	// Output: 1.00 0.00
}

func ExampleNearDuplicates() {
	text := "La agencia informó de que el ministro de Defensa viajó a la capital para reunirse con el presidente y firmar un acuerdo de cooperación militar. " +
		"El acuerdo incluye municiones, equipos y asesoramiento técnico durante los próximos tres años, según fuentes del Gobierno. " +
		"La oposición criticó el pacto y pidió explicaciones en el Parlamento, donde el ministro deberá comparecer la semana que viene."
	copied := strings.Replace(text, "criticó", "censuró", 1) // a wire copy, one word edited
	a, _ := normalize.Parse("a", "a.txt", []byte(text), normalize.Options{})
	b, _ := normalize.Parse("b", "b.txt", []byte(copied), normalize.Options{})
	c, _ := normalize.Parse("c", "c.txt", []byte("Rusia ha aumentado los envíos de cereales a Corea del Norte este año."), normalize.Options{})
	for _, nd := range compare.NearDuplicates([]normalize.Document{a, b, c}) {
		fmt.Printf("documents %d and %d: %.2f\n", nd.Docs[0], nd.Docs[1], nd.Similarity)
	}
	// Output: documents 0 and 1: 0.84
}

func ExampleSignature() {
	doc, _ := normalize.Parse("a", "a.txt", []byte("date 2023-09\nEl ministro de Defensa ruso, Serguéi Shoigu, viajó a Corea del Norte.\n\nShoigu se reunió con Kim Jong Un el 13 de septiembre."), normalize.Options{})
	for _, t := range compare.Signature(&doc) {
		fmt.Printf("%s %d\n", t.Text, t.Count)
	}
	// Output:
	// @choigu 2
	// @kimjonun 1
	// @koreadelnorte 1
	// @rusia 1
	// @sergeichoigu 1
	// @un 1
	// defens 1
	// ministr 1
	// reunion 1
	// viaj 1
}
