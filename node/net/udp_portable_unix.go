//go:build (linux || darwin) && gnodeportableudp

package net

import (
	"net/netip"

	"golang.org/x/sys/unix"
)

// The socket calls udp_portable.go needs beyond Go's net package, for its test build here.

func setReuseAddr(fd uintptr) error {
	return unix.SetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
}

func setV6Only(fd uintptr, on bool) error {
	return unix.SetsockoptInt(int(fd), unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, boolInt(on))
}

func setBroadcast(fd uintptr, on bool) error {
	return unix.SetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_BROADCAST, boolInt(on))
}

func bufferSize(fd uintptr, recv bool) (int, error) {
	opt := unix.SO_SNDBUF
	if recv {
		opt = unix.SO_RCVBUF
	}
	return unix.GetsockoptInt(int(fd), unix.SOL_SOCKET, opt)
}

func connectRaw(fd uintptr, ip netip.Addr, port int) error {
	return unix.Connect(int(fd), sockaddr(ip, port))
}

func disconnectRaw(fd uintptr, _ bool) error {
	// connect with AF_UNSPEC dissolves the association
	_, _, e := unix.Syscall(unix.SYS_CONNECT, fd, uintptr(unsafePointer(&unspec)), uintptr(unix.SizeofSockaddrInet4))
	if e != 0 && e != unix.EAFNOSUPPORT {
		return e
	}
	return nil
}

func peerName(fd uintptr) (Addr, error) { return nameOf(unix.Getpeername(int(fd))) }
func sockName(fd uintptr) (Addr, error) { return nameOf(unix.Getsockname(int(fd))) }

func nameOf(sa unix.Sockaddr, err error) (Addr, error) {
	if err != nil {
		return Addr{}, err
	}
	return addrOf(sa), nil
}
