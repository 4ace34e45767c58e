package main

import (
	"cmp"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// dirSources returns the *.txt files directly inside dir, by name. Only
// regular files are read, and symbolic links whose target is a regular
// file inside dir; any other .txt is reported on warn and skipped
// (subdirectories silently, as they are not files). A link that cannot be
// resolved (broken, a loop) is kept: reading it reports why it fails.
func dirSources(dir string, warn io.Writer) ([]source, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, pathError(dir, err)
	}
	var srcs []source
	realDir := "" // dir absolute, its links resolved: found at the first link
	for _, e := range entries {
		if e.IsDir() || filepath.Ext(e.Name()) != ".txt" {
			continue
		}
		p := filepath.Join(dir, e.Name())
		s := source{id: docID(p), path: p, root: dir, name: e.Name()}
		switch {
		case e.Type().IsRegular():
		case e.Type()&fs.ModeSymlink == 0:
			warnf(warn, "skipped %v", notRegular(p, e.Type()))
			continue
		default:
			if realDir == "" {
				if realDir, err = resolve(dir); err != nil {
					return nil, pathError(dir, err)
				}
			}
			name, skip := linkInside(realDir, p)
			if skip != nil {
				warnf(warn, "skipped %v", skip)
				continue
			}
			s.name = cmp.Or(name, s.name)
		}
		srcs = append(srcs, s)
	}
	if len(srcs) == 0 {
		return nil, fmt.Errorf("%s: directory holds no .txt files", dir)
	}
	return srcs, nil
}

// linkInside resolves the symbolic link at path, found in the directory
// whose resolved path is realDir. It returns the target's path inside
// realDir when that is a regular file; else why path is skipped. A link
// that cannot be resolved gives neither.
func linkInside(realDir, path string) (name string, skip error) {
	target, err := resolve(path)
	if err != nil {
		return "", nil
	}
	rel, err := filepath.Rel(realDir, target)
	if err != nil || !filepath.IsLocal(rel) {
		return "", fmt.Errorf("%s: a symbolic link to a file outside %s", path, filepath.Dir(path))
	}
	info, err := os.Stat(target)
	switch {
	case err != nil:
		return "", nil
	case !info.Mode().IsRegular():
		return "", notRegular(path, info.Mode())
	}
	return rel, nil
}

// resolve returns path absolute, with every symbolic link in it resolved.
func resolve(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return filepath.EvalSymlinks(abs)
}
