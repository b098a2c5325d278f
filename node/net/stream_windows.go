package net

import (
	"errors"
	"io"
	"net"
	"net/netip"
	"sync"
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"

	"github.com/gnode-dev/gnode/loop"
)

// The Windows stream layer: the same Conn API binding.go drives on Linux (stream.go), built on
// Go's net package. Each connection that reads has a reader goroutine, which reads one chunk,
// posts it to the loop and waits until the loop has taken it before reading again, so a paused
// connection stops reading as libuv's uv_read_stop does. Writes are tried without blocking first
// (the socket is non-blocking, as libuv makes it, and Go's overlapped I/O is unaffected), as
// uv_try_write; the rest goes to a writer goroutine that completes the requests in order.

const readBufSize = 64 << 10

// errEOF is what the read callback gets at end of stream (UV_EOF).
var errEOF = io.EOF

// Conn is one connected stream socket owned by a loop.
type Conn struct {
	loop *loop.Loop
	fd   netFD
	raw  syscall.RawConn
	// nonBlocking: the socket takes non-blocking sends (tryWrite); when FIONBIO could not be
	// set every write goes to the writer goroutine
	nonBlocking bool

	// OnRead receives each chunk (err nil) or the end (errEOF) or a failure. Loop goroutine.
	OnRead func(data []byte, err error)

	// loop-side state
	refed    bool
	holdsRef bool
	reading  bool
	closed   bool
	readDone bool
	detached bool
	stash    []readResult // chunks read before a ReadStop took effect, delivered on ReadStart
	flushing bool

	// shared with the reader and writer goroutines
	mu          sync.Mutex
	cond        sync.Cond
	wantRead    bool // the loop wants data: the reader may start another read
	inflight    bool // a chunk is posted and not yet taken by the loop
	readerAlive bool
	stopReader  bool
	queue       []*writeOp
	writerAlive bool
	shutdownReq func(error)
	// detachPending collects what the reader had read when Detach stopped it
	detachPending []byte
}

type readResult struct {
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
	cn.cond.L = &cn.mu
	_ = raw.Control(func(s uintptr) {
		var on uint32 = 1
		var ret uint32
		err := windows.WSAIoctl(windows.Handle(s), fionbio, (*byte)(unsafe.Pointer(&on)), 4, nil, 0, &ret, nil, 0)
		cn.nonBlocking = err == nil
	})
	return cn, nil
}

// FIONBIO for ioctlsocket/WSAIoctl.
const fionbio = 0x8004667e

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
		return nil
	}
	if c.closed {
		return syscall.EINVAL
	}
	c.reading = true
	c.sync()
	if c.readDone {
		return nil
	}
	if len(c.stash) > 0 && !c.flushing {
		c.flushing = true
		c.loop.Post(c.flushStash)
		return nil
	}
	c.wake()
	return nil
}

func (c *Conn) wake() {
	c.mu.Lock()
	c.wantRead = true
	if !c.readerAlive && !c.stopReader {
		c.readerAlive = true
		go c.readLoop()
	}
	c.cond.Broadcast()
	c.mu.Unlock()
}

// ReadStop stops delivering; a read already under way is kept for the next ReadStart.
func (c *Conn) ReadStop() error {
	c.reading = false
	c.sync()
	c.mu.Lock()
	c.wantRead = false
	c.mu.Unlock()
	return nil
}

func (c *Conn) Reading() bool { return c.reading }

func (c *Conn) flushStash() {
	c.flushing = false
	for len(c.stash) > 0 && c.reading && !c.closed {
		r := c.stash[0]
		c.stash = c.stash[1:]
		c.emit(r.data, r.err)
	}
	if c.reading && !c.closed && !c.readDone {
		c.wake()
	}
}

func (c *Conn) readLoop() {
	buf := make([]byte, readBufSize)
	for {
		c.mu.Lock()
		for (!c.wantRead || c.inflight) && !c.stopReader {
			c.cond.Wait()
		}
		if c.stopReader {
			c.readerAlive = false
			c.cond.Broadcast()
			c.mu.Unlock()
			return
		}
		c.inflight = true
		c.mu.Unlock()
		n, err := c.fd.Read(buf)
		var data []byte
		if n > 0 {
			data = append([]byte(nil), buf[:n]...)
		}
		c.mu.Lock()
		if c.stopReader {
			// Detach interrupted the read: what arrived belongs to the new owner
			c.detachPending = append(c.detachPending, data...)
			c.inflight = false
			c.readerAlive = false
			c.cond.Broadcast()
			c.mu.Unlock()
			return
		}
		c.mu.Unlock()
		if err != nil && errors.Is(err, net.ErrClosed) {
			c.mu.Lock()
			c.readerAlive = false
			c.inflight = false
			c.cond.Broadcast()
			c.mu.Unlock()
			return
		}
		if err != nil && (errors.Is(err, windows.ERROR_HANDLE_EOF) || errors.Is(err, windows.WSAEDISCON)) {
			err = io.EOF
		}
		final := err != nil
		if data != nil {
			c.post(data, nil)
		}
		if final {
			c.post(nil, err)
			c.mu.Lock()
			c.readerAlive = false
			c.mu.Unlock()
			return
		}
		if data == nil {
			// a zero-byte read without an error: nothing to hand over
			c.mu.Lock()
			c.inflight = false
			c.mu.Unlock()
		}
	}
}

