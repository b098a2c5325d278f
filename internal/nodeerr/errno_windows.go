//go:build windows

package nodeerr

import "syscall"

// On Windows libuv uses its own numbers for every error (uvFallback), and Node reports them.
var uvPlatform = map[string]syscall.Errno{}

// sysExtra is libuv's uv_translate_sys_error for the Win32 and Winsock codes Go reports, and
// the errno values Go's syscall package invents on Windows (APPLICATION_ERROR + n) under their
// POSIX names, so that code returning syscall.EINVAL reports EINVAL.
var sysExtra = func() map[syscall.Errno]string {
	m := map[syscall.Errno]string{}
	for code, name := range windowsSysErrors {
		m[syscall.Errno(code)] = name
	}
	for e, name := range map[syscall.Errno]string{
		syscall.E2BIG:           "E2BIG",
		syscall.EACCES:          "EACCES",
		syscall.EADDRINUSE:      "EADDRINUSE",
		syscall.EADDRNOTAVAIL:   "EADDRNOTAVAIL",
		syscall.EAFNOSUPPORT:    "EAFNOSUPPORT",
		syscall.EAGAIN:          "EAGAIN",
		syscall.EALREADY:        "EALREADY",
		syscall.EBADF:           "EBADF",
		syscall.EBUSY:           "EBUSY",
		syscall.ECANCELED:       "ECANCELED",
		syscall.ECONNABORTED:    "ECONNABORTED",
		syscall.ECONNREFUSED:    "ECONNREFUSED",
		syscall.ECONNRESET:      "ECONNRESET",
		syscall.EDESTADDRREQ:    "EDESTADDRREQ",
		syscall.EEXIST:          "EEXIST",
		syscall.EFAULT:          "EFAULT",
		syscall.EFBIG:           "EFBIG",
		syscall.EHOSTDOWN:       "EHOSTDOWN",
		syscall.EHOSTUNREACH:    "EHOSTUNREACH",
		syscall.EILSEQ:          "EILSEQ",
		syscall.EINTR:           "EINTR",
		syscall.EINVAL:          "EINVAL",
		syscall.EIO:             "EIO",
		syscall.EISCONN:         "EISCONN",
		syscall.EISDIR:          "EISDIR",
		syscall.ELOOP:           "ELOOP",
		syscall.EMFILE:          "EMFILE",
		syscall.EMLINK:          "EMLINK",
		syscall.EMSGSIZE:        "EMSGSIZE",
		syscall.ENAMETOOLONG:    "ENAMETOOLONG",
		syscall.ENETDOWN:        "ENETDOWN",
		syscall.ENETUNREACH:     "ENETUNREACH",
		syscall.ENFILE:          "ENFILE",
		syscall.ENOBUFS:         "ENOBUFS",
		syscall.ENODATA:         "ENODATA",
		syscall.ENODEV:          "ENODEV",
		syscall.ENOEXEC:         "ENOEXEC",
		syscall.ENOMEM:          "ENOMEM",
		syscall.ENONET:          "ENONET",
		syscall.ENOPROTOOPT:     "ENOPROTOOPT",
		syscall.ENOSPC:          "ENOSPC",
		syscall.ENOSYS:          "ENOSYS",
		syscall.ENOTCONN:        "ENOTCONN",
		syscall.ENOTEMPTY:       "ENOTEMPTY",
		syscall.ENOTSOCK:        "ENOTSOCK",
		syscall.ENOTSUP:         "ENOTSUP",
		syscall.ENOTTY:          "ENOTTY",
		syscall.ENXIO:           "ENXIO",
		syscall.EOVERFLOW:       "EOVERFLOW",
		syscall.EPERM:           "EPERM",
		syscall.EPIPE:           "EPIPE",
		syscall.EPROTO:          "EPROTO",
		syscall.EPROTONOSUPPORT: "EPROTONOSUPPORT",
		syscall.EPROTOTYPE:      "EPROTOTYPE",
		syscall.ERANGE:          "ERANGE",
		syscall.EREMOTEIO:       "EREMOTEIO",
		syscall.EROFS:           "EROFS",
		syscall.ESHUTDOWN:       "ESHUTDOWN",
		syscall.ESOCKTNOSUPPORT: "ESOCKTNOSUPPORT",
		syscall.ESPIPE:          "ESPIPE",
		syscall.ESRCH:           "ESRCH",
		syscall.ETIMEDOUT:       "ETIMEDOUT",
		syscall.ETXTBSY:         "ETXTBSY",
		syscall.EUNATCH:         "EUNATCH",
		syscall.EXDEV:           "EXDEV",
	} {
		m[e] = name
	}
	return m
}()

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
