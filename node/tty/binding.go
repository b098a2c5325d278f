package tty

import (
	"errors"
	"io"
	"os"
	"sync"
	"syscall"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
	"github.com/gnode-dev/gnode/node/buffer"
)

// The stdio binding is what libuv's tty and pipe handles are to Node's stdio streams: writes
// to fds 1 and 2 (and any other fd) that complete before they return, a reader goroutine for
// stdin pipes and terminals that delivers chunks on the loop while JS wants them, raw mode and
// window size for terminals.

const readChunk = 64 << 10

func uvErr(err error) int {
	if err == nil {
		return 0
	}
	return nodeerr.FromGo(err, "").Errno
}

// rawFD reads and writes an fd it does not own (an os.File would close it when collected).
type rawFD int

func (f rawFD) Write(b []byte) (int, error) {
	n, err := sysWrite(int(f), b)
	if n < 0 {
		n = 0
	}
	return n, err
}

func (f rawFD) Read(b []byte) (int, error) {
	n, err := sysRead(int(f), b)
	if n < 0 {
		n = 0
	}
	if n == 0 && err == nil && len(b) > 0 {
		return 0, io.EOF
	}
	return n, err
}

func (f rawFD) Fd() uintptr { return uintptr(f) }

// writerFor is where writes to fd go: the embedder's writers for 1 and 2, the fd itself
// otherwise.
func writerFor(h *host.Host, fd int) io.Writer {
	switch fd {
	case 1:
		return h.Stdout
	case 2:
		return h.Stderr
	}
	return rawFD(fd)
}

// osFD is the descriptor behind fd for terminal and type checks; false when the embedder gave
// a plain reader or writer instead of a file.
func osFD(h *host.Host, fd int) (int, bool) {
	var f *os.File
	switch fd {
	case 0:
		f, _ = h.Stdin.(*os.File)
	case 1:
		f = h.StdoutFile
	case 2:
		f = h.StderrFile
	default:
		return fd, true
	}
	if f == nil {
		return 0, false
	}
	return int(f.Fd()), true
}

// writeAll writes b completely, waiting out EAGAIN on a non-blocking fd it inherited, as libuv
// does for stdio it made blocking.
func writeAll(w io.Writer, b []byte) (int, error) {
	total := 0
	for len(b) > 0 {
		n, err := w.Write(b)
		total += n
		b = b[n:]
		if err != nil {
			if errors.Is(err, syscall.EAGAIN) {
				waitWritable(w)
				continue
			}
			return total, err
		}
		if n == 0 {
			return total, io.ErrShortWrite
		}
	}
	return total, nil
}

// reader reads one fd (stdin) in a goroutine while JS wants data, as a libuv stream in
// reading state; events reach JS through onRead on the loop.
type reader struct {
	h      *host.Host
	src    io.Reader
	onRead goja.Value // function(nread, arrayBuffer)

	reading, refed, holdsRef, closed, done bool
	stash                                  []readEvent

	mu       sync.Mutex
	cond     *sync.Cond
	want     bool
	alive    bool
	stopping bool
}

type readEvent struct {
	data []byte
	err  error
}

func (r *reader) sync() {
	want := r.refed && r.reading && !r.closed
	if want != r.holdsRef {
		r.holdsRef = want
		if want {
			r.h.Loop.Ref()
		} else {
			r.h.Loop.Unref()
		}
	}
}

func (r *reader) start() {
	if r.closed {
		return
	}
	r.reading = true
	r.sync()
	if len(r.stash) > 0 {
		r.h.Loop.Post(r.drain)
	}
	if r.done {
		return
	}
	r.mu.Lock()
	r.want = true
	if !r.alive {
		r.alive = true
		go r.loop()
	} else {
		r.cond.Signal()
	}
	r.mu.Unlock()
}

func (r *reader) stop() {
	r.reading = false
	r.sync()
	r.mu.Lock()
	r.want = false
	r.mu.Unlock()
}

func (r *reader) close() {
	r.stop()
	r.closed = true
	r.sync()
	r.mu.Lock()
	r.stopping = true
	r.cond.Signal()
	r.mu.Unlock()
}

func (r *reader) loop() {
	for {
		r.mu.Lock()
		for !r.want && !r.stopping {
			r.cond.Wait()
		}
		if r.stopping {
			r.alive = false
			r.mu.Unlock()
			return
		}
		r.mu.Unlock()
		buf := make([]byte, readChunk)
		n, err := r.src.Read(buf)
		if n > 0 {
			ev := readEvent{data: buf[:n]}
			r.h.Loop.Post(func() { r.deliver(ev) })
		}
		if err != nil {
			if errors.Is(err, syscall.EAGAIN) {
				waitReadable(r.src)
				continue
			}
			ev := readEvent{err: err}
			r.h.Loop.Post(func() { r.deliver(ev) })
			r.mu.Lock()
			r.alive = false
			r.mu.Unlock()
			return
		}
	}
}

func (r *reader) deliver(ev readEvent) {
	if r.closed {
		return
	}
	if ev.err != nil {
		r.done = true
	}
	if !r.reading || len(r.stash) > 0 {
		r.stash = append(r.stash, ev)
		return
	}
	r.emit(ev)
}

func (r *reader) drain() {
	for r.reading && !r.closed && len(r.stash) > 0 {
		ev := r.stash[0]
		r.stash = r.stash[1:]
		r.emit(ev)
	}
}

