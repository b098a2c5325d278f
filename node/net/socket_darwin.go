package net

import (
	"syscall"

	"golang.org/x/sys/unix"
)

// newSocket makes a non-blocking, close-on-exec socket: Darwin has no SOCK_NONBLOCK
// flag for socket(2), so the flags are set after, under the fork lock as Go's net package does.
func newSocket(family, typ int) (int, error) {
	syscall.ForkLock.RLock()
	fd, err := unix.Socket(family, typ, 0)
	if err == nil {
		unix.CloseOnExec(fd)
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return -1, err
	}
	if err := unix.SetNonblock(fd, true); err != nil {
		unix.Close(fd)
		return -1, err
	}
	// a write to a peer that has gone must fail with EPIPE, not raise SIGPIPE
	_ = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_NOSIGPIPE, 1)
	return fd, nil
}

// tcpKeepIdle is the option setKeepAlive's initial delay sets (Darwin's name for it).
const tcpKeepIdle = unix.TCP_KEEPALIVE
