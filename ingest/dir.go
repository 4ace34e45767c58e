package ingest

import (
	"cmp"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// dirSources returns the files to read inside dir and its
// subdirectories, in the order of their paths: the files chosen (see
// chosen), hidden ones (their name starting with ".") and those in hidden
// directories left out. Only regular files are read, and symbolic links
// whose target is a regular file inside dir; any other file chosen is
// reported to Warn and skipped (a directory silently, as it is no file,
// and a link to one is not followed). A link that cannot be resolved
// (broken, a loop) is kept: reading it reports why it fails.
func (l *loader) dirSources(dir string) ([]source, error) {
	var srcs []source
	realDir := "" // dir absolute, its links resolved: found at the first link
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return pathError(p, err)
		case p == dir:
			return nil
		case strings.HasPrefix(e.Name(), "."):
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil || e.IsDir() || !l.chosen(rel) {
			return nil
		}
		s := source{id: docID(p), path: p, root: dir, name: rel}
		switch {
		case e.Type().IsRegular():
		case e.Type()&fs.ModeSymlink == 0:
			l.warnf("%w", notRegular(p, e.Type()))
			return nil
		default:
			if realDir == "" {
				if realDir, err = resolve(dir); err != nil {
					return pathError(dir, err)
				}
			}
			name, skip := linkInside(realDir, dir, p)
			if skip != nil {
				l.warnf("%w", skip)
				return nil
			}
			s.name = cmp.Or(name, s.name)
		}
		srcs = append(srcs, s)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(srcs) == 0 {
		return nil, l.noFiles(dir)
	}
	return srcs, nil
}

// chosen reports whether the file at rel, its path inside a directory
// given as an argument, is to be read: when no glob is given, a file whose
// extension is one of a format Load reads (see formatOfExt); else one
// that a glob matches, by its name or, for a glob with a "/", by rel.
func (l *loader) chosen(rel string) bool {
	if len(l.Globs) == 0 {
		return formatOfExt(rel) != Auto
	}
	rel = filepath.ToSlash(rel)
	for _, g := range l.Globs {
		target := path.Base(rel)
		if strings.Contains(g, "/") {
			target = rel
		}
		if ok, _ := path.Match(g, target); ok {
			return true
		}
	}
	return false
}

// checkGlob fails on a malformed glob.
func checkGlob(g string) error {
	if _, err := path.Match(g, ""); err != nil || g == "" {
		return fmt.Errorf("invalid glob %q: want a pattern such as *.txt or 2024/*.xml", g)
	}
	return nil
}

// noFiles is the error of a directory that holds no file to read.
func (l *loader) noFiles(dir string) error {
	if len(l.Globs) > 0 {
		quoted := make([]string, len(l.Globs))
		for i, g := range l.Globs {
			quoted[i] = strconv.Quote(g)
		}
		return fmt.Errorf("%s: directory holds no file matching %s", dir, strings.Join(quoted, " or "))
	}
	return fmt.Errorf("%s: directory holds no file to read (.txt, .rss, .atom, .xml, .jsonl, .ndjson, .html, .htm, .xhtml)", dir)
}

// linkInside resolves the symbolic link at path, found in (a subdirectory
// of) dir, whose resolved path is realDir. It returns the target's path
// inside realDir when that is a regular file; else why path is skipped. A
// link that cannot be resolved gives neither.
func linkInside(realDir, dir, path string) (name string, skip error) {
	target, err := resolve(path)
	if err != nil {
		return "", nil
	}
	rel, err := filepath.Rel(realDir, target)
	if err != nil || !filepath.IsLocal(rel) {
		return "", fmt.Errorf("%s: a symbolic link to a file outside %s", path, dir)
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
