package net

import (
	"net/netip"

	"golang.org/x/sys/windows"
)

// The Winsock calls udp_portable.go needs beyond Go's net package.

func setReuseAddr(fd uintptr) error {
	return windows.SetsockoptInt(windows.Handle(fd), windows.SOL_SOCKET, windows.SO_REUSEADDR, 1)
}

func setV6Only(fd uintptr, on bool) error {
	return windows.SetsockoptInt(windows.Handle(fd), windows.IPPROTO_IPV6, windows.IPV6_V6ONLY, boolInt(on))
}

func setBroadcast(fd uintptr, on bool) error {
	return windows.SetsockoptInt(windows.Handle(fd), windows.SOL_SOCKET, windows.SO_BROADCAST, boolInt(on))
}

func bufferSize(fd uintptr, recv bool) (int, error) {
	opt := windows.SO_SNDBUF
	if recv {
		opt = windows.SO_RCVBUF
	}
	return windows.GetsockoptInt(windows.Handle(fd), windows.SOL_SOCKET, opt)
}

func winSockaddr(ip netip.Addr, port int) windows.Sockaddr {
	if ip.Is4() {
		return &windows.SockaddrInet4{Addr: ip.As4(), Port: port}
	}
	sa := &windows.SockaddrInet6{Addr: ip.As16(), Port: port}
	if z := ip.Zone(); z != "" {
		if ifi, err := interfaceOfZone(ip); err == nil && ifi != nil {
			sa.ZoneId = uint32(ifi.Index)
		}
	}
	return sa
}

func connectRaw(fd uintptr, ip netip.Addr, port int) error {
	return windows.Connect(windows.Handle(fd), winSockaddr(ip, port))
}

// disconnectRaw connects to the all-zero address, which dissolves a UDP association on Winsock.
func disconnectRaw(fd uintptr, ipv6 bool) error {
	var sa windows.Sockaddr = &windows.SockaddrInet4{}
	if ipv6 {
		sa = &windows.SockaddrInet6{}
	}
	return windows.Connect(windows.Handle(fd), sa)
}

func peerName(fd uintptr) (Addr, error) { return nameOf(windows.Getpeername(windows.Handle(fd))) }
func sockName(fd uintptr) (Addr, error) { return nameOf(windows.Getsockname(windows.Handle(fd))) }

func nameOf(sa windows.Sockaddr, err error) (Addr, error) {
	if err != nil {
		return Addr{}, err
	}
	switch a := sa.(type) {
	case *windows.SockaddrInet4:
		return addrOfAddrPort(netip.AddrPortFrom(netip.AddrFrom4(a.Addr), uint16(a.Port))), nil
	case *windows.SockaddrInet6:
		return addrOfAddrPort(netip.AddrPortFrom(netip.AddrFrom16(a.Addr), uint16(a.Port))), nil
	}
	return Addr{}, windows.WSAEAFNOSUPPORT
}
