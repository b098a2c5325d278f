package net

import "golang.org/x/sys/unix"

// newSocket makes a non-blocking, close-on-exec socket in one call.
func newSocket(family, typ int) (int, error) {
	return unix.Socket(family, typ|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
}

// tcpKeepIdle is the option setKeepAlive's initial delay sets.
const tcpKeepIdle = unix.TCP_KEEPIDLE
