package compare

import "testing"

func TestCheckModality(t *testing.T) {
	runCheckCases(t, KindModality, []checkCase{
		{
			name: "hoped for and stated",
			docs: map[string]string{
				"a": "Kim Jong Un espera que la reunión con Vladimir Putin se celebre en Rusia.",
				"b": "La reunión de Kim Jong Un con Vladimir Putin se celebrará en Rusia.",
			},
			want: []string{"warning modality hedged | certain"},
		},
		{
			name: "possible and confirmed",
			docs: map[string]string{
				"a": "Kim Jong Un podría reunirse con Vladimir Putin en Vladivostok.",
				"b": "El Kremlin confirmó que Kim Jong Un se reunirá con Vladimir Putin en Vladivostok.",
			},
			want: []string{"warning modality hedged | certain"},
		},
		{
			name: "both hedged",
			docs: map[string]string{
				"a": "Kim Jong Un espera que la reunión con Vladimir Putin se celebre en Rusia.",
				"b": "Es posible que la reunión de Kim Jong Un con Vladimir Putin se celebre en Rusia.",
			},
			clustered: true,
		},
		{
			name: "both stated",
			docs: map[string]string{
				"a": "La reunión de Kim Jong Un con Vladimir Putin se celebrará en Rusia.",
				"b": "Kim Jong Un y Vladimir Putin se reunirán en Rusia.",
			},
			clustered: true,
		},
		{
			name: "a past fact is not compared",
			docs: map[string]string{
				"a": "Kim Jong Un podría reunirse con Vladimir Putin en Rusia.",
				"b": "Kim Jong Un se reunió con Vladimir Putin en Rusia.",
			},
			clustered: true,
		},
		{
			name: "a copy that hedges and states",
			docs: map[string]string{
				"a": "Se espera una reunión de Kim Jong Un con Vladimir Putin. La reunión de Kim Jong Un con Vladimir Putin se celebrará en Rusia.",
				"b": "Se espera una reunión de Kim Jong Un con Vladimir Putin. La reunión de Kim Jong Un con Vladimir Putin se celebrará en Rusia.",
			},
			clustered: true,
		},
	})
}