func (r *reader) emit(ev readEvent) {
	vm := r.h.VM
	if ev.err != nil {
		r.reading = false
		r.sync()
		code := -4095 // UV_EOF
		if ev.err != io.EOF {
			code = uvErr(ev.err)
		}
		r.h.MakeCallback(r.onRead, goja.Undefined(), vm.ToValue(code), goja.Undefined())
		return
	}
	r.h.MakeCallback(r.onRead, goja.Undefined(), vm.ToValue(len(ev.data)), vm.ToValue(vm.NewArrayBuffer(ev.data)))
}

func binding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	intArg := func(c goja.FunctionCall, i int) int { return int(c.Argument(i).ToInteger()) }
	_ = b.Set("guessHandleType", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(guessHandleType(h, intArg(c, 0)))
	})
	_ = b.Set("isatty", func(c goja.FunctionCall) goja.Value {
		fd, ok := osFD(h, intArg(c, 0))
		return vm.ToValue(ok && isTerminal(fd))
	})
	// writeBuffer(fd, view) and writeString(fd, string, encoding) write synchronously and
	// return the bytes written or a negative errno.
	_ = b.Set("writeBuffer", func(c goja.FunctionCall) goja.Value {
		n, err := writeAll(writerFor(h, intArg(c, 0)), buffer.Bytes(c.Argument(1)))
		if err != nil {
			return vm.ToValue(uvErr(err))
		}
		return vm.ToValue(n)
	})
	_ = b.Set("writeString", func(c goja.FunctionCall) goja.Value {
		data := encode(c.Argument(1), c.Argument(2).String())
		n, err := writeAll(writerFor(h, intArg(c, 0)), data)
		if err != nil {
			return vm.ToValue(uvErr(err))
		}
		return vm.ToValue(n)
	})
	// pipeFree(fd): the room left in the pipe behind fd (-1 when unknown); a write larger than
	// that is one libuv would have finished asynchronously.
	_ = b.Set("pipeFree", func(c goja.FunctionCall) goja.Value {
		fd, ok := osFD(h, intArg(c, 0))
		if !ok {
			return vm.ToValue(-1)
		}
		return vm.ToValue(pipeFree(fd))
	})
	_ = b.Set("getWindowSize", func(c goja.FunctionCall) goja.Value {
		fd, ok := osFD(h, intArg(c, 0))
		if !ok {
			return vm.ToValue(uvErr(syscall.ENOTTY))
		}
		cols, rows, err := windowSize(fd)
		if err != nil {
			return vm.ToValue(uvErr(err))
		}
		arr := c.Argument(1).ToObject(vm)
		_ = arr.Set("0", cols)
		_ = arr.Set("1", rows)
		return vm.ToValue(0)
	})
	_ = b.Set("setRawMode", func(c goja.FunctionCall) goja.Value {
		fd, ok := osFD(h, intArg(c, 0))
		if !ok {
			return vm.ToValue(uvErr(syscall.ENOTTY))
		}
		return vm.ToValue(uvErr(setRawMode(fd, c.Argument(1).ToBoolean())))
	})
	// newReader(fd, onRead) -> {readStart, readStop, ref, unref, hasRef, close}
	_ = b.Set("newReader", func(c goja.FunctionCall) goja.Value {
		fd := intArg(c, 0)
		var src io.Reader
		if fd == 0 {
			src = h.Stdin
		} else {
			src = rawFD(fd)
		}
		r := &reader{h: h, src: src, onRead: c.Argument(1), refed: true}
		r.cond = sync.NewCond(&r.mu)
		o := vm.NewObject()
		ok := vm.ToValue(0)
		_ = o.Set("readStart", func(goja.FunctionCall) goja.Value { r.start(); return ok })
		_ = o.Set("readStop", func(goja.FunctionCall) goja.Value { r.stop(); return ok })
		_ = o.Set("ref", func(goja.FunctionCall) goja.Value { r.refed = true; r.sync(); return goja.Undefined() })
		_ = o.Set("unref", func(goja.FunctionCall) goja.Value { r.refed = false; r.sync(); return goja.Undefined() })
		_ = o.Set("hasRef", func(goja.FunctionCall) goja.Value { return vm.ToValue(r.refed) })
		_ = o.Set("close", func(goja.FunctionCall) goja.Value { r.close(); return goja.Undefined() })
		return o
	})
	return b
}

// encode turns a JS string into the bytes a StreamBase write*String method writes.
func encode(v goja.Value, enc string) []byte {
	switch enc {
	case "latin1", "binary", "ascii", "ucs2", "ucs-2", "utf16le", "utf-16le":
		s, u, ascii := buffer.StringUnits(v)
		if ascii {
			if enc == "latin1" || enc == "binary" || enc == "ascii" {
				return []byte(s)
			}
			u = make([]uint16, len(s))
			for i := 0; i < len(s); i++ {
				u[i] = uint16(s[i])
			}
		}
		if enc == "latin1" || enc == "binary" || enc == "ascii" {
			out := make([]byte, len(u))
			for i, c := range u {
				out[i] = byte(c)
			}
			return out
		}
		out := make([]byte, 2*len(u))
		for i, c := range u {
			out[2*i], out[2*i+1] = byte(c), byte(c>>8)
		}
		return out
	}
	s, u, ascii := buffer.StringUnits(v)
	if ascii {
		return []byte(s)
	}
	return buffer.EncodeUTF8(s, u, ascii)
}

func guessHandleType(h *host.Host, fd int) string {
	if fd < 0 {
		return "INVALID"
	}
	osfd, ok := osFD(h, fd)
	if !ok {
		// the embedder's own reader or writer: a stream, not a file
		return "PIPE"
	}
	return fdKind(osfd)
}
