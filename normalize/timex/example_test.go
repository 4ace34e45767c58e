package timex_test

import (
	"fmt"

	"github.com/dedupe-news/dedupe/normalize/timex"
)

func ExampleParseDate() {
	d, err := timex.ParseDate("2023-09")
	fmt.Println(d, d.Prec == timex.PrecMonth, err)
	_, err = timex.ParseDate("2023-13")
	fmt.Println(err)
	// Output:
	// 2023-09 true <nil>
	// invalid date "2023-13": month out of range
}

func ExampleTagger() {
	tg := timex.Tagger{Anchor: timex.DayDate(2023, 2, 7)}
	for _, s := range []string{
		"El primer sismo se produjo el lunes 6 de febrero a las 4.17.",
		"Ese mismo día, a las 13.24, hubo un segundo terremoto.",
	} {
		for _, t := range tg.Find(s) {
			fmt.Printf("%q %s %s\n", t.Text, t.Kind, t.Value)
		}
	}
	// Output:
	// "el lunes 6 de febrero" date 2023-02-06
	// "las 4.17" time 2023-02-06T04:17
	// "Ese mismo día" date 2023-02-06
	// "las 13.24" time 2023-02-06T13:24
}

func ExampleTimex_Reference() {
	for _, t := range timex.Find("Actualmente no hay conversaciones, como en el pasado.", timex.Date{}) {
		fmt.Println(t.Text, t.Value, t.Reference())
	}
	// Output:
	// Actualmente PRESENT_REF true
	// el pasado PAST_REF true
}
