// Package zlib serves node:zlib: deflate/inflate (zlib, gzip and raw framing, with unzip's
// detection), brotli and zstd, as Node's stream classes, callback, promise and sync forms.
//
// The engines are github.com/klauspost/compress (flate, zstd) and github.com/andybalholm/brotli.
// Each JS handle owns one codec; a write either runs inline (the sync forms) or on a small
// goroutine pool with its completion posted to the loop, as libuv's threadpool runs zlib's work
// in Node.
package zlib

import (
	_ "embed"
	"fmt"
	"hash/crc32"
	"runtime"
	"strconv"
	"sync"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
	"github.com/gnode-dev/gnode/node/buffer"
)

//go:embed js/zlib.js
var zlibJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{{ID: "zlib", Source: zlibJS, Binding: binding}}
}

// handle is one JS handle's codec. mu keeps a pool write and a call from the loop apart (Node's
// stream layer never overlaps them, but a careless program can call reset() mid-write).
type handle struct {
	mu     sync.Mutex
	mode   int
	c      codec
	closed bool
	// lastErr is the error of the last failed writeSync, read by the glue with lastError().
	lastErr error
	availIn int
}

func newCodec(mode, level, windowBits, strategy int, dict []byte, params map[int]uint32, pledged int64) codec {
	switch mode {
	case modeDeflate, modeGzip, modeDeflateRaw:
		return newDeflateEnc(mode, level, windowBits, strategy, dict)
	case modeInflate, modeGunzip, modeInflateRaw, modeUnzip:
		return &decoder{newPull: func() pullDecoder {
			return &inflater{mode: mode, windowBits: windowBits, dict: dict}
		}}
	case modeBrotliEncode:
		return newBrotliEnc(params)
	case modeBrotliDecode:
		return &decoder{newPull: func() pullDecoder { return brotliDecoder{} }}
	case modeZstdCompress:
		return newZstdEnc(params, pledged, dict)
	case modeZstdDecompress:
		var maxWindow uint64
		if w, ok := params[100]; ok && w >= 10 && w <= 31 { // ZSTD_d_windowLogMax
			maxWindow = 1 << w
		}
		return &decoder{newPull: func() pullDecoder { return zstdDecoder{dict: dict, maxWindow: maxWindow} }}
	}
	return nil
}

// run does one write, turning a panic in an engine into an error instead of a crash.
func (hd *handle) run(in []byte, flush int, last bool, limit, pauseAt int) (out []byte, left int, full bool, err error) {
	hd.mu.Lock()
	defer hd.mu.Unlock()
	defer func() {
		if p := recover(); p != nil {
			err = zerr(-2, fmt.Sprint("zlib internal error: ", p))
		}
	}()
	if hd.closed {
		return nil, 0, false, zerr(-2, "zlib binding closed")
	}
	s := sink{limit: limit, pauseAt: pauseAt}
	left, err = hd.c.process(in, normalizeFlush(hd.mode, flush), last, &s)
	out = s.buf
	if cap(out) > 2*len(out)+4096 {
		out = append([]byte(nil), out...)
	}
	if d, ok := hd.c.(*decoder); ok {
		full = d.isPaused()
	}
	return out, left, full, err
}

type state struct {
	h  *host.Host
	vm *goja.Runtime
}

func (st *state) errValue(err error) goja.Value {
	vm := st.vm
	if err == errTooLarge {
		return vm.ToValue(-1)
	}
	if ce, ok := err.(*codecError); ok {
		return vm.NewArray(ce.msg, ce.errno, ce.code)
	}
	return vm.NewArray(err.Error(), -2, "Z_STREAM_ERROR")
}

