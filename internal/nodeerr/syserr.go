package nodeerr

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"strconv"
	"syscall"
	"weak"

	"github.com/dop251/goja"
)

// ---- libuv's error table ----------------------------------------------------------------

type uvInfo struct {
	name, message string
	errno         int
}

var (
	uvByName  = map[string]*uvInfo{}
	uvByErrno = map[int]*uvInfo{}
	uvOrder   []*uvInfo
	// sysToUV maps the platform's errno to libuv's error.
	sysToUV = map[syscall.Errno]*uvInfo{}
)

func init() {
	for _, e := range uvErrors {
		n, ok := uvFallback[e.Name]
		if se, has := uvPlatform[e.Name]; has {
			n = -int(se)
			ok = true
		}
		if !ok {
			continue
		}
		info := &uvInfo{e.Name, e.Message, n}
		uvByName[e.Name] = info
		if _, dup := uvByErrno[n]; !dup {
			uvByErrno[n] = info
		}
		uvOrder = append(uvOrder, info)
		if se, has := uvPlatform[e.Name]; has {
			if _, dup := sysToUV[se]; !dup {
				sysToUV[se] = info
			}
		}
	}
	for se, name := range sysExtra {
		if info := uvByName[name]; info != nil {
			sysToUV[se] = info
		}
	}
}

// UVError is one libuv error: its name (ENOENT), libuv's negative number on this platform and
// uv_strerror's text.
type UVError struct {
	Name    string
	Errno   int
	Message string
}

// UVErrors lists libuv's errors in libuv's order (util.getSystemErrorMap()).
func UVErrors() []UVError {
	out := make([]UVError, len(uvOrder))
	for i, e := range uvOrder {
		out[i] = UVError{e.name, e.errno, e.message}
	}
	return out
}

// UVErrno returns libuv's number for a name such as "ENOENT".
func UVErrno(name string) (int, bool) {
	if e := uvByName[name]; e != nil {
		return e.errno, true
	}
	return 0, false
}

// ErrName is uv_err_name: "ENOENT" for -2; "Unknown system error N" for numbers libuv lacks.
func ErrName(errno int) string {
	if e := uvByErrno[errno]; e != nil {
		return e.name
	}
	return "Unknown system error " + strconv.Itoa(errno)
}

// StrError is uv_strerror: "no such file or directory" for -2.
func StrError(errno int) string {
	if e := uvByErrno[errno]; e != nil {
		return e.message
	}
	return "Unknown system error " + strconv.Itoa(errno)
}

// NamedNumber is a name and a number, for os.constants tables.
type NamedNumber struct {
	Name   string
	Number int
}

// OSErrnoConstants is os.constants.errno on this platform, in Node's order.
func OSErrnoConstants() []NamedNumber {
	out := make([]NamedNumber, len(osErrno))
	for i, e := range osErrno {
		out[i] = NamedNumber{e.Name, int(e.Errno)}
	}
	return out
}

// OSSignalConstants is os.constants.signals on this platform, in Node's order.
func OSSignalConstants() []NamedNumber {
	out := make([]NamedNumber, len(osSignals))
	for i, s := range osSignals {
		out[i] = NamedNumber{s.Name, int(s.Signal)}
	}
	return out
}

// SignalNumber returns the number of a signal name such as "SIGTERM".
func SignalNumber(name string) (int, bool) {
	for _, s := range osSignals {
		if s.Name == name {
			return int(s.Signal), true
		}
	}
	return 0, false
}

// ---- Go errors as Node system errors -------------------------------------------------------

// SysError is a failed system call as Node reports it: the fields of a UVException.
type SysError struct {
	Code    string // "ENOENT"
	Errno   int    // libuv's number: -2
	Message string // uv_strerror: "no such file or directory"
	Syscall string // "open"
	Path    string
	Dest    string
	HasPath bool
	HasDest bool
	// Address and Port are set for network errors (connect ECONNREFUSED 127.0.0.1:80).
	Address string
	Port    int
	// Hostname is set for DNS errors.
	Hostname string
	Err      error // the Go error it came from
}

// Error is Node's message: "ENOENT: no such file or directory, open 'x'".
func (e *SysError) Error() string {
	msg := e.Code + ": " + e.Message + ", " + e.Syscall
	if e.HasPath {
		msg += " '" + e.Path + "'"
	}
	if e.HasDest {
		msg += " -> '" + e.Dest + "'"
	}
	return msg
}