// post hands a chunk (or the end) to the loop; the reader reads again once it is taken.
func (c *Conn) post(data []byte, err error) {
	c.loop.Post(func() {
		c.mu.Lock()
		c.inflight = false
		c.cond.Broadcast()
		c.mu.Unlock()
		if c.closed {
			if c.detached && data != nil {
				c.mu.Lock()
				c.detachPending = append(c.detachPending, data...)
				c.mu.Unlock()
			}
			return
		}
		if !c.reading || len(c.stash) > 0 {
			c.stash = append(c.stash, readResult{data, err})
			return
		}
		c.emit(data, err)
	})
}

func (c *Conn) emit(data []byte, err error) {
	if err != nil {
		c.readDone = true
		if err != io.EOF {
			err = unwrapNet(err)
		}
	}
	if c.OnRead != nil {
		c.OnRead(data, err)
	}
}

// unwrapNet reports a Winsock error as itself (the errno), not as Go's wrapped *net.OpError.
func unwrapNet(err error) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno
	}
	return err
}

// Detach hands the socket to another layer (TLS): reading stops for good, queued writes finish,
// and done gets the connection with the bytes read but not yet delivered. Loop goroutine; done
// runs on the loop.
func (c *Conn) Detach(done func(nc net.Conn, pending []byte, err error)) {
	if c.closed {
		done(nil, nil, syscall.EBADF)
		return
	}
	c.reading = false
	c.closed = true
	c.detached = true
	c.sync()
	var pending []byte
	for _, r := range c.stash {
		pending = append(pending, r.data...)
	}
	c.stash = nil
	c.mu.Lock()
	c.stopReader = true
	c.cond.Broadcast()
	reading := c.readerAlive
	c.mu.Unlock()
	if reading {
		_ = c.fd.SetReadDeadline(time.Now()) // interrupt a blocked read
	}
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
			c.mu.Lock()
			pending = append(pending, c.detachPending...)
			c.detachPending = nil
			c.mu.Unlock()
			done(c.fd, pending, nil)
		})
	}()
}

