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
	// streamSetup(FastBuffer): what the chunks read are built as.
	_ = b.Set("streamSetup", func(c goja.FunctionCall) goja.Value {
		s.fastBuffer, _ = c.Argument(0).(*goja.Object)
		s.u8, _ = goja.AssertConstructor(vm.Get("Uint8Array"))
		return goja.Undefined()
	})
	_ = b.Set("readChunk", s.readChunk)
	_ = b.Set("writeChunk", s.writeChunk)
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
	if s.u8 == nil || s.fastBuffer == nil || size <= 0 {
		panic(vm.NewTypeError("readChunk: not set up"))
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
				o, err := s.u8(s.fastBuffer, vm.ToValue(vm.NewArrayBuffer(buf)))
				host.Rethrow(err)
				chunk = o
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
