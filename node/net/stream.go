//go:build linux || darwin

package net

import (
	"errors"
	"io"
	"net"
	"net/netip"
	"os"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gnode-dev/gnode/loop"
)

// The stream layer is libuv's tcp/pipe/stream in Go: listeners and connections whose events
// arrive on the loop goroutine. It knows no JavaScript; binding.go puts JS handles on top.
//
// A connection has at most one reader goroutine, parked in the runtime's netpoller while the
// peer is quiet. It takes a read buffer from a pool only when the socket is readable, so an idle
// connection holds no buffer, only its goroutine. Writes are tried synchronously first (as
// uv_try_write); what the kernel does not take goes to a writer goroutine that completes the
// requests in order.

const readBufSize = 64 << 10

var readBufs = sync.Pool{New: func() any { b := make([]byte, readBufSize); return &b }}

// errEOF is what the read callback gets at end of stream (UV_EOF).
var errEOF = io.EOF

// Conn is one connected stream socket (TCP or Unix) owned by a loop.
type Conn struct {
	loop *loop.Loop
	fd   netFD
	raw  syscall.RawConn

	// OnRead receives each chunk (err nil) or the end (errEOF) or a failure. Loop goroutine.
	OnRead func(data []byte, err error)

	// loop-side state
	refed    bool
	holdsRef bool
	reading  bool
	closed   bool
	stash    []readEvent // events that arrived while reading was stopped
	readDone bool        // the reader delivered EOF or an error
	detached bool        // another layer (TLS) owns the socket now

	// shared with the reader and writer goroutines
	mu          sync.Mutex
	cond        *sync.Cond
	wantRead    bool
	readerAlive bool
	goneClosed  bool
	queue       []*writeOp
	writerAlive bool
	shutdownReq func(error)
}

type readEvent struct {
	data []byte
	err  error
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
	cn := &Conn{loop: l, fd: fd, raw: raw, refed: true}
	cn.cond = sync.NewCond(&cn.mu)
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
	if len(c.stash) > 0 {
		// data read ahead while stopped goes first, on the loop's next turn as libuv would
		// deliver it from the poll phase
		c.loop.Post(c.drainStash)
	}
	if c.readDone {
		return nil
	}
	c.mu.Lock()
	c.wantRead = true
	if !c.readerAlive {
		c.readerAlive = true
		go c.readLoop()
	} else {
		c.cond.Signal()
	}
	c.mu.Unlock()
	return nil
}

// ReadStop stops delivering data; at most one chunk already read is kept for later.
func (c *Conn) ReadStop() error {
	c.reading = false
	c.sync()
	c.mu.Lock()
	c.wantRead = false
	c.mu.Unlock()
	return nil
}

// Reading reports whether ReadStart is in effect.
func (c *Conn) Reading() bool { return c.reading }

func (c *Conn) drainStash() {
	for c.reading && !c.closed && len(c.stash) > 0 {
		ev := c.stash[0]
		c.stash = c.stash[1:]
		c.emit(ev)
	}
}

func (c *Conn) deliver(ev readEvent) {
	if c.detached {
		if ev.err == nil {
			c.stash = append(c.stash, ev) // handed over with the socket
		}
		return
	}
	if c.closed {
		return
	}
	if ev.err != nil {
		c.readDone = true
	}
	if !c.reading || len(c.stash) > 0 {
		c.stash = append(c.stash, ev)
		return
	}
	c.emit(ev)
}

// emit hands one event to OnRead; after the end or an error nothing more comes, so the
// connection stops counting as active (libuv stops reading at EOF).
func (c *Conn) emit(ev readEvent) {
	if ev.err != nil {
		c.reading = false
		c.sync()
	}
	c.OnRead(ev.data, ev.err)
}

