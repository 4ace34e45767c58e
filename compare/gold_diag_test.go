package compare

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestGoldDiagnose prints every gold pair with its similarity and shared
// terms, and the strongest pairs gold does not hold. DIAG=1 to run.
func TestGoldDiagnose(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip("DIAG=1 to print")
	}
	g := loadGold(t)
	res := Run(loadSeeds(t, nil), Options{})
	ents := groupEntities(res)
	f := buildFeatures(res, &ents)
	at := map[string]int{}
	for id, c := range g.Claims {
		at[id] = claimAt(res, c.Doc, c.Byte)
	}
	inGold := map[[2]int]string{}
	for _, cl := range g.Clusters {
		all := append(slices.Clone(cl.Tight), cl.Loose...)
		for i, a := range all {
			for j, b := range all {
				if i >= j || g.Claims[a].Doc == g.Claims[b].Doc {
					continue
				}
				kind := "loose"
				if i < len(cl.Tight) && j < len(cl.Tight) {
					kind = "TIGHT"
				}
				x, y := min(at[a], at[b]), max(at[a], at[b])
				var shared []int32
				s := f.cosine(x, y, &shared)
				var terms []string
				for _, t := range shared {
					terms = append(terms, fmt.Sprintf("%s:%.1f", f.terms[t], f.idf[t]))
				}
				inGold[[2]int{x, y}] = cl.ID
				same := res.Claims[x].Cluster >= 0 && res.Claims[x].Cluster == res.Claims[y].Cluster
				fmt.Printf("%-4s %-5s %s-%s %.3f linked=%v %v\n", cl.ID, kind, a, b, s, same, terms)
			}
		}
	}
	fmt.Println("--- strongest non-gold pairs")
	type p struct {
		a, b int
		s    float64
	}
	var ps []p
	for a := range res.Claims {
		for b := a + 1; b < len(res.Claims); b++ {
			if f.docOf[a] == f.docOf[b] {
				continue
			}
			if _, ok := inGold[[2]int{a, b}]; ok {
				continue
			}
			if s := f.cosine(a, b, nil); s > 0.12 {
				ps = append(ps, p{a, b, s})
			}
		}
	}
	slices.SortFunc(ps, func(x, y p) int {
		if x.s > y.s {
			return -1
		}
		return 1
	})
	for _, x := range ps {
		var shared []int32
		f.cosine(x.a, x.b, &shared)
		var terms []string
		for _, t := range shared {
			terms = append(terms, f.terms[t])
		}
		fmt.Printf("%.3f %s | %.60s | %.60s %v\n", x.s, res.Claims[x.a].ID, res.Sentence(x.a).Text, res.Sentence(x.b).Text, terms)
	}
}

// TestGoldFalsePairs prints the clusters at a threshold with each member's
// gold clusters. DIAG=1 TH=0.15.
func TestGoldFalsePairs(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip("DIAG=1 to print")
	}
	th := 0.15
	fmt.Sscan(os.Getenv("TH"), &th)
	g := loadGold(t)
	res := Run(loadSeeds(t, nil), Options{Threshold: th})
	label := map[int][]string{}
	for id, c := range g.Claims {
		label[claimAt(res, c.Doc, c.Byte)] = append(label[claimAt(res, c.Doc, c.Byte)], id)
	}
	of := map[string][]string{}
	for _, cl := range g.Clusters {
		for _, m := range append(slices.Clone(cl.Tight), cl.Loose...) {
			of[m] = append(of[m], cl.ID)
		}
	}
	for _, cl := range res.Clusters {
		fmt.Printf("%s score %.3f\n", cl.ID, cl.Score)
		for _, c := range cl.Claims {
			var gs []string
			for _, id := range label[c] {
				gs = append(gs, id+"="+strings.Join(of[id], ","))
			}
			fmt.Printf("   %v %.80s\n", gs, res.Sentence(c).Text)
		}
	}
}
