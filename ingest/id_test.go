package ingest

import (
	"strings"
	"testing"
)

func TestID(t *testing.T) {
	tests := []struct{ desc, identity, wantPrefix string }{
		{"url", "https://www.elpais.com/internacional/2023-09-12/kim.html?utm=x", "elpais_com_internacional_2023_09_12_kim_"},
		{"tag uri", "tag:agencianorte.example,2023:kim-putin-1", "tag_agencianorte_example_2023_kim_putin_"},
		{"accents", "https://a.example/política/año", "a_example_pol_tica_a_o_"},
		{"number", "12345", "12345_"},
		{"file", "rss.xml#item3", "rss_xml_item3_"},
		{"nothing readable", "¿?", ""},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got := ID(tc.identity)
			if !strings.HasPrefix(got, tc.wantPrefix) || len(got) != len(tc.wantPrefix)+8 {
				t.Errorf("ID(%q) = %q, want %q and 8 hex digits", tc.identity, got, tc.wantPrefix)
			}
			if !isSafeID(got) {
				t.Errorf("ID(%q) = %q, not a safe id", tc.identity, got)
			}
			if again := ID(tc.identity); again != got {
				t.Errorf("ID(%q) = %q, then %q", tc.identity, got, again)
			}
		})
	}
	if a, b := ID("https://u:secret@www.a.example/x"), ID("https://www.a.example/x"); a != b {
		t.Errorf("ID of a URL with credentials = %q, want %q, the id without them", a, b)
	}
	if a, b := ID("https://a.example/x?id=1"), ID("https://a.example/x?id=2"); a == b {
		t.Errorf("two URLs that differ in the query have one id %q", a)
	}
}

func TestIsSafeID(t *testing.T) {
	tests := []struct {
		id   string
		want bool
	}{
		{"norte-1", true}, {"000_e85777c062e9bbc9", true}, {"a.b", true},
		{"", false}, {"-a", false}, {".hidden", false}, {"a/b", false}, {"a b", false},
		{"año", false}, {strings.Repeat("a", 64), true}, {strings.Repeat("a", 65), false},
	}
	for _, tc := range tests {
		if got := isSafeID(tc.id); got != tc.want {
			t.Errorf("isSafeID(%q) = %v, want %v", tc.id, got, tc.want)
		}
	}
}
