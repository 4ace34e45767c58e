package main

import (
	"runtime/debug"
	"strings"
)

// version returns the version of the main module, or "devel" for a build
// that has none (go run, go test, a build from a work tree without
// version control information).
func version() string {
	info, _ := debug.ReadBuildInfo()
	return moduleVersion(info)
}

// versionLine returns what --version prints: the module version, then
// the revision and commit time the build was made from, when the build
// recorded them (go install from a clone does; go install …@latest
// records the version only):
//
//	dedupe v1.2.0
//	dedupe v0.0.0-20261203120000-5649c5b0a1b2 (revision 5649c5b0a1b2, 2026-12-03T12:00:00Z)
//	dedupe devel (revision 5649c5b0a1b2, 2026-12-03T12:00:00Z, modified)
//	dedupe devel
func versionLine(info *debug.BuildInfo) string {
	line := "dedupe " + moduleVersion(info)
	if info == nil {
		return line
	}
	var rev, at string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	var parts []string
	if rev != "" {
		parts = append(parts, "revision "+rev[:min(len(rev), 12)])
	}
	if at != "" {
		parts = append(parts, at)
	}
	if modified && rev != "" {
		parts = append(parts, "modified")
	}
	if len(parts) == 0 {
		return line
	}
	return line + " (" + strings.Join(parts, ", ") + ")"
}

// moduleVersion returns the main module's version in info, or "devel"
// when info is nil or holds none.
func moduleVersion(info *debug.BuildInfo) string {
	if info == nil || info.Main.Version == "" || info.Main.Version == "(devel)" {
		return "devel"
	}
	return info.Main.Version
}
