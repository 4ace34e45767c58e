package normalize

import (
	"errors"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/normalize/timex"
)

func TestParseHeader(t *testing.T) {
	type sent struct {
		kind SentenceKind
		text string
	}
	tests := []struct {
		name      string
		in        string
		opts      Options
		date      string
		source    DateSource
		outlet    string
		url       string
		sentences []sent
	}{
		{
			name: "date header running into a sentence", in: " date 2023-09 La Casa Blanca dijo algo.\n",
			date: "2023-09", source: DateFromHeader,
			sentences: []sent{{KindMetadata, "date 2023-09"}, {KindClaim, "La Casa Blanca dijo algo."}},
		},
		{
			name: "day header", in: "date 2023-09-13\nRusia negó todo.\n",
			date: "2023-09-13", source: DateFromHeader,
			sentences: []sent{{KindMetadata, "date 2023-09-13"}, {KindClaim, "Rusia negó todo."}},
		},
		{
			name: "caption after header", in: " date 2023-09 Así es la nueva arma 2:24\n\n(CNN) –– Kim habló.\n",
			date: "2023-09", source: DateFromHeader, outlet: "CNN",
			sentences: []sent{{KindMetadata, "date 2023-09"}, {KindCaption, "Así es la nueva arma 2:24"}, {KindMetadata, "(CNN) ––"}, {KindClaim, "Kim habló."}},
		},
		{
			name: "outlet line", in: "infoinfusion 4 septiembre, 2023 | Hace 2 años\nLa Casa Blanca habló.\n",
			date: "2023-09-04", source: DateFromOutlet, outlet: "infoinfusion",
			sentences: []sent{{KindMetadata, "infoinfusion 4 septiembre, 2023 | Hace 2 años"}, {KindClaim, "La Casa Blanca habló."}},
		},
		{
			name: "agency dateline without year", in: "MOSCÚ, 13 sep (Reuters) – El Kremlin calló.\n",
			source: DateFromNone, outlet: "Reuters",
			sentences: []sent{{KindMetadata, "MOSCÚ, 13 sep (Reuters) –"}, {KindClaim, "El Kremlin calló."}},
		},
		{
			name: "source line and subheading", in: "Rusia negó todo.\n- ¿Progreso contraofensivo? -\nFuente: https://example.com/a?b=c\n",
			source: DateFromNone, url: "https://example.com/a?b=c",
			sentences: []sent{{KindClaim, "Rusia negó todo."}, {KindHeading, "- ¿Progreso contraofensivo? -"}, {KindMetadata, "Fuente: https://example.com/a?b=c"}},
		},
		{
			name: "flag overrides header", in: "date 2023-09\nRusia negó todo.\n", opts: Options{Date: timex.DayDate(2023, 8, 30)},
			date: "2023-08-30", source: DateFromFlag,
			sentences: []sent{{KindMetadata, "date 2023-09"}, {KindClaim, "Rusia negó todo."}},
		},
		{
			name: "BOM and CRLF", in: "\ufeffdate 2023-09\r\nRusia negó todo.\r\n",
			date: "2023-09", source: DateFromHeader,
			sentences: []sent{{KindMetadata, "date 2023-09"}, {KindClaim, "Rusia negó todo."}},
		},
		{
			name: "undated", in: "Rusia negó todo. Kim calló.",
			source:    DateFromNone,
			sentences: []sent{{KindClaim, "Rusia negó todo."}, {KindClaim, "Kim calló."}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Parse("x", "x.txt", []byte(tc.in), tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Date.String(); got != tc.date || doc.DateSource != tc.source {
				t.Errorf("date = %q (%s), want %q (%s)", got, doc.DateSource, tc.date, tc.source)
			}
			if doc.Outlet != tc.outlet || doc.URL != tc.url {
				t.Errorf("outlet, url = %q, %q; want %q, %q", doc.Outlet, doc.URL, tc.outlet, tc.url)
			}
			var got []sent
			for _, s := range doc.Sentences {
				got = append(got, sent{s.Kind, s.Text})
			}
			if len(got) != len(tc.sentences) {
				t.Fatalf("sentences = %v, want %v", got, tc.sentences)
			}
			for i := range got {
				if got[i] != tc.sentences[i] {
					t.Errorf("sentence %d = %v %q, want %v %q", i, got[i].kind, got[i].text, tc.sentences[i].kind, tc.sentences[i].text)
				}
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"NUL byte", "hola\x00", "x.txt:1: binary file"},
		{"Latin-1", "a\nse\xf1or", "x.txt:2: invalid UTF-8 at byte 4: the file may be Latin-1"},
		{"empty", "  \n\t", "x.txt: empty file"},
		{"BOM only", "\ufeff\n", "x.txt: empty file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("x", "x.txt", []byte(tc.in), Options{})
			var ie *InputError
			if !errors.As(err, &ie) || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("Parse(%q) error = %v, want one starting %q", tc.in, err, tc.want)
			}
		})
	}
}

func TestClauses(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two claims joined by y", "Putin y Kim intercambiaron cartas prometiendo aumentar la cooperación bilateral, dijo Kirby, y otro grupo de funcionarios rusos también viajó a Pyongyang para continuar las conversaciones.",
			[]string{"Putin y Kim intercambiaron cartas prometiendo aumentar la cooperación bilateral, dijo Kirby,", "y otro grupo de funcionarios rusos también viajó a Pyongyang para continuar las conversaciones."}},
		{"pero", "Las autoridades ucranianas aseguran avances notables en la contraofensiva del sur, pero Putin afirmó el lunes que el intento de retomar el terreno fracasó.",
			[]string{"Las autoridades ucranianas aseguran avances notables en la contraofensiva del sur,", "pero Putin afirmó el lunes que el intento de retomar el terreno fracasó."}},
		{"short part stays", "Kim viajará a Rusia para reunirse con Putin, pero eso es incierto.",
			[]string{"Kim viajará a Rusia para reunirse con Putin, pero eso es incierto."}},
		{"después de opens another event", "Funcionarios rusos han realizado visitas de seguimiento a Corea del Norte después de la visita del ministro de Defensa ruso para adquirir municiones.",
			[]string{"Funcionarios rusos han realizado visitas de seguimiento a Corea del Norte", "después de la visita del ministro de Defensa ruso para adquirir municiones."}},
		{"lo que", "El presidente Putin ha calificado la contraofensiva en Ucrania como un fracaso, lo que aumenta la incertidumbre sobre el futuro de la región y las relaciones internacionales.",
			[]string{"El presidente Putin ha calificado la contraofensiva en Ucrania como un fracaso,", "lo que aumenta la incertidumbre sobre el futuro de la región y las relaciones internacionales."}},
		{"short temporal phrase stays", "Dijeron que tras la visita de Shoigu otro grupo viajó a Corea del Norte después de agosto.",
			[]string{"Dijeron que tras la visita de Shoigu otro grupo viajó a Corea del Norte después de agosto."}},
		{"list with y", "Estados Unidos, Reino Unido, Corea del Sur y Japón protestaron ante las Naciones Unidas.",
			[]string{"Estados Unidos, Reino Unido, Corea del Sur y Japón protestaron ante las Naciones Unidas."}},
		{"appositive subjects joined by y", "El presidente de Estados Unidos, Joe Biden, y su homólogo chino, Xi Jinping, se reunieron el miércoles durante cuatro horas en Filoli.",
			[]string{"El presidente de Estados Unidos, Joe Biden, y su homólogo chino, Xi Jinping, se reunieron el miércoles durante cuatro horas en Filoli."}},
		{"two clauses with haber", "El presidente turco ha afirmado que cientos de edificios se derrumbaron en la región, y ha reconocido que la cifra de fallecidos aumentará de forma considerable.",
			[]string{"El presidente turco ha afirmado que cientos de edificios se derrumbaron en la región,", "y ha reconocido que la cifra de fallecidos aumentará de forma considerable."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Parse("x", "x.txt", []byte(tc.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for i, s := range doc.Sentences {
				got = append(got, s.Text)
				if (i > 0) != (s.Part > 0) {
					t.Errorf("clause %d has Part %d", i, s.Part)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("clauses = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestAttribution(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"trailing", `"Es un fracaso", dijo Putin durante una rueda de prensa.`, "dijo Putin durante una rueda de prensa"},
		{"leading que", "Watson dijo el lunes que Washington instó a los norcoreanos a cesar.", "Watson dijo el lunes que"},
		{"leading colon", "Kirby dijo: “Los controles están muy dirigidos”.", "Kirby dijo"},
		{"según", "Según los informes, Kim busca tecnología avanzada.", "Según los informes"},
		{"none", "Rusia ha aumentado los envíos de cereales.", ""},
		{"apposition, verb and its object", "Ana Ibáñez, ministra del Interior, informó de 1.200 muertos en Tarija.", ""},
		{"leading, told to someone", "El teniente Tarek al-Kharraz, portavoz del Ministerio del Interior, informó a la agencia de noticias AFP que hay 3.840 muertos.", "El teniente Tarek al-Kharraz, portavoz del Ministerio del Interior, informó a la agencia de noticias AFP que"},
		{"trailing after a figure", "Hay 1.200 muertos, informó el Ministerio del Interior.", "informó el Ministerio del Interior"},
		{"apposition, verb and a noun object", "Recep Tayyip Erdogan, presidente de Turquía, declaró este martes el estado de emergencia en diez provincias.", ""},
		{"leading, in the clause after pero", "Massa defendió el sistema electoral, pero luego su coalición afirmó que el proceso fue transparente.", "pero luego su coalición afirmó que"},
		{"trailing after a clause with a name and commas", "Rusia, según Kirby, compra municiones, dijo Watson.", "dijo Watson"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := AnalyzeText(tc.in, nil)
			if got := tc.in[s.Attribution.Start:s.Attribution.End]; got != tc.want {
				t.Errorf("attribution of %q = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
