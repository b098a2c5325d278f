package http

import (
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/loop"
	"github.com/gnode-dev/gnode/node/buffer"
	nodenet "github.com/gnode-dev/gnode/node/net"
)

// A Go-owned server connection (docs/design/native-http-server.md). The server's JS side
// (FastConnection in server.js) gets one call per parsed event and no net.Socket: the bytes go
// from the connection's reads straight into a Parser, and responses leave through fastWrite.
// When a program needs what only the JS socket path has (req.socket, an upgrade, a parse error
// answered by clientError...), fastToSlow hands the connection, with its parser mid-stream, to a
// JS HTTPParser and a real net.Socket; from then on it is an ordinary connection.
type fastConn struct {
	b      *pbinding
	record *goja.Object // the JS FastConnection
	handle *goja.Object
	conn   *nodenet.Conn
	p      *Parser
	frame  goja.Value
	idle   *loop.Timer

	pending []byte
	slow    *jsParser // set once handed over to the JS path
	done    bool

	writes                  int   // written-behind responses not yet written (fastWrite)
	bytesRead, bytesWritten int64 // for the socket a program may ask for later
	completed               bool  // the JS side completed the bodiless request whose head it just had
}

// writeBehindMax is the largest response fastWrite hands to the writer goroutine and reports
// written at once.
const writeBehindMax = 64 << 10

type fastCallbacks struct {
	onHeaders, onBody, onComplete, onEnd, onError, onIdle goja.Callable
}

func (fc *fastConn) call(fn goja.Callable, args ...goja.Value) goja.Value {
	r, err := fn(fc.record, args...)
	if err != nil {
		host.Rethrow(err)
	}
	return r
}

func (fc *fastConn) OnHeaders(m *Message) int {
	b := fc.b
	vm := b.vm
	// flags: 1 a body follows, 2 a Host header, 4 an Expect header
	flags := 0
	if fc.p.hasBody() {
		flags |= 1
	}
	for i := 0; i+1 < len(m.Headers); i += 2 {
		switch name := m.Headers[i]; len(name) {
		case 4:
			if strings.EqualFold(name, "host") {
				flags |= 2
			}
		case 6:
			if strings.EqualFold(name, "expect") {
				flags |= 4
			}
		}
	}
	r := fc.call(b.fast.onHeaders, vm.ToValue(m.Method), vm.ToValue(m.URL), vm.ToValue(m.Major),
		vm.ToValue(m.Minor), b.strings(m.Headers), vm.ToValue(m.KeepAlive), vm.ToValue(m.Upgrade),
		vm.ToValue(flags))
	if r == nil || goja.IsUndefined(r) {
		return 0
	}
	ret := int(r.ToInteger())
	if ret == fastCompleted {
		fc.completed = true
		return 0
	}
	return ret
}

// fastCompleted is what the JS side returns from a bodiless request's head when it has done
// the request's completion itself.
const fastCompleted = 4

func (fc *fastConn) OnBody(data []byte) {
	if len(data) == 0 {
		return
	}
	fc.call(fc.b.fast.onBody, fc.b.buffer(data))
}

func (fc *fastConn) OnMessageComplete(m *Message) {
	if fc.completed {
		fc.completed = false
		return
	}
	if m.Trailers != nil {
		fc.call(fc.b.fast.onComplete, fc.b.strings(m.Trailers))
		return
	}
	fc.call(fc.b.fast.onComplete)
}

// onData runs the chunk as one top-level callback, as the JS path's parser does (jsParser.onData).
func (fc *fastConn) onData(data []byte) {
	if fc.idle != nil {
		fc.idle.Stop()
	}
	fc.bytesRead += int64(len(data))
	fc.pending = data
	fc.b.h.MakeCallbackIn(fc.frame, fc.b.runFast, fc.record)
}

func (fc *fastConn) onEnd(err error) {
	if fc.idle != nil {
		fc.idle.Stop()
	}
	fc.b.h.MakeCallbackIn(fc.frame, fc.b.fastEndFn, fc.record, fc.b.vm.ToValue(nodenet.ErrnoOf(err)))
}

