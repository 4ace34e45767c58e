package compare

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/normalize"
)

// factsOf runs the comparison on one article dated date and returns its
// facts as "text → measure [event] {scope}", in order.
func factsOf(t *testing.T, date, text string) []string {
	t.Helper()
	doc, err := normalize.Parse("a", "a.txt", []byte("date "+date+"\n"+text), normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res := Run([]normalize.Document{doc}, Options{})
	var out []string
	for _, f := range res.Facts {
		if f.date != nil {
			continue
		}
		s := f.Text + " → " + f.Frame.Measure
		if f.Frame.Event != "" {
			s += " [" + f.Frame.Event + "]"
		}
		if f.Frame.Scope != "" {
			s += " {" + f.Frame.Scope + "}"
		}
		out = append(out, s)
	}
	return out
}

// TestFactFrames reads the frame of figures in the phrasings news uses:
// the measure named before or after the figure and through its class of
// synonyms, the unit converted, another event, a place covered, and the
// figures that are no facts of their own.
func TestFactFrames(t *testing.T) {
	checkFactCases(t, "2023-02-06", []factCase{
		{"counted noun", "El terremoto dejó 2.500 muertos.", []string{"2.500 muertos → dead"}},
		{"synonym of the noun", "Hay 2.500 fallecidos.", []string{"2.500 fallecidos → dead"}},
		{"noun before, verb between", "Los muertos ascienden a 48.", []string{"48 → dead"}},
		{"figure of a noun", "La cifra de fallecidos llegó a 48.", []string{"48 → dead"}},
		{"long subject of a verb that sets a count", "Las víctimas fatales provocadas por el devastador paso del huracán por el Pacífico mexicano aumentaron a 48.", []string{"48 → dead"}},
		{"subject with a relative clause", "El número de personas que han perdido la vida a causa del devastador paso del huracán ha aumentado a 46.", []string{"46 → dead"}},
		{"an adverb between the verb that sets a count and its figure", "La cifra provisional de víctimas mortales por las inundaciones tras el paso del devastador ciclón Daniel por la costa oriental asciende ya a 11.300.", []string{"11.300 → dead"}},
		{"a date between the verb that sets a count and its figure", "El número de personas fallecidas por el devastador paso del huracán por la costa del océano aumentó este sábado a 39.", []string{"39 → dead"}},
		{"a figure with its own measure inside the subject", "El balance de muertos a causa del terremoto de magnitud 7,4 en la escala abierta de Richter ha ascendido a más de 2.300.", []string{"magnitud 7,4 → magnitude", "más de 2.300 → dead"}},
		{"long subject, no verb that sets a count", "Las víctimas fatales provocadas por el devastador paso del huracán por el Pacífico mexicano dejaron 48 casas destruidas.", []string{"48 casas → homes"}},
		{"votes of the subject described after a name", "Ganó Javier Milei. Por una amplia diferencia sobre su contrincante Sergio Massa, el economista logró el 55,8 % y obtuvo 14.319.272 votos.", nil},
		{"votes of a name with an apposition", "Ganó Javier Milei. Sergio Massa, el candidato oficialista, obtuvo 11.361.718 votos.", []string{"11.361.718 votos → votes of Sergio Massa"}},
		{"votes of the one a role with a qualifier stands for", "El candidato oficialista a la Presidencia, Sergio Massa, votó temprano. Javier Milei, el candidato libertario, ganó. En tanto, el candidato oficialista logró 11.361.718 votos.", []string{"11.361.718 votos → votes of Sergio Massa"}},
		{"votes of a role that may stand for two", "El candidato oficialista a la Presidencia, Sergio Massa, votó temprano. Javier Milei, el candidato libertario, ganó. En tanto, el candidato logró 11.361.718 votos.", nil},
		{"votes of a candidate, counted by an institution", "Ganó Javier Milei. Según el escrutinio de la Dirección Nacional Electoral, Milei obtuvo 14.319.272 votos.", []string{"14.319.272 votos → votes of Javier Milei"}},
		{"subject with appositions, hedge after the verb", "La diferencia entre el candidato libertario, Javier Milei, y el oficialista, Sergio Massa, se estabilizó en torno a los 11,5 puntos.", []string{"en torno a los 11,5 puntos → margin"}},
		{"the next claim goes on with the other event", "Poco después se registró el segundo terremoto, que tuvo una magnitud de 7,5. Se produjo a una profundidad de cinco kilómetros.", []string{"7,5 → magnitude [second]", "cinco kilómetros → depth [second]"}},
		{"a claim that names its event keeps its own", "Poco después se registró el segundo terremoto, que tuvo una magnitud de 7,5. El sismo principal se produjo a una profundidad de 17,9 kilómetros.", []string{"7,5 → magnitude [second]", "17,9 kilómetros → depth"}},
		{"a past event is not carried on", "El terremoto de Izmit de 1999 dejó más de 17.000 muertos. Hoy hay 3.000 fallecidos.", []string{"más de 17.000 muertos → dead [past 1999]", "3.000 fallecidos → dead"}},
		{"phrase of dying before", "El sismo cobró la vida de al menos 27 personas.", []string{"al menos 27 personas → dead"}},
		{"participle after", "Un total de 1.014 personas han muerto y 5.385 han resultado heridas.", []string{"1.014 personas → dead", "5.385 → injured"}},
		{"phrase of the measure", "Hubo 221 víctimas mortales.", []string{"221 víctimas → dead"}},
		{"magnitude", "Un terremoto de magnitud 7,8 sacudió la región.", []string{"magnitud 7,8 → magnitude"}},
		{"depth", "El sismo se produjo a una profundidad de 17,9 kilómetros.", []string{"17,9 kilómetros → depth"}},
		{"wind and gust apart", "Azotó con vientos de hasta 260 km/h y ráfagas de hasta 315 km/h.", []string{"hasta 260 km → wind speed", "hasta 315 km → gust speed"}},
		{"turnout after", "La jornada registró un 76,37 % de participación.", []string{"76,37 % → turnout %"}},
		{"turnout before", "La participación alcanzó 78 por ciento.", []string{"78 por ciento → turnout %"}},
		{"meeting duration", "Biden y Xi se reunieron durante cuatro horas.", []string{"cuatro horas → meeting duration"}},
		{"another quake", "Horas después, otro seísmo de 7,5 grados sacudió el centro del país.", []string{"7,5 grados → magnitude [another]"}},
		{"quakes listed by their magnitudes", "Erdogan dijo que los terremotos, de magnitud de 7.7 y 7.6 grados, se encuadran en un fenómeno.", []string{"7.7 → magnitude", "7.6 grados → magnitude [second]"}},
		{"two quakes counted", "Dos terremotos de magnitud 7,8 y 7,5 sacudieron Turquía.", []string{"Dos terremotos → terremot", "magnitud 7,8 → magnitude", "7,5 → magnitude [second]"}},
		{"one quake, two readings of its magnitude", "El terremoto tuvo una magnitud de 7,8 y 7,7, según las fuentes.", []string{"7,8 → magnitude", "7,7 → magnitude"}},
		{"second of a list", "El primero de magnitud 7,8 y el segundo de 7,5.", []string{"magnitud 7,8 → magnitude", "7,5 → magnitude [second]"}},
		{"event named before", "Se registró el segundo terremoto, independiente del primero, que tuvo una magnitud de 7,5.", []string{"7,5 → magnitude [second]"}},
		{"aftershocks", "El sismo y sus 50 réplicas, entre éstas una de magnitud 7.5, afectaron a la región.", []string{"50 réplicas → replic", "magnitud 7.5 → magnitude [aftershock]"}},
		{"a range", "El sismo tuvo una magnitud de entre 7,5 y 7,6.", []string{"entre 7,5 y 7,6 → magnitude"}},
		{"past event", "El terremoto de Izmit de 1999 dejó más de 17.000 muertos.", []string{"más de 17.000 muertos → dead [past 1999]"}},
		{"scope", "En Turquía hay al menos 1.014 fallecidos.", []string{"al menos 1.014 fallecidos → dead {Turquía}"}},
		{"part of a count", "La Fiscalía da un total de 39 fallecidos, 29 de ellos varones.", []string{"39 fallecidos → dead"}},
		{"addition to a count", "Se hallaron cuatro cuerpos más.", nil},
		{"things already counted", "Las dos economías más grandes del mundo.", nil},
		{"a person alone", "Llegaron 45 personas.", nil},
		{"a percentage of nothing named", "Subió un 20 %.", nil},
	})
}

// factCase is a text and the facts factsOf reads in it.
type factCase struct {
	name, text string
	want       []string
}

// checkFactCases reads the facts of each case's text, in an article
// dated date, and checks them.
func checkFactCases(t *testing.T, date string, tests []factCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := factsOf(t, date, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("facts of %q:\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestGappedFigures reads a count listed over two places with its noun
// said once: the second figure takes the first's measure, and each the
// places of its own phrase.
func TestGappedFigures(t *testing.T) {
	checkFactCases(t, "2023-02-06", []factCase{
		{"two countries", "Los terremotos han dejado más de 5.000 muertos en Turquía y cerca de 1.500 en el norte de Siria.",
			[]string{"más de 5.000 muertos → dead {Turquía}", "cerca de 1.500 → dead {Siria}"}},
		{"two cities", "Hay 3.000 desplazados en Derna y más de 2.000 en Bengasi.",
			[]string{"3.000 desplazados → displaced {Derna}", "más de 2.000 → displaced {Bengasi}"}},
		{"no place phrase: two counts", "Hay 3.000 muertos y 2.000 heridos.",
			[]string{"3.000 muertos → dead", "2.000 heridos → injured"}},
		{"a second figure with its own noun", "Hay 3.000 muertos en Turquía y 2.000 casas en Siria.",
			[]string{"3.000 muertos → dead {Siria + Turquía}", "2.000 casas → homes {Siria + Turquía}"}},
	})
}

// TestAnaphoricCount checks that a figure after "la cifra" or "el
// saldo", with no measure of its own, counts what the document's last
// count did, if that is at most maxAnaphorClaims claims back.
func TestAnaphoricCount(t *testing.T) {
	checkFactCases(t, "2023-09-17", []factCase{
		{"the count of the claim before", "La ONU elevó el saldo de muertos a 11.300. Después la ONU ajustó la cifra y la ubicó en un nivel cercano al de las autoridades: 3.958.",
			[]string{"11.300 → dead", "3.958 → dead"}},
		{"no count before", "La ONU ajustó la cifra y la ubicó en un nivel cercano al de las autoridades: 3.958.", nil},
		{"a count too far back", "La ONU elevó el saldo de muertos a 11.300. Llovió en la costa este. Las presas cedieron de noche. Los vecinos huyeron al monte. Después la ONU ajustó la cifra: 3.958.",
			[]string{"11.300 → dead"}},
		{"a figure with a measure of its own", "La ONU elevó el saldo de muertos a 11.300. La cifra de heridos llegó a 900.",
			[]string{"11.300 → dead", "900 → injured"}},
	})
}

// TestUnplacedCount checks that where a story counts a measure in two
// places, a figure that names no place set against one that does is an
// info: it may count either, or both.
func TestUnplacedCount(t *testing.T) {
	docs := parseAll(t,
		"date 2023-02-07\nEn Turquía hay 5.000 muertos por el terremoto, según la agencia AFAD.",
		"date 2023-02-07\nEn Siria hay 1.600 muertos por el terremoto, según la agencia AFAD.",
		"date 2023-02-07\nEl terremoto ha dejado 2.300 muertos, según la agencia AFAD.")
	res := Run(docs, Options{})
	found := false
	for _, f := range res.Findings {
		if f.Kind == KindNumber && strings.Contains(f.Message, "2300") {
			found = true
			if f.Severity != Info {
				t.Errorf("an unplaced toll against placed ones: got %s, want info\n%s", f.Severity, describeAll(res))
			}
		}
	}
	if !found {
		t.Fatalf("no number finding on the unplaced toll:\n%s", describeAll(res))
	}
}

// TestFactValues checks that a value is in the base unit of its
// dimension, so that two writings of one distance agree.
func TestFactValues(t *testing.T) {
	doc, err := normalize.Parse("a", "a.txt", []byte("date 2023-11-15\nFiloli está a unas 40 millas de San Francisco."), normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res := Run([]normalize.Document{doc}, Options{})
	var got []string
	for _, f := range res.Facts {
		if f.date == nil {
			got = append(got, f.Frame.Measure+"="+f.Value)
		}
	}
	if want := []string{"distance from San Francisco=~64.37376"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestUpdateOrder feeds a rising toll across three dated articles, given
// in an order that is not the order of their dates: the update lists the
// values as they were reported, and nothing is an error; the same body's
// toll falling is an error.

func TestUpdateOrder(t *testing.T) {
	article := func(id, date, toll string) normalize.Document {
		text := fmt.Sprintf("date %s\nEl terremoto dejó %s muertos, según el Ministerio del Interior.", date, toll)
		doc, err := normalize.Parse(id, id+".txt", []byte(text), normalize.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	rising := []normalize.Document{article("c", "2023-09-11", "2.946"), article("a", "2023-09-09", "820"), article("b", "2023-09-10", "2.012")}
	res := Run(rising, Options{})
	if len(res.Findings) != 1 || res.Findings[0].Kind != KindUpdate || res.Findings[0].Severity != Info {
		t.Fatalf("rising toll: want one update at info, got:\n%s", describeAll(res))
	}
	var values []string
	for _, m := range res.Findings[0].Mentions {
		values = append(values, m.Value)
	}
	if want := []string{"820", "2012", "2946"}; !slices.Equal(values, want) {
		t.Errorf("update lists %q, want the order reported %q", values, want)
	}
	falling := []normalize.Document{article("a", "2023-09-09", "2.946"), article("b", "2023-09-10", "2.012")}
	res = Run(falling, Options{})
	if len(res.Findings) != 1 || res.Findings[0].Kind != KindNumber || res.Findings[0].Severity != Error {
		t.Errorf("falling toll: want one number error, got:\n%s", describeAll(res))
	}
	if !strings.Contains(res.Findings[0].Message, "dead") {
		t.Errorf("message %q does not name the measure", res.Findings[0].Message)
	}
	// "miles de muertos" gives no figure: the same body saying it a day
	// after about 1.014 is no count that fell.
	vague := []normalize.Document{article("a", "2023-09-09", "alrededor de 1.014"), article("b", "2023-09-10", "miles de")}
	res = Run(vague, Options{})
	for _, f := range res.Findings {
		if f.Severity > Info {
			t.Errorf("a vague count after a figure: want nothing above info, got:\n%s", describeAll(res))
		}
	}
}

// TestPastTollNoUpdate checks that a toll of a past event, given apart by
// two reports of today's, does not accumulate: two figures that cannot be
// one are a number finding, not an update, and at most a warning.
func TestPastTollNoUpdate(t *testing.T) {
	docs := parseAll(t,
		"date 2023-02-07\nEs el peor terremoto desde el de Erzincan de 1939, que dejó cerca de 30 mil muertos.\nUn terremoto de magnitud 7,8 sacudió Turquía el lunes.",
		"date 2023-02-08\nEs el peor terremoto desde el de Erzincan de 1939, que dejó más de 32 mil muertos.\nUn terremoto de magnitud 7,8 sacudió Turquía el lunes.")
	res := Run(docs, Options{})
	var got []string
	for _, f := range res.Findings {
		if strings.Contains(f.Message, "1939") {
			got = append(got, describeFinding(f))
		}
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "warning number") {
		t.Errorf("the 1939 tolls: got %q, want one number warning\n%s", got, describeAll(res))
	}
	// Two exact tolls of the past event differ too, but as background
	// recalled from other sources: a warning, not an error.
	docs = parseAll(t,
		"date 2023-02-07\nEs el peor terremoto desde el de Erzincan de 1939, que dejó 32.968 muertos.\nUn terremoto de magnitud 7,8 sacudió Turquía el lunes.",
		"date 2023-02-07\nEs el peor terremoto desde el de Erzincan de 1939, que dejó 39.000 muertos.\nUn terremoto de magnitud 7,8 sacudió Turquía el lunes.")
	res = Run(docs, Options{})
	for _, f := range res.Findings {
		if strings.Contains(f.Message, "1939") && f.Severity != Warning {
			t.Errorf("two exact tolls of 1939: got %s, want a warning\n%s", describeFinding(f), describeAll(res))
		}
	}
}

// TestFactSources reads who gives a figure: the name after "según" or a
// reporting verb, or the subject of one, past an apposition.
func TestFactSources(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"según", "El terremoto dejó 2.012 muertos, según el Ministerio del Interior.", "Ministerio del Interior"},
		{"verb then name", "Dejó 2.012 muertos, informó el Ministerio del Interior.", "Ministerio del Interior"},
		{"subject with apposition", "Amara Saavedra, presidente del Parlamento, confirmó que el balance asciende a 2.334 detenidos.", "Amara Saavedra"},
		{"no source", "El terremoto dejó 2.012 muertos.", ""},
		{"office then name", "El balance es de 1.200 muertos, según confirmó la ministra del Interior, Ana Ibáñez.", "Ana Ibáñez"},
		{"lower-case office then name", "El balance es de 886 evacuados, según confirmó el jefe de bomberos, Sergio Pizarro.", "Sergio Pizarro"},
		{"office of an institution", "Hay 2.158 heridos, según confirmó el director de Protección Civil, Ana Ibáñez.", "Ana Ibáñez"},
		{"verb and its object", "Ana Ibáñez, ministra del Interior, informó de 1.200 muertos en Tarija.", "Ana Ibáñez"},
		{"a word opening the sentence is no speaker", "Anteriormente, la Organización Mundial de la Salud dijo que murieron casi 4.000 personas.", "Organización Mundial de la Salud"},
		{"a person among the speakers", "Acapulco, Guerrero 29 octubre 2023.- La Gobernadora de Guerrero, Evelyn Salgado, informó que son 45 los muertos.", "Evelyn Salgado"},
		{"whom it was told to is no source", "El ministro Hichem Abu Chkiouat informó a la agencia de noticias Reuters que hay más de 5.300 fallecidos.", "Hichem Abu Chkiouat"},
		{"place in what is reported", "Ana Ibáñez, ministra del Interior, detalló que en Tarija hay 1.200 muertos.", "Ana Ibáñez"},
		{"place after the figure", "Protección Civil informó de 1.200 muertos en Tarija.", "Protección Civil"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := normalize.Parse("a", "a.txt", []byte("date 2023-09-09\n"+tc.text), normalize.Options{})
			if err != nil {
				t.Fatal(err)
			}
			res := Run([]normalize.Document{doc}, Options{})
			if len(res.Facts) != 1 || res.Facts[0].Frame.Source != tc.want {
				t.Errorf("facts %+v, want one with source %q", res.Facts, tc.want)
			}
		})
	}
}

// TestReportDates tells a date of the event from one of the report: a
// date right after a reporting verb, or opening the sentence before one,
// dates the report; the verb of a trailing attribution does not make an
// opening date the report's.
func TestReportDates(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"event date after the verb", "Luis Novak llegó a Cuenca el 27 de agosto.", "el 27 de agosto"},
		{"opening date, trailing attribution", "El 27 de agosto, Luis Novak llegó a Cuenca, informó el diario.", "El 27 de agosto"},
		{"opening date before a report verb", "El 27 de agosto, Protección Civil elevó a 48 la cifra de muertos.", ""},
		{"date after a report verb", "Protección Civil informó el 27 de agosto de 48 muertos.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := normalize.Parse("a", "a.txt", []byte("date 2023-09-01\n"+tc.text), normalize.Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, f := range Run([]normalize.Document{doc}, Options{}).Facts {
				if f.date != nil {
					got += f.Text
				}
			}
			if got != tc.want {
				t.Errorf("date facts of %q = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
