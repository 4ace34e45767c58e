package compare

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/dedupe-news/dedupe/normalize"
)

// editedCopy returns doc as an outlet might republish it: another date
// line, and three words changed, at a quarter, half and three quarters of
// its claims' words. It is parsed under id.
func editedCopy(t testing.TB, doc normalize.Document, id string) normalize.Document {
	t.Helper()
	var words []normalize.Span
	for _, s := range doc.Sentences {
		if s.Kind != normalize.KindClaim {
			continue
		}
		for _, tok := range s.Tokens {
			words = append(words, tok.Span)
		}
	}
	text := doc.Text
	for _, at := range []int{3 * len(words) / 4, len(words) / 2, len(words) / 4} {
		w := words[at]
		text = text[:w.Start] + "otro" + text[w.End:]
	}
	if rest, ok := strings.CutPrefix(text, "date "); ok {
		text = "date 2024-01-01\n" + rest[strings.IndexByte(rest, '\n')+1:]
	}
	return parseText(t, id, text)
}

func parseText(t testing.TB, id, text string) normalize.Document {
	t.Helper()
	doc, err := normalize.Parse(id, id+".txt", []byte(text), normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// shortArticle is the first paragraph of morocco_a with one figure
// changed: 56 words.
const shortArticle = "El terremoto de magnitud 6,8 que sacudió el viernes por la noche el centro de Marruecos ha causado al menos 830 muertos y 672 heridos, según el último balance del Ministerio del Interior marroquí. El epicentro del sismo se localizó en la provincia de Al Haouz, a unos 70 kilómetros al suroeste de Marrakech, en las montañas del Alto Atlas.\n"

// rewrittenCopy is morocco_a as a second outlet might carry the wire
// text: the lead rewritten around the same facts, two sentences reworded
// clause by clause and moved, one dropped, one paragraph added. Its
// shingles barely agree with morocco_a's; its sentences do.
const rewrittenCopy = `date 2023-09-09
Al menos 820 personas murieron y otras 672 resultaron heridas en el terremoto de magnitud 6,8 que sacudió el viernes por la noche el centro de Marruecos, de acuerdo con el último balance del Ministerio del Interior.

Según los sismólogos, el epicentro del sismo se localizó a unos 70 kilómetros al suroeste de Marrakech, en la provincia de Al Haouz, en las montañas del Alto Atlas.

La mayoría de las víctimas se registraron en zonas rurales de difícil acceso, donde se derrumbaron muchas casas de adobe.

El rey Mohamed VI decretó tres días de luto nacional tras presidir una reunión de urgencia.

Los equipos de rescate trabajan entre los escombros en las aldeas de montaña, cuyas carreteras quedaron cortadas por desprendimientos de rocas.

En la medina de Marrakech, patrimonio mundial de la Unesco, varios edificios resultaron dañados y parte de la muralla se vino abajo.

Las autoridades pidieron a los vecinos que no regresen a sus casas mientras continúen las réplicas.
`

// sameFactsApart is two articles by outlets that report one official's
// statements each in their own words: the same names, figures and content
// words in most sentences, in another phrasing. They are no copies.
var sameFactsApart = [2]string{`date 2023-09-05
Andrés Valdivia, jefe de bomberos, confirmó que el balance asciende a 1.865 damnificados en Antigua.

Ngozi Benítez llegó a Holguín el 29 de agosto, según el diario local.

La ministra del Interior, Ana Ibáñez, anunció una ayuda de tres millones de euros para los damnificados de Antigua.

Los bomberos trabajan desde el lunes entre los escombros de las casas derrumbadas.
`, `date 2023-09-05
El balance en Antigua es de 1.865 damnificados, según confirmó el jefe de bomberos, Andrés Valdivia.

El 29 de agosto, Ngozi Benítez llegó a Holguín, informó la radio local.

Ana Ibáñez, ministra del Interior, anunció que los damnificados de Antigua recibirán ayudas por tres millones de euros.

Las escuelas de la región permanecerán cerradas hasta nuevo aviso.
`}

func TestNearDuplicates(t *testing.T) {
	docs := loadArchives(t, "morocco")
	a, b := docs[0], docs[1]
	half := a.Text[:len(a.Text)/2]
	tests := []struct {
		name    string
		other   normalize.Document
		want    bool
		wantMin float64 // least similarity, when want
	}{
		{"an identical copy", parseText(t, "copy", a.Text), true, 1},
		{"a copy under another date line", parseText(t, "copy", strings.Replace(a.Text, "2023-09-09", "2023-09-10", 1)), true, 1},
		{"a lightly edited copy", editedCopy(t, a, "copy"), true, 0.8},
		{"a copy with a paragraph added", parseText(t, "copy", a.Text+"\nLas réplicas continuaron durante la madrugada del sábado y obligaron a miles de vecinos de Marrakech a dormir en la calle.\n"), true, 0.8},
		{"two articles on one event", b, false, 0},
		{"the same facts in the same content words, phrased apart", parseText(t, "apart", sameFactsApart[1]), false, 0},
		{"a short article and a copy with one figure changed", parseText(t, "short", shortArticle), true, 0.8},
		{"the first half of an article, a copy cut short", parseText(t, "copy", half[:strings.LastIndexByte(half, '.')+1]), true, 0.4},
		{"a copy with its lead rewritten, sentences reworded and moved", parseText(t, "copy", rewrittenCopy), true, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			first := a
			switch tc.other.ID {
			case "short":
				first = parseText(t, "first", strings.Replace(shortArticle, "830", "820", 1))
			case "apart":
				first = parseText(t, "first", sameFactsApart[0])
			}
			got := findNearDuplicates([]normalize.Document{first, tc.other})
			if !tc.want {
				if len(got) > 0 {
					t.Errorf("near-duplicates at %.3f, want none", got[0].Similarity)
				}
				return
			}
			if len(got) != 1 || got[0].Docs != [2]int{0, 1} {
				t.Fatalf("near-duplicates %v, want documents 0 and 1", got)
			}
			if s := got[0].Similarity; s < tc.wantMin || s > 1 {
				t.Errorf("similarity %.3f, want in [%.2f, 1]", s, tc.wantMin)
			}
			if s := got[0].Sentences; s < copyMinShare || s > 1 {
				t.Errorf("sentences matched %.3f, want in [%.2f, 1]", s, copyMinShare)
			}
		})
	}
}

// TestMinHashCandidates checks the min-hashes and the LSH banding on
// random sets of known Jaccard similarity, of 50 or 500 elements: every
// pair at 0.8 must become a candidate, and hardly any at 0.1.
func TestMinHashCandidates(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pair := func(shared, own int) [][]uint64 {
		a, b := make([]uint64, 0, shared+own), make([]uint64, 0, shared+own)
		for range shared {
			x := r.Uint64()
			a, b = append(a, x), append(b, x)
		}
		for range own {
			a, b = append(a, r.Uint64()), append(b, r.Uint64())
		}
		slices.Sort(a)
		slices.Sort(b)
		return [][]uint64{a, b}
	}
	const trials = 200
	var high, low int
	for i := range trials {
		// Large sets fill every bin; small ones leave most empty.
		size := []int{1, 10}[i%2]
		if countCandidates(minHashSignatures(pair(40*size, 5*size))) == 1 { // 40/50 = 0.8
			high++
		}
		if countCandidates(minHashSignatures(pair(10*size, 45*size))) == 1 { // 10/100 = 0.1
			low++
		}
	}
	t.Logf("candidates: %d of %d pairs at 0.8, %d of %d at 0.1", high, trials, low, trials)
	if high != trials {
		t.Errorf("%d of %d pairs at Jaccard 0.8 are candidates, want all", high, trials)
	}
	if low > trials/50 {
		t.Errorf("%d of %d pairs at Jaccard 0.1 are candidates, want at most %d", low, trials, trials/50)
	}
}

// countCandidates returns how many pairs lshCandidates visits.
func countCandidates(sigs [][]uint64) int {
	n := 0
	lshCandidates(sigs, func(a, b int) { n++ })
	return n
}

func TestJaccard(t *testing.T) {
	tests := []struct {
		a, b []uint64
		want float64
	}{
		{nil, nil, 0},
		{[]uint64{1, 2}, nil, 0},
		{[]uint64{1, 2, 3}, []uint64{1, 2, 3}, 1},
		{[]uint64{1, 2, 3}, []uint64{2, 3, 4}, 0.5},
	}
	for _, tc := range tests {
		if got := jaccard(tc.a, tc.b); got != tc.want {
			t.Errorf("jaccard(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestCopiesCountOnce checks that copies of one text count as one source
// in a cluster, and that the seeds, written apart, hold no copies.
func TestCopiesCountOnce(t *testing.T) {
	docs := loadArchives(t, "morocco")
	docs = append(docs, editedCopy(t, docs[0], "morocco_a_copy"))
	res := Run(docs, Options{})
	if want := []NearDuplicate{{Docs: [2]int{0, 1}}}; len(res.NearDuplicates) != 1 || res.NearDuplicates[0].Docs != want[0].Docs {
		t.Fatalf("near-duplicates %v, want morocco_a and its copy", res.NearDuplicates)
	}
	copies := 0
	for _, cl := range res.Clusters {
		docs := map[int]bool{}
		for _, c := range cl.Claims {
			docs[res.Claims[c].Doc] = true
		}
		want := len(docs)
		if docs[0] && docs[1] {
			want--
			copies++
		}
		if cl.Independent != want {
			t.Errorf("cluster %s draws on %d documents, %d independent; want %d", cl.ID, len(docs), cl.Independent, want)
		}
	}
	if copies == 0 {
		t.Error("no cluster holds claims of both copies")
	}
	if seeds := Run(loadSeeds(t, nil), Options{}); len(seeds.NearDuplicates) != 0 {
		t.Errorf("the seeds hold near-duplicates: %v", seeds.NearDuplicates)
	}
}

func TestDensify(t *testing.T) {
	const e = ^uint64(0)
	sig := make([]uint64, minHashes)
	for i := range sig {
		sig[i] = e
	}
	sig[3], sig[70] = 5, 9
	densify(sig)
	for i, x := range sig {
		if x != 5 && x != 9 {
			t.Fatalf("bin %d holds %x, want a hash of a full bin", i, x)
		}
	}
	if sig[3] != 5 || sig[70] != 9 {
		t.Errorf("full bins changed: %x, %x", sig[3], sig[70])
	}
}
