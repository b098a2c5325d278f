//go:build linux || darwin || freebsd

package fs

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/node/buffer"
)

// The per-chunk I/O of fs.ReadStream and fs.WriteStream (js/streams.js) when the stream uses
// the fs module's own read and write: one native call per chunk instead of fs.read/fs.write's
// argument normalisation and per-call closures, which cost more than the copy itself on the
// interpreter. The JS callbacks are shared functions called with the stream as `this`, so a
// chunk allocates no closure.

type streamIO struct {
	st         *state
	u8         goja.Constructor
	fastBuffer *goja.Object
}

func setStreamIO(st *state, b *goja.Object) {
	s := &streamIO{st: st}
	vm := st.vm
	// setFastBuffer(FastBuffer): what the chunks read (and readFileSync's result) are built as.
	_ = b.Set("setFastBuffer", func(c goja.FunctionCall) goja.Value {
		s.fastBuffer, _ = c.Argument(0).(*goja.Object)
		s.u8, _ = goja.AssertConstructor(vm.Get("Uint8Array"))
		return goja.Undefined()
	})
	_ = b.Set("readChunk", s.readChunk)
	_ = b.Set("writeChunk", s.writeChunk)
	// readFileBuffer(pathOrFd, isFd, flags) is readFile's sync form returning the Buffer itself:
	// `new FastBuffer(arrayBuffer)` in JS costs readFileSync of a small file more than building
	// it here.
	_ = b.Set("readFileBuffer", func(c goja.FunctionCall) goja.Value {
		isFd := c.Argument(1).ToBoolean()
		var p string
		fd := -1
		if isFd {
			fd = int(c.Argument(0).ToInteger())
		} else {
			p = pathOf(c.Argument(0))
		}
		data, err := readAll(p, fd, int(c.Argument(2).ToInteger()))
		if err != nil {
			panic(st.jsError(err))
		}
		return s.buffer(data)
	})
}

// buffer is a FastBuffer over data (a new ArrayBuffer of its own).
func (s *streamIO) buffer(data []byte) *goja.Object {
	vm := s.st.vm
	if s.u8 == nil || s.fastBuffer == nil {
		panic(vm.NewTypeError("fs binding: setFastBuffer was not called"))
	}
	o, err := s.u8(s.fastBuffer, vm.ToValue(vm.NewArrayBuffer(data)))
	host.Rethrow(err)
	return o
}

// readChunk(fd, size, position, stream, onread) reads up to size bytes (at position, or at the
// file position when it is negative) into new memory, then calls
// onread.call(stream, err, bytesRead, buffer) on the loop. The buffer holds exactly the bytes
// read: after a short read they are copied into memory of their own, as ReadStream does, so a
// small chunk does not pin a large allocation.
func (s *streamIO) readChunk(c goja.FunctionCall) goja.Value {
	st, vm := s.st, s.st.vm
	fd := int(c.Argument(0).ToInteger())
	size := int(c.Argument(1).ToInteger())
	pos := c.Argument(2).ToInteger()
	stream, onread := c.Argument(3), c.Argument(4)
	if size <= 0 {
		panic(vm.NewTypeError("readChunk: size must be positive"))
	}
	l := st.h.Loop
	l.Ref()
	frame := st.h.AsyncFrame
	st.h.QueueWork(func() {
		// Allocated here, off the loop goroutine, and not cleared: the read fills what JS will
		// see, and a short read is copied out.
		buf := buffer.MakeNoZero(size)
		var k int
		err := eintr(func() (e error) {
			if pos >= 0 {
				k, e = unix.Pread(fd, buf, pos)
			} else {
				k, e = unix.Read(fd, buf)
			}
			return
		})
		if err == nil && k < size {
			if k > 0 {
				buf = append([]byte(nil), buf[:k]...)
			} else {
				buf = nil
			}
		}
		l.Post(func() {
			l.Unref()
			if err != nil {
				st.h.MakeCallbackIn(frame, onread, stream, st.jsError(perr(err, "read")), vm.ToValue(0))
				return
			}
			var chunk goja.Value = goja.Undefined()
			if k > 0 {
				chunk = s.buffer(buf)
			}
			st.h.MakeCallbackIn(frame, onread, stream, goja.Null(), vm.ToValue(k), chunk)
		})
	})
	return goja.Undefined()
}

// writeChunk(fd, chunk, position, stream, onwrite, cb) writes a Uint8Array with one write call
// (at position, or at the file position when it is negative) straight from its memory, which
// Writable's contract keeps unchanged until the callback, and returns chunk's length; then it
// calls onwrite.call(stream, err, bytesWritten, cb) on the loop, and after a short write or an
// error onwrite.call(stream, err, bytesWritten, cb, chunk, length, position) so that the JS can carry on
// as fs.write's caller would. It returns -1, doing nothing, for a chunk that is not a
// Uint8Array.
func (s *streamIO) writeChunk(c goja.FunctionCall) goja.Value {
	st, vm := s.st, s.st.vm
	fd := int(c.Argument(0).ToInteger())
	chunkV := c.Argument(1)
	obj, ok := chunkV.(*goja.Object)
	if !ok {
		return vm.ToValue(-1)
	}
	data, ok := buffer.Uint8View(obj)
	if !ok {
		return vm.ToValue(-1)
	}
	pos := c.Argument(2).ToInteger()
	stream, onwrite, cb := c.Argument(3), c.Argument(4), c.Argument(5)
	size := len(data)
	l := st.h.Loop
	l.Ref()
	frame := st.h.AsyncFrame
	st.h.QueueWork(func() {
		var k int
		err := eintr(func() (e error) {
			if pos >= 0 {
				k, e = unix.Pwrite(fd, data, pos)
			} else {
				k, e = unix.Write(fd, data)
			}
			return
		})
		l.Post(func() {
			l.Unref()
			if err != nil {
				st.h.MakeCallbackIn(frame, onwrite, stream, st.jsError(perr(err, "write")), vm.ToValue(0), cb, chunkV, vm.ToValue(size), vm.ToValue(pos))
				return
			}
			if k < size {
				st.h.MakeCallbackIn(frame, onwrite, stream, goja.Null(), vm.ToValue(k), cb, chunkV, vm.ToValue(size), vm.ToValue(pos))
				return
			}
			st.h.MakeCallbackIn(frame, onwrite, stream, goja.Null(), vm.ToValue(k), cb)
		})
	})
	return vm.ToValue(size)
}