func (e *SysError) Unwrap() error { return e.Err }

// WithoutPath drops the path and dest, for calls Node reports without them (fd-based calls:
// read, write, fstat…).
func (e *SysError) WithoutPath() *SysError {
	c := *e
	c.Path, c.Dest, c.HasPath, c.HasDest = "", "", false, false
	return &c
}

// FromErrno describes a failure with the platform's errno.
func FromErrno(errno syscall.Errno, syscallName string) *SysError {
	if info := sysToUV[errno]; info != nil {
		return &SysError{Code: info.name, Errno: info.errno, Message: info.message, Syscall: syscallName, Err: errno}
	}
	if unknownIsUNKNOWN {
		e := FromUV("UNKNOWN", syscallName)
		e.Err = errno
		return e
	}
	n := -int(errno)
	return &SysError{Code: ErrName(n), Errno: n, Message: StrError(n), Syscall: syscallName, Err: errno}
}

// FromUV describes a failure with a libuv error name such as "ENOENT".
func FromUV(name, syscallName string) *SysError {
	if info := uvByName[name]; info != nil {
		return &SysError{Code: info.name, Errno: info.errno, Message: info.message, Syscall: syscallName}
	}
	return &SysError{Code: "UNKNOWN", Errno: uvByName["UNKNOWN"].errno, Message: "unknown error", Syscall: syscallName}
}

// FromGo maps a Go error to Node's description of it. syscallName is Node's name for the call
// (open, mkdir, rename, scandir…); when empty, the Op of an *os.PathError, *os.LinkError,
// *os.SyscallError or *net.OpError is used. path and dest, when given, override the ones the
// error carries (Node reports the path the user passed).
//
// Note that some os functions differ from the system calls Node makes: os.Rename refuses a
// directory target with EEXIST before calling rename(2) (Node gets ENOTEMPTY or EISDIR);
// call syscall.Rename for Node's behaviour.
func FromGo(err error, syscallName string, paths ...string) *SysError {
	if err == nil {
		return nil
	}
	var se *SysError
	if errors.As(err, &se) {
		c := *se
		if syscallName != "" {
			c.Syscall = syscallName
		}
		applyPaths(&c, paths)
		return &c
	}
	var (
		op, p, d    string
		hasP, hasD  bool
		address     string
		port        int
		errno       syscall.Errno
		haveErrno   bool
		dnsErr      *net.DNSError
		pathErr     *os.PathError
		linkErr     *os.LinkError
		sysErr      *os.SyscallError
		opErr       *net.OpError
		addrErr     *net.AddrError
		uvName      string
		hostnameDNS string
		dnsSyscall  string
	)
	if errors.As(err, &pathErr) {
		op, p, hasP = pathErr.Op, pathErr.Path, true
	}
	if errors.As(err, &linkErr) {
		op, p, d, hasP, hasD = linkErr.Op, linkErr.Old, linkErr.New, true, true
	}
	if errors.As(err, &opErr) {
		switch opErr.Op {
		case "dial":
			op = "connect"
		case "listen":
			op = "listen"
		case "read":
			op = "read"
		case "write":
			op = "write"
		default:
			op = opErr.Op
		}
		if opErr.Addr != nil {
			address, port = splitAddr(opErr.Addr)
		} else if opErr.Source != nil {
			address, port = splitAddr(opErr.Source)
		}
	}
	if errors.As(err, &sysErr) && op == "" {
		op = sysErr.Syscall
	}
	if errors.As(err, &errno) {
		haveErrno = true
	}
	switch {
	case haveErrno:
	case errors.As(err, &dnsErr):
		hostnameDNS = dnsErr.Name
		dnsSyscall = "getaddrinfo"
		switch {
		case dnsErr.IsNotFound:
			uvName = "ENOTFOUND"
		case dnsErr.IsTimeout || dnsErr.IsTemporary:
			uvName = "EAI_AGAIN"
		default:
			uvName = "EAI_FAIL"
		}
	case errors.As(err, &addrErr):
		uvName = "EINVAL"
	case errors.Is(err, fs.ErrNotExist):
		uvName = "ENOENT"
	case errors.Is(err, fs.ErrExist):
		uvName = "EEXIST"
	case errors.Is(err, fs.ErrPermission):
		uvName = "EACCES"
	case errors.Is(err, os.ErrDeadlineExceeded), errors.Is(err, context.DeadlineExceeded):
		uvName = "ETIMEDOUT"
	case errors.Is(err, context.Canceled):
		uvName = "ECANCELED"
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		uvName = "EOF"
	case errors.Is(err, net.ErrClosed), errors.Is(err, fs.ErrClosed):
		uvName = "EBADF"
	case errors.Is(err, fs.ErrInvalid):
		uvName = "EINVAL"
	default:
		uvName = "UNKNOWN"
	}
	if syscallName == "" {
		syscallName = op
		if dnsSyscall != "" {
			syscallName = dnsSyscall
		}
	}
	var out *SysError
	switch {
	case haveErrno:
		out = FromErrno(errno, syscallName)
	case uvName == "ENOTFOUND":
		// Not a libuv error: Node's DNS layer names EAI_NODATA/EAI_NONAME so.
		eno, _ := UVErrno("EAI_NONAME")
		out = &SysError{Code: "ENOTFOUND", Errno: eno, Message: "unknown node or service", Syscall: syscallName}
	default:
		out = FromUV(uvName, syscallName)
	}
	out.Err = err
	out.Path, out.HasPath = p, hasP
	out.Dest, out.HasDest = d, hasD
	out.Address, out.Port = address, port
	out.Hostname = hostnameDNS
	applyPaths(out, paths)
	return out
}

