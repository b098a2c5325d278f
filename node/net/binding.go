//go:build linux || darwin || windows

package net

import (
	"net"
	"net/netip"
	"strconv"
	"sync"
	"syscall"
	"unicode/utf16"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
	"github.com/gnode-dev/gnode/node/buffer"
)

// wrap is the binding state of one runtime: the JS handle objects and the Go handles behind them.
type wrap struct {
	h     *host.Host
	vm    *goja.Runtime
	ctors map[string]*goja.Object

	handles map[*goja.Object]*handle

	bufferProto *goja.Object
	u8Ctor      goja.Value

	sOnread, sOnconnection, sOncomplete, sAsync, sBytes goja.Value
}

// handle is one TCP or Pipe object: a bound socket, a listener or a connection.
type handle struct {
	obj    *goja.Object
	pipe   bool
	sock   *Socket
	ln     *Listener
	conn   *Conn
	refed  bool
	closed bool
	v6only bool
	frame  goja.Value // async context of the handle's creation (AsyncLocalStorage)
	// consumer, when set, takes the bytes read instead of JS onread (Consume)
	consumer func(data []byte)
	// consumerEnd, when set with consumer, takes the end of the stream and read errors too
	consumerEnd func(err error)
}

// wraps finds a runtime's stream binding state for Consume and DetachHandle.
var wraps sync.Map // *goja.Runtime -> *wrap

// Consume routes the bytes a TCP or Pipe handle object reads to fn instead of its JS onread, as
// Node's C++ HTTP parser consumes a libuv stream; the end of the stream and read errors still
// go to JS. fn nil gives the reads back. It returns the connection, or nil when obj is not a
// connected handle.
func Consume(h *host.Host, obj *goja.Object, fn func(data []byte)) *Conn {
	hd := handleOf(h, obj)
	if hd == nil || hd.conn == nil {
		return nil
	}
	hd.consumer = fn
	hd.consumerEnd = nil
	return hd.conn
}

// ConsumeAll is Consume with the end of the stream (io.EOF) and read errors going to end
// instead of JS onread: http's Go-owned server connections, which have no JS socket.
func ConsumeAll(h *host.Host, obj *goja.Object, fn func(data []byte), end func(err error)) *Conn {
	cn := Consume(h, obj, fn)
	if cn != nil && fn != nil {
		handleOf(h, obj).consumerEnd = end
	}
	return cn
}

// CloseAfterWrites closes a connected handle as its close() does, except that the socket
// closes once its queued writes are out (Conn.CloseAfterWrites).
func CloseAfterWrites(h *host.Host, obj *goja.Object) {
	hd := handleOf(h, obj)
	if hd == nil || hd.closed || hd.conn == nil {
		return
	}
	hd.closed = true
	hd.conn.CloseAfterWrites()
	v, _ := wraps.Load(h.VM)
	delete(v.(*wrap).handles, obj)
}

func handleOf(h *host.Host, obj *goja.Object) *handle {
	v, ok := wraps.Load(h.VM)
	if !ok {
		return nil
	}
	return v.(*wrap).handles[obj]
}

func uvErr(err error) int {
	if err == nil {
		return 0
	}
	return nodeerr.FromGo(err, "").Errno
}

func (w *wrap) newBuffer(data []byte) goja.Value {
	ab := w.vm.NewArrayBuffer(data)
	o, err := w.vm.New(w.u8Ctor, w.vm.ToValue(ab))
	if err != nil {
		panic(err)
	}
	if w.bufferProto != nil {
		o.SetPrototype(w.bufferProto)
	}
	return o
}

func (w *wrap) this(c goja.FunctionCall) *handle {
	if o, ok := c.This.(*goja.Object); ok {
		if h := w.handles[o]; h != nil {
			return h
		}
	}
	panic(w.vm.NewTypeError("Illegal invocation"))
}

func (w *wrap) call(fnName goja.Value, this *goja.Object, args ...goja.Value) {
	fn := this.Get(fnName.String())
	if fn == nil || goja.IsUndefined(fn) {
		return
	}
	frame := w.h.AsyncFrame
	if hd := w.handles[this]; hd != nil {
		frame = hd.frame // a handle's events run in the context it was made in, as in Node
	}
	w.h.MakeCallbackIn(frame, fn, this, args...)
}

