//go:build linux

package net

import (
	"bytes"
	"errors"
	"net"
	"net/netip"
	"syscall"
	"testing"
	"time"

	"github.com/gnode-dev/gnode/loop"
)

// runLoop runs l with a deadline so a broken handle cannot hang the test.
func runLoop(t *testing.T, l *loop.Loop) {
	t.Helper()
	deadline := l.NewTimer(func() { t.Error("loop still alive after 5s"); l.Stop() })
	deadline.SetRef(false)
	deadline.Start(5000)
	l.Run()
}

func TestEchoHalfCloseAndExit(t *testing.T) {
	l := loop.New()
	sock, err := BindTCP(netip.MustParseAddr("127.0.0.1"), 0, false)
	if err != nil {
		t.Fatal(err)
	}
	var ln *Listener
	var serverGot bytes.Buffer
	ln, err = sock.Listen(l, 511, func(c *Conn, err error) {
		if err != nil {
			t.Fatal(err)
		}
		c.OnRead = func(data []byte, err error) {
			if err == errEOF {
				// echo what came, then half-close
				if _, err := c.Write([][]byte{[]byte("echo:"), serverGot.Bytes()}, func(error) {}); err != nil {
					t.Error(err)
				}
				_ = c.Shutdown(func(error) { c.Close(); ln.Close() })
				return
			}
			serverGot.Write(data)
		}
		_ = c.ReadStart()
	})
	if err != nil {
		t.Fatal(err)
	}
	addr, _ := ln.SockName()
	if addr.Family != "IPv4" || addr.Address != "127.0.0.1" || addr.Port == 0 {
		t.Fatalf("listen address %+v", addr)
	}
	var clientGot bytes.Buffer
	Dial(l, "tcp4", net.JoinHostPort(addr.Address, itoa(addr.Port)), nil, func(nc net.Conn, err error) {
		if err != nil {
			t.Fatal(err)
		}
		c, _ := NewConn(l, nc)
		peer, _ := c.PeerName()
		if peer.Port != addr.Port {
			t.Errorf("peer %+v", peer)
		}
		c.OnRead = func(data []byte, err error) {
			if err != nil {
				c.Close()
				return
			}
			clientGot.Write(data)
		}
		_ = c.ReadStart()
		big := bytes.Repeat([]byte("x"), 1<<20)
		if _, err := c.Write([][]byte{[]byte("hello "), big}, func(err error) {
			if err != nil {
				t.Error(err)
			}
		}); err != nil {
			t.Fatal(err)
		}
		_ = c.Shutdown(func(err error) {})
	})
	runLoop(t, l)
	if clientGot.Len() != 5+6+1<<20 || !bytes.HasPrefix(clientGot.Bytes(), []byte("echo:hello x")) {
		t.Fatalf("client got %d bytes", clientGot.Len())
	}
	if l.Refs() != 0 {
		t.Fatalf("refs left: %d", l.Refs())
	}
}

func TestUnrefListenerLetsLoopExit(t *testing.T) {
	l := loop.New()
	sock, err := BindTCP(netip.MustParseAddr("127.0.0.1"), 0, false)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := sock.Listen(l, 16, func(*Conn, error) {})
	if err != nil {
		t.Fatal(err)
	}
	ln.Unref()
	start := time.Now()
	runLoop(t, l)
	if time.Since(start) > time.Second {
		t.Fatal("unref'd listener kept the loop alive")
	}
	ln.Close()
}

func TestAddrInUseAndRefused(t *testing.T) {
	l := loop.New()
	s1, err := BindTCP(netip.MustParseAddr("127.0.0.1"), 0, false)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := s1.Listen(l, 16, func(*Conn, error) {})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := ln.SockName()
	s2, err := BindTCP(netip.MustParseAddr("127.0.0.1"), a.Port, false)
	if err == nil {
		_, err = s2.Listen(l, 16, func(*Conn, error) {})
	}
	if !errors.Is(err, syscall.EADDRINUSE) {
		t.Fatalf("second listen: %v", err)
	}
	ln.Close()
	var dialErr error
	Dial(l, "tcp4", net.JoinHostPort("127.0.0.1", itoa(a.Port)), nil, func(c net.Conn, err error) { dialErr = err })
	runLoop(t, l)
	if !errors.Is(dialErr, syscall.ECONNREFUSED) {
		t.Fatalf("dial: %v", dialErr)
	}
}

func TestBackpressureStash(t *testing.T) {
	l := loop.New()
	sock, _ := BindTCP(netip.MustParseAddr("::1"), 0, true)
	if sock == nil {
		t.Skip("no IPv6 loopback")
	}
	total := 0
	ln, err := sock.Listen(l, 16, func(c *Conn, err error) {
		c.OnRead = func(data []byte, err error) {
			if err != nil {
				c.Close()
				return
			}
			total += len(data)
			// pause after every chunk and resume on a later turn
			_ = c.ReadStop()
			l.SetImmediate(func() { _ = c.ReadStart() })
		}
		_ = c.ReadStart()
	})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := ln.SockName()
	if a.Family != "IPv6" || a.Address != "::1" {
		t.Fatalf("%+v", a)
	}
	Dial(l, "tcp6", net.JoinHostPort("::1", itoa(a.Port)), nil, func(nc net.Conn, err error) {
		if err != nil {
			t.Fatal(err)
		}
		c, _ := NewConn(l, nc)
		_, _ = c.Write([][]byte{make([]byte, 3<<20)}, func(error) {})
		_ = c.Shutdown(func(error) { c.Close(); ln.Close() })
	})
	runLoop(t, l)
	if total != 3<<20 {
		t.Fatalf("read %d", total)
	}
}
