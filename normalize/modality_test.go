package normalize

import (
	"strings"
	"testing"
)

func TestFindCues(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "kind text"
	}{
		{"hope", "Kim Jong Un espera que estas discusiones continúen.", []string{"hedge espera"}},
		{"impersonal expectation", "Se espera que la reunión sea en septiembre.", []string{"hedge Se espera"}},
		{"conditional", "Kim podría viajar a Moscú.", []string{"hedge podría"}},
		{"not ruled out", "No se descarta que la reunión se celebre en Moscú.", []string{"hedge No se descarta"}},
		{"speculation and conditional", "Se especula que Kim podría buscar alimentos.", []string{"hedge Se especula", "hedge podría"}},
		{"probable", "Es probable que Kim viaje a Vladivostok.", []string{"hedge probable"}},
		{"uncertain", "El viaje a Moscú es incierto.", []string{"hedge incierto"}},
		{"unclear", "El momento de la reunión no está claro.", []string{"hedge no está claro"}},
		{"stated future phrase", "El encuentro se llevará a cabo en Rusia.", []string{"certain se llevará a cabo"}},
		{"future verb", "Los líderes viajarán a Vladivostok la semana próxima.", []string{"certain viajarán"}},
		{"confirmed", "El Kremlin confirmó la reunión.", []string{"certain confirmó"}},
		{"subjunctive is no future", "Después de que el ministro viajara a Pyongyang, todo cambió.", nil},
		{"conditional is no future", "Rusia recibiría municiones de Corea del Norte.", nil},
		{"place name is no future", "Irán enviará drones a Rusia.", []string{"certain enviará"}},
		{"noun that ends like a future", "Los extremos se tocan.", nil},
		{"attribution is left out", "Según estos posibles acuerdos, Rusia recibe municiones.", nil},
		{"plain past", "Kim viajó a Rusia en tren.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, s := roleClaim(t, tc.text)
			var got []string
			for _, c := range s.Cues {
				got = append(got, c.Kind.String()+" "+c.Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("cues of %q = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
