//go:build !linux

package tty

import (
	"io"
	"syscall"
)

const sigwinch = syscall.Signal(28)

func isTerminal(fd int) bool { return false }

func windowSize(fd int) (int, int, error) { return 0, 0, syscall.ENOTSUP }

func fdKind(fd int) string { return "PIPE" }

// HandleSIGPIPE has nothing to do where SIGPIPE does not exist or is not special.
func HandleSIGPIPE() {}

func setRawMode(fd int, raw bool) error { return syscall.ENOTSUP }

// RestoreModes has nothing to restore where raw mode is not supported.
func RestoreModes() {}

func waitWritable(io.Writer) {}
func waitReadable(io.Reader) {}

func sysWrite(fd int, b []byte) (int, error) { return 0, syscall.ENOTSUP }
func sysRead(fd int, b []byte) (int, error)  { return 0, syscall.ENOTSUP }