func applyPaths(e *SysError, paths []string) {
	if len(paths) > 0 {
		e.Path, e.HasPath = paths[0], true
	}
	if len(paths) > 1 {
		e.Dest, e.HasDest = paths[1], true
	}
}

func splitAddr(a net.Addr) (string, int) {
	switch x := a.(type) {
	case *net.TCPAddr:
		return x.IP.String(), x.Port
	case *net.UDPAddr:
		return x.IP.String(), x.Port
	case *net.UnixAddr:
		return x.Name, 0
	}
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String(), 0
	}
	n, _ := strconv.Atoi(port)
	return host, n
}

// ---- the JS objects -------------------------------------------------------------------------

// newPlainError is `new Error(message)` with the intrinsic Error.
func newPlainError(vm *goja.Runtime, message string) *goja.Object {
	obj, err := vm.New(stateOf(vm).ctor(vm, Error), vm.ToValue(message))
	if err != nil {
		panic(err)
	}
	return obj
}

// UVException builds the error Node's C++ UVException makes for e: an Error with message
// "ENOENT: no such file or directory, open 'x'" and errno, code, syscall, path, dest.
func UVException(vm *goja.Runtime, e *SysError) *goja.Object {
	obj := newPlainError(vm, e.Error())
	_ = obj.Set("errno", e.Errno)
	_ = obj.Set("code", e.Code)
	_ = obj.Set("syscall", e.Syscall)
	if e.HasPath {
		_ = obj.Set("path", e.Path)
	}
	if e.HasDest {
		_ = obj.Set("dest", e.Dest)
	}
	return obj
}

// NewSysError maps a Go error (see FromGo) and builds its JS error: a UVException, or for
// network errors with an address an ExceptionWithHostPort, for DNS errors a DNSException.
func NewSysError(vm *goja.Runtime, err error, syscallName string, paths ...string) *goja.Object {
	e := FromGo(err, syscallName, paths...)
	switch {
	case e.Hostname != "" || e.Code == "ENOTFOUND":
		return DNSException(vm, e.Code, e.Errno, e.Syscall, e.Hostname)
	case e.Address != "":
		return ExceptionWithHostPort(vm, e.Errno, e.Syscall, e.Address, e.Port, "")
	}
	return UVException(vm, e)
}

// ThrowSysError panics with NewSysError(vm, err, syscallName, paths...).
func ThrowSysError(vm *goja.Runtime, err error, syscallName string, paths ...string) {
	panic(NewSysError(vm, err, syscallName, paths...))
}

// ErrnoException is Node's ErrnoException: "<syscall> <CODE>[ <original>]" with errno, code
// and syscall.
func ErrnoException(vm *goja.Runtime, errno int, syscallName, original string) *goja.Object {
	code := ErrName(errno)
	msg := syscallName + " " + code
	if original != "" {
		msg += " " + original
	}
	obj := newPlainError(vm, msg)
	_ = obj.Set("errno", errno)
	_ = obj.Set("code", code)
	_ = obj.Set("syscall", syscallName)
	return obj
}

