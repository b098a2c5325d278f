//go:build !unix

package soak

import "os"

// peakRSS: no rusage here.
func peakRSS(ps *os.ProcessState) int64 { return 0 }
