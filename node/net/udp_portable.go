//go:build windows || gnodeportableudp

package net

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"os"
	"syscall"
	"time"

	"golang.org/x/net/ipv4"
	"golang.org/x/net/ipv6"

	"github.com/gnode-dev/gnode/loop"
)

// UDP is a datagram socket on the loop (libuv's uv_udp_t) made with Go's net package, for the
// systems udp.go's direct use of the socket API does not cover (Windows). Linux builds it too
// with the tag gnodeportableudp, so that node:dgram's tests run against it here.
//
// The socket is made at Bind, where libuv makes it: before that every option fails with EBADF.
// A goroutine receives while RecvStart is in effect; RecvStop cuts its read short with a past
// deadline, so datagrams that come while stopped wait in the kernel.
type UDP struct {
	udpState
	ipv6 bool
	conn *net.UDPConn
	raw  syscall.RawConn
}

// NewUDP makes an unbound datagram socket, IPv6 (udp6) or IPv4.
func NewUDP(l *loop.Loop, ipv6 bool) (*UDP, error) {
	u := &UDP{ipv6: ipv6}
	u.init(l)
	return u, nil
}

// udpErr reports a socket error as its errno, not as Go's wrapped *net.OpError.
func udpErr(err error) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno
	}
	return err
}

func (u *UDP) control(f func(fd uintptr) error) error {
	if u.conn == nil {
		return syscall.EBADF
	}
	var ferr error
	if err := u.raw.Control(func(fd uintptr) { ferr = f(fd) }); err != nil {
		return syscall.EBADF
	}
	return udpErr(ferr)
}

// peerAddr is ip as the socket's family takes it: IPv4 addresses become IPv4-mapped IPv6 ones
// on a udp6 socket.
func (u *UDP) peerAddr(ip netip.Addr) netip.Addr {
	if u.ipv6 && ip.Is4() {
		return netip.AddrFrom16(ip.As16())
	}
	return ip
}

// Bind makes the socket and binds it to ip:port; reuseAddr sets SO_REUSEADDR, ipv6Only
// IPV6_V6ONLY (a udp6 socket takes IPv4 too unless it is set, as in Node).
func (u *UDP) Bind(ip netip.Addr, port int, reuseAddr, ipv6Only bool) error {
	if u.closed || u.conn != nil {
		return syscall.EINVAL
	}
	network := "udp4"
	if u.ipv6 {
		network = "udp6"
	}
	lc := net.ListenConfig{Control: func(_, _ string, c syscall.RawConn) error {
		var serr error
		err := c.Control(func(fd uintptr) {
			if reuseAddr {
				serr = setReuseAddr(fd)
			}
			if serr == nil && u.ipv6 {
				serr = setV6Only(fd, ipv6Only)
			}
		})
		if err != nil {
			return err
		}
		return serr
	}}
	pc, err := lc.ListenPacket(context.Background(), network, netip.AddrPortFrom(ip, uint16(port)).String())
	if err != nil {
		return udpErr(err)
	}
	conn := pc.(*net.UDPConn)
	raw, err := conn.SyscallConn()
	if err != nil {
		conn.Close()
		return udpErr(err)
	}
	u.conn, u.raw = conn, raw
	return nil
}

// Connect associates a default peer; Disconnect removes it. Go's net package does not know
// of the association (it is the socket's): sends without an address then use Write.
func (u *UDP) Connect(ip netip.Addr, port int) error {
	return u.control(func(fd uintptr) error { return connectRaw(fd, u.peerAddr(ip), port) })
}

func (u *UDP) Disconnect() error {
	return u.control(func(fd uintptr) error { return disconnectRaw(fd, u.ipv6) })
}

// Send writes one datagram made of bufs to ip:port (or to the connected peer when ip is
// invalid). It returns the bytes sent.
func (u *UDP) Send(bufs [][]byte, ip netip.Addr, port int) (int, error) {
	if u.conn == nil {
		return 0, syscall.EBADF
	}
	data := datagram(bufs)
	var err error
	if ip.IsValid() {
		_, err = u.conn.WriteToUDPAddrPort(data, netip.AddrPortFrom(u.peerAddr(ip), uint16(port)))
	} else {
		_, err = u.conn.Write(data)
	}
	if err != nil {
		return 0, udpErr(err)
	}
	return len(data), nil
}

// RecvStart delivers datagrams to OnMessage until RecvStop.
func (u *UDP) RecvStart() error {
	if u.closed || u.conn == nil {
		return syscall.EBADF
	}
	_ = u.conn.SetReadDeadline(time.Time{})
	if u.startReceiving() {
		go u.recvLoop()
	}
	return nil
}

func (u *UDP) RecvStop() error {
	u.stopReceiving()
	if u.conn != nil {
		// a read waiting now returns; the goroutine then waits for RecvStart
		_ = u.conn.SetReadDeadline(time.Unix(1, 0))
	}
	return nil
}

func (u *UDP) recvLoop() {
	buf := make([]byte, 64<<10)
	for u.waitWanted() {
		n, from, rerr := u.conn.ReadFromUDPAddrPort(buf)
		var data []byte
		switch {
		case rerr == nil:
			data = make([]byte, n)
			copy(data, buf[:n])
		case errors.Is(rerr, net.ErrClosed):
			u.readerEnded()
			return
		case errors.Is(rerr, os.ErrDeadlineExceeded):
			continue // RecvStop
		default:
			rerr = udpErr(rerr)
		}
		var a Addr
		if rerr == nil {
			a = addrOfAddrPort(from)
		}
		u.deliver(data, a, rerr)
	}
}