func (b *pbinding) runFastFn(c goja.FunctionCall) goja.Value {
	fc := b.fastByRecord[c.This.(*goja.Object)]
	if fc == nil || fc.done {
		return goja.Undefined()
	}
	data := fc.pending
	fc.pending = nil
	n, err := fc.p.Execute(data)
	if jp := fc.slow; jp != nil {
		// handed over during this chunk: what is left to do is the JS path's
		switch {
		case err != nil:
			jp.cur = data
			v := jp.errorValue(err, n)
			jp.cur = nil
			jp.call(b.sExecute, v)
		case jp.p.Upgraded():
			jp.unconsume()
			jp.call(b.sExecute, b.vm.ToValue(n), b.buffer(data[n:]))
		}
		return goja.Undefined()
	}
	if err != nil {
		// the error record of the JS path's parser (rawPacket is the chunk)
		fc.call(b.fast.onError, (&jsParser{b: b, p: fc.p, cur: data}).errorValue(err, n))
	}
	return goja.Undefined()
}

func (b *pbinding) fastEnd(c goja.FunctionCall) goja.Value {
	fc := b.fastByRecord[c.This.(*goja.Object)]
	if fc == nil || fc.done {
		return goja.Undefined()
	}
	fc.call(b.fast.onEnd, c.Argument(0))
	return goja.Undefined()
}

func (b *pbinding) fastOf(c goja.FunctionCall) *fastConn {
	if o, ok := c.Argument(0).(*goja.Object); ok {
		if fc := b.fastByHandle[o]; fc != nil && !fc.done {
			return fc
		}
	}
	return nil
}

