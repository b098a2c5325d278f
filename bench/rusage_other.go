//go:build !unix

package main

import "os"

// maxRSS: no rusage here, so memory columns read 0.
func maxRSS(ps *os.ProcessState) int64 { return 0 }
