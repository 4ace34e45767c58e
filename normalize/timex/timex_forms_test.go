package timex

import (
	"fmt"
	"testing"
)

// formCases are the forms TIMEX3 annotates in news that the first tables
// did not cover: references to the present, past and future; seasons,
// quarters, centuries and decades; dates named without a year and no
// tense; ranges of days; parts of a named day; ages.
func formCases() []timexCase {
	const (
		day   = "2023-09-13" // a Wednesday
		tue   = "2023-02-07" // a Tuesday, the day after the quakes
		month = "2023-09"
	)
	age := func(text, value string) wantTimex { return wantTimex{text, KindAge, value, "", false} }
	return []timexCase{
		// PRESENT_REF, PAST_REF, FUTURE_REF.
		{"ref actualmente", "Actualmente no hay conversaciones.", day, []wantTimex{twDate("Actualmente", "PRESENT_REF", false)}},
		{"ref ahora", "Ahora es el momento de negociar.", day,
			[]wantTimex{twDate("Ahora", "PRESENT_REF", false), twDate("el momento", "PRESENT_REF", false)}},
		{"ref hoy en día", "Hoy en día nadie lo duda.", day, []wantTimex{twDate("Hoy en día", "PRESENT_REF", false)}},
		{"ref la actualidad", "En la actualidad viven allí 300 familias.", day, []wantTimex{twDate("la actualidad", "PRESENT_REF", false)}},
		{"ref actual adjective", "El actual presidente no se pronunció.", day, []wantTimex{twDate("actual", "PRESENT_REF", false)}},
		{"ref recientemente", "El ministro recientemente visitó Pionyang.", day, []wantTimex{twDate("recientemente", "PAST_REF", false)}},
		{"ref desde entonces", "Desde entonces no ha vuelto.", day, []wantTimex{twDate("entonces", "PAST_REF", false)}},
		{"ref entonces connector", "Entonces, el ministro se fue.", day, nil},
		{"ref el pasado", "Como en el pasado, hubo protestas.", day, []wantTimex{twDate("el pasado", "PAST_REF", false)}},
		{"ref ha pasado is a verb", "Ha pasado mucho desde la visita.", day, nil},
		{"ref la pasada legislatura", "Lo aprobó en la pasada legislatura.", day, []wantTimex{twDate("pasada", "PAST_REF", false)}},
		{"ref el futuro", "Nadie sabe qué pasará en el futuro.", day, []wantTimex{twDate("el futuro", "FUTURE_REF", false)}},
		{"ref la futura ley", "La futura ley limitará los alquileres.", day, []wantTimex{twDate("futura", "FUTURE_REF", false)}},
		{"ref próxima temporada", "Jugará en Italia la próxima temporada.", day, []wantTimex{twDate("próxima", "FUTURE_REF", false)}},
		{"ref próximo a is a place", "Un pueblo próximo a la frontera.", day, nil},
		{"ref a largo plazo", "Es un plan a largo plazo.", day, []wantTimex{twDate("largo plazo", "FUTURE_REF", false)}},
		{"ref el año pasado still a date", "El año pasado llovió poco.", day, []wantTimex{twDate("El año pasado", "2022", true)}},

		// Seasons.
		{"season with year", "Llegó en la primavera de 1983.", day, []wantTimex{twDate("la primavera de 1983", "1983-SP", false)}},
		{"season este verano", "Este verano hubo incendios.", day, []wantTimex{twDate("Este verano", "2023-SU", true)}},
		{"season el verano pasado", "El verano pasado hubo incendios.", day, []wantTimex{twDate("El verano pasado", "2023-SU", true)}},
		{"season bare past", "En invierno nevó mucho.", day, []wantTimex{twDate("invierno", "2023-WI", true)}},
		{"season bare future", "El plan se aprobará en otoño.", "2023-05", []wantTimex{twDate("otoño", "2023-FA", true)}},
		{"season December winter", "Este invierno será duro.", "2023-12-05", []wantTimex{twDate("Este invierno", "2024-WI", true)}},
		{"season winter just over", "El invierno pasado fue seco.", "2023-03-15", []wantTimex{twDate("El invierno pasado", "2023-WI", true)}},

		// Quarters, halves and thirds of a year.
		{"quarter with year", "El PIB creció en el primer trimestre de 1998.", day, []wantTimex{twDate("el primer trimestre de 1998", "1998-Q1", false)}},
		{"quarter último", "Cayó en el último trimestre de 1999.", day, []wantTimex{twDate("el último trimestre de 1999", "1999-Q4", false)}},
		{"half of this year", "Crecerá en el segundo semestre de este año.", day, []wantTimex{twDate("el segundo semestre de este año", "2023-H2", true)}},
		{"quarter of el presente año", "Ganó más en el primer trimestre del presente año.", day, []wantTimex{twDate("el primer trimestre del presente año", "2023-Q1", true)}},
		{"quarter not begun, past", "En el cuarto trimestre vendió menos.", day, []wantTimex{twDate("el cuarto trimestre", "2022-Q4", true)}},
		{"este trimestre", "Este trimestre las ventas subieron.", day, []wantTimex{twDate("Este trimestre", "2023-Q3", true)}},
		{"el trimestre pasado", "El trimestre pasado las ventas subieron.", day, []wantTimex{twDate("El trimestre pasado", "2023-Q2", true)}},
		{"cuatrimestre", "Se aprobará durante el primer cuatrimestre de 2000.", day, []wantTimex{twDate("el primer cuatrimestre de 2000", "2000-T1", false)}},

		// Centuries and decades.
		{"century roman", "Es un templo del siglo XVIII.", day, []wantTimex{twDate("siglo XVIII", "17", false)}},
		{"century el siglo XX", "Fue la peor guerra del siglo XX.", day, []wantTimex{twDate("siglo XX", "19", false)}},
		{"century este siglo", "Es el mayor sismo de este siglo.", day, []wantTimex{twDate("este siglo", "20", true)}},
		{"century el siglo pasado", "Ocurrió el siglo pasado.", day, []wantTimex{twDate("el siglo pasado", "19", true)}},
		{"decade los años 30", "Se construyó en los años 30.", day, []wantTimex{twDate("los años 30", "193", false)}},
		{"decade in words", "Creció en los años noventa.", day, []wantTimex{twDate("los años noventa", "199", false)}},
		{"decade la década de", "Fue en la década de los ochenta.", day, []wantTimex{twDate("la década de los ochenta", "198", false)}},
		{"decade de 1990", "Fue en la década de 1990.", day, []wantTimex{twDate("la década de 1990", "199", false)}},
		{"decade bare los 80", "Triunfó en los 80.", day, []wantTimex{twDate("los 80", "198", false)}},
		{"decade los 80 counted", "Murieron los 80 pasajeros.", day, nil},
		{"los años and a year", "Fue candidato en los años 1988, 1994 y 2000.", day,
			[]wantTimex{twDate("los años 1988", "1988", false), twDate("1994", "1994", false), twDate("2000", "2000", false)}},

		// Named without a year, no tense: the occurrence nearest the anchor.
		{"nearest without tense", "Las elecciones del 24 de enero en Croacia.", "2000-01-19", []wantTimex{twDate("24 de enero", "2000-01-24", true)}},
		{"del completes a noun", "Anunció que no volverá tras las elecciones del 12 de marzo, hizo balance.", "2000-02-14",
			[]wantTimex{twDate("12 de marzo", "2000-03-12", true)}},
		{"participle before a date", "Sólo así podremos terminar el trabajo iniciado el 3 de enero.", "2000-01-19",
			[]wantTimex{twDate("el 3 de enero", "2000-01-03", true)}},
		{"past tense kept", "La ley entró en vigor el 20 de septiembre.", day, []wantTimex{twDate("el 20 de septiembre", "2022-09-20", true)}},
		{"month nearest without tense", "La oposición, antes de enero.", "1999-12-02", []wantTimex{twDate("enero", "2000-01", true)}},
		{"day of month nearest", "La muestra abre desde hoy y hasta el día 8.", "2002-01-02",
			[]wantTimex{twDate("hoy", "2002-01-02", true), twDate("el día 8", "2002-01-08", true)}},
		{"shift after the month", "Se celebrará a partir del 1 de diciembre próximo.", "1999-12-15", []wantTimex{twDate("1 de diciembre próximo", "2000-12-01", true)}},
		{"del pasado mes de", "A finales del pasado mes de mayo cerró.", "1999-07-01", []wantTimex{twDateMod("finales del pasado mes de mayo", "1999-05", "END", true)}},
		{"del pasado día", "Lo anunció en la rueda del pasado día 3.", "2000-01-19", []wantTimex{twDate("pasado día 3", "2000-01-03", true)}},
		{"day in words", "Se manifestaron el primero de mayo.", "1999-05-03", []wantTimex{twDate("el primero de mayo", "1999-05-01", true)}},
		{"day in words uno", "Entra en vigor el uno de agosto.", "2000-07-03", []wantTimex{twDate("el uno de agosto", "2000-08-01", true)}},
		{"hace years at year precision", "Se fundó hace diez años.", "2000-07-14", []wantTimex{twDate("hace diez años", "1990", true)}},
		{"desde hace is a date", "Vive allí desde hace 14 días.", "2000-06-01", []wantTimex{twDate("hace 14 días", "2000-05-18", true)}},
		{"en lo que va de año", "En lo que va de año subió un 3 %.", "1999-06-01", []wantTimex{twDate("lo que va de año", "1999", true)}},
		{"span noun before a year", "Entre el periodo 2000 a 2006 llegarán fondos.", day,
			[]wantTimex{twDate("2000", "2000", false), twDate("2006", "2006", false)}},
		{"el año en curso", "Crecerá igual que en el año en curso.", "1999-12-02", []wantTimex{twDate("el año en curso", "1999", true)}},

		// Ranges and lists of days that name their month once.
		{"range del al", "El festival se celebrará del 7 al 11 de septiembre.", "2001-04-02",
			[]wantTimex{twDate("7", "2001-09-07", true), twDate("11 de septiembre", "2001-09-11", true)}},
		{"range entre el y el", "Entre el 5 y el 6 de junio se reunirán.", "2000-06-01",
			[]wantTimex{twDate("el 5", "2000-06-05", true), twDate("el 6 de junio", "2000-06-06", true)}},
		{"list los días", "Será los días 15 y 16 de marzo del 2001.", "2000-10-13",
			[]wantTimex{twDate("los días 15", "2001-03-15", false), twDate("16 de marzo del 2001", "2001-03-16", false)}},
		{"range across months unresolved", "Del 28 al 3 de marzo hubo huelga.", "2023-03-13",
			[]wantTimex{twDate("28", "", true), twDate("3 de marzo", "2023-03-03", true)}},

		// Clock times take the day named last in their sentence.
		{"clock after the night of a day", "El sismo de la noche del lunes sacudió la zona a las 23:40.", tue,
			[]wantTimex{twClock("la noche del lunes", "2023-02-06TNI", true), twClock("las 23:40", "2023-02-06T23:40", true)}},
		{"clock after a part of day", "El lunes por la noche, a las 23:40 horas, tembló.", tue,
			[]wantTimex{twClock("El lunes por la noche", "2023-02-06TNI", true), twClock("las 23:40 horas", "2023-02-06T23:40", true)}},
		{"madrugada of a date", "En la madrugada del 6 de febrero, a las 4.17, tembló.", tue,
			[]wantTimex{twClock("la madrugada del 6 de febrero", "2023-02-06TMO", true), twClock("las 4.17", "2023-02-06T04:17", true)}},
		{"clock without a day", "Habló a las 10.30.", tue, []wantTimex{twClock("las 10.30", "2023-02-07T10:30", true)}},

		// Numeric dates: three parts, day first unless the month cannot be.
		{"numeric dashes", "Firmado el 21-04-2016 en Lima.", day, []wantTimex{twDate("21-04-2016", "2016-04-21", false)}},
		{"numeric dots", "Desde el 13.5.2015 rige la ley.", day, []wantTimex{twDate("13.5.2015", "2015-05-13", false)}},
		{"numeric year first", "El 2015/08/12 llovió.", day, []wantTimex{twDate("2015/08/12", "2015-08-12", false)}},
		{"numeric two-digit year", "Nació el 05/05/71.", day, []wantTimex{twDate("05/05/71", "1971-05-05", true)}},
		{"numeric two-digit year ahead", "Vence el 3-7-27.", day, []wantTimex{twDate("3-7-27", "2027-07-03", true)}},
		{"numeric month first", "The deal of 04/21/2016 stands.", day, []wantTimex{twDate("04/21/2016", "2016-04-21", false)}},
		{"not numeric: formation", "Jugó con un 4-4-2 y un 4-3-3.", day, nil},
		{"not numeric: law", "La Ley 11/2016 y el Real Decreto 3/2015.", day, nil},
		{"not numeric: 24/7 and a range", "Abierto 24/7; perdieron 10-15 y 3-1.", day, nil},
		{"not numeric: phone", "Llame al 91-55-12-34.", day, nil},
		{"not numeric: thousands", "Obtuvo 4.251.218 votos.", day, nil},

		// Weeks and months counted within a named year.
		{"ordinal week", "En la primera semana de 2015 subió.", day, []wantTimex{twDate("la primera semana de 2015", "2015-W01", false)}},
		{"last week of a year", "La última semana de 2015 nevó.", day, []wantTimex{twDate("La última semana de 2015", "2015-W53", false)}},
		{"week number", "En la semana 27 del año pasado cayó.", day, []wantTimex{twDate("la semana 27 del año pasado", "2022-W27", true)}},
		{"ordinal week figures", "En la 3ª semana de 2018 llovió.", day, []wantTimex{twDate("la 3ª semana de 2018", "2018-W03", false)}},
		{"ordinal month", "El noveno mes de 2021 fue seco.", day, []wantTimex{twDate("El noveno mes de 2021", "2021-09", false)}},
		{"not a week of a year", "La semana 3 personas murieron.", day, nil},

		// Decades named like centuries; the whole of a unit.
		{"this decade", "Las ventas de esta década crecieron.", day, []wantTimex{twDate("esta década", "202", true)}},
		{"next decade", "Se hará en la próxima década.", day, []wantTimex{twDate("la próxima década", "203", true)}},
		{"decade without de", "En la década 70 emigraron.", day, []wantTimex{twDate("la década 70", "197", false)}},
		{"whole week", "La huelga durará toda la semana.", day, []wantTimex{twDur("toda la semana", "P1W", "")}},
		{"whole year after de", "El volumen más bajo de todo el año.", day, []wantTimex{twDate("todo el año", "2023", true)}},
		{"whole month with shift", "Llovió todo el mes pasado.", day, []wantTimex{twDate("todo el mes pasado", "2023-08", true)}},
		{"not whole: todo el mundo", "Todo el mundo lo sabía.", day, nil},

		// A part of day before its clock time; midday; "este" + month.
		{"part before clock", "Llegó por la tarde a las siete.", day, []wantTimex{twClock("la tarde a las siete", "2023-09-13T19:00", true)}},
		{"part comma clock", "Fue en la noche, a las 10.", day, []wantTimex{twClock("la noche, a las 10", "2023-09-13T22:00", true)}},
		{"midday this", "Presentará este mediodía al patrocinador.", day, []wantTimex{twClock("este mediodía", "2023-09-13TMI", true)}},
		{"midday approx", "Llegó cerca de mediodía.", day, []wantTimex{{"cerca de mediodía", KindTime, "2023-09-13TMI", "APPROX", true}}},
		{"midday of a day", "Habló el mediodía del lunes.", day, []wantTimex{twClock("el mediodía del lunes", "2023-09-11TMI", true)}},
		{"clock of midday", "Cerró a la una del mediodía.", day, []wantTimex{twClock("la una del mediodía", "2023-09-13T13:00", true)}},
		{"this month named", "Este julio hubo sequía.", day, []wantTimex{twDate("Este julio", "2023-07", true)}},

		// Ages.
		{"age noun de", "Un niño de 13 años murió.", day, []wantTimex{age("13 años", "P13Y")}},
		{"age a los", "Murió a los 85 años.", day, []wantTimex{age("85 años", "P85Y")}},
		{"age apposition", "El presidente, de 64 años, habló.", day, []wantTimex{age("64 años", "P64Y")}},
		{"age de edad", "La víctima, con 39 años de edad, fue hallada.", day, []wantTimex{age("39 años de edad", "P39Y")}},
		{"age tenía", "Cuando tenía 20 años emigró.", day, []wantTimex{age("20 años", "P20Y")}},
		{"not age: condena", "Recibió una condena de 20 años.", day, []wantTimex{twDur("20 años", "P20Y", "")}},
		{"not age: experiencia", "Llega con 30 años de experiencia.", day, []wantTimex{twDur("30 años", "P30Y", "")}},
		{"not age: months", "Un bebé de 13 meses.", day, []wantTimex{twDur("13 meses", "P13M", "")}},
		{"duration hours", "Habló durante cinco horas.", month, []wantTimex{twDur("cinco horas", "PT5H", "")}},
	}
}

