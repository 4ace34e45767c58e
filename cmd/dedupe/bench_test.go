package main

import (
	"bytes"
	"io"
	"path/filepath"
	"testing"
)

// BenchmarkEndToEnd runs dedupe on the five seed articles as the CLI does:
// read the files, parse, compare and print the tables and the JSON.
func BenchmarkEndToEnd(b *testing.B) {
	files, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil || len(files) != 5 {
		b.Fatalf("seeds: %v", err)
	}
	for _, format := range []string{"table", "json"} {
		b.Run(format, func(b *testing.B) {
			args := append([]string{"--format", format, "--fail-on", "none"}, files...)
			var stderr bytes.Buffer
			b.ReportAllocs()
			for b.Loop() {
				if code := run(args, nil, io.Discard, &stderr); code != 0 {
					b.Fatalf("exit %d: %s", code, stderr.String())
				}
			}
		})
	}
}
