//go:build linux || darwin

package net

import (
	"errors"
	"io"
	"net"
	"net/netip"
	"sync"
	"sync/atomic"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/gnode-dev/gnode/loop"
)

// The stream layer is libuv's tcp/pipe/stream in Go: listeners and connections whose events
// arrive on the loop goroutine. It knows no JavaScript; binding.go puts JS handles on top.
//
// Reads happen on the loop goroutine, as libuv's do: the process-wide read poller (poller.go)
// says when a connection that wants data is readable, and the loop reads it into a pooled buffer
// and hands on a copy of exactly the bytes read. An idle connection so holds neither a goroutine
// nor a buffer, only its epoll registration. Writes are tried synchronously first (as
// uv_try_write); what the kernel does not take goes to a writer goroutine that completes the
// requests in order.

const readBufSize = 64 << 10

var readBufs = sync.Pool{New: func() any { b := make([]byte, readBufSize); return &b }}

// maxReadsPerEvent bounds how often one readiness event reads a connection that keeps filling
// the buffer before the loop turns to others (libuv's uv__read reads up to 32 times).
const maxReadsPerEvent = 32

// errEOF is what the read callback gets at end of stream (UV_EOF).
var errEOF = io.EOF

// Conn is one connected stream socket (TCP or Unix) owned by a loop.
type Conn struct {
	loop  *loop.Loop
	fd    netFD
	raw   syscall.RawConn
	sysfd int // the descriptor, read on the loop goroutine; closed only there

	// OnRead receives each chunk (err nil) or the end (errEOF) or a failure. Loop goroutine.
	OnRead func(data []byte, err error)

	// loop-side state
	refed    bool
	holdsRef bool
	reading  bool
	closed   bool
	readDone bool   // EOF or an error was delivered
	detached bool   // another layer (TLS) owns the socket now
	pollID   uint32 // read poller registration, 0 before the first ReadStart
	armed    bool   // the poller will report the next readiness
	// readQueued: a read attempt is deferred to the loop's pending phase (edge-triggered
	// pollers report only new bytes, so bytes left in the socket need one)
	readQueued bool
	// hup: the poller saw the peer's end or an error, which raises one edge only; from then on
	// a short read does not mean the socket is empty, the end (or error) is still to be read
	hup atomic.Bool

	// shared with the writer goroutine
	mu          sync.Mutex
	cond        sync.Cond
	queue       []*writeOp
	writerAlive bool
	shutdownReq func(error)
	closeAfter  bool // CloseAfterWrites: the writer closes the socket when the queue is empty
}

type netFD interface {
	net.Conn
	SyscallConn() (syscall.RawConn, error)
	CloseWrite() error
}

type writeOp struct {
	bufs [][]byte
	done func(error)
}

// NewConn adopts a connected socket. It starts ref'd and not reading.
func NewConn(l *loop.Loop, c net.Conn) (*Conn, error) {
	fd, ok := c.(netFD)
	if !ok {
		return nil, errors.New("unsupported connection type")
	}
	raw, err := fd.SyscallConn()
	if err != nil {
		return nil, err
	}
	cn := &Conn{loop: l, fd: fd, raw: raw, refed: true, sysfd: -1}
	if err := raw.Control(func(f uintptr) { cn.sysfd = int(f) }); err != nil {
		return nil, err
	}
	cn.cond.L = &cn.mu
	return cn, nil
}

// Ref and Unref count the connection against the loop while it is active (reading), as
// uv_ref/uv_unref do.
func (c *Conn) Ref()         { c.refed = true; c.sync() }
func (c *Conn) Unref()       { c.refed = false; c.sync() }
func (c *Conn) HasRef() bool { return c.refed }

func (c *Conn) sync() {
	want := c.refed && c.reading && !c.closed
	if want != c.holdsRef {
		c.holdsRef = want
		if want {
			c.loop.Ref()
		} else {
			c.loop.Unref()
		}
	}
}