func TestFindForms(t *testing.T) {
	for _, tc := range formCases() {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc) })
	}
}

// TestTaggerAnaphora checks that a Tagger resolves "ese mismo día", "la
// víspera", "aquel año" from the date of an earlier sentence, and that
// Find, which reads one text alone, leaves them unresolved.
func TestTaggerAnaphora(t *testing.T) {
	tests := []struct {
		name      string
		sentences []string
		want      []string // the values of the last sentence's expressions
	}{
		{"ese mismo día", []string{"El terremoto ocurrió el 6 de febrero.", "Ese mismo día hubo réplicas."}, []string{"2023-02-06"}},
		{"la víspera", []string{"Votó el 19 de noviembre.", "La víspera hubo un debate."}, []string{"2023-11-18"}},
		{"al día siguiente", []string{"Tocó tierra el 25 de octubre.", "Al día siguiente llegó la ayuda."}, []string{"2023-10-26"}},
		{"aquel año", []string{"Se fundó en 1999.", "Aquel año hubo elecciones."}, []string{"1999"}},
		{"el año anterior", []string{"Ganó en 2019.", "El año anterior había perdido."}, []string{"2018"}},
		{"esa fecha keeps precision", []string{"Se firmó en marzo de 1997.", "Desde esa fecha no hubo cambios."}, []string{"1997-03"}},
		{"day of a month is too coarse", []string{"Se firmó en marzo de 1997.", "Ese día llovió."}, []string{""}},
		{"nothing before", []string{"Ese día llovió."}, []string{""}},
		{"the last date counts", []string{"Llegó el 2 de mayo y se fue el 5 de mayo.", "Ese mismo día habló."}, []string{"2023-05-05"}},
	}
	anchor := DayDate(2023, 12, 1)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tg := Tagger{Anchor: anchor}
			var last []Timex
			for _, s := range tc.sentences {
				last = tg.Find(s)
			}
			var got []string
			for _, x := range last {
				got = append(got, x.Value)
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("Tagger over %q: last sentence values %q; want %q", tc.sentences, got, tc.want)
			}
			if n := len(tc.sentences); n > 1 {
				for _, x := range Find(tc.sentences[n-1], anchor) {
					if x.Value != "" && x.Relative && x.Kind == KindDate {
						t.Errorf("Find(%q) alone resolved %q to %q", tc.sentences[n-1], x.Text, x.Value)
					}
				}
			}
		})
	}
}

