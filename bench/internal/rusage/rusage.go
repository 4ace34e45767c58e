// Package rusage reads the peak memory of a finished child process, for
// the benchmark programs that run the dedupe binary and hold it to a bound
// (peakrss, nightly). It is a package of its own because neither the
// generated corpus (package corpus) nor any program is the place for what
// two programs share about processes.
package rusage

import (
	"os"
	"runtime"
	"syscall"
)

// PeakMB returns the peak resident set size of a finished process in
// megabytes (2²⁰ bytes), rounded up; 0 where the system does not say.
func PeakMB(ps *os.ProcessState) int64 {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0
	}
	bytes := int64(ru.Maxrss) * 1024 // Linux reports kilobytes
	if runtime.GOOS == "darwin" {
		bytes = int64(ru.Maxrss) // macOS, bytes
	}
	return (bytes + 1<<20 - 1) >> 20
}