// ReadStart delivers data to OnRead until ReadStop.
func (c *Conn) ReadStart() error {
	if c.detached {
		return nil // the new owner reads; the old handle stays quiet
	}
	if c.closed {
		return syscall.EINVAL
	}
	c.reading = true
	c.sync()
	c.arm()
	return nil
}

// ReadStop stops delivering data. Nothing is read while stopped: the kernel keeps the bytes.
func (c *Conn) ReadStop() error {
	c.reading = false
	c.sync()
	return nil
}

// Reading reports whether ReadStart is in effect.
func (c *Conn) Reading() bool { return c.reading }

func (c *Conn) wantsData() bool {
	return c.reading && !c.closed && !c.readDone && !c.detached
}

// arm asks the poller for the next readiness event of a connection that wants data. An
// edge-triggered registration (Linux) stays in place and reports every arrival of new bytes, so
// arming it again costs no system call: only bytes that may still sit in the socket (a read
// stopped before it found the socket empty) need a read attempt, queued for the pending phase.
func (c *Conn) arm() {
	if c.armed || !c.wantsData() {
		return
	}
	p, err := getPoller()
	if err == nil {
		switch {
		case c.pollID == 0:
			// the kernel reports bytes already waiting when the registration is made
			c.pollID, err = p.add(c, c.sysfd)
		case edgeTriggered:
			c.queueRead()
			return
		default:
			err = p.rearm(c.pollID, c.sysfd)
		}
	}
	if err != nil {
		// reported as a read error on the next turn, as a failed uv_read_start would be
		c.readDone = true
		c.loop.Post(func() {
			if !c.closed && !c.detached {
				c.emit(nil, err)
			}
		})
		return
	}
	c.armed = true
}

// preRegister puts a connection just accepted in the read poller from the accepting goroutine,
// before the loop has it: an edge-triggered registration stays until the connection closes, so
// the loop's ReadStart only tries a read (arm), off the system call and, since a client
// usually sends at once, without waiting for the poller's event. Events before ReadStart find
// nobody reading and are dropped; the read ReadStart queues finds their bytes.
func (c *Conn) preRegister() {
	if !edgeTriggered {
		return
	}
	if p, err := getPoller(); err == nil {
		if id, err := p.add(c, c.sysfd); err == nil {
			c.pollID = id
		}
	}
}

func (c *Conn) queueRead() {
	if c.readQueued {
		return
	}
	c.readQueued = true
	c.loop.Defer(func() {
		c.readQueued = false
		if !c.armed {
			c.onReadable()
		}
	})
}

// onReadable runs on the loop when the poller reported the socket readable (or closed, or
// failed): it reads until the kernel has no more, the reader stops, or the round's quota is
// used, then re-arms.
func (c *Conn) onReadable() {
	c.armed = false
	drained := false
	for i := 0; i < maxReadsPerEvent && c.wantsData(); i++ {
		buf := readBufs.Get().(*[]byte)
		var n int
		var err error
		for {
			n, err = unix.Read(c.sysfd, *buf)
			if err != unix.EINTR {
				break
			}
		}
		if err == unix.EAGAIN {
			readBufs.Put(buf)
			drained = true
			break
		}
		var data []byte
		switch {
		case err != nil:
		case n == 0:
			err = errEOF
		default:
			data = make([]byte, n)
			copy(data, (*buf)[:n])
		}
		readBufs.Put(buf)
		if err != nil {
			c.readDone = true
		}
		// a short read emptied the socket: the next bytes raise a new event
		drained = err == nil && n < readBufSize && !c.hup.Load()
		c.emit(data, err)
		if err != nil || drained {
			break
		}
	}
	if edgeTriggered && drained && c.pollID != 0 && !c.closed && !c.detached {
		c.armed = true
		return
	}
	c.arm()
}

// emit hands one chunk or the end to OnRead; after the end or an error nothing more comes, so
// the connection stops counting as active (libuv stops reading at EOF).
func (c *Conn) emit(data []byte, err error) {
	if err != nil {
		c.reading = false
		c.sync()
	}
	c.OnRead(data, err)
}

