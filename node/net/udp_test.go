//go:build linux

package net

import (
	"net/netip"
	"syscall"
	"testing"

	"github.com/gnode-dev/gnode/loop"
)

func TestUDPRoundTripAndUnref(t *testing.T) {
	l := loop.New()
	srv, err := NewUDP(l, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.SetBroadcast(true); err != syscall.EBADF {
		t.Fatalf("option before bind: %v", err)
	}
	lo := netip.MustParseAddr("127.0.0.1")
	if err := srv.Bind(lo, 0, false, false); err != nil {
		t.Fatal(err)
	}
	a, _ := srv.SockName()
	cli, _ := NewUDP(l, false)
	_ = cli.Bind(lo, 0, false, false)
	var got []string
	srv.OnMessage = func(data []byte, from Addr, err error) {
		got = append(got, string(data)+" "+from.Family)
		if len(got) == 2 {
			srv.Close()
			cli.Close()
		}
	}
	_ = srv.RecvStart()
	for _, m := range []string{"one", "two"} {
		if n, err := cli.Send([][]byte{[]byte(m)}, lo, a.Port); err != nil || n != len(m) {
			t.Fatal(n, err)
		}
	}
	runLoop(t, l)
	if len(got) != 2 || got[0] != "one IPv4" || got[1] != "two IPv4" {
		t.Fatalf("got %q", got)
	}
	// an unref'd receiving socket does not keep the loop alive
	u, _ := NewUDP(l, false)
	_ = u.Bind(lo, 0, false, false)
	_ = u.RecvStart()
	u.Unref()
	runLoop(t, l)
	u.Close()
	if l.Refs() != 0 {
		t.Fatalf("refs %d", l.Refs())
	}
}