func hostPortDetails(address string, port int) string {
	if port > 0 {
		return " " + address + ":" + strconv.Itoa(port)
	}
	if address != "" {
		return " " + address
	}
	return ""
}

// ExceptionWithHostPort is Node's ExceptionWithHostPort: "connect ECONNREFUSED 127.0.0.1:80"
// with errno, code, syscall, address and port (when not 0). additional, when not empty, adds
// " - Local (<additional>)".
func ExceptionWithHostPort(vm *goja.Runtime, errno int, syscallName, address string, port int, additional string) *goja.Object {
	code := ErrName(errno)
	details := hostPortDetails(address, port)
	if additional != "" {
		details += " - Local (" + additional + ")"
	}
	obj := newPlainError(vm, syscallName+" "+code+details)
	_ = obj.Set("errno", errno)
	_ = obj.Set("code", code)
	_ = obj.Set("syscall", syscallName)
	_ = obj.Set("address", address)
	if port != 0 {
		_ = obj.Set("port", port)
	}
	return obj
}

// UVExceptionWithHostPort is Node's UVExceptionWithHostPort: "listen EADDRINUSE: address
// already in use :::80" with code, errno, syscall, address and port.
func UVExceptionWithHostPort(vm *goja.Runtime, errno int, syscallName, address string, port int) *goja.Object {
	code, msg := ErrName(errno), StrError(errno)
	if uvByErrno[errno] == nil {
		code, msg = "UNKNOWN", "unknown error"
	}
	obj := newPlainError(vm, syscallName+" "+code+": "+msg+hostPortDetails(address, port))
	_ = obj.Set("code", code)
	_ = obj.Set("errno", errno)
	_ = obj.Set("syscall", syscallName)
	_ = obj.Set("address", address)
	if port != 0 {
		_ = obj.Set("port", port)
	}
	return obj
}

// DNSException is Node's DNSException: "getaddrinfo ENOTFOUND host" with errno (when known),
// code, syscall and hostname. code may be empty, then it is derived from errno.
func DNSException(vm *goja.Runtime, code string, errno int, syscallName, hostname string) *goja.Object {
	if code == "" {
		if eno, _ := UVErrno("EAI_NODATA"); errno == eno {
			code = "ENOTFOUND"
		} else if eno, _ := UVErrno("EAI_NONAME"); errno == eno {
			code = "ENOTFOUND"
		} else {
			code = ErrName(errno)
		}
	}
	msg := syscallName + " " + code
	if hostname != "" {
		msg += " " + hostname
	}
	obj := newPlainError(vm, msg)
	if errno != 0 {
		_ = obj.Set("errno", errno)
	} else {
		_ = obj.Set("errno", goja.Undefined())
	}
	_ = obj.Set("code", code)
	_ = obj.Set("syscall", syscallName)
	if hostname != "" {
		_ = obj.Set("hostname", hostname)
	}
	return obj
}

// SystemContext is the context of Node's SystemError codes (ERR_SYSTEM_ERROR,
// ERR_FS_CP_*, ERR_TTY_INIT_FAILED…).
type SystemContext struct {
	Code    string // "ENOENT"
	Errno   int
	Message string
	Syscall string
	Path    string
	Dest    string
	HasPath bool
	HasDest bool
}

// SystemContextOf turns a SysError into a SystemContext.
func SystemContextOf(e *SysError) SystemContext {
	return SystemContext{Code: e.Code, Errno: e.Errno, Message: e.Message, Syscall: e.Syscall,
		Path: e.Path, Dest: e.Dest, HasPath: e.HasPath, HasDest: e.HasDest}
}

func (c SystemContext) toJS(vm *goja.Runtime) *goja.Object {
	o := vm.NewObject()
	_ = o.Set("errno", c.Errno)
	_ = o.Set("code", c.Code)
	_ = o.Set("message", c.Message)
	if c.HasPath {
		_ = o.Set("path", c.Path)
	}
	if c.HasDest {
		_ = o.Set("dest", c.Dest)
	}
	_ = o.Set("syscall", c.Syscall)
	return o
}

// NewSystemError builds the error of a SystemError code (ERR_SYSTEM_ERROR…) for ctx:
// "A system error occurred: uv_os_homedir returned ENOENT (no such file or directory)".
func NewSystemError(vm *goja.Runtime, code string, ctx SystemContext) *goja.Object {
	return New(vm, code, ctx)
}