// unregister takes the socket out of the read poller before it is closed or handed on.
func (c *Conn) unregister() {
	if c.pollID != 0 {
		poller.remove(c.pollID, c.sysfd)
		c.pollID = 0
	}
	c.armed = false
}

// Detach hands the socket to another layer (TLS): reading stops for good, queued writes finish,
// and done gets the connection with the bytes read but not yet delivered (none: the loop reads
// only while delivering). From then on this Conn no longer owns the socket (Close leaves it
// open) but still answers SockName and PeerName. Loop goroutine; done runs on the loop.
func (c *Conn) Detach(done func(nc net.Conn, pending []byte, err error)) {
	if c.closed {
		done(nil, nil, syscall.EBADF)
		return
	}
	c.reading = false
	c.closed = true
	c.detached = true
	c.sync()
	c.unregister()
	c.mu.Lock()
	writing := c.writerAlive
	c.mu.Unlock()
	if !writing {
		c.loop.Post(func() { done(c.fd, nil, nil) })
		return
	}
	c.loop.Ref()
	go func() {
		c.mu.Lock()
		for c.writerAlive {
			c.cond.Wait()
		}
		c.mu.Unlock()
		c.loop.Post(func() {
			c.loop.Unref()
			done(c.fd, nil, nil)
		})
	}()
}

// Write sends bufs. When the kernel takes everything at once it returns async false and done is
// not called (uv_try_write succeeded); otherwise done runs on the loop once all is written or
// the write failed. A synchronous failure is returned as err.
func (c *Conn) Write(bufs [][]byte, done func(error)) (async bool, err error) {
	return c.write(bufs, done, true)
}

// WriteBehind queues bufs for the writer goroutine without trying the socket first: the loop
// does not wait for the system call. done runs on the loop once all is written or failed.
func (c *Conn) WriteBehind(bufs [][]byte, done func(error)) error {
	_, err := c.write(bufs, done, false)
	return err
}

func (c *Conn) write(bufs [][]byte, done func(error), try bool) (async bool, err error) {
	if c.closed {
		return false, syscall.EBADF
	}
	c.mu.Lock()
	busy := len(c.queue) > 0 || c.writerAlive
	c.mu.Unlock()
	if try && !busy {
		bufs, err = c.tryWrite(bufs)
		if err != nil {
			return false, err
		}
		if len(bufs) == 0 {
			return false, nil
		}
	}
	c.loop.Ref()
	op := &writeOp{bufs: bufs, done: func(err error) {
		c.loop.Unref()
		done(err)
	}}
	c.mu.Lock()
	c.queue = append(c.queue, op)
	if !c.writerAlive {
		c.writerAlive = true
		c.mu.Unlock()
		go c.writeLoop()
		return true, nil
	}
	c.mu.Unlock()
	return true, nil
}

// tryWrite writes what the socket takes without blocking and returns the rest.
func (c *Conn) tryWrite(bufs [][]byte) ([][]byte, error) {
	for len(bufs) > 0 {
		var n int
		var werr error
		err := c.raw.Write(func(fd uintptr) bool {
			for {
				if len(bufs) == 1 {
					n, werr = unix.Write(int(fd), bufs[0])
				} else {
					n, werr = unix.Writev(int(fd), bufs)
				}
				if werr != unix.EINTR {
					return true
				}
			}
		})
		if err != nil {
			return bufs, err
		}
		if werr == unix.EAGAIN {
			return bufs, nil
		}
		if werr != nil {
			return bufs, werr
		}
		bufs = consume(bufs, n)
		if n == 0 {
			return bufs, nil
		}
	}
	return nil, nil
}

func consume(bufs [][]byte, n int) [][]byte {
	for n > 0 && len(bufs) > 0 {
		if n >= len(bufs[0]) {
			n -= len(bufs[0])
			bufs = bufs[1:]
			continue
		}
		bufs[0] = bufs[0][n:]
		n = 0
	}
	for len(bufs) > 0 && len(bufs[0]) == 0 {
		bufs = bufs[1:]
	}
	return bufs
}

