package net

import (
	"errors"
	"io"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
)

// Named pipes: what Node's net serves paths with on Windows (\\.\pipe\name), as libuv's
// uv_pipe_t does. A pipe server is a listener whose Accept waits, in the accepting goroutine,
// for a client on the pipe instance it made last (ConnectNamedPipe, overlapped), then makes the
// next instance; connected instances and client ends are overlapped handles that os.NewFile puts
// on Go's I/O completion port, so the connection code (stream_windows.go) reads and writes them
// as it does sockets.

const pipeBufferSize = 64 << 10

// pipeListener is a named pipe server.
type pipeListener struct {
	path string
	name *uint16

	mu     sync.Mutex
	next   windows.Handle // the instance the next client connects to
	ov     *windows.Overlapped
	closed bool
}

func createPipeInstance(name *uint16, first bool) (windows.Handle, error) {
	mode := uint32(windows.PIPE_ACCESS_DUPLEX | windows.FILE_FLAG_OVERLAPPED)
	if first {
		mode |= windows.FILE_FLAG_FIRST_PIPE_INSTANCE
	}
	h, err := windows.CreateNamedPipe(name, mode,
		windows.PIPE_TYPE_BYTE|windows.PIPE_READMODE_BYTE|windows.PIPE_WAIT|windows.PIPE_REJECT_REMOTE_CLIENTS,
		windows.PIPE_UNLIMITED_INSTANCES, pipeBufferSize, pipeBufferSize, 0, nil)
	if err != nil {
		if first && errors.Is(err, windows.ERROR_ACCESS_DENIED) {
			// another server has the name (libuv's uv_pipe_bind says the same)
			return windows.InvalidHandle, windows.WSAEADDRINUSE
		}
		return windows.InvalidHandle, err
	}
	return h, nil
}

// BindUnix makes a named pipe server on path: Node serves net paths on Windows with named
// pipes, so path must be one (\\.\pipe\name, or \\?\pipe\name).
func BindUnix(path string) (*Socket, error) {
	name, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return nil, syscall.EINVAL
	}
	h, err := createPipeInstance(name, true)
	if err != nil {
		return nil, err
	}
	return &Socket{ln: &pipeListener{path: path, name: name, next: h}}, nil
}

// Accept waits for a client on the current instance and hands it over as a connection.
func (l *pipeListener) Accept() (net.Conn, error) {
	for {
		h, err := l.wait()
		if err != nil {
			return nil, err
		}
		if h == windows.InvalidHandle {
			continue // a client that came and went before it was seen: the instance waits again
		}
		next, err := createPipeInstance(l.name, false)
		l.mu.Lock()
		if err == nil {
			l.next = next
		} else {
			// without a next instance the following Accept fails, and the server reports it
			l.next = windows.InvalidHandle
		}
		l.mu.Unlock()
		return newPipeConn(h, l.path), nil
	}
}

// wait connects the current instance to a client (ConnectNamedPipe, overlapped): the handle, or
// InvalidHandle when the client left before, or net.ErrClosed once Close ran.
func (l *pipeListener) wait() (windows.Handle, error) {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return windows.InvalidHandle, net.ErrClosed
	}
	h := l.next
	if h == windows.InvalidHandle {
		l.mu.Unlock()
		return windows.InvalidHandle, syscall.EMFILE
	}
	ev, err := windows.CreateEvent(nil, 1, 0, nil)
	if err != nil {
		l.mu.Unlock()
		return windows.InvalidHandle, err
	}
	defer windows.CloseHandle(ev)
	ov := &windows.Overlapped{HEvent: ev}
	l.ov = ov
	l.mu.Unlock()

	err = windows.ConnectNamedPipe(h, ov)
	if errors.Is(err, windows.ERROR_IO_PENDING) {
		var n uint32
		err = windows.GetOverlappedResult(h, ov, &n, true)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.ov = nil
	if l.closed {
		return windows.InvalidHandle, net.ErrClosed
	}
	switch {
	case err == nil || errors.Is(err, windows.ERROR_PIPE_CONNECTED):
		return h, nil
	case errors.Is(err, windows.ERROR_NO_DATA):
		_ = windows.DisconnectNamedPipe(h)
		return windows.InvalidHandle, nil
	}
	return windows.InvalidHandle, err
}

