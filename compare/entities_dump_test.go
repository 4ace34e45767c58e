package compare

import (
	"fmt"
	"os"
	"testing"
)

func TestDumpEntities(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	res := Run(loadSeeds(t, nil), Options{})
	for _, e := range res.Entities {
		docs := map[string]bool{}
		for _, m := range e.Mentions {
			docs[res.Documents[m.Doc].ID[:3]] = true
		}
		fmt.Printf("%s %s %q %q %v\n", e.ID, e.Kind, e.Name, e.Variants, len(docs))
	}
}
