package main

import (
	"strings"
	"testing"
)

func TestParsePairs(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantIDs string // ids joined by ","
		wantErr string // substring; "" for no error
	}{
		{"three lines", "a\tx\ty\nb\tx\ty\nc\tx\ty\n", "a,b,c", ""},
		{"blank lines skipped", "\na\tx\ty\n  \n\nb\tx\ty", "a,b", ""},
		{"crlf", "a\tx\ty\r\nb\tx\ty\r\n", "a,b", ""},
		{"empty texts allowed", "a\t\t\n", "a", ""},
		{"empty input", "", "", ""},
		{"two fields", "a\tx\ty\n\nb\tx\n", "", "in.tsv:3: want 3 tab-separated fields (id, text_a, text_b), got 2"},
		{"four fields", "a\tx\ty\tz\n", "", "in.tsv:1: want 3 tab-separated fields (id, text_a, text_b), got 4"},
		{"no tabs", "a x y\n", "", "in.tsv:1: want 3"},
		{"empty id", "\tx\ty\n", "", "in.tsv:1: empty id"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pairs, err := parsePairs("in.tsv", tc.in)
			if tc.wantErr != "" {
				if err == nil || err.Error() != tc.wantErr && !strings.HasPrefix(err.Error(), tc.wantErr) {
					t.Errorf("parsePairs(%q) error = %v, want %q", tc.in, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("parsePairs(%q) error = %v", tc.in, err)
			}
			var ids []string
			for _, p := range pairs {
				ids = append(ids, p.id)
			}
			if got := strings.Join(ids, ","); got != tc.wantIDs {
				t.Errorf("parsePairs(%q) ids = %q, want %q", tc.in, got, tc.wantIDs)
			}
		})
	}
}

func TestScorePairsOutput(t *testing.T) {
	var b strings.Builder
	pairs := []pair{{"p2", "uno dos", "uno tres"}, {"p10", "a", "b"}, {"p1", "x", "x"}}
	if err := scorePairs(&b, pairs, 0.3); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), b.String())
	}
	for i, line := range lines {
		id, score, ok := strings.Cut(line, "\t")
		if !ok || id != pairs[i].id || len(score) != 6 || score[1] != '.' {
			t.Errorf("line %d = %q, want %q<TAB>d.dddd", i+1, line, pairs[i].id)
		}
	}
}
