//go:build (linux || darwin) && !gnodeportableudp

package net

import (
	"errors"
	"net"
	"net/netip"
	"os"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/gnode-dev/gnode/loop"
)

// UDP is a datagram socket on the loop (libuv's uv_udp_t). Receiving runs on a goroutine that
// takes a pooled buffer only when a datagram is waiting; sends go straight to the kernel.
type UDP struct {
	udpState
	fd     int
	file   *os.File
	raw    syscall.RawConn
	family int
	bound  bool
}

// NewUDP makes an unbound datagram socket, IPv6 (udp6) or IPv4.
func NewUDP(l *loop.Loop, ipv6 bool) (*UDP, error) {
	family := unix.AF_INET
	if ipv6 {
		family = unix.AF_INET6
	}
	fd, err := newSocket(family, unix.SOCK_DGRAM)
	if err != nil {
		return nil, err
	}
	u := &UDP{fd: fd, family: family}
	u.init(l)
	u.file = os.NewFile(uintptr(fd), "udp")
	rc, err := u.file.SyscallConn()
	if err != nil {
		u.file.Close()
		return nil, err
	}
	u.raw = rc
	return u, nil
}

func (u *UDP) control(f func(fd int) error) error {
	if !u.bound {
		// libuv makes the socket at bind: before that every option fails with EBADF
		return syscall.EBADF
	}
	var ferr error
	if err := u.raw.Control(func(fd uintptr) { ferr = f(int(fd)) }); err != nil {
		return syscall.EBADF
	}
	return ferr
}

// Bind binds to ip:port; reuseAddr sets SO_REUSEADDR, ipv6Only IPV6_V6ONLY.
func (u *UDP) Bind(ip netip.Addr, port int, reuseAddr, ipv6Only bool) error {
	u.bound = true
	err := u.control(func(fd int) error {
		if reuseAddr {
			_ = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
		}
		if u.family == unix.AF_INET6 {
			v := 0
			if ipv6Only {
				v = 1
			}
			_ = unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, v)
		}
		return unix.Bind(fd, u.sockaddr(ip, port))
	})
	if err != nil {
		u.bound = false
	}
	return err
}

func (u *UDP) sockaddr(ip netip.Addr, port int) unix.Sockaddr {
	if u.family == unix.AF_INET6 && ip.Is4() {
		ip = netip.AddrFrom16(ip.As16())
	}
	return sockaddr(ip, port)
}

// Connect associates a default peer; Disconnect removes it (AF_UNSPEC).
func (u *UDP) Connect(ip netip.Addr, port int) error {
	return u.control(func(fd int) error { return unix.Connect(fd, u.sockaddr(ip, port)) })
}

func (u *UDP) Disconnect() error {
	return u.control(func(fd int) error {
		// connect with AF_UNSPEC dissolves the association
		_, _, e := unix.Syscall(unix.SYS_CONNECT, uintptr(fd), uintptr(unsafePointer(&unspec)), uintptr(unix.SizeofSockaddrInet4))
		if e != 0 && e != unix.EAFNOSUPPORT {
			return e
		}
		return nil
	})
}

// Send writes one datagram made of bufs to ip:port (or to the connected peer when ip is
// invalid). It returns the bytes sent.
func (u *UDP) Send(bufs [][]byte, ip netip.Addr, port int) (int, error) {
	data := datagram(bufs)
	var n int
	err := u.control(func(fd int) error {
		var err error
		for {
			if ip.IsValid() {
				err = unix.Sendto(fd, data, 0, u.sockaddr(ip, port))
			} else {
				_, err = unix.Write(fd, data)
			}
			if err == unix.EINTR {
				continue
			}
			if err == unix.EAGAIN {
				// the send buffer is full: wait as a blocking send would
				var pfd = []unix.PollFd{{Fd: int32(fd), Events: unix.POLLOUT}}
				_, _ = unix.Poll(pfd, -1)
				continue
			}
			break
		}
		n = len(data)
		return err
	})
	return n, err
}

// RecvStart delivers datagrams to OnMessage until RecvStop.
func (u *UDP) RecvStart() error {
	if u.closed {
		return syscall.EBADF
	}
	if u.startReceiving() {
		go u.recvLoop()
	}
	return nil
}

func (u *UDP) RecvStop() error {
	u.stopReceiving()
	return nil
}

func (u *UDP) recvLoop() {
	for u.waitWanted() {
		var (
			n    int
			from unix.Sockaddr
			rerr error
			data []byte
		)
		err := u.raw.Read(func(fd uintptr) bool {
			b := readBufs.Get().(*[]byte)
			for {
				n, from, rerr = unix.Recvfrom(int(fd), *b, 0)
				if rerr != unix.EINTR {
					break
				}
			}
			if rerr == unix.EAGAIN {
				readBufs.Put(b)
				return false
			}
			if rerr == nil {
				data = make([]byte, n)
				copy(data, (*b)[:n])
			}
			readBufs.Put(b)
			return true
		})
		if err != nil {
			if errors.Is(err, os.ErrClosed) || errors.Is(err, net.ErrClosed) {
				u.readerEnded()
				return
			}
			rerr = err
		}
		var a Addr
		if from != nil {
			a = addrOf(from)
		}
		u.deliver(data, a, rerr)
	}
}

