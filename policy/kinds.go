package policy

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dedupe-news/dedupe/compare"
)

// Kinds returns the kinds of finding that compare defines, by name.
func Kinds() []compare.FindingKind {
	return []compare.FindingKind{
		compare.KindActor, compare.KindAttribution, compare.KindDate, compare.KindModality,
		compare.KindNumber, compare.KindPerson, compare.KindPlace, compare.KindTitle,
	}
}

// ParseKind reads the name of a kind of finding, one of [Kinds], so that a
// misspelt kind in a configuration is an error rather than a rule that
// never matches.
func ParseKind(s string) (compare.FindingKind, error) {
	kinds := Kinds()
	if slices.Contains(kinds, compare.FindingKind(s)) {
		return compare.FindingKind(s), nil
	}
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = string(k)
	}
	return "", fmt.Errorf("unknown kind %q: want %s", s, strings.Join(names, ", "))
}
