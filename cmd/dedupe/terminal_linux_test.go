package main

import (
	"fmt"
	"os"
	"syscall"
	"testing"
	"unsafe"

	"github.com/dedupe-news/dedupe/report"
)

// openPTY returns the terminal end of a new pseudo-terminal, its width
// set to cols; it skips the test where none can be had.
func openPTY(t *testing.T, cols uint16) *os.File {
	t.Helper()
	ptmx, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skip("no pseudo-terminal:", err)
	}
	t.Cleanup(func() { ptmx.Close() })
	var unlock int32
	var n uint32
	if err := ioctl(ptmx, syscall.TIOCSPTLCK, unsafe.Pointer(&unlock)); err != nil {
		t.Skip("unlockpt:", err)
	}
	if err := ioctl(ptmx, syscall.TIOCGPTN, unsafe.Pointer(&n)); err != nil {
		t.Skip("ptsname:", err)
	}
	tty, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skip("no pseudo-terminal:", err)
	}
	t.Cleanup(func() { tty.Close() })
	ws := struct{ rows, cols, x, y uint16 }{24, cols, 0, 0}
	if err := ioctl(tty, syscall.TIOCSWINSZ, unsafe.Pointer(&ws)); err != nil {
		t.Skip("set the window size:", err)
	}
	return tty
}

// ioctl runs the ioctl req on f with the argument at arg.
func ioctl(f *os.File, req uintptr, arg unsafe.Pointer) error {
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), req, uintptr(arg)); errno != 0 {
		return errno
	}
	return nil
}

// TestStdoutOptions checks how the table is printed on a terminal and
// elsewhere: the width from COLUMNS, else the terminal's; colour with
// --color always, or auto on a terminal unless NO_COLOR is set.
func TestStdoutOptions(t *testing.T) {
	tty := openPTY(t, 100)
	pipe, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer pipe.Close()
	tests := []struct {
		name   string
		out    *os.File
		color  string
		env    map[string]string
		width  int
		colors bool
	}{
		{"terminal", tty, colorAuto, nil, 100, true},
		{"terminal, COLUMNS", tty, colorAuto, map[string]string{"COLUMNS": "72"}, 72, true},
		{"terminal, bad COLUMNS", tty, colorAuto, map[string]string{"COLUMNS": "wide"}, 100, true},
		{"terminal, NO_COLOR", tty, colorAuto, map[string]string{"NO_COLOR": "1"}, 100, false},
		{"terminal, empty NO_COLOR", tty, colorAuto, map[string]string{"NO_COLOR": ""}, 100, true},
		{"terminal, always despite NO_COLOR", tty, colorAlways, map[string]string{"NO_COLOR": "1"}, 100, true},
		{"terminal, never", tty, colorNever, nil, 100, false},
		{"file", pipe, colorAuto, nil, 0, false},
		{"file, COLUMNS", pipe, colorAuto, map[string]string{"COLUMNS": "80"}, 80, false},
		{"file, always", pipe, colorAlways, nil, 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			getenv := func(k string) string { return tc.env[k] }
			got := stdoutOptions(tc.out, tc.color, report.PartFindings, getenv)
			want := report.Options{Width: tc.width, Color: tc.colors, Only: report.PartFindings}
			if got != want {
				t.Errorf("stdoutOptions = %+v, want %+v", got, want)
			}
		})
	}
}