func addrOfAddrPort(ap netip.AddrPort) Addr {
	fam := "IPv6"
	if ap.Addr().Is4() {
		fam = "IPv4"
	}
	return Addr{Address: ap.Addr().String(), Family: fam, Port: int(ap.Port())}
}

// SockName and PeerName are the bound and connected addresses.
// (Asked of the socket: a connect changes the local address of a socket bound to a wildcard.)
func (u *UDP) SockName() (Addr, error) { return u.name(sockName) }
func (u *UDP) PeerName() (Addr, error) { return u.name(peerName) }

func (u *UDP) name(get func(fd uintptr) (Addr, error)) (Addr, error) {
	var a Addr
	err := u.control(func(fd uintptr) error {
		var err error
		a, err = get(fd)
		return err
	})
	return a, err
}

func (u *UDP) SetBroadcast(on bool) error {
	return u.control(func(fd uintptr) error { return setBroadcast(fd, on) })
}

func (u *UDP) SetTTL(v int) error {
	if u.conn == nil {
		return syscall.EBADF
	}
	if u.ipv6 {
		return udpErr(ipv6.NewConn(u.conn).SetHopLimit(v))
	}
	return udpErr(ipv4.NewConn(u.conn).SetTTL(v))
}

func (u *UDP) SetMulticastTTL(v int) error {
	if u.conn == nil {
		return syscall.EBADF
	}
	if u.ipv6 {
		return udpErr(ipv6.NewPacketConn(u.conn).SetMulticastHopLimit(v))
	}
	return udpErr(ipv4.NewPacketConn(u.conn).SetMulticastTTL(v))
}

func (u *UDP) SetMulticastLoopback(on bool) error {
	if u.conn == nil {
		return syscall.EBADF
	}
	if u.ipv6 {
		return udpErr(ipv6.NewPacketConn(u.conn).SetMulticastLoopback(on))
	}
	return udpErr(ipv4.NewPacketConn(u.conn).SetMulticastLoopback(on))
}

// SetMulticastInterface picks the interface of outgoing multicast: the one with an IPv4
// address (0.0.0.0: the default), or for IPv6 the one the address's zone names (none: the
// default).
func (u *UDP) SetMulticastInterface(ip netip.Addr) error {
	if u.conn == nil {
		return syscall.EBADF
	}
	if u.ipv6 {
		ifi, err := interfaceOfZone(ip)
		if err != nil {
			return err
		}
		return udpErr(ipv6.NewPacketConn(u.conn).SetMulticastInterface(ifi))
	}
	if !ip.Is4() {
		return syscall.EINVAL
	}
	ifi, err := interfaceOfAddr(ip)
	if err != nil {
		return err
	}
	return udpErr(ipv4.NewPacketConn(u.conn).SetMulticastInterface(ifi))
}

// interfaceOfAddr is the interface holding ip; nil for the unspecified address.
func interfaceOfAddr(ip netip.Addr) (*net.Interface, error) {
	if !ip.IsValid() || ip.IsUnspecified() {
		return nil, nil
	}
	ifs, err := net.Interfaces()
	if err != nil {
		return nil, udpErr(err)
	}
	for i := range ifs {
		addrs, _ := ifs[i].Addrs()
		for _, a := range addrs {
			if n, ok := a.(*net.IPNet); ok {
				if x, ok := netip.AddrFromSlice(n.IP); ok && x.Unmap() == ip.Unmap() {
					return &ifs[i], nil
				}
			}
		}
	}
	return nil, syscall.EADDRNOTAVAIL
}

// interfaceOfZone is the interface an IPv6 address's zone names; nil (the default) for none or
// an unknown name, as the socket API takes scope 0.
func interfaceOfZone(ip netip.Addr) (*net.Interface, error) {
	if ip.Zone() == "" {
		return nil, nil
	}
	ifi, err := net.InterfaceByName(ip.Zone())
	if err != nil {
		return nil, nil
	}
	return ifi, nil
}

// Membership joins (join true) or leaves a multicast group on an interface address.
func (u *UDP) Membership(group, iface netip.Addr, join bool) error {
	if u.conn == nil {
		return syscall.EBADF
	}
	g := &net.UDPAddr{IP: group.AsSlice()}
	if group.Is4() {
		ifi, err := interfaceOfAddr(iface)
		if err != nil {
			return err
		}
		p := ipv4.NewPacketConn(u.conn)
		if join {
			return udpErr(p.JoinGroup(ifi, g))
		}
		return udpErr(p.LeaveGroup(ifi, g))
	}
	ifi, err := interfaceOfZone(iface)
	if err != nil {
		return err
	}
	p := ipv6.NewPacketConn(u.conn)
	if join {
		return udpErr(p.JoinGroup(ifi, g))
	}
	return udpErr(p.LeaveGroup(ifi, g))
}

// BufferSize sets the receive (recv) or send buffer's size when size > 0, and returns the
// size the system reports.
func (u *UDP) BufferSize(size int, recv bool) (int, error) {
	if u.conn == nil {
		return 0, syscall.EBADF
	}
	if size > 0 {
		var err error
		if recv {
			err = u.conn.SetReadBuffer(size)
		} else {
			err = u.conn.SetWriteBuffer(size)
		}
		if err != nil {
			return 0, udpErr(err)
		}
	}
	var v int
	err := u.control(func(fd uintptr) error {
		var err error
		v, err = bufferSize(fd, recv)
		return err
	})
	return v, err
}

// Close closes the socket.
func (u *UDP) Close() {
	if u.markClosed() && u.conn != nil {
		_ = u.conn.Close()
	}
}
