//go:build linux || darwin

package net

import (
	"errors"
	"net"
	"net/netip"
	"os"
	"strconv"
	"sync"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/loop"
	"github.com/gnode-dev/gnode/node/buffer"
)

// UDP is a datagram socket on the loop (libuv's uv_udp_t). Receiving runs on a goroutine that
// takes a pooled buffer only when a datagram is waiting; sends go straight to the kernel.
type UDP struct {
	loop   *loop.Loop
	fd     int
	file   *os.File
	raw    syscall.RawConn
	family int

	// OnMessage receives each datagram or a receive error. Loop goroutine.
	OnMessage func(data []byte, from Addr, err error)

	refed, holdsRef, receiving, closed, bound bool

	mu          sync.Mutex
	cond        *sync.Cond
	wantRecv    bool
	gone        bool
	readerAlive bool
}

// NewUDP makes an unbound datagram socket of family unix.AF_INET or AF_INET6.
func NewUDP(l *loop.Loop, family int) (*UDP, error) {
	fd, err := newSocket(family, unix.SOCK_DGRAM)
	if err != nil {
		return nil, err
	}
	u := &UDP{loop: l, fd: fd, family: family, refed: true}
	u.cond = sync.NewCond(&u.mu)
	u.file = os.NewFile(uintptr(fd), "udp")
	rc, err := u.file.SyscallConn()
	if err != nil {
		u.file.Close()
		return nil, err
	}
	u.raw = rc
	return u, nil
}

func (u *UDP) control(f func(fd int) error) error {
	if !u.bound {
		// libuv makes the socket at bind: before that every option fails with EBADF
		return syscall.EBADF
	}
	var ferr error
	if err := u.raw.Control(func(fd uintptr) { ferr = f(int(fd)) }); err != nil {
		return syscall.EBADF
	}
	return ferr
}

// Bind binds to ip:port; reuseAddr sets SO_REUSEADDR, ipv6Only IPV6_V6ONLY.
func (u *UDP) Bind(ip netip.Addr, port int, reuseAddr, ipv6Only bool) error {
	u.bound = true
	err := u.control(func(fd int) error {
		if reuseAddr {
			_ = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
		}
		if u.family == unix.AF_INET6 {
			v := 0
			if ipv6Only {
				v = 1
			}
			_ = unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, v)
		}
		return unix.Bind(fd, u.sockaddr(ip, port))
	})
	if err != nil {
		u.bound = false
	}
	return err
}

func (u *UDP) sockaddr(ip netip.Addr, port int) unix.Sockaddr {
	if u.family == unix.AF_INET6 && ip.Is4() {
		ip = netip.AddrFrom16(ip.As16())
	}
	return sockaddr(ip, port)
}

// Connect associates a default peer; Disconnect removes it (AF_UNSPEC).
func (u *UDP) Connect(ip netip.Addr, port int) error {
	return u.control(func(fd int) error { return unix.Connect(fd, u.sockaddr(ip, port)) })
}

func (u *UDP) Disconnect() error {
	return u.control(func(fd int) error {
		// connect with AF_UNSPEC dissolves the association
		_, _, e := unix.Syscall(unix.SYS_CONNECT, uintptr(fd), uintptr(unsafePointer(&unspec)), uintptr(unix.SizeofSockaddrInet4))
		if e != 0 && e != unix.EAFNOSUPPORT {
			return e
		}
		return nil
	})
}

// Send writes one datagram made of bufs to ip:port (or to the connected peer when ip is
// invalid). It returns the bytes sent.
func (u *UDP) Send(bufs [][]byte, ip netip.Addr, port int) (int, error) {
	var data []byte
	if len(bufs) == 1 {
		data = bufs[0]
	} else {
		for _, b := range bufs {
			data = append(data, b...)
		}
	}
	var n int
	err := u.control(func(fd int) error {
		var err error
		for {
			if ip.IsValid() {
				err = unix.Sendto(fd, data, 0, u.sockaddr(ip, port))
			} else {
				_, err = unix.Write(fd, data)
			}
			if err == unix.EINTR {
				continue
			}
			if err == unix.EAGAIN {
				// the send buffer is full: wait as a blocking send would
				var pfd = []unix.PollFd{{Fd: int32(fd), Events: unix.POLLOUT}}
				_, _ = unix.Poll(pfd, -1)
				continue
			}
			break
		}
		n = len(data)
		return err
	})
	return n, err
}

