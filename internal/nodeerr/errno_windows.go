//go:build windows

package nodeerr

import "syscall"

// On Windows libuv uses its own numbers for every error (uvFallback); Go reports Win32 and
// Winsock codes, which libuv's uv_translate_sys_error maps as below (the common ones).
var uvPlatform = map[string]syscall.Errno{}

var sysExtra = map[syscall.Errno]string{
	2:     "ENOENT",       // ERROR_FILE_NOT_FOUND
	3:     "ENOENT",       // ERROR_PATH_NOT_FOUND
	4:     "EMFILE",       // ERROR_TOO_MANY_OPEN_FILES
	5:     "EPERM",        // ERROR_ACCESS_DENIED
	6:     "EBADF",        // ERROR_INVALID_HANDLE
	8:     "ENOMEM",       // ERROR_NOT_ENOUGH_MEMORY
	17:    "EXDEV",        // ERROR_NOT_SAME_DEVICE
	32:    "EBUSY",        // ERROR_SHARING_VIOLATION
	80:    "EEXIST",       // ERROR_FILE_EXISTS
	87:    "EINVAL",       // ERROR_INVALID_PARAMETER
	109:   "EOF",          // ERROR_BROKEN_PIPE
	123:   "ENOENT",       // ERROR_INVALID_NAME
	145:   "ENOTEMPTY",    // ERROR_DIR_NOT_EMPTY
	183:   "EEXIST",       // ERROR_ALREADY_EXISTS
	206:   "ENAMETOOLONG", // ERROR_FILENAME_EXCED_RANGE
	232:   "EPIPE",        // ERROR_NO_DATA
	267:   "ENOTDIR",      // ERROR_DIRECTORY
	995:   "ECANCELED",    // ERROR_OPERATION_ABORTED
	10048: "EADDRINUSE",   // WSAEADDRINUSE
	10054: "ECONNRESET",   // WSAECONNRESET
	10060: "ETIMEDOUT",    // WSAETIMEDOUT
	10061: "ECONNREFUSED", // WSAECONNREFUSED
}

// unknownIsUNKNOWN: libuv reports untranslated Windows errors as UNKNOWN.
const unknownIsUNKNOWN = true

var osErrno = []struct {
	Name  string
	Errno syscall.Errno
}{}

var osSignals = []struct {
	Name   string
	Signal syscall.Signal
}{}
