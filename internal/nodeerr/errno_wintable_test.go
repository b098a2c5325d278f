package nodeerr

import "testing"

// The Windows table names only libuv errors, and the codes Node programs meet most map as
// libuv's uv_translate_sys_error does. Runs on every OS.
func TestWindowsSysErrors(t *testing.T) {
	for code, name := range windowsSysErrors {
		if _, ok := uvFallback[name]; !ok {
			t.Errorf("Win32 error %d maps to %s, which libuv does not have", code, name)
		}
	}
	for code, want := range map[uint32]string{
		2: "ENOENT", 3: "ENOENT", 5: "EPERM", 6: "EBADF", 32: "EBUSY", 80: "EEXIST", 87: "EINVAL",
		145: "ENOTEMPTY", 183: "EEXIST", 267: "ENOENT", 1: "EISDIR", 109: "EOF",
		10048: "EADDRINUSE", 10049: "EADDRNOTAVAIL", 10054: "ECONNRESET", 10061: "ECONNREFUSED",
		10060: "ETIMEDOUT", 10035: "EAGAIN",
	} {
		if got := windowsSysErrors[code]; got != want {
			t.Errorf("Win32 error %d maps to %q, want %q", code, got, want)
		}
	}
}