// Write sends bufs. When the socket takes everything at once it returns async false and done
// is not called (uv_try_write succeeded); otherwise done runs on the loop once all is written
// or the write failed.
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
	if try && !busy && c.nonBlocking {
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

// tryWrite sends what the socket takes without blocking and returns the rest.
func (c *Conn) tryWrite(bufs [][]byte) ([][]byte, error) {
	for len(bufs) > 0 {
		var sent uint32
		var werr error
		err := c.raw.Write(func(s uintptr) bool {
			wb := make([]windows.WSABuf, 0, len(bufs))
			for _, b := range bufs {
				if len(b) > 0 {
					wb = append(wb, windows.WSABuf{Len: uint32(len(b)), Buf: &b[0]})
				}
			}
			if len(wb) == 0 {
				return true
			}
			werr = windows.WSASend(windows.Handle(s), &wb[0], uint32(len(wb)), &sent, 0, nil, nil)
			return true
		})
		if err != nil {
			return bufs, err
		}
		if werr == windows.WSAEWOULDBLOCK {
			return bufs, nil
		}
		if werr != nil {
			return bufs, werr
		}
		bufs = consume(bufs, int(sent))
		if sent == 0 {
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
		err := c.writeAll(op.bufs)
		c.loop.Post(func() { op.done(unwrapNet(err)) })
	}
}

// writeAll writes on the writer goroutine. With the socket non-blocking, Go's overlapped
// writes still wait for completion; a would-block from a racing tryWrite cannot happen here
// since tryWrite only runs while the queue is empty.
func (c *Conn) writeAll(bufs [][]byte) error {
	for _, b := range bufs {
		for len(b) > 0 {
			n, err := c.fd.Write(b)
			if err != nil {
				return err
			}
			b = b[n:]
		}
	}
	return nil
}

// Shutdown half-closes the connection once queued writes are done; done runs on the loop.
func (c *Conn) Shutdown(done func(error)) error {
	if c.closed {
		return syscall.ENOTCONN
	}
	c.loop.Ref()
	wrapped := func(err error) { c.loop.Unref(); done(unwrapNet(err)) }
	c.mu.Lock()
	if c.writerAlive {
		c.shutdownReq = wrapped
		c.mu.Unlock()
		return nil
	}
	c.mu.Unlock()
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

// CloseAfterWrites closes the socket once the queued writes are out.
func (c *Conn) CloseAfterWrites() {
	if c.closed {
		return
	}
	if !c.writesPending() {
		c.Close()
		return
	}
	c.stopReading()
	go func() {
		c.mu.Lock()
		for len(c.queue) > 0 || c.writerAlive {
			c.cond.Wait()
		}
		c.mu.Unlock()
		_ = c.fd.Close()
	}()
}

// Close closes the socket; pending reads stop, queued writes fail.
func (c *Conn) Close() {
	if c.closed {
		return
	}
	c.stopReading()
	_ = c.fd.Close()
}

func (c *Conn) stopReading() {
	c.closed = true
	c.sync()
	c.mu.Lock()
	c.stopReader = true
	c.cond.Broadcast()
	c.mu.Unlock()
}

// Reset closes with an RST instead of a FIN (SO_LINGER 0), as uv_tcp_close_reset.
func (c *Conn) Reset() {
	if t, ok := c.fd.(*net.TCPConn); ok {
		_ = t.SetLinger(0)
	}
	c.Close()
}

// SetNoDelay toggles TCP_NODELAY.
func (c *Conn) SetNoDelay(on bool) error {
	if t, ok := c.fd.(*net.TCPConn); ok {
		return unwrapNet(t.SetNoDelay(on))
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
		return unwrapNet(err)
	}
	if on && delaySec > 0 {
		return unwrapNet(t.SetKeepAlivePeriod(time.Duration(delaySec) * time.Second))
	}
	return nil
}

// SockName and PeerName are the local and remote addresses.
func (c *Conn) SockName() (Addr, error) { return addrOfNet(c.fd.LocalAddr()) }
func (c *Conn) PeerName() (Addr, error) { return addrOfNet(c.fd.RemoteAddr()) }

// Addr is a socket address as Node reports it: address text, family name and port.
type Addr struct {
	Address string
	Family  string // "IPv4", "IPv6" or "" for pipes
	Port    int
}

func addrOfNet(a net.Addr) (Addr, error) {
	switch a := a.(type) {
	case *net.TCPAddr:
		ip, _ := netip.AddrFromSlice(a.IP)
		if ip4 := a.IP.To4(); ip4 != nil && len(a.IP) == 4 {
			ip = netip.AddrFrom4([4]byte(ip4))
		}
		fam := "IPv6"
		if ip.Is4() {
			fam = "IPv4"
		}
		return Addr{Address: ip.WithZone(a.Zone).String(), Family: fam, Port: a.Port}, nil
	case *net.UnixAddr:
		return Addr{Address: a.Name}, nil
	}
	return Addr{}, syscall.ENOTCONN
}

// tosOption is the socket option carrying the type of service: IP_TOS for IPv4, the traffic
// class for IPv6.
func (c *Conn) tosOption() (level, opt int, ok bool) {
	a, ok := c.fd.LocalAddr().(*net.TCPAddr)
	if !ok {
		return 0, 0, false
	}
	if a.IP.To4() != nil {
		return windows.IPPROTO_IP, ipTOS, true
	}
	return windows.IPPROTO_IPV6, ipv6TClass, true
}

// IP_TOS and IPV6_TCLASS in Winsock's ws2ipdef.h.
const (
	ipTOS      = 3
	ipv6TClass = 39
)

// TypeOfService reads the socket's IP type of service (socket.getTypeOfService).
func (c *Conn) TypeOfService() (int, error) {
	level, opt, ok := c.tosOption()
	if !ok {
		return 0, syscall.ENOTSUP
	}
	tos, serr := 0, error(nil)
	err := c.raw.Control(func(s uintptr) {
		tos, serr = windows.GetsockoptInt(windows.Handle(s), level, opt)
	})
	if err != nil {
		return 0, err
	}
	return tos, serr
}

// SetTypeOfService sets the socket's IP type of service (socket.setTypeOfService).
func (c *Conn) SetTypeOfService(tos int) error {
	level, opt, ok := c.tosOption()
	if !ok {
		return syscall.ENOTSUP
	}
	var serr error
	err := c.raw.Control(func(s uintptr) {
		serr = windows.SetsockoptInt(windows.Handle(s), level, opt, tos)
	})
	if err != nil {
		return err
	}
	return serr
}
