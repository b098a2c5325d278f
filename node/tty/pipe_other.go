//go:build !linux

package tty

// pipeFree: unknown outside Linux, so stdio pipe writes always report synchronous completion.
func pipeFree(fd int) int { return -1 }