func binding(h *host.Host) *goja.Object {
	vm := h.VM
	st := &state{h: h, vm: vm}
	b := vm.NewObject()
	set := func(o *goja.Object, name string, fn host.Func) { _ = o.Set(name, fn) }

	set(b, "crc32", func(c goja.FunctionCall) goja.Value {
		data := buffer.Bytes(c.Argument(0))
		return vm.ToValue(crc32.Update(uint32(c.Argument(1).ToInteger()), crc32.IEEETable, data))
	})

	// errors Node's C++ layer throws from the handles' init
	for name, code := range map[string]string{
		"initFailed":     "ERR_ZLIB_INITIALIZATION_FAILED",
		"invalidArgType": "ERR_INVALID_ARG_TYPE",
		"outOfRange":     "ERR_OUT_OF_RANGE",
	} {
		set(b, name, func(c goja.FunctionCall) goja.Value {
			return nodeerr.NewNative(vm, code, c.Argument(0).String())
		})
	}

	// createHandle(mode, level, windowBits, memLevel, strategy, dictionary, params, pledgedSrcSize)
	// params is a flat array [key, value, key, value...] of brotli or zstd parameters.
	set(b, "createHandle", func(c goja.FunctionCall) goja.Value {
		mode := int(c.Argument(0).ToInteger())
		level := int(c.Argument(1).ToInteger())
		windowBits := int(c.Argument(2).ToInteger())
		strategy := int(c.Argument(4).ToInteger())
		var dict []byte
		if d := buffer.Bytes(c.Argument(5)); len(d) > 0 {
			dict = append([]byte(nil), d...)
		}
		params := map[int]uint32{}
		if arr, ok := c.Argument(6).(*goja.Object); ok {
			n := int(arr.Get("length").ToInteger())
			for i := 0; i+1 < n; i += 2 {
				params[int(arr.Get(strconv.Itoa(i)).ToInteger())] = uint32(arr.Get(strconv.Itoa(i + 1)).ToInteger())
			}
		}
		pledged := int64(-1)
		if p := c.Argument(7); !goja.IsUndefined(p) && !goja.IsNull(p) {
			pledged = p.ToInteger()
		}
		hd := &handle{mode: mode, c: newCodec(mode, level, windowBits, strategy, dict, params, pledged)}
		if dec, ok := hd.c.(*decoder); ok {
			// a stream dropped without close() must not leave its decoder goroutine waiting
			runtime.AddCleanup(hd, func(d *decoder) { d.close() }, dec)
		}
		return st.handleObject(hd)
	})
	return b
}

func (st *state) handleObject(hd *handle) *goja.Object {
	vm := st.vm
	o := vm.NewObject()
	set := func(name string, fn host.Func) { _ = o.Set(name, fn) }
	result := func(out []byte) goja.Value { return vm.ToValue(vm.NewArrayBuffer(out)) }

	// writeSync(flush, chunk, last, limit) -> ArrayBuffer, or null with lastError() set
	set("writeSync", func(c goja.FunctionCall) goja.Value {
		out, left, _, err := hd.run(buffer.Bytes(c.Argument(1)), int(c.Argument(0).ToInteger()), c.Argument(2).ToBoolean(), int(c.Argument(3).ToInteger()), 0)
		hd.availIn = left
		if err != nil {
			hd.lastErr = err
			return goja.Null()
		}
		return result(out)
	})
	// availIn: input bytes the last writeSync left unused (a stream that ended early)
	set("availIn", func(goja.FunctionCall) goja.Value { return vm.ToValue(hd.availIn) })
	set("lastError", func(goja.FunctionCall) goja.Value {
		if hd.lastErr == nil {
			return goja.Null()
		}
		return st.errValue(hd.lastErr)
	})
	// write(flush, chunk, last, limit, cb, pauseAt): cb(errorOrNull, ArrayBuffer, availIn, full) on
	// the loop; full: a decoder stopped after pauseAt bytes of output, call again to go on
	set("write", func(c goja.FunctionCall) goja.Value {
		in := buffer.Bytes(c.Argument(1))
		flush := int(c.Argument(0).ToInteger())
		last := c.Argument(2).ToBoolean()
		limit := int(c.Argument(3).ToInteger())
		cb := c.Argument(4)
		pauseAt := int(c.Argument(5).ToInteger())
		l := st.h.Loop
		l.Ref()
		frame := st.h.AsyncFrame // the callback runs in the async context of the write
		st.h.QueueWork(func() {
			out, left, full, err := hd.run(in, flush, last, limit, pauseAt)
			l.Post(func() {
				l.Unref()
				if err != nil {
					st.h.MakeCallbackIn(frame, cb, o, st.errValue(err))
					return
				}
				st.h.MakeCallbackIn(frame, cb, o, goja.Null(), result(out), vm.ToValue(left), vm.ToValue(full))
			})
		})
		return goja.Undefined()
	})
	set("params", func(c goja.FunctionCall) goja.Value {
		hd.mu.Lock()
		defer hd.mu.Unlock()
		if err := hd.c.params(int(c.Argument(0).ToInteger()), int(c.Argument(1).ToInteger())); err != nil {
			return st.errValue(err)
		}
		return goja.Null()
	})
	set("reset", func(goja.FunctionCall) goja.Value {
		hd.mu.Lock()
		defer hd.mu.Unlock()
		_ = hd.c.reset()
		return goja.Undefined()
	})
	set("close", func(goja.FunctionCall) goja.Value {
		// a pool write in flight finishes first (mu), as Node defers the close of a busy handle
		go func() {
			hd.mu.Lock()
			defer hd.mu.Unlock()
			if !hd.closed {
				hd.closed = true
				hd.c.close()
			}
		}()
		return goja.Undefined()
	})
	return o
}
