package normalize_test

import (
	"fmt"

	"github.com/dedupe-news/dedupe/normalize"
)

func ExampleStem() {
	fmt.Println(normalize.Stem("declaraciones"), normalize.Stem("Declaró"), normalize.Stem("niños"))
	// Output: declar declar niñ
}

func ExampleNameKey() {
	fmt.Println(normalize.NameKey("Serguéi Shoigu") == normalize.NameKey("Sergey Shoygu"))
	fmt.Println(normalize.NameKey("Pyongyang"), normalize.NameKey("Pionyang"))
	// Output:
	// true
	// pionian pionian
}

func ExampleCanonical() {
	fmt.Println(normalize.Canonical("RPDC"), "|", normalize.Canonical("EE.UU."), "|", normalize.Canonical("Moscú"))
	// Output: Corea del Norte | Estados Unidos | Moscú
}

func ExamplePlaceParent() {
	fmt.Println(normalize.PlaceParent("Pionyang"))
	// Output: Corea del Norte
}

func ExampleConcept() {
	fmt.Println(normalize.Concept(normalize.Stem("encuentro")), normalize.Concept(normalize.Stem("reunión")))
	// Output: reunion reunion
}

func ExampleDemonym() {
	fmt.Println(normalize.Demonym("norcoreanos"))
	// Output: Corea del Norte true
}

func ExampleIsAcronym() {
	fmt.Println(normalize.IsAcronym("CNPC"), normalize.IsAcronym("ONU"), normalize.IsAcronym("Onu"), normalize.IsAcronym("ABCDEFG"))
	// Output: true true false false
}

func ExampleSentence_Word() {
	s := normalize.AnalyzeText("Serguéi Shoigu viajó a Pyongyang.", nil)
	fmt.Println(s.Word(0), s.Tokens[0].Folded(), s.Word(2), s.Tokens[2].Stem())
	// Output: Serguéi serguei viajó viaj
}

func ExampleParse() {
	text := " date 2023-09 El ministro ruso, Serguéi Shoigu, viajó el mes pasado a Corea del Norte.\n"
	doc, err := normalize.Parse("000", "000.txt", []byte(text), normalize.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Date, doc.DateSource)
	for _, s := range doc.Sentences {
		fmt.Printf("%s [%d,%d) %q\n", s.Kind, s.Start, s.End, s.Text)
		for _, tx := range s.Times {
			fmt.Printf("  time %q = %s\n", tx.Text, tx.Value)
		}
	}
	// Output:
	// 2023-09 header
	// metadata [1,13) "date 2023-09"
	// claim [14,88) "El ministro ruso, Serguéi Shoigu, viajó el mes pasado a Corea del Norte."
	//   time "el mes pasado" = 2023-08
}

func ExampleAnalyzeText() {
	s := normalize.AnalyzeText("Sergey Shoygu visitó Pionyang, dijo Watson.", nil)
	for _, m := range s.Mentions {
		fmt.Println(m.Kind, m.Text, m.Key)
	}
	// Output:
	// person Sergey Shoygu sergeichoigu
	// place Pionyang pionian
	// other Watson watson
}
