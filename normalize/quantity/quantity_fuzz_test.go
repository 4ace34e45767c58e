package quantity

import (
	"math"
	"testing"
)

func FuzzFind(f *testing.F) {
	for _, tc := range quantityCases {
		f.Add(tc.text)
	}
	for _, tc := range formCases {
		f.Add(tc.text)
	}
	f.Add("de -5 a -3 entre 1,250 y 2,500 y 3 entre -1 y - 2 de 5 a 7 millones 10-15-20 5-3 % 1/2/3 1/0 0/4 ½")
	f.Add("US$ U$S$ R$R$5 MXN$- -US$5 $-5 S/.- °C° ºC 5ºC 5°C km/h/h 5km/h/s 75ml/h")
	f.Add("dos coma coma cinco uno con con un punto cero cero cero cero cinco tres cuartos de de un tercio de la")
	f.Add("15 dólares y 15 centavos y 15 céntimos con 99 con 100 euros con cincuenta menos menos 3 grados")
	f.Add("")
	f.Add("1.2.3 1,22,333 0,000 00.000 9999999999999999999 1 000 000,5 3\u00a0000\u202f000")
	f.Add("dos mil mil millones millones y medio y media de de")
	f.Add("un una uno medio media par centenar y y 1º 3er 10:30 2:24 -5 €€ $ % por ciento")
	f.Fuzz(func(t *testing.T, text string) {
		qs := Find(text)
		prevEnd := 0
		for i, q := range qs {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
				t.Fatalf("quantity %d of %q: span [%d:%d] out of bounds or empty", i, text, q.Start, q.End)
			}
			if q.Text != text[q.Start:q.End] {
				t.Fatalf("quantity %d of %q: Text %q; want text[%d:%d] = %q", i, text, q.Text, q.Start, q.End, text[q.Start:q.End])
			}
			if q.Start < prevEnd {
				t.Fatalf("quantity %d of %q: span [%d:%d] starts before the previous one ends (%d)", i, text, q.Start, q.End, prevEnd)
			}
			prevEnd = q.End
			for _, v := range []float64{q.Value, q.Alt} {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("quantity %d of %q: value %v", i, text, v)
				}
			}
			if q.Bound > Range {
				t.Fatalf("quantity %d of %q: bound %d", i, text, q.Bound)
			}
			if q.Bound != Range && q.High != 0 || q.Bound == Range && !(q.Value < q.High) {
				t.Fatalf("quantity %d of %q: %s: a range needs Value below High, and only a range a High", i, text, gotQuantity(q))
			}
			if !q.Compatible(q) {
				t.Fatalf("quantity %d of %q: %s is not compatible with itself", i, text, gotQuantity(q))
			}
			_ = q.Format()
		}
	})
}