func (b *pbinding) fastBindings(exports *goja.Object) {
	vm := b.vm
	h := b.h
	b.fastByHandle = map[*goja.Object]*fastConn{}
	b.fastByRecord = map[*goja.Object]*fastConn{}
	b.runFast = vm.ToValue(b.runFastFn)
	b.fastEndFn = vm.ToValue(b.fastEnd)
	fn := func(v goja.Value) goja.Callable {
		f, ok := goja.AssertFunction(v)
		if !ok {
			panic(vm.NewTypeError("fast server callback is not a function"))
		}
		return f
	}
	// setFastCallbacks(onHeaders, onBody, onComplete, onEnd, onError, onIdle): called with the
	// FastConnection as this.
	_ = exports.Set("setFastCallbacks", func(c goja.FunctionCall) goja.Value {
		b.fast = fastCallbacks{
			onHeaders: fn(c.Argument(0)), onBody: fn(c.Argument(1)), onComplete: fn(c.Argument(2)),
			onEnd: fn(c.Argument(3)), onError: fn(c.Argument(4)), onIdle: fn(c.Argument(5)),
		}
		return goja.Undefined()
	})
	// fastAttach(handle, record, maxHeaderSize) -> whether the handle's reads now go to a Go
	// parser whose events call the record
	_ = exports.Set("fastAttach", func(c goja.FunctionCall) goja.Value {
		ho, ok1 := c.Argument(0).(*goja.Object)
		rec, ok2 := c.Argument(1).(*goja.Object)
		if !ok1 || !ok2 || b.fast.onHeaders == nil {
			return vm.ToValue(false)
		}
		fc := &fastConn{b: b, record: rec, handle: ho, frame: h.AsyncFrame}
		cn := nodenet.ConsumeAll(h, ho, fc.onData, fc.onEnd)
		if cn == nil {
			return vm.ToValue(false)
		}
		fc.conn = cn
		fc.p = NewParser(Request, fc)
		if m := c.Argument(2).ToInteger(); m > 0 {
			fc.p.MaxHeaderSize = int(m)
		}
		fc.p.Reset()
		fc.p.StartedAt = time.Now().UnixMilli()
		b.fastByHandle[ho] = fc
		b.fastByRecord[rec] = fc
		return vm.ToValue(true)
	})
	// fastWrite(handle, string, latin1, cb) -> 0 taken (see below), 1 queued (cb(errno) follows,
	// called with the record as this), or a negative errno.
	//
	// A response of up to writeBehindMax bytes is handed to the connection's writer goroutine
	// and counts as written at once: what Node sees when uv_try_write takes it whole, which it
	// does for such a response unless the peer stopped reading. The loop so never waits for the
	// system call (on loopback it also runs the receiver's side). Its failure, if any, comes as
	// cb(errno) later. Larger responses are tried at once, as Node does.
	_ = exports.Set("fastWrite", func(c goja.FunctionCall) goja.Value {
		fc := b.fastOf(c)
		if fc == nil {
			return vm.ToValue(-9) // EBADF
		}
		data := buffer.EncodeString(c.Argument(1), c.Argument(2).ToBoolean())
		cb := c.Argument(3)
		frame := h.AsyncFrame
		fc.bytesWritten += int64(len(data))
		if len(data) <= writeBehindMax {
			fc.writes++
			err := fc.conn.WriteBehind([][]byte{data}, func(err error) {
				fc.writes--
				if err != nil && !fc.done {
					h.MakeCallbackIn(frame, cb, fc.record, vm.ToValue(nodenet.ErrnoOf(err)))
				}
			})
			if err != nil {
				fc.writes--
				return vm.ToValue(nodenet.ErrnoOf(err))
			}
			return vm.ToValue(0)
		}
		async, err := fc.conn.Write([][]byte{data}, func(err error) {
			h.MakeCallbackIn(frame, cb, fc.record, vm.ToValue(nodenet.ErrnoOf(err)))
		})
		if err != nil {
			return vm.ToValue(nodenet.ErrnoOf(err))
		}
		if async {
			return vm.ToValue(1)
		}
		return vm.ToValue(0)
	})
	// fastIdle(handle, ms): the keep-alive timer (ms > 0) or none; it never keeps the loop alive
	_ = exports.Set("fastIdle", func(c goja.FunctionCall) goja.Value {
		fc := b.fastOf(c)
		if fc == nil {
			return goja.Undefined()
		}
		ms := c.Argument(1).ToFloat()
		if ms <= 0 {
			if fc.idle != nil {
				fc.idle.Stop()
			}
			return goja.Undefined()
		}
		if fc.idle == nil {
			fc.idle = h.Loop.NewTimer(func() {
				if !fc.done && fc.slow == nil {
					h.MakeCallbackIn(fc.frame, b.fastIdleFn, fc.record)
				}
			})
			fc.idle.SetRef(false)
		}
		fc.idle.Start(ms)
		return goja.Undefined()
	})
	b.fastIdleFn = vm.ToValue(func(c goja.FunctionCall) goja.Value {
		if fc := b.fastByRecord[c.This.(*goja.Object)]; fc != nil && !fc.done {
			fc.call(b.fast.onIdle)
		}
		return goja.Undefined()
	})
	// fastTiming(handle) -> ms since the message being received began, -1 between messages;
	// fastHeadersDone(handle): whether its head is complete (the request timeout checks)
	_ = exports.Set("fastTiming", func(c goja.FunctionCall) goja.Value {
		fc := b.fastOf(c)
		if fc == nil || fc.p.StartedAt == 0 {
			return vm.ToValue(-1)
		}
		return vm.ToValue(time.Now().UnixMilli() - fc.p.StartedAt)
	})
	_ = exports.Set("fastHeadersDone", func(c goja.FunctionCall) goja.Value {
		fc := b.fastOf(c)
		return vm.ToValue(fc != nil && fc.p.HeadersDone)
	})
	// fastToSlow(handle, parser): the connection's parser, mid-stream, becomes that JS
	// HTTPParser's, which consumes the handle from now on
	_ = exports.Set("fastToSlow", func(c goja.FunctionCall) goja.Value {
		fc := b.fastOf(c)
		po, _ := c.Argument(1).(*goja.Object)
		jp := b.parsers[po]
		if fc == nil || jp == nil {
			return vm.ToValue(false)
		}
		if fc.idle != nil {
			fc.idle.Stop()
		}
		if fc.writes > 0 {
			fc.conn.WaitWrites(50 * time.Millisecond)
		}
		jp.p = fc.p
		jp.p.H = jp
		jp.frame = fc.frame
		fc.slow = jp
		cn := nodenet.Consume(h, fc.handle, jp.onData)
		jp.conn, jp.handle = cn, fc.handle
		fc.release()
		return vm.ToValue(true)
	})
	// fastBytes(handle) -> [bytesRead, bytesWritten] of the connection so far
	_ = exports.Set("fastBytes", func(c goja.FunctionCall) goja.Value {
		fc := b.fastOf(c)
		if fc == nil {
			return goja.Undefined()
		}
		return vm.NewArray(fc.bytesRead, fc.bytesWritten)
	})
	// fastClose(handle): the record is done and the handle closed; the socket closes once the
	// responses written behind are out (as destroySoon), off the loop.
	_ = exports.Set("fastClose", func(c goja.FunctionCall) goja.Value {
		fc := b.fastOf(c)
		if fc == nil {
			return goja.Undefined()
		}
		if fc.idle != nil {
			fc.idle.Stop()
		}
		fc.done = true
		fc.release()
		nodenet.CloseAfterWrites(h, fc.handle)
		return goja.Undefined()
	})
}

// release forgets the record (a chunk being executed keeps its own reference); the parser goes
// on in a jsParser after fastToSlow.
func (fc *fastConn) release() {
	delete(fc.b.fastByHandle, fc.handle)
	delete(fc.b.fastByRecord, fc.record)
}
