package compare

import "testing"

func TestCheckActors(t *testing.T) {
	runCheckCases(t, KindActor, []checkCase{
		{
			name: "a role standing for another person",
			docs: map[string]string{
				"a": "Según los informes, Kim busca tecnología avanzada para satélites y ayuda alimentaria.",
				"b": "El líder norcoreano, Kim Jong Un, viajará a Rusia. El presidente ruso, Vladimir Putin, lo recibirá. El periódico afirma que el presidente ruso busca tecnología para satélites y ayuda alimentaria.",
			},
			want: []string{"warning actor Kim Jong Un | Vladimir Putin"},
		},
		{
			name: "two named people",
			docs: map[string]string{
				"a": "Vladimir Putin busca tecnología satelital y ayuda alimentaria.",
				"b": "Kim Jong Un busca tecnología satelital y ayuda alimentaria.",
			},
			want: []string{"warning actor Vladimir Putin | Kim Jong Un"},
		},
		{
			name: "synonymous verbs",
			docs: map[string]string{
				"a": "Vladimir Putin busca tecnología satelital y ayuda alimentaria.",
				"b": "Kim Jong Un quiere adquirir tecnología satelital y ayuda alimentaria.",
			},
			want: []string{"warning actor Vladimir Putin | Kim Jong Un"},
		},
		{
			name: "one person spelled two ways",
			docs: map[string]string{
				"a": "Kim Jong Un busca tecnología satelital y ayuda alimentaria.",
				"b": "Kim Jong-un busca tecnología satelital y ayuda alimentaria.",
			},
			clustered: true,
		},
		{
			name: "each claim names the other person",
			docs: map[string]string{
				"a": "Vladimir Putin recibirá a Kim Jong Un en Vladivostok para hablar de armas.",
				"b": "Kim Jong Un recibirá a Vladimir Putin en Vladivostok para hablar de armas.",
			},
			clustered: true,
		},
		{
			name: "different verbs",
			docs: map[string]string{
				"a": "Vladimir Putin vende armas y municiones de artillería a Corea del Norte para la guerra en Ucrania.",
				"b": "Kim Jong Un compra armas y municiones de artillería de Rusia para la guerra en Ucrania.",
			},
			clustered: true,
		},
		{
			name: "a role nobody holds",
			docs: map[string]string{
				"a": "Kim Jong Un busca tecnología satelital y ayuda alimentaria.",
				"b": "El presidente ruso busca tecnología satelital y ayuda alimentaria.",
			},
			clustered: true,
		},
	})
}