// SystemErrorMessage is the message of a SystemError code for a context object.
func SystemErrorMessage(vm *goja.Runtime, spec *Spec, ctx *goja.Object) string {
	msg := spec.Format + ": " + jsString(vm, ctx.Get("syscall")) + " returned " + jsString(vm, ctx.Get("code")) +
		" (" + jsString(vm, ctx.Get("message")) + ")"
	if p := ctx.Get("path"); p != nil && !goja.IsUndefined(p) {
		msg += " " + jsString(vm, p)
	}
	if d := ctx.Get("dest"); d != nil && !goja.IsUndefined(d) {
		msg += " => " + jsString(vm, d)
	}
	return msg
}

func buildSystemError(vm *goja.Runtime, spec *Spec, ctx *goja.Object) *goja.Object {
	st := stateOf(vm)
	obj, err := vm.New(st.ctor(vm, Error))
	if err != nil {
		panic(err)
	}
	_ = obj.SetPrototype(st.sysProto(vm))
	message := SystemErrorMessage(vm, spec, ctx)
	_ = obj.Set("code", spec.Code)
	_ = obj.DefineDataPropertySymbol(IsNodeErrorSymbol, vm.ToValue(true), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = obj.DefineDataProperty("name", vm.ToValue("SystemError ["+spec.Code+"]"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = obj.DefineDataProperty("message", vm.ToValue(message), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = obj.Get("stack")
	_ = obj.DefineDataProperty("name", vm.ToValue("SystemError"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = obj.DefineDataProperty("info", ctx, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	proxy := func(name string, toString bool) {
		get := vm.ToValue(func(goja.FunctionCall) goja.Value {
			v := ctx.Get(name)
			if toString && !isNullish(v) {
				return vm.ToValue(jsString(vm, v))
			}
			return v
		})
		set := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			_ = ctx.Set(name, call.Argument(0))
			return goja.Undefined()
		})
		_ = obj.DefineAccessorProperty(name, get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	proxy("errno", false)
	proxy("syscall", false)
	if p := ctx.Get("path"); p != nil && !goja.IsUndefined(p) {
		proxy("path", true)
	}
	if d := ctx.Get("dest"); d != nil && !goja.IsUndefined(d) {
		proxy("dest", true)
	}
	return obj
}

// sysProto is the prototype of Go-built SystemErrors: Error.prototype with Node's toString
// and an inspect.custom that shows the getters.
func (st *vmState) sysProto(vm *goja.Runtime) *goja.Object {
	k := protoKey{"", SystemError}
	if p := st.protos[k].Value(); p != nil {
		return p
	}
	base, _ := st.ctor(vm, Error).Get("prototype").(*goja.Object)
	p := vm.CreateObject(base)
	_ = p.DefineDataProperty("toString", vm.ToValue(func(call goja.FunctionCall) goja.Value {
		this := call.This.ToObject(vm)
		return vm.ToValue(jsString(vm, this.Get("name")) + " [" + jsString(vm, this.Get("code")) + "]: " + jsString(vm, this.Get("message")))
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	custom := symbolFor(vm, "nodejs.util.inspect.custom")
	_ = p.DefineDataPropertySymbol(custom, vm.ToValue(func(call goja.FunctionCall) goja.Value {
		inspect, ok := goja.AssertFunction(call.Argument(2))
		if !ok {
			return vm.ToValue(FallbackInspect(vm, call.This, DefaultInspect))
		}
		opts := vm.NewObject()
		if src, ok := call.Argument(1).(*goja.Object); ok {
			for _, key := range src.Keys() {
				_ = opts.Set(key, src.Get(key))
			}
		}
		_ = opts.Set("getters", true)
		_ = opts.Set("customInspect", false)
		r, err := inspect(goja.Undefined(), call.This, opts)
		if err != nil {
			panic(err)
		}
		return r
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	st.protos[k] = weak.Make(p)
	return p
}

// symbolFor is Symbol.for(key) in vm.
func symbolFor(vm *goja.Runtime, key string) *goja.Symbol {
	sym, _ := vm.Get("Symbol").(*goja.Object)
	if sym != nil {
		if f, ok := goja.AssertFunction(sym.Get("for")); ok {
			if r, err := f(sym, vm.ToValue(key)); err == nil {
				if s, ok := r.(*goja.Symbol); ok {
					return s
				}
			}
		}
	}
	return goja.NewSymbol(key)
}