// Close stops the server: a pending Accept ends with net.ErrClosed.
func (l *pipeListener) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil
	}
	l.closed = true
	if l.next != windows.InvalidHandle {
		if l.ov != nil {
			_ = windows.CancelIoEx(l.next, l.ov)
		}
		_ = windows.CloseHandle(l.next)
		l.next = windows.InvalidHandle
	}
	return nil
}

func (l *pipeListener) Addr() net.Addr { return &net.UnixAddr{Name: l.path, Net: "pipe"} }

// pipeConn is a connected pipe end as a net.Conn for Conn.
type pipeConn struct {
	f    *os.File
	path string
	shut atomic.Bool // CloseWrite ran
}

// pipeEOFDelay is libuv's eof_timer: a named pipe has no half-close, so after this end's
// shutdown a read that waits this long with nothing coming counts as the peer's end (which is
// how a Node peer that ended too, with allowHalfOpen off, gets to close).
const pipeEOFDelay = 50 * time.Millisecond

func newPipeConn(h windows.Handle, path string) *pipeConn {
	return &pipeConn{f: os.NewFile(uintptr(h), path), path: path}
}

func (c *pipeConn) Read(b []byte) (int, error) {
	n, err := c.f.Read(b)
	if c.shut.Load() {
		if errors.Is(err, os.ErrDeadlineExceeded) {
			return n, io.EOF
		}
		_ = c.f.SetReadDeadline(time.Now().Add(pipeEOFDelay))
	}
	return n, pipeErr(err)
}

func (c *pipeConn) Write(b []byte) (int, error) {
	n, err := c.f.Write(b)
	return n, pipeErr(err)
}

func (c *pipeConn) Close() error                       { return c.f.Close() }
func (c *pipeConn) LocalAddr() net.Addr                { return &net.UnixAddr{Name: c.path, Net: "pipe"} }
func (c *pipeConn) RemoteAddr() net.Addr               { return &net.UnixAddr{Name: c.path, Net: "pipe"} }
func (c *pipeConn) SetDeadline(t time.Time) error      { return c.f.SetDeadline(t) }
func (c *pipeConn) SetReadDeadline(t time.Time) error  { return c.f.SetReadDeadline(t) }
func (c *pipeConn) SetWriteDeadline(t time.Time) error { return c.f.SetWriteDeadline(t) }
func (c *pipeConn) SyscallConn() (syscall.RawConn, error) {
	return c.f.SyscallConn()
}

// CloseWrite: a named pipe has no half-close; the peer sees the end when the handle closes,
// and this end's reads start the EOF delay (see pipeEOFDelay).
func (c *pipeConn) CloseWrite() error {
	c.shut.Store(true)
	return c.f.SetReadDeadline(time.Now().Add(pipeEOFDelay))
}

// pipeErr reports a peer that closed its end as the end of the stream, as libuv does.
func pipeErr(err error) error {
	if errors.Is(err, windows.ERROR_BROKEN_PIPE) || errors.Is(err, windows.ERROR_PIPE_NOT_CONNECTED) ||
		errors.Is(err, windows.ERROR_NO_DATA) {
		return io.EOF
	}
	return err
}

// dialPipe connects to a named pipe server, waiting while every instance is busy (libuv waits
// in a thread the same way).
func dialPipe(path string) (net.Conn, error) {
	name, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return nil, syscall.EINVAL
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		h, err := windows.CreateFile(name, windows.GENERIC_READ|windows.GENERIC_WRITE, 0, nil,
			windows.OPEN_EXISTING, windows.FILE_FLAG_OVERLAPPED, 0)
		if err == nil {
			return newPipeConn(h, path), nil
		}
		if !errors.Is(err, windows.ERROR_PIPE_BUSY) || time.Now().After(deadline) {
			return nil, err
		}
		_ = waitNamedPipe(name, 100)
	}
}

var procWaitNamedPipeW = windows.NewLazySystemDLL("kernel32.dll").NewProc("WaitNamedPipeW")

func waitNamedPipe(name *uint16, ms uint32) error {
	r, _, err := procWaitNamedPipeW.Call(uintptr(unsafe.Pointer(name)), uintptr(ms))
	if r == 0 {
		return err
	}
	return nil
}
