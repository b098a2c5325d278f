//go:build unix

package soak

import (
	"os"
	"syscall"
)

// peakRSS is the child's peak resident set in bytes (ru_maxrss is in KiB on Linux).
func peakRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return int64(ru.Maxrss) * 1024
	}
	return 0
}
