//go:build linux

package net

import (
	"io"
	"net"
	"net/netip"
	"testing"

	"github.com/gnode-dev/gnode/loop"
)

// TestDetachHandsOverReadBytes: no byte is lost across Detach (what was not delivered is either
// pending or still in the socket), the socket stays open for the new owner, and the old Conn
// neither reads nor closes it.
func TestDetachHandsOverReadBytes(t *testing.T) {
	l := loop.New()
	sock, err := BindTCP(netip.MustParseAddr("127.0.0.1"), 0, false)
	if err != nil {
		t.Fatal(err)
	}
	var ln *Listener
	ln, err = sock.Listen(l, 16, func(c *Conn, err error) {
		if err != nil {
			t.Fatal(err)
		}
		c.OnRead = func(data []byte, err error) {
			// the first chunk arrives; detach right after, with more on the wire
			c.Detach(func(owned net.Conn, pending []byte, err error) {
				if err != nil {
					t.Error(err)
					return
				}
				if err := c.ReadStart(); err != nil {
					t.Errorf("ReadStart after Detach: %v", err)
				}
				c.Close() // must not close the socket the new owner has
				go func() {
					rest, _ := io.ReadAll(owned)
					got := string(data) + string(pending) + string(rest)
					l.Post(func() {
						if got != "hello world" {
							t.Errorf("new owner read %q", got)
						}
						owned.Close()
						ln.Close()
					})
				}()
			})
			c.OnRead = func([]byte, error) { t.Error("read after Detach") }
		}
		_ = c.ReadStart()
	})
	if err != nil {
		t.Fatal(err)
	}
	addr, _ := ln.SockName()
	go func() {
		conn, err := net.Dial("tcp4", net.JoinHostPort(addr.Address, itoa(addr.Port)))
		if err != nil {
			t.Error(err)
			return
		}
		_, _ = conn.Write([]byte("hello"))
		_, _ = conn.Write([]byte(" world"))
		conn.Close()
	}()
	runLoop(t, l) // the listener keeps the loop alive until the new owner is done

}
