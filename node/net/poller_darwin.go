package net

import (
	"sync"

	"golang.org/x/sys/unix"

	"github.com/gnode-dev/gnode/loop"
)

// The read poller on Darwin: poller.go's design on kqueue. One-shot EVFILT_READ registrations
// are keyed by descriptor (kqueue has no room for a registration number that the GC may not
// mistake for a pointer); a stale event for a reused descriptor only makes the new connection
// try a read that finds nothing (EAGAIN) and re-arm.

type readPoller struct {
	kq   int
	mu   sync.Mutex
	regs map[int]*Conn
	next uint32
}

var (
	pollerOnce sync.Once
	poller     *readPoller
	pollerErr  error
)

func getPoller() (*readPoller, error) {
	pollerOnce.Do(func() {
		kq, err := unix.Kqueue()
		if err != nil {
			pollerErr = err
			return
		}
		unix.CloseOnExec(kq)
		poller = &readPoller{kq: kq, regs: map[int]*Conn{}}
		go poller.run()
	})
	return poller, pollerErr
}

func (p *readPoller) arm(fd int) error {
	var ev unix.Kevent_t
	unix.SetKevent(&ev, fd, unix.EVFILT_READ, unix.EV_ADD|unix.EV_ONESHOT)
	_, err := unix.Kevent(p.kq, []unix.Kevent_t{ev}, nil, nil)
	return err
}

// add registers fd for c, armed, and returns its registration number.
func (p *readPoller) add(c *Conn, fd int) (uint32, error) {
	p.mu.Lock()
	p.next++
	if p.next == 0 {
		p.next++
	}
	id := p.next
	p.regs[fd] = c
	p.mu.Unlock()
	if err := p.arm(fd); err != nil {
		p.mu.Lock()
		delete(p.regs, fd)
		p.mu.Unlock()
		return 0, err
	}
	return id, nil
}

// edgeTriggered is false: kqueue registrations here are one-shot and re-armed after each read.
const edgeTriggered = false

// rearm asks for one more readiness event on fd.
func (p *readPoller) rearm(id uint32, fd int) error { return p.arm(fd) }

// remove forgets a registration; call it before the descriptor is closed or handed on.
func (p *readPoller) remove(id uint32, fd int) {
	var ev unix.Kevent_t
	unix.SetKevent(&ev, fd, unix.EVFILT_READ, unix.EV_DELETE)
	_, _ = unix.Kevent(p.kq, []unix.Kevent_t{ev}, nil, nil) // ENOENT once a one-shot fired
	p.mu.Lock()
	delete(p.regs, fd)
	p.mu.Unlock()
}

// forget drops a registration whose descriptor is about to be closed.
func (p *readPoller) forget(id uint32, fd int) { p.remove(id, fd) }

func (p *readPoller) run() {
	events := make([]unix.Kevent_t, 256)
	byLoop := map[*loop.Loop][]*Conn{}
	for {
		n, err := unix.Kevent(p.kq, nil, events, nil)
		if err != nil {
			if err == unix.EINTR {
				continue
			}
			panic("gnode: kevent: " + err.Error())
		}
		p.mu.Lock()
		for i := 0; i < n; i++ {
			if c := p.regs[int(events[i].Ident)]; c != nil {
				byLoop[c.loop] = append(byLoop[c.loop], c)
			}
		}
		p.mu.Unlock()
		postReadable(byLoop)
	}
}
