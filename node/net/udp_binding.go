//go:build linux || darwin || windows

package net

import (
	"net/netip"
	"strconv"
	"syscall"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/node/buffer"
)

// The JS side of node:dgram's UDP handle, over the UDP of udp.go (Linux, Darwin: the socket
// API directly) or udp_portable.go (Windows: Go's net package).

// ---- the JS binding ---------------------------------------------------------------------

type udpHandle struct {
	obj   *goja.Object
	u     *UDP
	refed bool
}

func udpBinding(h *host.Host) *goja.Object {
	vm := h.VM
	handles := map[*goja.Object]*udpHandle{}
	var bufferProto *goja.Object
	u8 := vm.Get("Uint8Array")
	newBuffer := func(data []byte) goja.Value {
		o, err := vm.New(u8, vm.ToValue(vm.NewArrayBuffer(data)))
		if err != nil {
			panic(err)
		}
		if bufferProto != nil {
			o.SetPrototype(bufferProto)
		}
		return o
	}
	b := vm.NewObject()
	ret := func(err error) goja.Value { return vm.ToValue(uvErr(err)) }
	this := func(c goja.FunctionCall) *udpHandle {
		if o, ok := c.This.(*goja.Object); ok {
			if hd := handles[o]; hd != nil {
				return hd
			}
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	ctor := vm.ToValue(func(c goja.ConstructorCall) *goja.Object {
		u, err := NewUDP(h.Loop, c.Argument(0).String() == "udp6")
		if err != nil {
			panic(vm.ToValue(uvErr(err)))
		}
		hd := &udpHandle{obj: c.This, u: u, refed: true}
		frame := h.AsyncFrame // messages run in the context the socket was made in
		u.OnMessage = func(data []byte, from Addr, err error) {
			fn := hd.obj.Get("onmessage")
			if err != nil {
				h.MakeCallbackIn(frame, fn, hd.obj, vm.ToValue(uvErr(err)), hd.obj)
				return
			}
			rinfo := vm.NewObject()
			_ = rinfo.Set("address", from.Address)
			_ = rinfo.Set("family", from.Family)
			_ = rinfo.Set("port", from.Port)
			h.MakeCallbackIn(frame, fn, hd.obj, vm.ToValue(len(data)), hd.obj, newBuffer(data), rinfo)
		}
		handles[c.This] = hd
		return nil
	}).(*goja.Object)
	_ = b.Set("UDP", ctor)
	_ = b.Set("setBufferPrototype", func(c goja.FunctionCall) goja.Value {
		bufferProto, _ = c.Argument(0).(*goja.Object)
		return goja.Undefined()
	})
	p := ctor.Get("prototype").(*goja.Object)
	set := func(name string, fn host.Func) { _ = p.Set(name, fn) }
	parse := func(v goja.Value) (netip.Addr, bool) { return ParseIP(v.String()) }
	set("bind", func(c goja.FunctionCall) goja.Value {
		hd := this(c)
		ip, ok := parse(c.Argument(0))
		if !ok {
			return ret(syscall.EINVAL)
		}
		flags := c.Argument(2).ToInteger()
		// flags: 1 ipv6Only, 4 reuseAddr (UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR)
		return ret(hd.u.Bind(ip, int(c.Argument(1).ToInteger()), flags&4 != 0, flags&1 != 0))
	})
	_ = p.Set("bind6", p.Get("bind"))
	set("connect", func(c goja.FunctionCall) goja.Value {
		hd := this(c)
		ip, ok := parse(c.Argument(0))
		if !ok {
			return ret(syscall.EINVAL)
		}
		return ret(hd.u.Connect(ip, int(c.Argument(1).ToInteger())))
	})
	_ = p.Set("connect6", p.Get("connect"))
	set("disconnect", func(c goja.FunctionCall) goja.Value { return ret(this(c).u.Disconnect()) })
	// send(req, list, count, port, address, hasCallback) or, connected, send(req, list, count, hasCallback)
	send := func(c goja.FunctionCall) goja.Value {
		hd := this(c)
		req := c.Argument(0).ToObject(vm)
		list := c.Argument(1).ToObject(vm)
		count := int(c.Argument(2).ToInteger())
		bufs := make([][]byte, 0, count)
		total := 0
		for i := 0; i < count; i++ {
			bb := buffer.Bytes(list.Get(strconv.Itoa(i)))
			total += len(bb)
			bufs = append(bufs, bb)
		}
		var ip netip.Addr
		port := 0
		hasCb := false
		if len(c.Arguments) >= 6 {
			var ok bool
			ip, ok = parse(c.Argument(4))
			if !ok {
				return ret(syscall.EINVAL)
			}
			port = int(c.Argument(3).ToInteger())
			hasCb = c.Argument(5).ToBoolean()
		} else {
			hasCb = c.Argument(3).ToBoolean()
		}
		n, err := hd.u.Send(bufs, ip, port)
		if err != nil {
			return ret(err)
		}
		_, _ = req, hasCb
		// a synchronous send answers length+1, as Node's binding does
		return vm.ToValue(n + 1)
	}
	set("send", send)
	set("send6", send)
	set("recvStart", func(c goja.FunctionCall) goja.Value { return ret(this(c).u.RecvStart()) })
	set("recvStop", func(c goja.FunctionCall) goja.Value { return ret(this(c).u.RecvStop()) })
	set("getsockname", func(c goja.FunctionCall) goja.Value {
		a, err := this(c).u.SockName()
		if err == nil {
			fillAddr(vm, c.Argument(0), a)
		}
		return ret(err)
	})
	set("getpeername", func(c goja.FunctionCall) goja.Value {
		a, err := this(c).u.PeerName()
		if err == nil {
			fillAddr(vm, c.Argument(0), a)
		}
		return ret(err)
	})
	set("setBroadcast", func(c goja.FunctionCall) goja.Value {
		return ret(this(c).u.SetBroadcast(c.Argument(0).ToBoolean()))
	})
	set("setTTL", func(c goja.FunctionCall) goja.Value {
		v := int(c.Argument(0).ToInteger())
		if v < 1 || v > 255 {
			return ret(syscall.EINVAL)
		}
		return ret(this(c).u.SetTTL(v))
	})
	set("setMulticastTTL", func(c goja.FunctionCall) goja.Value {
		v := int(c.Argument(0).ToInteger())
		if v < 0 || v > 255 {
			return ret(syscall.EINVAL)
		}
		return ret(this(c).u.SetMulticastTTL(v))
	})
	set("setMulticastLoopback", func(c goja.FunctionCall) goja.Value {
		return ret(this(c).u.SetMulticastLoopback(c.Argument(0).ToBoolean()))
	})
	set("setMulticastInterface", func(c goja.FunctionCall) goja.Value {
		hd := this(c)
		ip, ok := parse(c.Argument(0))
		if !ok {
			return ret(syscall.EINVAL)
		}
		return ret(hd.u.SetMulticastInterface(ip))
	})
	membership := func(join bool) host.Func {
		return func(c goja.FunctionCall) goja.Value {
			hd := this(c)
			group, ok := parse(c.Argument(0))
			if !ok {
				return ret(syscall.EINVAL)
			}
			var iface netip.Addr
			if v := c.Argument(1); !goja.IsUndefined(v) && !goja.IsNull(v) {
				if iface, ok = parse(v); !ok {
					return ret(syscall.EINVAL)
				}
			}
			return ret(hd.u.Membership(group, iface, join))
		}
	}
	set("addMembership", membership(true))
	set("dropMembership", membership(false))
	// bufferSize(size, isRecv) -> size, or throws the errno as a number for JS to wrap
	set("bufferSize", func(c goja.FunctionCall) goja.Value {
		v, err := this(c).u.BufferSize(int(c.Argument(0).ToInteger()), c.Argument(1).ToBoolean())
		if err != nil {
			return vm.ToValue(uvErr(err))
		}
		return vm.ToValue(v)
	})
	set("close", func(c goja.FunctionCall) goja.Value {
		hd := this(c)
		hd.u.Close()
		delete(handles, hd.obj)
		if cb, ok := goja.AssertFunction(c.Argument(0)); ok {
			_ = cb
			fn := c.Argument(0)
			h.Loop.OnClose(func() { h.MakeCallback(fn, hd.obj) })
		}
		return goja.Undefined()
	})
	set("ref", func(c goja.FunctionCall) goja.Value {
		if o, ok := c.This.(*goja.Object); ok && handles[o] != nil {
			handles[o].u.Ref()
		}
		return goja.Undefined()
	})
	set("unref", func(c goja.FunctionCall) goja.Value {
		if o, ok := c.This.(*goja.Object); ok && handles[o] != nil {
			handles[o].u.Unref()
		}
		return goja.Undefined()
	})
	set("hasRef", func(c goja.FunctionCall) goja.Value {
		if o, ok := c.This.(*goja.Object); ok && handles[o] != nil {
			return vm.ToValue(handles[o].u.HasRef())
		}
		return vm.ToValue(false)
	})
	return b
}
