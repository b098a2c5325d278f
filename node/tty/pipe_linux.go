package tty

import "golang.org/x/sys/unix"

// pipeFree is how many bytes the pipe behind fd can take before a write would wait: its
// capacity less what is queued in it. -1 when fd is not a pipe it can measure.
func pipeFree(fd int) int {
	capacity, err := unix.FcntlInt(uintptr(fd), unix.F_GETPIPE_SZ, 0)
	if err != nil {
		return -1
	}
	// TIOCINQ is FIONREAD: the bytes waiting in the pipe
	queued, err := unix.IoctlGetInt(fd, unix.TIOCINQ)
	if err != nil {
		return -1
	}
	return capacity - queued
}
