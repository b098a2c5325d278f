//go:build !linux && !darwin

package nodeerr

import "syscall"

// On other platforms (Windows) libuv uses its own numbers for every error (uvFallback), and
// the os.constants tables are left empty here.
var uvPlatform = map[string]syscall.Errno{}

var osErrno = []struct {
	Name  string
	Errno syscall.Errno
}{}

var osSignals = []struct {
	Name   string
	Signal syscall.Signal
}{}