func (u *UDP) sync() {
	want := u.refed && u.receiving && !u.closed
	if want != u.holdsRef {
		u.holdsRef = want
		if want {
			u.loop.Ref()
		} else {
			u.loop.Unref()
		}
	}
}

func (u *UDP) Ref()         { u.refed = true; u.sync() }
func (u *UDP) Unref()       { u.refed = false; u.sync() }
func (u *UDP) HasRef() bool { return u.refed }

// RecvStart delivers datagrams to OnMessage until RecvStop.
func (u *UDP) RecvStart() error {
	if u.closed {
		return syscall.EBADF
	}
	u.receiving = true
	u.sync()
	u.mu.Lock()
	u.wantRecv = true
	if !u.readerAlive {
		u.readerAlive = true
		go u.recvLoop()
	} else {
		u.cond.Signal()
	}
	u.mu.Unlock()
	return nil
}

func (u *UDP) RecvStop() error {
	u.receiving = false
	u.sync()
	u.mu.Lock()
	u.wantRecv = false
	u.mu.Unlock()
	return nil
}

func (u *UDP) recvLoop() {
	for {
		u.mu.Lock()
		for !u.wantRecv && !u.gone {
			u.cond.Wait()
		}
		if u.gone {
			u.readerAlive = false
			u.mu.Unlock()
			return
		}
		u.mu.Unlock()
		var (
			n    int
			from unix.Sockaddr
			rerr error
			data []byte
		)
		err := u.raw.Read(func(fd uintptr) bool {
			b := readBufs.Get().(*[]byte)
			for {
				n, from, rerr = unix.Recvfrom(int(fd), *b, 0)
				if rerr != unix.EINTR {
					break
				}
			}
			if rerr == unix.EAGAIN {
				readBufs.Put(b)
				return false
			}
			if rerr == nil {
				data = make([]byte, n)
				copy(data, (*b)[:n])
			}
			readBufs.Put(b)
			return true
		})
		if err != nil {
			if errors.Is(err, os.ErrClosed) || errors.Is(err, net.ErrClosed) {
				u.mu.Lock()
				u.readerAlive = false
				u.mu.Unlock()
				return
			}
			rerr = err
		}
		var a Addr
		if from != nil {
			a = addrOf(from)
		}
		u.loop.Post(func() {
			if !u.closed && u.receiving {
				u.OnMessage(data, a, rerr)
			}
		})
	}
}

// SockName and PeerName are the bound and connected addresses.
func (u *UDP) SockName() (Addr, error) { return u.name(unix.Getsockname) }
func (u *UDP) PeerName() (Addr, error) { return u.name(unix.Getpeername) }

func (u *UDP) name(get func(int) (unix.Sockaddr, error)) (Addr, error) {
	var a Addr
	err := u.control(func(fd int) error {
		sa, err := get(fd)
		if err == nil {
			a = addrOf(sa)
		}
		return err
	})
	return a, err
}

// SetOption sets an integer socket option.
func (u *UDP) SetOption(level, opt, v int) error {
	return u.control(func(fd int) error { return unix.SetsockoptInt(fd, level, opt, v) })
}

// GetOption reads an integer socket option.
func (u *UDP) GetOption(level, opt int) (int, error) {
	var v int
	err := u.control(func(fd int) error {
		var err error
		v, err = unix.GetsockoptInt(fd, level, opt)
		return err
	})
	return v, err
}

