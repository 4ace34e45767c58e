package compare

import (
	"testing"

	"github.com/dedupe-news/dedupe/normalize"
)

// TestClusterFrames checks that two claims giving a figure of one frame
// in different words share a cluster, and that a claim about an earlier
// event of the story does not join the news of the current one.
func TestClusterFrames(t *testing.T) {
	docs := []normalize.Document{
		parseText(t, "a", "date 2023-02-07\nEl terremoto de magnitud 7,8 que sacudió este lunes el sureste de Turquía dejó más de 2.300 muertos, según las autoridades turcas.\n"+
			"El terremoto de Izmit de 1999 dejó más de 17.000 muertos en el noroeste de Turquía, según las autoridades turcas.\n"),
		parseText(t, "b", "date 2023-02-07\nLas autoridades de Turquía cifran en 2.316 los fallecidos por el seísmo de 7,8 grados que golpeó el sureste del país este lunes.\n"+
			"En Siria, los equipos de rescate buscan supervivientes entre los escombros de Alepo.\n"),
	}
	res := Run(docs, Options{})
	clusterOf := func(doc int, part string) int {
		for c, cl := range res.Claims {
			s := res.Sentence(c)
			if cl.Doc == doc && len(s.Text) >= len(part) && s.Text[:len(part)] == part {
				return cl.Cluster
			}
		}
		t.Fatalf("no claim of document %d starts with %q", doc, part)
		return -1
	}
	toll, izmit, tollB := clusterOf(0, "El terremoto de magnitud"), clusterOf(0, "El terremoto de Izmit"), clusterOf(1, "Las autoridades de Turquía")
	if toll < 0 || toll != tollB {
		t.Errorf("the two tolls of Monday's quake are in clusters %d and %d; want one", toll, tollB)
	}
	if izmit >= 0 && izmit == tollB {
		t.Errorf("the 1999 toll is in the cluster of Monday's toll")
	}
}
