package normalize

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "Kim viajó. Putin esperó.", []string{"Kim viajó.", "Putin esperó."}},
		{"EE. UU. with space", "Dijo la portavoz de EE. UU., Adrienne Watson. Luego calló.", []string{"Dijo la portavoz de EE. UU., Adrienne Watson.", "Luego calló."}},
		{"EE.UU. closed", "Habló el coordinador de EE.UU. John Kirby confirmó.", []string{"Habló el coordinador de EE.UU. John Kirby confirmó."}},
		{"title abbreviation", "El Sr. Pérez llegó. Se fue.", []string{"El Sr. Pérez llegó.", "Se fue."}},
		{"número", "Es el núm. 5 de la lista. Sigue.", []string{"Es el núm. 5 de la lista.", "Sigue."}},
		{"initial", "Lo dijo George W. Bush en 2003. Nadie lo creyó.", []string{"Lo dijo George W. Bush en 2003.", "Nadie lo creyó."}},
		{"decimal comma", "Un sismo de 6,8 sacudió la zona. Hubo daños.", []string{"Un sismo de 6,8 sacudió la zona.", "Hubo daños."}},
		{"decimal point", "Recorrió 18.5 kilómetros. Llegó.", []string{"Recorrió 18.5 kilómetros.", "Llegó."}},
		{"quote closing after period", `"No es que se esté estancando. Es un fracaso", dijo Putin.`, []string{`"No es que se esté estancando.`, `Es un fracaso", dijo Putin.`}},
		{"curly quote then period", "Kirby añadió: “Es un tiroteo”. Rusia busca armas.", []string{"Kirby añadió: “Es un tiroteo”.", "Rusia busca armas."}},
		{"next opens a quote", `dijo Watson. "Instamos a Corea del Norte".`, []string{"dijo Watson.", `"Instamos a Corea del Norte".`}},
		{"question then capital", "¿Progreso? Nadie lo sabe.", []string{"¿Progreso?", "Nadie lo sabe."}},
		{"lower case after period", "Llegó a las 10 a. m. y se fue.", []string{"Llegó a las 10 a. m. y se fue."}},
		{"no final punctuation", "Un titular sin punto", []string{"Un titular sin punto"}},
		{"ellipsis", "Esperó… Luego habló.", []string{"Esperó…", "Luego habló."}},
		{"surrounding space", "  Hola.   Adiós.  ", []string{"Hola.", "Adiós."}},
		{"empty", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(tc.in) {
				got = append(got, tc.in[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("splitSentences(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
