//go:build linux

package net

import (
	"net"
	"net/netip"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/gnode-dev/gnode/loop"
)

// TestIdleFootprint reports what idle reading connections cost in the Go layer. It is a
// measurement (run with GNODE_NET_IDLE=1), not a check.
func TestIdleFootprint(t *testing.T) {
	if os.Getenv("GNODE_NET_IDLE") == "" {
		t.Skip("set GNODE_NET_IDLE=1 to measure")
	}
	const n = 2000
	l := loop.New()
	sock, err := BindTCP(netip.MustParseAddr("127.0.0.1"), 0, false)
	if err != nil {
		t.Fatal(err)
	}
	var conns []*Conn
	ln, _ := sock.Listen(l, 4096, func(c *Conn, err error) {
		c.OnRead = func([]byte, error) {}
		_ = c.ReadStart()
		conns = append(conns, c)
		if len(conns) == n {
			l.Stop()
		}
	})
	a, _ := ln.SockName()
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	var clients []net.Conn
	go func() {
		for i := 0; i < n; i++ {
			c, err := net.Dial("tcp", net.JoinHostPort("127.0.0.1", itoa(a.Port)))
			if err != nil {
				return
			}
			clients = append(clients, c)
		}
	}()
	l.Run()
	time.Sleep(200 * time.Millisecond)
	runtime.GC()
	runtime.ReadMemStats(&ms1)
	t.Logf("per idle connection (both ends' Go objects, server goroutine): heap %d B, stacks %d B",
		(int64(ms1.HeapInuse)-int64(ms0.HeapInuse))/n, (int64(ms1.StackInuse)-int64(ms0.StackInuse))/n)
	for _, c := range conns {
		c.Close()
	}
	for _, c := range clients {
		c.Close()
	}
	ln.Close()
}

// TestIdleConnectionsHoldNoGoroutine: reading connections with nothing to read are epoll
// registrations, not parked goroutines; a descriptor closed while armed and reused by the next
// connection gets no stray events.
func TestIdleConnectionsHoldNoGoroutine(t *testing.T) {
	const n = 200
	l := loop.New()
	sock, err := BindTCP(netip.MustParseAddr("127.0.0.1"), 0, false)
	if err != nil {
		t.Fatal(err)
	}
	before := runtime.NumGoroutine()
	var conns []*Conn
	var ln *Listener
	ln, err = sock.Listen(l, 512, func(c *Conn, err error) {
		if err != nil {
			t.Error(err)
			return
		}
		i := len(conns)
		c.OnRead = func(data []byte, err error) {
			switch {
			case i == 0:
				t.Errorf("closed connection read %q %v", data, err)
			case err == nil && string(data) != "ping":
				t.Errorf("connection %d read %q", i, data)
			}
		}
		_ = c.ReadStart()
		conns = append(conns, c)
		if i == 0 {
			c.Close() // armed and closed: its descriptor number is free for the next one
		}
		if len(conns) == n {
			if g := runtime.NumGoroutine() - before; g > 20 {
				t.Errorf("%d idle connections added %d goroutines", n, g)
			}
			_, _ = conns[n-1].Write([][]byte{[]byte("done")}, func(error) {})
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := ln.SockName()
	go func() {
		var clients []net.Conn
		defer func() {
			for _, c := range clients {
				c.Close()
			}
			l.Post(func() {
				for _, c := range conns {
					c.Close()
				}
				ln.Close()
			})
		}()
		for i := 0; i < n; i++ {
			c, err := net.Dial("tcp", net.JoinHostPort("127.0.0.1", itoa(a.Port)))
			if err != nil {
				t.Error(err)
				return
			}
			clients = append(clients, c)
			if i > 0 {
				_, _ = c.Write([]byte("ping"))
			}
		}
		buf := make([]byte, 4)
		_ = clients[n-1].SetReadDeadline(time.Now().Add(4 * time.Second))
		if _, err := clients[n-1].Read(buf); err != nil {
			t.Error(err)
		}
	}()
	runLoop(t, l)
}
