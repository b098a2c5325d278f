//go:build !linux && !darwin && !windows

package nodeerr

import "syscall"

// On other platforms this table is empty: libuv's own numbers are used for every error
// (uvFallback), and the os.constants tables are left empty.
var uvPlatform = map[string]syscall.Errno{}

var osErrno = []struct {
	Name  string
	Errno syscall.Errno
}{}

var osSignals = []struct {
	Name   string
	Signal syscall.Signal
}{}

// sysExtra maps further system errors to libuv names (Windows' codes there).
var sysExtra = map[syscall.Errno]string{}

// unknownIsUNKNOWN is false on Unix: libuv passes unknown errnos through (-errno).
const unknownIsUNKNOWN = false
