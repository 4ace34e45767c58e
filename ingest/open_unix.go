//go:build unix

package ingest

import "syscall"

// openNonblock is the flag that makes opening a named pipe return at once
// rather than wait for a writer.
const openNonblock = syscall.O_NONBLOCK