func (c *Conn) writeLoop() {
	for {
		op := c.nextWrite()
		if op == nil {
			return
		}
		b := net.Buffers(op.bufs)
		_, err := b.WriteTo(c.fd)
		c.loop.Post(func() { op.done(err) })
	}
}

// nextWrite takes the next queued write, or ends the writer (writerAlive false, then a waiting
// shutdown or close) when there is none. Writer goroutines only.
func (c *Conn) nextWrite() *writeOp {
	c.mu.Lock()
	if len(c.queue) == 0 {
		c.writerAlive = false
		c.cond.Broadcast()
		shut := c.shutdownReq
		c.shutdownReq = nil
		closeAfter := c.closeAfter
		c.mu.Unlock()
		if closeAfter {
			_ = c.fd.Close()
			return nil
		}
		if shut != nil {
			c.loop.Post(func() { shut(c.fd.CloseWrite()) })
		}
		return nil
	}
	op := c.queue[0]
	c.queue = c.queue[1:]
	c.mu.Unlock()
	return op
}

// Shutdown half-closes the connection once queued writes are done; done runs on the loop.
func (c *Conn) Shutdown(done func(error)) error {
	if c.closed {
		return syscall.ENOTCONN
	}
	c.loop.Ref()
	wrapped := func(err error) { c.loop.Unref(); done(err) }
	c.mu.Lock()
	if c.writerAlive {
		c.shutdownReq = wrapped
		c.mu.Unlock()
		return nil
	}
	c.mu.Unlock()
	// The FIN goes out when the completion runs, on the loop's next poll, as libuv sends it
	// while draining the write queue: the peer cannot see the end before this side's
	// callbacks (finish, and close when it follows) have run.
	c.loop.Post(func() {
		if c.closed {
			wrapped(syscall.ECANCELED)
			return
		}
		wrapped(c.fd.CloseWrite())
	})
	return nil
}

// WriteQueueSize is how many bytes wait for the writer goroutine.
func (c *Conn) WriteQueueSize() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, op := range c.queue {
		for _, b := range op.bufs {
			n += len(b)
		}
	}
	return n
}

// CloseAfterWrites closes the socket once the queued writes are out (the writer goroutine closes
// it), or at once when none are queued; either way the close's system calls run off the loop.
// Reading stops now. The server side of http uses it for a response with "Connection: close".
func (c *Conn) CloseAfterWrites() {
	if c.closed {
		return
	}
	c.closed = true
	c.sync()
	if c.pollID != 0 {
		poller.forget(c.pollID, c.sysfd)
		c.pollID = 0
	}
	c.armed = false
	c.mu.Lock()
	if len(c.queue) > 0 || c.writerAlive {
		c.closeAfter = true
		c.mu.Unlock()
		return
	}
	c.mu.Unlock()
	go c.fd.Close()
}

// Close closes the socket; pending reads stop, queued writes fail.
func (c *Conn) Close() {
	if c.closed {
		return
	}
	c.closed = true
	c.sync()
	c.unregister()
	_ = c.fd.Close()
}

// Reset closes with an RST instead of a FIN (SO_LINGER 0), as uv_tcp_close_reset.
func (c *Conn) Reset() {
	_ = c.raw.Control(func(fd uintptr) {
		_ = unix.SetsockoptLinger(int(fd), unix.SOL_SOCKET, unix.SO_LINGER, &unix.Linger{Onoff: 1, Linger: 0})
	})
	c.Close()
}

// SetNoDelay toggles TCP_NODELAY.
func (c *Conn) SetNoDelay(on bool) error {
	if t, ok := c.fd.(*net.TCPConn); ok {
		return t.SetNoDelay(on)
	}
	return nil
}

