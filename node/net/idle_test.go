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
	ln, _ := sock.Listen(l, 4096, func(nc net.Conn, err error) {
		c, _ := NewConn(l, nc)
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
