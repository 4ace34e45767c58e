package ingest

import "strconv"

// formatSize writes n bytes for a message: "10 MiB", "1.5 KiB", "12 bytes".
func formatSize(n int64) string {
	units := []struct {
		suffix string
		shift  uint
	}{{"GiB", 30}, {"MiB", 20}, {"KiB", 10}}
	for _, u := range units {
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
