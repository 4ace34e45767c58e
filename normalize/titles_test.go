package normalize

import (
	"fmt"
	"strings"
	"testing"
)

// roleClaim parses text as one article and returns its first claim, read
// whole (not split into clauses).
func roleClaim(t *testing.T, text string) (Document, Sentence) {
	t.Helper()
	doc, err := Parse("t", "t.txt", []byte(text), Options{Sentences: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range doc.Sentences {
		if s.Kind == KindClaim {
			return doc, s
		}
	}
	t.Fatalf("no claim in %q", text)
	return doc, Sentence{}
}

// describeTitle writes a title as "person: text [head, place]", with "-"
// for a bare role and " former" after an office held no more.
func describeTitle(s Sentence, t Title) string {
	person := "-"
	if t.Person >= 0 {
		person = s.Mentions[t.Person].Text
	}
	out := fmt.Sprintf("%s: %s [%s, %s]", person, t.Text, t.Head, t.Place)
	if t.Former {
		out += " former"
	}
	return out
}

func TestFindTitles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"title before name", "El portavoz del Consejo de Seguridad Nacional, John Kirby, dijo que Rusia negocia.",
			[]string{"John Kirby: portavoz del Consejo de Seguridad Nacional [portavoz, ]"}},
		{"feminine title with acronym place", "Lo dijo la portavoz del Consejo de Seguridad Nacional de EE.UU., Adrienne Watson, el lunes.",
			[]string{"Adrienne Watson: portavoz del Consejo de Seguridad Nacional de EE.UU. [portavoz, Estados Unidos]"}},
		{"title after name", "Adrienne Watson, portavoz del Consejo de Seguridad Nacional, ha revelado que Kim viajará.",
			[]string{"Adrienne Watson: portavoz del Consejo de Seguridad Nacional [portavoz, ]"}},
		{"minister after name", "Sergei Shoigu, ministro de Defensa de Rusia, fue enviado a Pyongyang.",
			[]string{"Sergei Shoigu: ministro de Defensa de Rusia [ministr, Rusia]"}},
		{"minister with demonym", "El ministro de Defensa ruso, Serguéi Shoigu, viajó a Corea del Norte.",
			[]string{"Serguéi Shoigu: ministro de Defensa ruso [ministr, Rusia]"}},
		{"president with demonym", "Kim se reunirá con el presidente ruso, Vladimir Putin, en Rusia.",
			[]string{"Vladimir Putin: presidente ruso [president, Rusia]"}},
		{"president without comma", "Kim se reunirá con el presidente Vladimir Putin en Rusia.",
			[]string{"Vladimir Putin: presidente [president, ]"}},
		{"leader with demonym", "Lo dijo el líder norcoreano, Kim Jong Un, en Pyongyang.",
			[]string{"Kim Jong Un: líder norcoreano [lid, Corea del Norte]"}},
		{"synonym of leader", "Lo anunció el dirigente norcoreano, Kim Jong Un, ayer.",
			[]string{"Kim Jong Un: dirigente norcoreano [lid, Corea del Norte]"}},
		{"analyst of an organization", "El analista político del Carnegie Moscow Center, Alexander Gabuev, señaló que Rusia busca aliados.",
			[]string{"Alexander Gabuev: analista político del Carnegie Moscow Center [anal, ]"}},
		{"spokesman of a role", "Al respecto, el portavoz del presidente ruso, Dmitri Peskov, no quiso comentar.",
			[]string{"Dmitri Peskov: portavoz del presidente ruso [portavoz, Rusia]"}},
		{"long title closing the sentence", "Otro grupo viajó a Pyongyang, dijo el coordinador de comunicaciones estratégicas del Consejo de Seguridad Nacional de EE.UU., John Kirby.",
			[]string{"John Kirby: coordinador de comunicaciones estratégicas del Consejo de Seguridad Nacional de EE.UU. [coordin, Estados Unidos]"}},
		{"name, title and a second title", "Después de la visita, Putin, el presidente de Rusia y el líder de Corea del Norte, Kim Jong Un, intercambiaron cartas.",
			[]string{"Putin: presidente de Rusia [president, Rusia]", "Kim Jong Un: líder de Corea del Norte [lid, Corea del Norte]"}},
		{"a new subject after a name is no apposition of it", "Sobre su contrincante Sergio Massa, el economista logró el 55,8 % y 14.319.272 votos.",
			[]string{"-: economista [econom, ]"}},
		{"bare role", "El periódico ha indicado que el presidente ruso busca adquirir armamento.",
			[]string{"-: presidente ruso [president, Rusia]"}},
		{"another's chief is no title of the name", "El jefe de defensa de Vladimir Putin viajó a Pyongyang.",
			[]string{"-: jefe de defensa [jef, ]"}},
		{"indefinite article opens no title", "Según un funcionario estadounidense, Kim Jong Un podría viajar a Rusia.",
			nil},
		{"two-word head", "El primer ministro japonés, Fumio Kishida, habló con Biden.",
			[]string{"Fumio Kishida: primer ministro japonés [prim ministr, Japón]"}},
		{"spelling of a head", "El vocero del Kremlin, Dmitri Peskov, negó el encuentro.",
			[]string{"Dmitri Peskov: vocero del Kremlin [portavoz, ]"}},
		{"feminine head", "La ministra de Exteriores, Annalena Baerbock, viajó a Kiev.",
			[]string{"Annalena Baerbock: ministra de Exteriores [ministr, ]"}},
		{"capitalized office word", "Lo confirmó la secretaria de Estado, Fatima Robles, en Mérida.",
			[]string{"Fatima Robles: secretaria de Estado [secretari, ]"}},
		{"office of a region", "Lo confirmó el gobernador regional, Rodrigo Albéniz, en Talca.",
			[]string{"Rodrigo Albéniz: gobernador regional [gobern, ]"}},
		{"mayor", "El alcalde de Valencia, Joan Ribó, pidió calma.",
			[]string{"Joan Ribó: alcalde de Valencia [alcald, Valencia]"}},
		{"modifier after a name", "Milei derrotó al oficialista Sergio Massa, actual ministro de Economía, en el balotaje.",
			[]string{"Sergio Massa: ministro de Economía [ministr, ]"}},
		{"modifier after a determiner", "Lo dijo el actual ministro de Economía, Sergio Massa, ayer.",
			[]string{"Sergio Massa: ministro de Economía [ministr, ]"}},
		{"former office", "El exministro de Economía informó de que llamó a su rival.",
			[]string{"-: exministro de Economía [ministr, ] former"}},
		{"former office in two words", "La ex presidenta Cristina Fernández habló en Buenos Aires.",
			[]string{"Cristina Fernández: ex presidenta [president, ] former"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, s := roleClaim(t, tc.text)
			var got []string
			for _, ti := range s.Titles {
				got = append(got, describeTitle(s, ti))
				if doc.Text[ti.Start:ti.End] != ti.Text {
					t.Errorf("span %v holds %q, text is %q", ti.Span, doc.Text[ti.Start:ti.End], ti.Text)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("titles of %q:\ngot  %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestTitleOffice(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"portfolio after a name", "Sergei Shoigu, ministro de Defensa de Rusia, viajó.", "defens"},
		{"portfolio of a bare role", "El jefe de defensa de Vladimir Putin viajó a Pyongyang.", "defens"},
		{"organization", "El portavoz del Consejo de Seguridad Nacional, John Kirby, habló.", "consej"},
		{"place is no office", "El presidente de Rusia, Vladimir Putin, habló.", ""},
		{"demonym is no office", "El ministro de Defensa ruso, Serguéi Shoigu, viajó.", "defens"},
		{"none", "El presidente ruso busca adquirir armamento.", ""},
		{"number is no office", "El jefe de 2023 habló.", ""},
		{"capitalized portfolio of a bare role", "Dijo que el ministro de Defensa viajó a Pyongyang.", "defens"},
		{"organization of a bare role", "Dijo que el jefe de Wagner murió.", "wagn"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, s := roleClaim(t, tc.text)
			if len(s.Titles) != 1 {
				t.Fatalf("titles of %q: %d, want 1", tc.text, len(s.Titles))
			}
			if got := s.Titles[0].Office; got != tc.want {
				t.Errorf("office of %q = %q, want %q", s.Titles[0].Text, got, tc.want)
			}
		})
	}
}

func TestTitleQualifier(t *testing.T) {
	tests := []struct{ name, text, person, want string }{
		{"candidate of a party, named after the office", "El candidato oficialista a la Presidencia de Argentina, Sergio Massa, saludó.", "Sergio Massa", "oficial"},
		{"bare role", "En tanto, el candidato oficialista logró 44,2 %.", "", "oficial"},
		{"demonym is the place", "El presidente ruso busca adquirir armamento.", "", ""},
		{"office after de", "El ministro de Defensa viajó.", "", ""},
		{"none", "El portavoz dijo que no.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, s := roleClaim(t, tc.text)
			if len(s.Titles) != 1 {
				t.Fatalf("titles of %q: %d, want 1", tc.text, len(s.Titles))
			}
			ti := s.Titles[0]
			person := ""
			if ti.Person >= 0 {
				person = s.Mentions[ti.Person].Text
			}
			if person != tc.person || ti.Qualifier != tc.want {
				t.Errorf("title %q: person %q, qualifier %q; want %q, %q", ti.Text, person, ti.Qualifier, tc.person, tc.want)
			}
		})
	}
}

func TestTitleGeneric(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"leader is generic", "Lo dijo el líder norcoreano, Kim Jong Un, ayer.", true},
		{"official is generic", "Lo dijo el funcionario estadounidense, John Kirby, ayer.", true},
		{"spokesman is specific", "Lo dijo el portavoz del Kremlin, Dmitri Peskov, ayer.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, s := roleClaim(t, tc.text)
			if len(s.Titles) != 1 || s.Titles[0].Generic != tc.want {
				t.Errorf("titles of %q = %+v, want one with Generic %v", tc.text, s.Titles, tc.want)
			}
		})
	}
}
