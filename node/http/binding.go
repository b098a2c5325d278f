package http

import (
	_ "embed"
	"time"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/node/buffer"
	nodenet "github.com/gnode-dev/gnode/node/net"
)

var (
	//go:embed js/http.js
	httpJS string
	//go:embed js/common.js
	commonJS string
	//go:embed js/incoming.js
	incomingJS string
	//go:embed js/outgoing.js
	outgoingJS string
	//go:embed js/server.js
	serverJS string
	//go:embed js/agent.js
	agentJS string
	//go:embed js/client.js
	clientJS string
)

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "http", Source: httpJS},
		{ID: "_http_common", Source: commonJS},
		{ID: "_http_incoming", Source: incomingJS},
		{ID: "_http_outgoing", Source: outgoingJS},
		{ID: "_http_server", Source: serverJS},
		{ID: "_http_agent", Source: agentJS},
		{ID: "_http_client", Source: clientJS},
		{ID: "internal/http_parser", Binding: parserBinding},
	}
}

// jsParser is one HTTPParser object: a Parser whose events become calls of the object's
// onHeadersComplete/onBody/onMessageComplete methods, one call each.
type jsParser struct {
	b      *pbinding
	obj    *goja.Object
	p      *Parser
	frame  goja.Value
	conn   *nodenet.Conn
	handle *goja.Object
	// the chunk being executed, for the upgrade head and the error's rawPacket
	cur     []byte
	pending []byte
}

type pbinding struct {
	h       *host.Host
	vm      *goja.Runtime
	parsers map[*goja.Object]*jsParser
	u8      goja.Value
	bufProt *goja.Object

	storeFlags  []byte
	statusCodes *goja.Object // http.STATUS_CODES, which programs may change

	sHeaders, sBody, sComplete, sExecute goja.Value
	runPending                           goja.Value

	// Go-owned server connections (fastserver.go)
	fast                           fastCallbacks
	fastByHandle, fastByRecord     map[*goja.Object]*fastConn
	runFast, fastEndFn, fastIdleFn goja.Value
}

func (b *pbinding) buffer(data []byte) goja.Value {
	o, err := b.vm.New(b.u8, b.vm.ToValue(b.vm.NewArrayBuffer(data)))
	if err != nil {
		panic(err)
	}
	if b.bufProt != nil {
		o.SetPrototype(b.bufProt)
	}
	return o
}

func (b *pbinding) strings(list []string) goja.Value {
	vals := make([]any, len(list))
	for i, s := range list {
		vals[i] = latin1(s)
	}
	return b.vm.NewArray(vals...)
}

// latin1 decodes header bytes as Node does: each byte is one UTF-16 unit.
func latin1(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			r := make([]rune, len(s))
			for j := 0; j < len(s); j++ {
				r[j] = rune(s[j])
			}
			return string(r)
		}
	}
	return s
}

func (jp *jsParser) call(name goja.Value, args ...goja.Value) goja.Value {
	fn, ok := goja.AssertFunction(jp.obj.Get(name.String()))
	if !ok {
		return goja.Undefined()
	}
	r, err := fn(jp.obj, args...)
	if err != nil {
		host.Rethrow(err)
	}
	return r
}

func (jp *jsParser) OnHeaders(m *Message) int {
	vm := jp.b.vm
	var method, url, status, msg goja.Value = goja.Undefined(), goja.Undefined(), goja.Undefined(), goja.Undefined()
	if jp.p.Kind == Request {
		method, url = vm.ToValue(m.Method), vm.ToValue(m.URL)
	} else {
		status, msg = vm.ToValue(m.Status), vm.ToValue(latin1(m.StatusMessage))
	}
	r := jp.call(jp.b.sHeaders, vm.ToValue(m.Major), vm.ToValue(m.Minor), jp.b.strings(m.Headers),
		method, url, status, msg, vm.ToValue(m.Upgrade), vm.ToValue(m.KeepAlive))
	if r == nil || goja.IsUndefined(r) {
		return 0
	}
	return int(r.ToInteger())
}

func (jp *jsParser) OnBody(data []byte) {
	if len(data) == 0 {
		return
	}
	jp.call(jp.b.sBody, jp.b.buffer(data))
}

