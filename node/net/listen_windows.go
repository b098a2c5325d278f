package net

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"syscall"

	"golang.org/x/sys/windows"

	"github.com/gnode-dev/gnode/loop"
)

// Socket is a TCP socket after bind. Go's net package binds and listens in one call, so on
// Windows the socket listens from bind on (address errors still surface at bind, as in Node);
// a socket bound only to connect from its address (localPort) gives the address up when it
// connects.
type Socket struct {
	ln net.Listener
}

// BindTCP makes a TCP socket bound to ip:port. ipv6Only sets IPV6_V6ONLY (otherwise a socket on
// :: takes IPv4 too, as Node's does).
func BindTCP(ip netip.Addr, port int, ipv6Only bool) (*Socket, error) {
	return BindTCPOptions(ip, port, ipv6Only, false)
}

// BindTCPOptions is BindTCP with reusePort, which Windows does not have (libuv answers ENOTSUP).
func BindTCPOptions(ip netip.Addr, port int, ipv6Only, reusePort bool) (*Socket, error) {
	if reusePort {
		return nil, windows.WSAEOPNOTSUPP
	}
	lc := net.ListenConfig{Control: func(network, address string, c syscall.RawConn) error {
		if !ip.Is6() {
			return nil
		}
		v := 0
		if ipv6Only {
			v = 1
		}
		var serr error
		err := c.Control(func(s uintptr) {
			serr = windows.SetsockoptInt(windows.Handle(s), windows.IPPROTO_IPV6, windows.IPV6_V6ONLY, v)
		})
		if err != nil {
			return err
		}
		return serr
	}}
	network := "tcp4"
	if ip.Is6() {
		network = "tcp6"
	}
	ln, err := lc.Listen(context.Background(), network, netip.AddrPortFrom(ip, uint16(port)).String())
	if err != nil {
		return nil, bindErr(err)
	}
	return &Socket{ln: ln}, nil
}

// bindErr reports a failed bind with its Winsock code, which binding.go maps to Node's error.
func bindErr(err error) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno
	}
	return err
}

// SockName is the bound address.
func (s *Socket) SockName() (Addr, error) {
	if s.ln == nil {
		return Addr{}, syscall.EBADF
	}
	return addrOfNet(s.ln.Addr())
}

// Close releases a socket that was never listened on.
func (s *Socket) Close() {
	if s.ln != nil {
		_ = s.ln.Close()
		s.ln = nil
	}
}

// Listener is a listening socket whose connections are delivered on the loop.
type Listener struct {
	loop     *loop.Loop
	ln       net.Listener
	refed    bool
	holdsRef bool
	closed   bool
	// OnConnection receives each accepted connection or an accept error. Loop goroutine.
	OnConnection func(c *Conn, err error)
}

// Listen starts accepting into onConn. The socket is consumed. The backlog is the system's.
func (s *Socket) Listen(l *loop.Loop, backlog int, onConn func(*Conn, error)) (*Listener, error) {
	if s.ln == nil {
		return nil, syscall.EINVAL
	}
	lst := &Listener{loop: l, ln: s.ln, refed: true, OnConnection: onConn}
	s.ln = nil
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
func (s *Listener) SockName() (Addr, error) { return addrOfNet(s.ln.Addr()) }

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
			err = unwrapNet(err)
			s.loop.Post(func() {
				if !s.closed {
					s.OnConnection(nil, err)
				}
			})
			if errors.Is(err, windows.WSAEMFILE) || errors.Is(err, windows.WSAENOBUFS) {
				continue
			}
			return
		}
		s.handOver(c, nil)
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

// Dial connects to ip:port off the loop; done runs on the loop. local, when valid, is bound
// first (localAddress/localPort).
func Dial(l *loop.Loop, network, address string, local net.Addr, done func(net.Conn, error)) {
	l.Ref()
	go func() {
		var c net.Conn
		var err error
		if network == "unix" {
			// a path is a named pipe on Windows (pipe_windows.go)
			c, err = dialPipe(address)
		} else {
			d := net.Dialer{LocalAddr: local}
			c, err = d.Dial(network, address)
		}
		l.Post(func() {
			l.Unref()
			done(c, err)
		})
	}()
}

// descriptor is -1: the Windows socket lives inside Go's net package, as libuv's has no fd.
func (s *Socket) descriptor() int { return -1 }
