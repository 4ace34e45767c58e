package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// inputFiles are the local files dedupe reads, which it must never write
// over.
type inputFiles struct {
	paths []string      // as given or found in a directory
	infos []fs.FileInfo // of each path, nil where it cannot be had
	abs   []string      // each path absolute and cleaned, "" where that fails
}

// newInputFiles returns the local files at paths.
func newInputFiles(paths []string) inputFiles {
	var in inputFiles
	for _, p := range paths {
		info, _ := os.Stat(p)
		abs, _ := filepath.Abs(p)
		in.paths, in.infos, in.abs = append(in.paths, p), append(in.infos, info), append(in.abs, abs)
	}
	return in
}

// find returns the input that writing to path would overwrite, if any:
// the same file (os.SameFile) where path exists, else the input of the
// same absolute, cleaned path.
func (in inputFiles) find(path string) (string, bool) {
	if info, err := os.Stat(path); err == nil {
		for i, ii := range in.infos {
			if ii != nil && os.SameFile(info, ii) {
				return in.paths[i], true
			}
		}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	for i, a := range in.abs {
		if a == abs {
			return in.paths[i], true
		}
	}
	return "", false
}

// checkOverwrites fails when an output file or the baseline file to write
// (baselinePath, "" for none) is one of the inputs.
func checkOverwrites(inputs inputFiles, outs []output, baselinePath string) error {
	for _, o := range outs {
		if o.path == stdoutPath {
			continue
		}
		if in, ok := inputs.find(o.path); ok {
			return fmt.Errorf("--output %s=%s: would overwrite the input %s", o.format, o.path, in)
		}
	}
	if baselinePath == "" {
		return nil
	}
	if in, ok := inputs.find(baselinePath); ok {
		return fmt.Errorf("--write-baseline %s: would overwrite the input %s", baselinePath, in)
	}
	return nil
}
