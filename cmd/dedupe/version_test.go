package main

import (
	"runtime/debug"
	"testing"
)

// TestVersionLine checks what --version prints for the build infos go
// install and go build record, and without any.
func TestVersionLine(t *testing.T) {
	vcs := func(rev, at, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev},
			{Key: "vcs.time", Value: at}, {Key: "vcs.modified", Value: modified}}
	}
	const rev = "5649c5bb3c1036be358cba822a52ecf7f071e994"
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"no build info", nil, "dedupe devel"},
		{"go run", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "dedupe devel"},
		{"empty version", &debug.BuildInfo{}, "dedupe devel"},
		{"go install @latest", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, "dedupe v1.2.0"},
		{"go install from a clone",
			&debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261203130225-5649c5bb3c10"}, Settings: vcs(rev, "2026-12-03T13:02:25Z", "false")},
			"dedupe v0.0.0-20261203130225-5649c5bb3c10 (revision 5649c5bb3c10, 2026-12-03T13:02:25Z)"},
		{"modified work tree",
			&debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261203130225-5649c5bb3c10+dirty"}, Settings: vcs(rev, "2026-12-03T13:02:25Z", "true")},
			"dedupe v0.0.0-20261203130225-5649c5bb3c10+dirty (revision 5649c5bb3c10, 2026-12-03T13:02:25Z, modified)"},
		{"devel with a revision", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs(rev, "", "false")},
			"dedupe devel (revision 5649c5bb3c10)"},
		{"short revision", &debug.BuildInfo{Settings: vcs("abc", "", "true")}, "dedupe devel (revision abc, modified)"},
		{"modified without a revision", &debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.modified", Value: "true"}}}, "dedupe devel"},
		{"other settings only", &debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "-trimpath", Value: "true"}}}, "dedupe devel"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := versionLine(tc.info); got != tc.want {
				t.Errorf("versionLine = %q, want %q", got, tc.want)
			}
		})
	}
}