func (jp *jsParser) OnMessageComplete(m *Message) {
	if m.Trailers != nil {
		jp.call(jp.b.sComplete, jp.b.strings(m.Trailers))
		return
	}
	jp.call(jp.b.sComplete)
}

func (jp *jsParser) errorValue(err *ParseError, at int) goja.Value {
	vm := jp.b.vm
	o := vm.NewObject()
	_ = o.Set("code", err.Code)
	_ = o.Set("reason", err.Reason)
	_ = o.Set("bytesParsed", at)
	raw := make([]byte, len(jp.cur))
	copy(raw, jp.cur)
	_ = o.Set("rawPacket", jp.b.buffer(raw))
	return o
}

// execute runs the parser over data; an error comes back as a value, not thrown.
func (jp *jsParser) execute(data []byte) goja.Value {
	jp.cur = data
	n, err := jp.p.Execute(data)
	jp.cur = nil
	if err != nil {
		jp.cur = data
		v := jp.errorValue(err, n)
		jp.cur = nil
		return v
	}
	return jp.b.vm.ToValue(n)
}

// onData is the consumer of a socket handle's reads. Like a libuv read callback in Node, the
// whole chunk is one top-level callback: every request in it is handled before the nextTick
// queue and the microtasks run.
func (jp *jsParser) onData(data []byte) {
	jp.pending = data
	jp.b.h.MakeCallbackIn(jp.frame, jp.b.runPending, jp.obj)
}

func (b *pbinding) runPendingFn(c goja.FunctionCall) goja.Value {
	o, _ := c.This.(*goja.Object)
	jp := b.parsers[o]
	if jp == nil {
		return goja.Undefined()
	}
	data := jp.pending
	jp.pending = nil
	jp.cur = data
	n, err := jp.p.Execute(data)
	switch {
	case err != nil:
		v := jp.errorValue(err, n)
		jp.cur = nil
		jp.call(jp.b.sExecute, v)
	case jp.p.Upgraded():
		jp.cur = nil
		jp.unconsume()
		jp.call(jp.b.sExecute, jp.b.vm.ToValue(n), jp.b.buffer(data[n:]))
	default:
		jp.cur = nil
	}
	return goja.Undefined()
}

func (jp *jsParser) unconsume() {
	if jp.conn != nil {
		nodenet.Consume(jp.b.h, jp.handle, nil)
		jp.conn = nil
		jp.handle = nil
	}
}