// Membership joins (join true) or leaves a multicast group on an interface address.
func (u *UDP) Membership(group, iface netip.Addr, join bool) error {
	return u.control(func(fd int) error {
		if group.Is4() {
			mreq := &unix.IPMreq{Multiaddr: group.As4()}
			if iface.IsValid() && iface.Is4() {
				mreq.Interface = iface.As4()
			}
			opt := unix.IP_ADD_MEMBERSHIP
			if !join {
				opt = unix.IP_DROP_MEMBERSHIP
			}
			return unix.SetsockoptIPMreq(fd, unix.IPPROTO_IP, opt, mreq)
		}
		mreq := &unix.IPv6Mreq{Multiaddr: group.As16()}
		opt := unix.IPV6_JOIN_GROUP
		if !join {
			opt = unix.IPV6_LEAVE_GROUP
		}
		return unix.SetsockoptIPv6Mreq(fd, unix.IPPROTO_IPV6, opt, mreq)
	})
}

// Close closes the socket.
func (u *UDP) Close() {
	if u.closed {
		return
	}
	u.closed = true
	u.sync()
	u.mu.Lock()
	u.gone = true
	u.cond.Broadcast()
	u.mu.Unlock()
	_ = u.file.Close()
}

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
		family := unix.AF_INET
		if c.Argument(0).String() == "udp6" {
			family = unix.AF_INET6
		}
		u, err := NewUDP(h.Loop, family)
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
	is6 := func(hd *udpHandle) bool { return hd.u.family == unix.AF_INET6 }
	set("setBroadcast", func(c goja.FunctionCall) goja.Value {
		return ret(this(c).u.SetOption(unix.SOL_SOCKET, unix.SO_BROADCAST, boolInt(c.Argument(0).ToBoolean())))
	})
	set("setTTL", func(c goja.FunctionCall) goja.Value {
		hd := this(c)
		v := int(c.Argument(0).ToInteger())
		if v < 1 || v > 255 {
			return ret(syscall.EINVAL)
		}
		if is6(hd) {
			return ret(hd.u.SetOption(unix.IPPROTO_IPV6, unix.IPV6_UNICAST_HOPS, v))
		}
		return ret(hd.u.SetOption(unix.IPPROTO_IP, unix.IP_TTL, v))
	})
	set("setMulticastTTL", func(c goja.FunctionCall) goja.Value {
		hd := this(c)
		v := int(c.Argument(0).ToInteger())
		if v < 0 || v > 255 {
			return ret(syscall.EINVAL)
		}
		if is6(hd) {
			return ret(hd.u.SetOption(unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_HOPS, v))
		}
		return ret(hd.u.SetOption(unix.IPPROTO_IP, unix.IP_MULTICAST_TTL, v))
	})
	set("setMulticastLoopback", func(c goja.FunctionCall) goja.Value {
		hd := this(c)
		v := boolInt(c.Argument(0).ToBoolean())
		if is6(hd) {
			return ret(hd.u.SetOption(unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_LOOP, v))
		}
		return ret(hd.u.SetOption(unix.IPPROTO_IP, unix.IP_MULTICAST_LOOP, v))
	})
	set("setMulticastInterface", func(c goja.FunctionCall) goja.Value {
		hd := this(c)
		ip, ok := parse(c.Argument(0))
		if !ok {
			return ret(syscall.EINVAL)
		}
		return ret(hd.u.control(func(fd int) error {
			if is6(hd) {
				idx := 0
				if z := ip.Zone(); z != "" {
					if ifi, err := net.InterfaceByName(z); err == nil {
						idx = ifi.Index
					}
				}
				return unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_IF, idx)
			}
			if !ip.Is4() {
				return syscall.EINVAL
			}
			return unix.SetsockoptInet4Addr(fd, unix.IPPROTO_IP, unix.IP_MULTICAST_IF, ip.As4())
		}))
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
		hd := this(c)
		opt := unix.SO_SNDBUF
		if c.Argument(1).ToBoolean() {
			opt = unix.SO_RCVBUF
		}
		if size := int(c.Argument(0).ToInteger()); size > 0 {
			if err := hd.u.SetOption(unix.SOL_SOCKET, opt, size); err != nil {
				return vm.ToValue(uvErr(err))
			}
		}
		v, err := hd.u.GetOption(unix.SOL_SOCKET, opt)
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