// SockName and PeerName are the bound and connected addresses.
func (u *UDP) SockName() (Addr, error) { return u.name(unix.Getsockname) }
func (u *UDP) PeerName() (Addr, error) { return u.name(unix.Getpeername) }

func (u *UDP) name(get func(int) (unix.Sockaddr, error)) (Addr, error) {
	var a Addr
	err := u.control(func(fd int) error {
		sa, err := get(fd)
		if err == nil {
			a = addrOf(sa)
		}
		return err
	})
	return a, err
}

// SetOption sets an integer socket option.
func (u *UDP) SetOption(level, opt, v int) error {
	return u.control(func(fd int) error { return unix.SetsockoptInt(fd, level, opt, v) })
}

// GetOption reads an integer socket option.
func (u *UDP) GetOption(level, opt int) (int, error) {
	var v int
	err := u.control(func(fd int) error {
		var err error
		v, err = unix.GetsockoptInt(fd, level, opt)
		return err
	})
	return v, err
}

// Membership joins (join true) or leaves a multicast group on an interface address.
func (u *UDP) Membership(group, iface netip.Addr, join bool) error {
	return u.control(func(fd int) error {
		if group.Is4() {
			mreq := &unix.IPMreq{Multiaddr: group.As4()}
			if iface.IsValid() && iface.Is4() {
				mreq.Interface = iface.As4()
			}
			opt := unix.IP_ADD_MEMBERSHIP
			if !join {
				opt = unix.IP_DROP_MEMBERSHIP
			}
			return unix.SetsockoptIPMreq(fd, unix.IPPROTO_IP, opt, mreq)
		}
		mreq := &unix.IPv6Mreq{Multiaddr: group.As16()}
		opt := unix.IPV6_JOIN_GROUP
		if !join {
			opt = unix.IPV6_LEAVE_GROUP
		}
		return unix.SetsockoptIPv6Mreq(fd, unix.IPPROTO_IPV6, opt, mreq)
	})
}

func (u *UDP) is6() bool { return u.family == unix.AF_INET6 }

func (u *UDP) SetBroadcast(on bool) error {
	return u.SetOption(unix.SOL_SOCKET, unix.SO_BROADCAST, boolInt(on))
}

func (u *UDP) SetTTL(v int) error {
	if u.is6() {
		return u.SetOption(unix.IPPROTO_IPV6, unix.IPV6_UNICAST_HOPS, v)
	}
	return u.SetOption(unix.IPPROTO_IP, unix.IP_TTL, v)
}

func (u *UDP) SetMulticastTTL(v int) error {
	if u.is6() {
		return u.SetOption(unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_HOPS, v)
	}
	return u.SetOption(unix.IPPROTO_IP, unix.IP_MULTICAST_TTL, v)
}

func (u *UDP) SetMulticastLoopback(on bool) error {
	if u.is6() {
		return u.SetOption(unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_LOOP, boolInt(on))
	}
	return u.SetOption(unix.IPPROTO_IP, unix.IP_MULTICAST_LOOP, boolInt(on))
}

// SetMulticastInterface picks the interface of outgoing multicast: an IPv4 address, or for IPv6
// the interface named by the address's zone (none: the default).
func (u *UDP) SetMulticastInterface(ip netip.Addr) error {
	return u.control(func(fd int) error {
		if u.is6() {
			idx := 0
			if z := ip.Zone(); z != "" {
				if ifi, err := net.InterfaceByName(z); err == nil {
					idx = ifi.Index
				}
			}
			return unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_IF, idx)
		}
		if !ip.Is4() {
			return syscall.EINVAL
		}
		return unix.SetsockoptInet4Addr(fd, unix.IPPROTO_IP, unix.IP_MULTICAST_IF, ip.As4())
	})
}

// BufferSize sets the receive (recv) or send buffer's size when size > 0, and returns the
// size the kernel reports.
func (u *UDP) BufferSize(size int, recv bool) (int, error) {
	opt := unix.SO_SNDBUF
	if recv {
		opt = unix.SO_RCVBUF
	}
	if size > 0 {
		if err := u.SetOption(unix.SOL_SOCKET, opt, size); err != nil {
			return 0, err
		}
	}
	return u.GetOption(unix.SOL_SOCKET, opt)
}

// Close closes the socket.
func (u *UDP) Close() {
	if u.markClosed() {
		_ = u.file.Close()
	}
}
