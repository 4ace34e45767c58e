package compare

import "testing"

func TestCheckAttributions(t *testing.T) {
	runCheckCases(t, KindAttribution, []checkCase{
		{
			name: "countries and a person",
			docs: map[string]string{
				"a": "En la ONU, Estados Unidos, Japón y Corea del Sur dijeron que la cooperación viola las sanciones. Dijeron que otro grupo de funcionarios rusos viajó a Pyongyang para mantener conversaciones de seguimiento.",
				"b": "Otro grupo de funcionarios rusos viajó a Pyongyang para mantener conversaciones de seguimiento, dijo el portavoz John Kirby.",
			},
			want: []string{"warning attribution Estados Unidos, Japón, Corea del Sur | John Kirby"},
		},
		{
			name: "two people",
			docs: map[string]string{
				"a": "Otro grupo de funcionarios rusos viajó a Pyongyang para mantener conversaciones de seguimiento, dijo Adrienne Watson.",
				"b": "Otro grupo de funcionarios rusos viajó a Pyongyang para mantener conversaciones de seguimiento, dijo John Kirby.",
			},
			want: []string{"warning attribution Adrienne Watson | John Kirby"},
		},
		{
			name: "a clause takes its sentence's speaker",
			docs: map[string]string{
				"a": "El portavoz John Kirby habló el lunes. Putin y Kim intercambiaron cartas sobre cooperación militar, dijo Kirby, y otro grupo de funcionarios rusos también viajó a Pyongyang para continuar las conversaciones.",
				"b": "Otro grupo de funcionarios rusos también viajó a Pyongyang para continuar las conversaciones, dijo Adrienne Watson.",
			},
			want: []string{"warning attribution John Kirby | Adrienne Watson"},
		},
		{
			name: "one person named two ways",
			docs: map[string]string{
				"a": "Otro grupo de funcionarios rusos viajó a Pyongyang para mantener conversaciones, dijo John Kirby.",
				"b": "John Kirby dijo el lunes que otro grupo de funcionarios rusos viajó a Pyongyang para mantener conversaciones.",
			},
			clustered: true,
		},
		{
			name: "an organization and a person",
			docs: map[string]string{
				"a": "La Casa Blanca dijo que otro grupo de funcionarios rusos viajó a Pyongyang para mantener conversaciones.",
				"b": "Otro grupo de funcionarios rusos viajó a Pyongyang para mantener conversaciones, dijo Adrienne Watson.",
			},
			clustered: true,
		},
		{
			name: "an unnamed source",
			docs: map[string]string{
				"a": "Según los informes, otro grupo de funcionarios rusos viajó a Pyongyang para mantener conversaciones.",
				"b": "Otro grupo de funcionarios rusos viajó a Pyongyang para mantener conversaciones, dijo John Kirby.",
			},
			clustered: true,
		},
		{
			name: "a person speaking for their country",
			docs: map[string]string{
				"a": "Estados Unidos dijo que Corea del Norte entregó cohetes y misiles a Rusia.",
				"b": "El portavoz de EE.UU., John Kirby, dijo que Corea del Norte entregó cohetes y misiles a Rusia.",
			},
			clustered: true,
		},
		{
			name: "two officials of one country",
			docs: map[string]string{
				"a": "Estados Unidos instó a Corea del Norte a cesar sus negociaciones sobre armas con Rusia, dijo la portavoz de EE.UU., Adrienne Watson.",
				"b": "Estados Unidos instó a Corea del Norte a cesar sus negociaciones sobre armas con Rusia, dijo el coordinador de comunicaciones de EE.UU., John Kirby.",
			},
			clustered: true,
		},
		{
			name: "officials of two countries",
			docs: map[string]string{
				"a": "Corea del Norte cesó sus negociaciones sobre armas con Rusia, dijo el portavoz ruso, Dmitri Peskov.",
				"b": "Corea del Norte cesó sus negociaciones sobre armas con Rusia, dijo el portavoz de EE.UU., John Kirby.",
			},
			want: []string{"warning attribution Dmitri Peskov | John Kirby"},
		},
	})
}