// stringBytes encodes a JS string as Node's StreamBase write*String methods do.
func stringBytes(v goja.Value, enc string) []byte {
	s := v.String()
	switch enc {
	case "latin1", "ascii":
		u := utf16.Encode([]rune(s))
		b := make([]byte, len(u))
		for i, r := range u {
			b[i] = byte(r)
		}
		return b
	case "ucs2":
		u := utf16.Encode([]rune(s))
		b := make([]byte, 2*len(u))
		for i, r := range u {
			b[2*i], b[2*i+1] = byte(r), byte(r>>8)
		}
		return b
	}
	return []byte(s)
}

// DetachHandle gives the socket behind a connected TCP or Pipe handle object to another layer
// (node:tls), as Node's TLSWrap takes over its parent stream: see Conn.Detach. The handle stays
// usable for getsockname/getpeername, ref/unref and close. Loop goroutine.
func DetachHandle(vm *goja.Runtime, o *goja.Object, done func(nc net.Conn, pending []byte, err error)) {
	v, _ := wraps.Load(vm)
	w, _ := v.(*wrap)
	if w == nil || w.handles[o] == nil || w.handles[o].conn == nil {
		done(nil, nil, syscall.ENOTCONN)
		return
	}
	w.handles[o].conn.Detach(done)
}

func streamBinding(h *host.Host) *goja.Object {
	vm := h.VM
	w := &wrap{h: h, vm: vm, handles: map[*goja.Object]*handle{}, ctors: map[string]*goja.Object{}}
	wraps.Store(vm, w)
	w.u8Ctor = vm.Get("Uint8Array")
	w.sOnread = vm.ToValue("onread")
	w.sOnconnection = vm.ToValue("onconnection")
	w.sOncomplete = vm.ToValue("oncomplete")
	w.sAsync = vm.ToValue("async")
	w.sBytes = vm.ToValue("bytes")
	b := vm.NewObject()

	makeCtor := func(name string, pipe bool) *goja.Object {
		ctor := vm.ToValue(func(c goja.ConstructorCall) *goja.Object {
			w.handles[c.This] = &handle{obj: c.This, pipe: pipe, refed: true, frame: w.h.AsyncFrame}
			return nil
		}).(*goja.Object)
		_ = ctor.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		proto := ctor.Get("prototype").(*goja.Object)
		w.streamMethods(proto)
		w.ctors[name] = ctor
		_ = b.Set(name, ctor)
		return ctor
	}
	_ = b.Set("isIP", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(ipFamily(c.Argument(0).String()))
	})
	// ipKey(address, family) -> a 32-hex-digit key of the address as IPv6 (IPv4 mapped), so keys
	// compare in address order; undefined when the text is not an address of that family
	_ = b.Set("ipKey", func(c goja.FunctionCall) goja.Value {
		a, err := netip.ParseAddr(c.Argument(0).String())
		if err != nil || (c.Argument(1).String() == "ipv4") != a.Is4() {
			return goja.Undefined()
		}
		k := a.As16()
		const hexd = "0123456789abcdef"
		out := make([]byte, 32)
		for i, x := range k {
			out[2*i], out[2*i+1] = hexd[x>>4], hexd[x&15]
		}
		return vm.ToValue(string(out))
	})
	// normalizeIP(address) -> the canonical text of an address (as inet_ntop prints it)
	_ = b.Set("normalizeIP", func(c goja.FunctionCall) goja.Value {
		a, err := netip.ParseAddr(c.Argument(0).String())
		if err != nil {
			return goja.Undefined()
		}
		return vm.ToValue(a.WithZone("").String())
	})
	makeCtor("TCP", false)
	// libuv's pipes have no addresses: Node's Pipe handles lack getsockname/getpeername, so a
	// Unix-socket client reports undefined addresses and 'drop' no payload
	pipeProto := makeCtor("Pipe", true).Get("prototype").(*goja.Object)
	_ = pipeProto.Delete("getsockname")
	_ = pipeProto.Delete("getpeername")
	_ = pipeProto.Delete("setTypeOfService")
	_ = pipeProto.Delete("getTypeOfService")
	_ = b.Set("setBufferPrototype", func(c goja.FunctionCall) goja.Value {
		w.bufferProto, _ = c.Argument(0).(*goja.Object)
		return goja.Undefined()
	})
	return b
}

func (w *wrap) adopt(pipe bool, cn *Conn) (*goja.Object, error) {
	name := "TCP"
	if pipe {
		name = "Pipe"
	}
	o, err := w.vm.New(w.ctors[name])
	if err != nil {
		return nil, err
	}
	w.attach(w.handles[o], cn)
	return o, nil
}