// SetKeepAlive toggles SO_KEEPALIVE with the initial delay in seconds.
func (c *Conn) SetKeepAlive(on bool, delaySec int) error {
	t, ok := c.fd.(*net.TCPConn)
	if !ok {
		return nil
	}
	if err := t.SetKeepAlive(on); err != nil {
		return err
	}
	if on && delaySec > 0 {
		var serr error
		_ = c.raw.Control(func(fd uintptr) {
			serr = unix.SetsockoptInt(int(fd), unix.IPPROTO_TCP, tcpKeepIdle, delaySec)
		})
		return serr
	}
	return nil
}

// SockName and PeerName are the local and remote addresses as the kernel reports them.
func (c *Conn) SockName() (Addr, error) { return c.sockAddr(unix.Getsockname) }
func (c *Conn) PeerName() (Addr, error) { return c.sockAddr(unix.Getpeername) }

func (c *Conn) sockAddr(get func(int) (unix.Sockaddr, error)) (Addr, error) {
	var sa unix.Sockaddr
	var err error
	cerr := c.raw.Control(func(fd uintptr) { sa, err = get(int(fd)) })
	if cerr != nil {
		return Addr{}, syscall.EBADF
	}
	if err != nil {
		return Addr{}, err
	}
	return addrOf(sa), nil
}

// Addr is a socket address as Node reports it: address text, family name and port.
type Addr struct {
	Address string
	Family  string // "IPv4", "IPv6" or "" for Unix sockets
	Port    int
}

func addrOf(sa unix.Sockaddr) Addr {
	switch a := sa.(type) {
	case *unix.SockaddrInet4:
		return Addr{Address: netip.AddrFrom4(a.Addr).String(), Family: "IPv4", Port: a.Port}
	case *unix.SockaddrInet6:
		ip := netip.AddrFrom16(a.Addr)
		if a.ZoneId != 0 {
			if ifi, err := net.InterfaceByIndex(int(a.ZoneId)); err == nil {
				ip = ip.WithZone(ifi.Name)
			}
		}
		return Addr{Address: ip.String(), Family: "IPv6", Port: a.Port}
	case *unix.SockaddrUnix:
		return Addr{Address: a.Name}
	}
	return Addr{}
}

// postReadable hands the connections a poller found readable to their loops: one posted batch
// per loop and wake-up, in the order the kernel reported them. It empties byLoop.
func postReadable(byLoop map[*loop.Loop][]*Conn) {
	for l, conns := range byLoop {
		l.Post(func() {
			for _, c := range conns {
				c.onReadable()
			}
		})
		delete(byLoop, l)
	}
}

// tosOption is the socket option carrying the type of service: IP_TOS for IPv4, the traffic
// class for IPv6; ok is false for sockets without one (Unix sockets).
func tosOption(fd int) (level, opt int, ok bool) {
	sa, err := unix.Getsockname(fd)
	if err != nil {
		return 0, 0, false
	}
	switch sa.(type) {
	case *unix.SockaddrInet4:
		return unix.IPPROTO_IP, unix.IP_TOS, true
	case *unix.SockaddrInet6:
		return unix.IPPROTO_IPV6, unix.IPV6_TCLASS, true
	}
	return 0, 0, false
}

// TypeOfService reads the socket's IP type of service (socket.getTypeOfService).
func (c *Conn) TypeOfService() (int, error) {
	tos, serr := 0, error(nil)
	err := c.raw.Control(func(fd uintptr) {
		level, opt, ok := tosOption(int(fd))
		if !ok {
			serr = syscall.ENOTSUP
			return
		}
		tos, serr = unix.GetsockoptInt(int(fd), level, opt)
	})
	if err != nil {
		return 0, err
	}
	return tos, serr
}

// SetTypeOfService sets the socket's IP type of service (socket.setTypeOfService).
func (c *Conn) SetTypeOfService(tos int) error {
	var serr error
	err := c.raw.Control(func(fd uintptr) {
		level, opt, ok := tosOption(int(fd))
		if !ok {
			serr = syscall.ENOTSUP
			return
		}
		serr = unix.SetsockoptInt(int(fd), level, opt, tos)
	})
	if err != nil {
		return err
	}
	return serr
}
