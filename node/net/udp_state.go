//go:build linux || darwin || windows

package net

import (
	"sync"

	"github.com/gnode-dev/gnode/loop"
)

// udpState is what both UDP implementations (udp.go, udp_portable.go) keep beside their socket:
// the loop reference of a receiving handle, as uv_ref/uv_unref count it, and the handshake
// with the receiving goroutine.
type udpState struct {
	loop *loop.Loop

	// OnMessage receives each datagram or a receive error. Loop goroutine.
	OnMessage func(data []byte, from Addr, err error)

	refed, holdsRef, receiving, closed bool

	mu          sync.Mutex
	cond        *sync.Cond
	wantRecv    bool
	gone        bool
	readerAlive bool
}

func (u *udpState) init(l *loop.Loop) {
	u.loop = l
	u.refed = true
	u.cond = sync.NewCond(&u.mu)
}

func (u *udpState) sync() {
	want := u.refed && u.receiving && !u.closed
	if want != u.holdsRef {
		u.holdsRef = want
		if want {
			u.loop.Ref()
		} else {
			u.loop.Unref()
		}
	}
}

func (u *udpState) Ref()         { u.refed = true; u.sync() }
func (u *udpState) Unref()       { u.refed = false; u.sync() }
func (u *udpState) HasRef() bool { return u.refed }

// startReceiving marks the handle receiving and wakes its goroutine, or reports (true) that one
// must be started.
func (u *udpState) startReceiving() (startReader bool) {
	u.receiving = true
	u.sync()
	u.mu.Lock()
	defer u.mu.Unlock()
	u.wantRecv = true
	if !u.readerAlive {
		u.readerAlive = true
		return true
	}
	u.cond.Signal()
	return false
}

func (u *udpState) stopReceiving() {
	u.receiving = false
	u.sync()
	u.mu.Lock()
	u.wantRecv = false
	u.mu.Unlock()
}

// waitWanted blocks the receiving goroutine until datagrams are wanted; false once the handle
// closed (the goroutine then ends).
func (u *udpState) waitWanted() bool {
	u.mu.Lock()
	defer u.mu.Unlock()
	for !u.wantRecv && !u.gone {
		u.cond.Wait()
	}
	if u.gone {
		u.readerAlive = false
		return false
	}
	return true
}

// readerEnded: the receiving goroutine is gone (its socket closed under it).
func (u *udpState) readerEnded() {
	u.mu.Lock()
	u.readerAlive = false
	u.mu.Unlock()
}

// deliver posts a datagram or error to the loop, for a handle still open and receiving then.
func (u *udpState) deliver(data []byte, from Addr, err error) {
	u.loop.Post(func() {
		if !u.closed && u.receiving {
			u.OnMessage(data, from, err)
		}
	})
}

// markClosed ends the handle's receiving; false when it was closed already.
func (u *udpState) markClosed() bool {
	if u.closed {
		return false
	}
	u.closed = true
	u.sync()
	u.mu.Lock()
	u.gone = true
	u.cond.Broadcast()
	u.mu.Unlock()
	return true
}

// datagram is one datagram made of bufs (a send's list of buffers).
func datagram(bufs [][]byte) []byte {
	if len(bufs) == 1 {
		return bufs[0]
	}
	var data []byte
	for _, b := range bufs {
		data = append(data, b...)
	}
	return data
}
