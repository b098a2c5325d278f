//go:build linux

package net

import (
	"sync"

	"golang.org/x/sys/unix"

	"github.com/gnode-dev/gnode/loop"
)

// The read poller is libuv's uv__io_poll for connections: one epoll instance and one goroutine
// for the whole process tell each loop which of its connections became readable, and the loop
// reads them itself. An idle connection thus costs an epoll registration, not a goroutine parked
// with its stack.
//
// Registrations are edge-triggered and made once: the kernel reports each arrival of new bytes,
// so a connection that read its socket empty needs no system call to hear about the next request
// (a one-shot registration cost an epoll_ctl per read). A connection that stopped reading with
// bytes left asks for a read attempt itself when it reads again (Conn.arm); an event for a
// connection that does not read is ignored. Events carry a registration number rather than the
// file descriptor, so an event that arrives after its connection closed (and its descriptor
// number was reused) finds nothing.

type readPoller struct {
	epfd int
	mu   sync.Mutex
	regs map[uint32]*Conn
	next uint32
}

var (
	pollerOnce sync.Once
	poller     *readPoller
	pollerErr  error
)

func getPoller() (*readPoller, error) {
	pollerOnce.Do(func() {
		epfd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
		if err != nil {
			pollerErr = err
			return
		}
		poller = &readPoller{epfd: epfd, regs: map[uint32]*Conn{}}
		go poller.run()
	})
	return poller, pollerErr
}

const armEvents = unix.EPOLLIN | unix.EPOLLRDHUP | unix.EPOLLET

// edgeTriggered tells Conn that a registration outlives each event.
const edgeTriggered = true

// add registers fd for c, armed, and returns its registration number.
func (p *readPoller) add(c *Conn, fd int) (uint32, error) {
	p.mu.Lock()
	for {
		p.next++
		if _, used := p.regs[p.next]; !used && p.next != 0 {
			break
		}
	}
	id := p.next
	p.regs[id] = c
	p.mu.Unlock()
	ev := unix.EpollEvent{Events: armEvents, Fd: int32(id)}
	if err := unix.EpollCtl(p.epfd, unix.EPOLL_CTL_ADD, fd, &ev); err != nil {
		p.mu.Lock()
		delete(p.regs, id)
		p.mu.Unlock()
		return 0, err
	}
	return id, nil
}

// rearm is for one-shot pollers; an edge-triggered registration needs none.
func (p *readPoller) rearm(id uint32, fd int) error { return nil }

// remove forgets a registration; call it before the descriptor is closed or handed on.
func (p *readPoller) remove(id uint32, fd int) {
	_ = unix.EpollCtl(p.epfd, unix.EPOLL_CTL_DEL, fd, nil)
	p.mu.Lock()
	delete(p.regs, id)
	p.mu.Unlock()
}

// forget drops a registration whose descriptor is about to be closed: closing it takes it out of
// the epoll set, so no system call is needed (events that come before are ignored).
func (p *readPoller) forget(id uint32, fd int) {
	p.mu.Lock()
	delete(p.regs, id)
	p.mu.Unlock()
}

func (p *readPoller) run() {
	events := make([]unix.EpollEvent, 256)
	byLoop := map[*loop.Loop][]*Conn{}
	for {
		n, err := unix.EpollWait(p.epfd, events, -1)
		if err != nil {
			if err == unix.EINTR {
				continue
			}
			panic("gnode: epoll_wait: " + err.Error())
		}
		p.mu.Lock()
		for i := 0; i < n; i++ {
			if c := p.regs[uint32(events[i].Fd)]; c != nil {
				if events[i].Events&(unix.EPOLLRDHUP|unix.EPOLLHUP|unix.EPOLLERR) != 0 {
					c.hup.Store(true)
				}
				byLoop[c.loop] = append(byLoop[c.loop], c)
			}
		}
		p.mu.Unlock()
		postReadable(byLoop)
	}
}
