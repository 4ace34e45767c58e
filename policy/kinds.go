package policy

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dedupe-news/dedupe/compare"
)

// ParseKind reads the name of a kind of finding, one of [compare.Kinds], so that a
// misspelt kind in a configuration is an error rather than a rule that
// never matches.
func ParseKind(s string) (compare.FindingKind, error) {
	kinds := compare.Kinds()
	if slices.Contains(kinds, compare.FindingKind(s)) {
		return compare.FindingKind(s), nil
	}
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = string(k)
	}
	return "", fmt.Errorf("unknown kind %q: want %s", s, strings.Join(names, ", "))
}
