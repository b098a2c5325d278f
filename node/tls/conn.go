package tls

import (
	"bytes"
	"io"
	"net"
	"sync"
	"time"

	"github.com/gnode-dev/gnode/loop"
)

// prefixConn is a connection whose first reads return bytes the previous owner had already read
// (a ClientHello that arrived before the TLS layer took the socket over).
type prefixConn struct {
	net.Conn
	prefix []byte
}

func (c *prefixConn) Read(p []byte) (int, error) {
	if len(c.prefix) > 0 {
		n := copy(p, c.prefix)
		c.prefix = c.prefix[n:]
		return n, nil
	}
	return c.Conn.Read(p)
}

func (c *prefixConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}

// jsConn is the transport of a TLS socket over a JS stream (tls.connect({ socket: duplex })):
// encrypted bytes from the stream arrive through Feed, and what crypto/tls writes is handed to
// the JS side on the loop through the write and shutdown hooks.
type jsConn struct {
	loop *loop.Loop

	mu     sync.Mutex
	cond   *sync.Cond
	buf    bytes.Buffer
	eof    bool
	closed bool

	// loop-side hooks, called on the loop goroutine
	onWrite    func([]byte)
	onShutdown func()
}

func newJSConn(l *loop.Loop) *jsConn {
	c := &jsConn{loop: l}
	c.cond = sync.NewCond(&c.mu)
	return c
}

// Feed adds bytes read from the JS stream; nil with end set marks its end.
func (c *jsConn) Feed(data []byte, end bool) {
	c.mu.Lock()
	c.buf.Write(data)
	if end {
		c.eof = true
	}
	c.cond.Broadcast()
	c.mu.Unlock()
}

func (c *jsConn) Read(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for c.buf.Len() == 0 && !c.eof && !c.closed {
		c.cond.Wait()
	}
	if c.closed {
		return 0, net.ErrClosed
	}
	if c.buf.Len() == 0 {
		return 0, io.EOF
	}
	return c.buf.Read(p)
}

func (c *jsConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	closed := c.closed
	c.mu.Unlock()
	if closed {
		return 0, net.ErrClosed
	}
	data := append([]byte(nil), p...)
	c.loop.Post(func() {
		if c.onWrite != nil {
			c.onWrite(data)
		}
	})
	return len(p), nil
}

func (c *jsConn) CloseWrite() error {
	c.loop.Post(func() {
		if c.onShutdown != nil {
			c.onShutdown()
		}
	})
	return nil
}

func (c *jsConn) Close() error {
	c.mu.Lock()
	c.closed = true
	c.cond.Broadcast()
	c.mu.Unlock()
	return nil
}

type jsAddr struct{}

func (jsAddr) Network() string { return "js" }
func (jsAddr) String() string  { return "js" }

func (c *jsConn) LocalAddr() net.Addr              { return jsAddr{} }
func (c *jsConn) RemoteAddr() net.Addr             { return jsAddr{} }
func (c *jsConn) SetDeadline(time.Time) error      { return nil }
func (c *jsConn) SetReadDeadline(time.Time) error  { return nil }
func (c *jsConn) SetWriteDeadline(time.Time) error { return nil }