func (w *wrap) attach(hd *handle, cn *Conn) {
	hd.conn = cn
	if !hd.refed {
		cn.Unref()
	}
	cn.OnRead = func(data []byte, err error) {
		if err != nil {
			if hd.consumer != nil && hd.consumerEnd != nil {
				hd.consumerEnd(err)
				return
			}
			code := uvErr(err)
			if err == errEOF {
				code = eofErrno
			}
			w.call(w.sOnread, hd.obj, w.vm.ToValue(code), goja.Undefined())
			return
		}
		if hd.consumer != nil {
			hd.consumer(data)
			return
		}
		w.call(w.sOnread, hd.obj, w.vm.ToValue(len(data)), w.newBuffer(data))
	}
}

var eofErrno, _ = nodeerr.UVErrno("EOF")

func fillAddr(vm *goja.Runtime, out goja.Value, a Addr) {
	o, ok := out.(*goja.Object)
	if !ok {
		return
	}
	_ = o.Set("address", a.Address)
	if a.Family != "" {
		_ = o.Set("family", a.Family)
		_ = o.Set("port", a.Port)
	}
}

func (w *wrap) streamMethods(p *goja.Object) {
	vm := w.vm
	ret := func(err error) goja.Value { return vm.ToValue(uvErr(err)) }
	set := func(name string, fn host.Func) { _ = p.Set(name, fn) }

	bind := func(c goja.FunctionCall) goja.Value {
		hd := w.this(c)
		if hd.pipe {
			s, err := BindUnix(c.Argument(0).String())
			if err != nil {
				return ret(err)
			}
			hd.sock = s
			return ret(nil)
		}
		ip, ok := ParseIP(c.Argument(0).String())
		if !ok {
			return ret(syscall.EINVAL)
		}
		// flags: 1 UV_TCP_IPV6ONLY, 2 UV_TCP_REUSEPORT
		flags := c.Argument(2).ToInteger()
		s, err := BindTCPOptions(ip, int(c.Argument(1).ToInteger()), flags&1 != 0, flags&2 != 0)
		if err != nil {
			return ret(err)
		}
		hd.sock = s
		return ret(nil)
	}
	set("bind", bind)
	set("bind6", bind)
	set("listen", func(c goja.FunctionCall) goja.Value {
		hd := w.this(c)
		if hd.sock == nil {
			return ret(syscall.EINVAL)
		}
		backlog := int(c.Argument(0).ToInteger())
		ln, err := hd.sock.Listen(w.h.Loop, backlog, func(cn *Conn, err error) {
			if err != nil {
				w.call(w.sOnconnection, hd.obj, vm.ToValue(uvErr(err)), goja.Undefined())
				return
			}
			o, aerr := w.adopt(hd.pipe, cn)
			if aerr != nil {
				cn.Close()
				w.call(w.sOnconnection, hd.obj, vm.ToValue(uvErr(aerr)), goja.Undefined())
				return
			}
			w.call(w.sOnconnection, hd.obj, vm.ToValue(0), o)
		})
		if err != nil {
			return ret(err)
		}
		hd.sock = nil
		hd.ln = ln
		if !hd.refed {
			ln.Unref()
		}
		return ret(nil)
	})
	connect := func(c goja.FunctionCall) goja.Value {
		hd := w.this(c)
		req := c.Argument(0).ToObject(vm)
		var network, addr string
		if hd.pipe {
			network, addr = "unix", c.Argument(1).String()
		} else {
			ip, ok := ParseIP(c.Argument(1).String())
			if !ok {
				return ret(syscall.EINVAL)
			}
			network = "tcp4"
			if ip.Is6() {
				network = "tcp6"
			}
			addr = netip.AddrPortFrom(ip, uint16(c.Argument(2).ToInteger())).String()
		}
		var local net.Addr
		if hd.sock != nil {
			// a socket bound for localAddress/localPort: dial from its address
			if a, err := hd.sock.SockName(); err == nil && !hd.pipe {
				ip, _ := ParseIP(a.Address)
				local = &net.TCPAddr{IP: ip.AsSlice(), Port: a.Port, Zone: ip.Zone()}
			}
			hd.sock.Close()
			hd.sock = nil
		}
		Dial(w.h.Loop, network, addr, local, func(nc net.Conn, err error) {
			if hd.closed {
				if nc != nil {
					nc.Close()
				}
				return
			}
			status := 0
			if err != nil {
				status = uvErr(err)
			} else {
				cn, cerr := NewConn(w.h.Loop, nc)
				if cerr != nil {
					status = uvErr(cerr)
				} else {
					w.attach(hd, cn)
				}
			}
			w.call(w.sOncomplete, req, vm.ToValue(status), hd.obj, req, vm.ToValue(true), vm.ToValue(true))
		})
		return ret(nil)
	}
	set("connect", connect)
	set("connect6", connect)
	set("getsockname", func(c goja.FunctionCall) goja.Value {
		hd := w.this(c)
		var a Addr
		var err error
		switch {
		case hd.conn != nil:
			a, err = hd.conn.SockName()
		case hd.ln != nil:
			a, err = hd.ln.SockName()
		case hd.sock != nil:
			a, err = hd.sock.SockName()
		default:
			err = syscall.EBADF
		}
		if err == nil {
			fillAddr(vm, c.Argument(0), a)
		}
		return ret(err)
	})
	set("getpeername", func(c goja.FunctionCall) goja.Value {
		hd := w.this(c)
		if hd.conn == nil {
			return ret(syscall.ENOTCONN)
		}
		a, err := hd.conn.PeerName()
		if err == nil {
			fillAddr(vm, c.Argument(0), a)
		}
		return ret(err)
	})
	set("readStart", func(c goja.FunctionCall) goja.Value {
		hd := w.this(c)
		if hd.conn == nil {
			return ret(syscall.ENOTCONN)
		}
		return ret(hd.conn.ReadStart())
	})
	set("readStop", func(c goja.FunctionCall) goja.Value {
		hd := w.this(c)
		if hd.conn == nil {
			return ret(syscall.ENOTCONN)
		}
		return ret(hd.conn.ReadStop())
	})
	write := func(c goja.FunctionCall, bufs [][]byte) goja.Value {
		hd := w.this(c)
		req := c.Argument(0).ToObject(vm)
		n := 0
		for _, b := range bufs {
			n += len(b)
		}
		_ = req.Set("bytes", n)
		if hd.conn == nil {
			_ = req.Set("async", false)
			return ret(syscall.EBADF)
		}
		async, err := hd.conn.Write(bufs, func(err error) {
			w.call(w.sOncomplete, req, vm.ToValue(uvErr(err)), hd.obj, goja.Undefined())
		})
		_ = req.Set("async", async)
		return ret(err)
	}
	set("writeBuffer", func(c goja.FunctionCall) goja.Value {
		return write(c, [][]byte{buffer.Bytes(c.Argument(1))})
	})
	for _, enc := range []string{"utf8", "latin1", "ascii", "ucs2"} {
		enc := enc
		name := map[string]string{"utf8": "writeUtf8String", "latin1": "writeLatin1String", "ascii": "writeAsciiString", "ucs2": "writeUcs2String"}[enc]
		set(name, func(c goja.FunctionCall) goja.Value {
			return write(c, [][]byte{stringBytes(c.Argument(1), enc)})
		})
	}
	// writev(req, chunks, allBuffers): chunks is [buf, buf…] or [data, encoding, data, encoding…]
	set("writev", func(c goja.FunctionCall) goja.Value {
		chunks := c.Argument(1).ToObject(vm)
		all := c.Argument(2).ToBoolean()
		n := int(chunks.Get("length").ToInteger())
		var bufs [][]byte
		if all {
			bufs = make([][]byte, 0, n)
			for i := 0; i < n; i++ {
				bufs = append(bufs, buffer.Bytes(chunks.Get(strconv.Itoa(i))))
			}
		} else {
			for i := 0; i+1 < n; i += 2 {
				v := chunks.Get(strconv.Itoa(i))
				if b := buffer.Bytes(v); b != nil {
					bufs = append(bufs, b)
				} else {
					bufs = append(bufs, stringBytes(v, normEnc(chunks.Get(strconv.Itoa(i+1)).String())))
				}
			}
		}
		return write(c, bufs)
	})
	set("shutdown", func(c goja.FunctionCall) goja.Value {
		hd := w.this(c)
		req := c.Argument(0).ToObject(vm)
		if hd.conn == nil {
			return ret(syscall.ENOTCONN)
		}
		return ret(hd.conn.Shutdown(func(err error) {
			w.call(w.sOncomplete, req, vm.ToValue(uvErr(err)), hd.obj, goja.Undefined())
		}))
	})
	closeHandle := func(c goja.FunctionCall, reset bool) goja.Value {
		hd := w.this(c)
		if hd.closed {
			return goja.Undefined()
		}
		hd.closed = true
		switch {
		case hd.conn != nil && reset:
			hd.conn.Reset()
		case hd.conn != nil:
			hd.conn.Close()
		case hd.ln != nil:
			hd.ln.Close()
		case hd.sock != nil:
			hd.sock.Close()
		}
		delete(w.handles, hd.obj)
		cb := c.Argument(0)
		if _, ok := goja.AssertFunction(cb); ok {
			w.h.Loop.OnClose(func() { w.h.MakeCallbackIn(hd.frame, cb, hd.obj) })
		}
		return goja.Undefined()
	}
	// boundFd() -> the descriptor of a socket that is bound but neither listening nor connected
	// (net.BoundSocket's fd()), or -1
	set("boundFd", func(c goja.FunctionCall) goja.Value {
		if hd := w.this(c); hd.sock != nil {
			return vm.ToValue(hd.sock.descriptor())
		}
		return vm.ToValue(-1)
	})
	set("close", func(c goja.FunctionCall) goja.Value { return closeHandle(c, false) })
	set("reset", func(c goja.FunctionCall) goja.Value { closeHandle(c, true); return vm.ToValue(0) })
	set("ref", func(c goja.FunctionCall) goja.Value {
		if o, ok := c.This.(*goja.Object); ok {
			if hd := w.handles[o]; hd != nil {
				hd.refed = true
				if hd.conn != nil {
					hd.conn.Ref()
				}
				if hd.ln != nil {
					hd.ln.Ref()
				}
			}
		}
		return goja.Undefined()
	})
	set("unref", func(c goja.FunctionCall) goja.Value {
		if o, ok := c.This.(*goja.Object); ok {
			if hd := w.handles[o]; hd != nil {
				hd.refed = false
				if hd.conn != nil {
					hd.conn.Unref()
				}
				if hd.ln != nil {
					hd.ln.Unref()
				}
			}
		}
		return goja.Undefined()
	})
	set("hasRef", func(c goja.FunctionCall) goja.Value {
		if o, ok := c.This.(*goja.Object); ok {
			if hd := w.handles[o]; hd != nil {
				return vm.ToValue(hd.refed)
			}
		}
		return vm.ToValue(false)
	})
	set("setNoDelay", func(c goja.FunctionCall) goja.Value {
		hd := w.this(c)
		if hd.conn == nil {
			return ret(nil)
		}
		return ret(hd.conn.SetNoDelay(c.Argument(0).ToBoolean()))
	})
	set("setTypeOfService", func(c goja.FunctionCall) goja.Value {
		hd := w.this(c)
		if hd.conn == nil {
			return ret(nil)
		}
		return ret(hd.conn.SetTypeOfService(int(c.Argument(0).ToInteger())))
	})
	// getTypeOfService() -> the value, or a negative errno
	set("getTypeOfService", func(c goja.FunctionCall) goja.Value {
		hd := w.this(c)
		if hd.conn == nil {
			return vm.ToValue(0)
		}
		tos, err := hd.conn.TypeOfService()
		if err != nil {
			return ret(err)
		}
		return vm.ToValue(tos)
	})
	set("setKeepAlive", func(c goja.FunctionCall) goja.Value {
		hd := w.this(c)
		if hd.conn == nil {
			return ret(nil)
		}
		return ret(hd.conn.SetKeepAlive(c.Argument(0).ToBoolean(), int(c.Argument(1).ToInteger())))
	})
	set("getWriteQueueSize", func(c goja.FunctionCall) goja.Value {
		hd := w.this(c)
		if hd.conn == nil {
			return vm.ToValue(0)
		}
		return vm.ToValue(hd.conn.WriteQueueSize())
	})
}

func normEnc(e string) string {
	switch e {
	case "latin1", "binary":
		return "latin1"
	case "ascii":
		return "ascii"
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return "ucs2"
	}
	return "utf8"
}

// ErrnoOf is the libuv errno JS sees for a read error or the end of the stream (UV_EOF).
func ErrnoOf(err error) int {
	if err == errEOF {
		return eofErrno
	}
	return uvErr(err)
}
