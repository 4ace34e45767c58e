package main

import (
	"strings"

	"github.com/dedupe-news/dedupe/ingest"
)

// parseEncodings reads the --encoding values, each ENC (every input's)
// or ID=ENC (document ID's), ENC utf8 or latin1.
func parseEncodings(args []string) ([]ingest.EncodingRule, error) {
	var rules []ingest.EncodingRule
	for _, arg := range args {
		id, enc, ok := strings.Cut(arg, "=")
		if !ok {
			id, enc = "", arg
		}
		if enc != ingest.EncodingUTF8 && enc != ingest.EncodingLatin1 {
			return nil, usagef("invalid --encoding %q: want utf8 or latin1, or ID=utf8 or ID=latin1", arg)
		}
		if ok && id == "" {
			return nil, usagef("invalid --encoding %q: empty document id", arg)
		}
		rules = append(rules, ingest.EncodingRule{ID: id, Encoding: enc, Source: "--encoding " + arg})
	}
	return rules, nil
}