// TestIntervalOfParts checks the days of the new values: seasons,
// quarters, decades and centuries, and that references have none.
func TestIntervalOfParts(t *testing.T) {
	tests := []struct{ value, first, last string }{
		{"1998-Q1", "1998-01-01", "1998-03-31"},
		{"1999-Q4", "1999-10-01", "1999-12-31"},
		{"2023-H2", "2023-07-01", "2023-12-31"},
		{"2000-T1", "2000-01-01", "2000-04-30"},
		{"1983-SP", "1983-03-01", "1983-05-31"},
		{"2000-WI", "1999-12-01", "2000-02-29"},
		{"199", "1990-01-01", "1999-12-31"},
		{"19", "1900-01-01", "1999-12-31"},
		{"PRESENT_REF", "", ""},
		{"2023-Q5", "", ""},
		{"2023-XX", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.value, func(t *testing.T) {
			first, last, ok := Timex{Kind: KindDate, Value: tc.value}.Interval()
			if !ok {
				if tc.first != "" {
					t.Errorf("Interval(%q) not ok; want %s..%s", tc.value, tc.first, tc.last)
				}
				return
			}
			if got := first.Format("2006-01-02") + ".." + last.Format("2006-01-02"); got != tc.first+".."+tc.last {
				t.Errorf("Interval(%q) = %s; want %s..%s", tc.value, got, tc.first, tc.last)
			}
		})
	}
}
