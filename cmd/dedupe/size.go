package main

import (
	"strconv"
	"strings"
)

// sizeUnits are the suffixes --max-size accepts, each a power of 1024.
func sizeUnits() []struct {
	suffix string
	shift  uint
} {
	return []struct {
		suffix string
		shift  uint
	}{{"GiB", 30}, {"MiB", 20}, {"KiB", 10}, {"G", 30}, {"M", 20}, {"K", 10}, {"B", 0}}
}

// parseSize reads a --max-size: a whole number of bytes, optionally
// followed by KiB, MiB or GiB (K, M and G mean the same).
func parseSize(s string) (int64, error) {
	num, shift := strings.TrimSpace(s), uint(0)
	for _, u := range sizeUnits() {
		if rest, ok := strings.CutSuffix(num, u.suffix); ok {
			num, shift = strings.TrimSpace(rest), u.shift
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 || n > (1<<62)>>shift {
		return 0, usagef("invalid --max-size %q: want a number of bytes, optionally followed by KiB, MiB or GiB", s)
	}
	return n << shift, nil
}

// formatSize writes n bytes for a message: "10 MiB", "1.5 KiB", "12 bytes".
func formatSize(n int64) string {
	for _, u := range sizeUnits()[:3] {
		unit := int64(1) << u.shift
		switch {
		case n >= unit && n%unit == 0:
			return strconv.FormatInt(n/unit, 10) + " " + u.suffix
		case n >= unit:
			return strconv.FormatFloat(float64(n)/float64(unit), 'f', 1, 64) + " " + u.suffix
		}
	}
	return strconv.FormatInt(n, 10) + " bytes"
}
