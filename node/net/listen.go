//go:build linux || darwin

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

// Socket is a stream socket before it listens or connects: what libuv holds between
// uv_tcp_bind and uv_listen. Binding makes the socket at once so address errors surface at bind.
type Socket struct {
	fd     int
	family int
	unix   string // path for Unix-domain sockets
}

// BindTCP makes a TCP socket bound to ip:port. ipv6Only sets IPV6_V6ONLY (otherwise a socket on
// :: takes IPv4 too, as Node's does).
func BindTCP(ip netip.Addr, port int, ipv6Only bool) (*Socket, error) {
	return BindTCPOptions(ip, port, ipv6Only, false)
}

// BindTCPOptions is BindTCP with SO_REUSEPORT when reusePort is set (libuv's UV_TCP_REUSEPORT):
// sockets that all set it may bind the same port, and the kernel spreads connections over them.
func BindTCPOptions(ip netip.Addr, port int, ipv6Only, reusePort bool) (*Socket, error) {
	family := unix.AF_INET
	if ip.Is6() {
		family = unix.AF_INET6
	}
	fd, err := newSocket(family, unix.SOCK_STREAM)
	if err != nil {
		return nil, err
	}
	// libuv sets SO_REUSEADDR on every TCP bind (TIME_WAIT ports are reusable at once)
	_ = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
	if family == unix.AF_INET6 {
		v6only := 0
		if ipv6Only {
			v6only = 1
		}
		_ = unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, v6only)
	}
	if reusePort {
		if err := unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEPORT, 1); err != nil {
			unix.Close(fd)
			return nil, err
		}
	}
	if err := unix.Bind(fd, sockaddr(ip, port)); err != nil {
		unix.Close(fd)
		return nil, err
	}
	return &Socket{fd: fd, family: family}, nil
}

func sockaddr(ip netip.Addr, port int) unix.Sockaddr {
	if ip.Is4() {
		return &unix.SockaddrInet4{Addr: ip.As4(), Port: port}
	}
	sa := &unix.SockaddrInet6{Addr: ip.As16(), Port: port}
	if z := ip.Zone(); z != "" {
		if ifi, err := net.InterfaceByName(z); err == nil {
			sa.ZoneId = uint32(ifi.Index)
		}
	}
	return sa
}

// BindUnix makes a Unix-domain stream socket bound to path.
func BindUnix(path string) (*Socket, error) {
	fd, err := newSocket(unix.AF_UNIX, unix.SOCK_STREAM)
	if err != nil {
		return nil, err
	}
	if err := unix.Bind(fd, &unix.SockaddrUnix{Name: path}); err != nil {
		unix.Close(fd)
		return nil, err
	}
	return &Socket{fd: fd, family: unix.AF_UNIX, unix: path}, nil
}

// SockName is the bound address.
func (s *Socket) SockName() (Addr, error) {
	sa, err := unix.Getsockname(s.fd)
	if err != nil {
		return Addr{}, err
	}
	return addrOf(sa), nil
}

// Close releases a socket that was never listened on.
func (s *Socket) Close() {
	if s.fd >= 0 {
		unix.Close(s.fd)
		s.fd = -1
	}
}

// Listener is a listening socket whose connections are delivered on the loop.
type Listener struct {
	loop     *loop.Loop
	ln       net.Listener
	path     string
	refed    bool
	holdsRef bool
	closed   bool
	// OnConnection receives each accepted connection or an accept error. Loop goroutine.
	OnConnection func(c *Conn, err error)
}

// Listen starts listening with backlog and accepting into OnConnection (set it before the loop
// runs again). The socket is consumed.
func (s *Socket) Listen(l *loop.Loop, backlog int, onConn func(*Conn, error)) (*Listener, error) {
	if err := unix.Listen(s.fd, backlog); err != nil {
		return nil, err
	}
	f := os.NewFile(uintptr(s.fd), "listener")
	ln, err := net.FileListener(f)
	f.Close()
	s.fd = -1
	if err != nil {
		return nil, err
	}
	if ul, ok := ln.(*net.UnixListener); ok {
		// libuv removes the socket file when a listening pipe closes; FileListener does not
		ul.SetUnlinkOnClose(true)
	}
	lst := &Listener{loop: l, ln: ln, path: s.unix, refed: true, OnConnection: onConn}
	lst.sync()
	go lst.acceptLoop()
	return lst, nil
}

func (s *Listener) sync() {
	want := s.refed && !s.closed
	if want != s.holdsRef {
		s.holdsRef = want
		if want {
			s.loop.Ref()
		} else {
			s.loop.Unref()
		}
	}
}

func (s *Listener) Ref()         { s.refed = true; s.sync() }
func (s *Listener) Unref()       { s.refed = false; s.sync() }
func (s *Listener) HasRef() bool { return s.refed }

// SockName is the listening address.
func (s *Listener) SockName() (Addr, error) {
	switch a := s.ln.Addr().(type) {
	case *net.TCPAddr:
		ip, _ := netip.AddrFromSlice(a.IP)
		if ip4 := a.IP.To4(); ip4 != nil && len(a.IP) == 4 {
			ip = netip.AddrFrom4([4]byte(ip4))
		}
		fam := "IPv6"
		if ip.Is4() {
			fam = "IPv4"
		}
		return Addr{Address: ip.WithZone(a.Zone).String(), Family: fam, Port: a.Port}, nil
	case *net.UnixAddr:
		return Addr{Address: a.Name}, nil
	}
	return Addr{}, syscall.EINVAL
}

func (s *Listener) acceptLoop() {
	for {
		c, err := s.ln.Accept()
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				return
			}
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				continue
			}
			s.loop.Post(func() {
				if !s.closed {
					s.OnConnection(nil, err)
				}
			})
			if errors.Is(err, syscall.EMFILE) || errors.Is(err, syscall.ENFILE) {
				continue
			}
			return
		}
		// registered with the read poller here, off the loop: the loop's readStart then only
		// tries a read, which usually finds the first request already there
		s.handOver(c, (*Conn).preRegister)
	}
}

// Close stops listening.
func (s *Listener) Close() {
	if s.closed {
		return
	}
	s.closed = true
	s.sync()
	_ = s.ln.Close()
}

// Dial connects to ip:port (or a Unix path when network is "unix") off the loop; done runs on
// the loop. local, when valid, is bound first (localAddress/localPort).
func Dial(l *loop.Loop, network, address string, local net.Addr, done func(net.Conn, error)) {
	l.Ref()
	go func() {
		d := net.Dialer{LocalAddr: local}
		c, err := d.Dial(network, address)
		l.Post(func() {
			l.Unref()
			done(c, err)
		})
	}()
}

// descriptor is the socket's file descriptor (net.BoundSocket's fd()).
func (s *Socket) descriptor() int { return s.fd }
