//go:build !unix

package ingest

// openNonblock is 0 where opening a named pipe cannot be made not to wait.
const openNonblock = 0
