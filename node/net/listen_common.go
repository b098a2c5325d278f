//go:build linux || darwin || windows

package net

import "net"

// handOver makes an accepted connection a Conn in the accepting goroutine (prepare, when set,
// runs there too) and delivers it, or the failure, to OnConnection on the loop.
func (s *Listener) handOver(c net.Conn, prepare func(*Conn)) {
	cn, err := NewConn(s.loop, c)
	if err != nil {
		c.Close()
		s.loop.Post(func() {
			if !s.closed {
				s.OnConnection(nil, err)
			}
		})
		return
	}
	if prepare != nil {
		prepare(cn)
	}
	s.loop.Post(func() {
		if s.closed {
			cn.Close()
			return
		}
		s.OnConnection(cn, nil)
	})
}