func (c *Conn) readLoop() {
	for {
		c.mu.Lock()
		for !c.wantRead && !c.goneClosed {
			c.cond.Wait()
		}
		if c.goneClosed {
			c.readerAlive = false
			c.cond.Broadcast()
			c.mu.Unlock()
			return
		}
		c.mu.Unlock()
		var (
			n    int
			rerr error
			buf  *[]byte
		)
		err := c.raw.Read(func(fd uintptr) bool {
			b := readBufs.Get().(*[]byte)
			for {
				n, rerr = unix.Read(int(fd), *b)
				if rerr != unix.EINTR {
					break
				}
			}
			if rerr == unix.EAGAIN {
				readBufs.Put(b)
				return false
			}
			buf = b
			return true
		})
		var ev readEvent
		switch {
		case err != nil:
			ev.err = err
		case rerr != nil:
			ev.err = rerr
		case n == 0:
			ev.err = errEOF
		default:
			ev.data = make([]byte, n)
			copy(ev.data, (*buf)[:n])
		}
		if buf != nil {
			readBufs.Put(buf)
		}
		c.mu.Lock()
		gone := c.goneClosed
		c.mu.Unlock()
		if ev.err != nil && (gone || errors.Is(ev.err, net.ErrClosed) || errors.Is(ev.err, os.ErrClosed)) {
			c.readerExit()
			return
		}
		c.loop.Post(func() { c.deliver(ev) })
		if ev.err != nil {
			c.readerExit()
			return
		}
	}
}

func (c *Conn) readerExit() {
	c.mu.Lock()
	c.readerAlive = false
	c.cond.Broadcast()
	c.mu.Unlock()
}

// Detach hands the socket to another layer (TLS): reading stops for good, queued writes finish,
// and done gets the connection with the bytes read but not yet delivered. From then on this Conn
// no longer owns the socket (Close leaves it open) but still answers SockName and PeerName. Loop
// goroutine; done runs on the loop.
func (c *Conn) Detach(done func(nc net.Conn, pending []byte, err error)) {
	if c.closed {
		done(nil, nil, syscall.EBADF)
		return
	}
	c.reading = false
	c.closed = true
	c.detached = true
	c.sync()
	c.mu.Lock()
	c.wantRead = false
	c.goneClosed = true
	c.cond.Broadcast()
	c.mu.Unlock()
	_ = c.fd.SetReadDeadline(time.Now()) // wakes a reader parked in the poller
	c.loop.Ref()
	go func() {
		c.mu.Lock()
		for c.readerAlive || c.writerAlive {
			c.cond.Wait()
		}
		c.mu.Unlock()
		_ = c.fd.SetReadDeadline(time.Time{})
		c.loop.Post(func() {
			c.loop.Unref()
			var pending []byte
			for _, ev := range c.stash {
				pending = append(pending, ev.data...)
			}
			c.stash = nil
			done(c.fd, pending, nil)
		})
	}()
}

// Write sends bufs. When the kernel takes everything at once it returns async false and done is
// not called (uv_try_write succeeded); otherwise done runs on the loop once all is written or
// the write failed. A synchronous failure is returned as err.
func (c *Conn) Write(bufs [][]byte, done func(error)) (async bool, err error) {
	if c.closed {
		return false, syscall.EBADF
	}
	c.mu.Lock()
	busy := len(c.queue) > 0 || c.writerAlive
	c.mu.Unlock()
	if !busy {
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
		go c.writeLoop()
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
		c.mu.Lock()
		if len(c.queue) == 0 {
			c.writerAlive = false
			c.cond.Broadcast()
			shut := c.shutdownReq
			c.shutdownReq = nil
			c.mu.Unlock()
			if shut != nil {
				c.loop.Post(func() { shut(c.fd.CloseWrite()) })
			}
			return
		}
		op := c.queue[0]
		c.queue = c.queue[1:]
		c.mu.Unlock()
		b := net.Buffers(op.bufs)
		_, err := b.WriteTo(c.fd)
		c.loop.Post(func() { op.done(err) })
	}
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

// Close closes the socket; pending reads stop, queued writes fail.
func (c *Conn) Close() {
	if c.closed {
		c.stash = nil
		return
	}
	c.closed = true
	c.sync()
	c.stash = nil
	c.mu.Lock()
	c.goneClosed = true
	c.cond.Broadcast()
	c.mu.Unlock()
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
