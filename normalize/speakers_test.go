package normalize

import (
	"strings"
	"testing"
)

func TestFindSpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		implied    bool
	}{
		{"trailing verb", "Rusia compra municiones, dijo Kirby.", []string{"Kirby"}, false},
		{"trailing verb with a title", "Rusia compra municiones, dijo la portavoz del Consejo de Seguridad Nacional, Adrienne Watson, el lunes.", []string{"Adrienne Watson"}, false},
		{"leading verb", "Watson dijo el lunes que Rusia compra municiones.", []string{"Watson"}, false},
		{"leading countries", "En la ONU, Estados Unidos, Japón y Corea del Sur dijeron que Rusia compra municiones.", []string{"Estados Unidos", "Japón", "Corea del Sur"}, false},
		{"title and name before a comma", "El portavoz del Consejo de Seguridad Nacional, John Kirby, dijo que Rusia compra municiones.", []string{"John Kirby"}, false},
		{"colon", "Kirby dijo: “Rusia compra municiones”.", []string{"Kirby"}, false},
		{"según a person", "Según Adrienne Watson, Rusia compra municiones.", []string{"Adrienne Watson"}, false},
		{"según an unnamed source", "Según los informes, Rusia compra municiones.", nil, false},
		{"leading bare verb", "Dijeron que Rusia compra municiones.", nil, true},
		{"trailing bare verb", "Rusia compra municiones, dijo.", nil, true},
		{"unnamed subject", "El periódico afirma que Rusia compra municiones.", nil, false},
		{"a place after the verb is not a speaker", "Rusia compra municiones, dijo Putin en Sochi con el líder turco Recep Tayyip Erdogan.", []string{"Putin"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, s := roleClaim(t, tc.text)
			var got []string
			for _, m := range s.Speakers {
				got = append(got, s.Mentions[m].Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") || s.SpeakerImplied != tc.implied {
				t.Errorf("speakers of %q = %q (implied %v), want %q (implied %v)", tc.text, got, s.SpeakerImplied, tc.want, tc.implied)
			}
		})
	}
}

func TestFindAgents(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "subject verb"
	}{
		{"name and verb", "Según los informes, Kim busca tecnología avanzada.", []string{"Kim busca"}},
		{"bare role", "El periódico indica que el presidente ruso busca adquirir armamento.", []string{"presidente ruso busca"}},
		{"modal and adverb", "Kim podría incluso viajar a Moscú.", []string{"Kim viajar"}},
		{"auxiliary without infinitive", "Putin quiere proyectiles de artillería.", []string{"Putin quiere"}},
		{"auxiliary with infinitive", "Kim ha tratado de reforzar los lazos.", []string{"Kim reforzar"}},
		{"joined subjects", "Putin y Kim Jong Un intercambiaron cartas.", []string{"Putin intercambiaron", "Kim Jong Un intercambiaron"}},
		{"comma breaks", "Kim, que rara vez viaja, irá a Rusia.", nil},
		{"governed name", "El jefe de defensa de Vladimir Putin viajó a Pyongyang.", nil},
		{"reporting verb is no action", "Kirby dijo que Rusia compra municiones.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, s := roleClaim(t, tc.text)
			var got []string
			for _, a := range s.Agents {
				got = append(got, doc.Text[a.Start:a.End]+" "+s.Word(a.Verb))
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("agents of %q = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