func parserBinding(h *host.Host) *goja.Object {
	vm := h.VM
	b := &pbinding{h: h, vm: vm, parsers: map[*goja.Object]*jsParser{}, u8: vm.Get("Uint8Array")}
	b.sHeaders = vm.ToValue("onHeadersComplete")
	b.sBody = vm.ToValue("onBody")
	b.sComplete = vm.ToValue("onMessageComplete")
	b.sExecute = vm.ToValue("onExecute")
	b.runPending = vm.ToValue(b.runPendingFn)
	exports := vm.NewObject()
	ctor := vm.ToValue(func(c goja.ConstructorCall) *goja.Object {
		jp := &jsParser{b: b, obj: c.This}
		jp.p = NewParser(Request, jp)
		b.parsers[c.This] = jp
		return nil
	}).(*goja.Object)
	this := func(c goja.FunctionCall) *jsParser {
		if o, ok := c.This.(*goja.Object); ok {
			if jp := b.parsers[o]; jp != nil {
				return jp
			}
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	proto := ctor.Get("prototype").(*goja.Object)
	h.SetFuncs(proto, map[string]host.Func{
		// initialize(kind, maxHeaderSize, lenient, requestMethod)
		"initialize": func(c goja.FunctionCall) goja.Value {
			jp := this(c)
			jp.p.Kind = Kind(c.Argument(0).ToInteger())
			jp.p.MaxHeaderSize = DefaultMaxHeaderSize
			if m := c.Argument(1).ToInteger(); m > 0 {
				jp.p.MaxHeaderSize = int(m)
			}
			// lenient: true/1 all of llhttp's lenient flags (insecureHTTPParser), 2 relaxed header
			// values only (httpValidation 'relaxed')
			lenient := c.Argument(2)
			jp.p.LenientValues = goja.IsNumber(lenient) && lenient.ToInteger() == 2
			jp.p.Lenient = lenient.ToBoolean() && !jp.p.LenientValues
			jp.p.ReqMethod = ""
			jp.p.Reset()
			if jp.p.Kind == Request {
				// a new connection counts as a message begun: one that sends nothing times out
				jp.p.StartedAt = time.Now().UnixMilli()
			}
			jp.frame = h.AsyncFrame
			return goja.Undefined()
		},
		"setRequestMethod": func(c goja.FunctionCall) goja.Value {
			this(c).p.ReqMethod = c.Argument(0).String()
			return goja.Undefined()
		},
		"execute": func(c goja.FunctionCall) goja.Value {
			jp := this(c)
			data := buffer.Bytes(c.Argument(0))
			return jp.execute(data)
		},
		"finish": func(c goja.FunctionCall) goja.Value {
			jp := this(c)
			if err := jp.p.Finish(); err != nil {
				// Node's finish() error carries the code only: its message is "Parse Error"
				o := vm.NewObject()
				_ = o.Set("code", err.Code)
				_ = o.Set("bytesParsed", 0)
				return o
			}
			return goja.Undefined()
		},
		"consume": func(c goja.FunctionCall) goja.Value {
			jp := this(c)
			ho, ok := c.Argument(0).(*goja.Object)
			if !ok {
				return vm.ToValue(false)
			}
			cn := nodenet.Consume(h, ho, jp.onData)
			if cn == nil {
				return vm.ToValue(false)
			}
			jp.conn, jp.handle = cn, ho
			return vm.ToValue(true)
		},
		"unconsume": func(c goja.FunctionCall) goja.Value {
			this(c).unconsume()
			return goja.Undefined()
		},
		"pause": func(c goja.FunctionCall) goja.Value {
			if jp := this(c); jp.conn != nil {
				_ = jp.conn.ReadStop()
			}
			return goja.Undefined()
		},
		"resume": func(c goja.FunctionCall) goja.Value {
			if jp := this(c); jp.conn != nil {
				_ = jp.conn.ReadStart()
			}
			return goja.Undefined()
		},
		// recycle readies a parser for the free list: no handle, no carried buffers.
		"recycle": func(c goja.FunctionCall) goja.Value {
			jp := this(c)
			jp.unconsume()
			jp.cur, jp.pending = nil, nil
			jp.p.line = nil
			jp.p.Reset()
			jp.p.StartedAt = 0
			return goja.Undefined()
		},
		"free": func(c goja.FunctionCall) goja.Value {
			if o, ok := c.This.(*goja.Object); ok {
				if jp := b.parsers[o]; jp != nil {
					jp.unconsume()
					delete(b.parsers, o)
				}
			}
			return goja.Undefined()
		},
		// timing() -> ms since the current message began, or -1 between messages; negative
		// zero-based values never occur. headersDone() tells whether its head is complete.
		"timing": func(c goja.FunctionCall) goja.Value {
			jp := this(c)
			if jp.p.StartedAt == 0 {
				return vm.ToValue(-1)
			}
			return vm.ToValue(time.Now().UnixMilli() - jp.p.StartedAt)
		},
		"headersDone": func(c goja.FunctionCall) goja.Value {
			return vm.ToValue(this(c).p.HeadersDone)
		},
		"upgraded": func(c goja.FunctionCall) goja.Value {
			return vm.ToValue(this(c).p.Upgraded())
		},
	})
	b.fastBindings(exports)
	_ = exports.Set("HTTPParser", ctor)
	_ = exports.Set("methods", b.strings(Methods))
	_ = exports.Set("storeHeaders", b.storeHeaders)
	_ = exports.Set("writeHead", b.writeHead)
	_ = exports.Set("setStatusCodes", func(c goja.FunctionCall) goja.Value {
		b.statusCodes, _ = c.Argument(0).(*goja.Object)
		return goja.Undefined()
	})
	_ = exports.Set("setStoreFlags", func(c goja.FunctionCall) goja.Value {
		b.storeFlags = buffer.Bytes(c.Argument(0))
		return goja.Undefined()
	})
	_ = exports.Set("checkIsHttpToken", b.checkIsHttpToken)
	_ = exports.Set("checkInvalidHeaderChar", b.checkInvalidHeaderChar)
	_ = exports.Set("setBufferPrototype", func(c goja.FunctionCall) goja.Value {
		b.bufProt, _ = c.Argument(0).(*goja.Object)
		return goja.Undefined()
	})
	return exports
}
