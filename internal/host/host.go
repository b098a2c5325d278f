// Package host is the seam between the runtime and the builtin modules: what a builtin's Go
// bindings may see of the running gnode (the JavaScript VM, the loop, stdio) and how a builtin
// declares itself. It sits below both so that node/<mod> packages never import the runtime.
package host

import (
	"github.com/gnode-dev/gnode/internal/weakmap"
	"io"
	"os"
	"sync"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/loop"
)

// Module declares one builtin: the specifier it is required by, its JS glue and its Go binding.
//
// The glue is the body of a function called with (exports, require, module, process,
// internalBinding, primordials), as Node's lib/ files are; it is compiled once per process and
// only on first require. ID is the name without "node:"; IDs starting with "internal/" can be
// required only from other builtins.
type Module struct {
	ID     string
	Source string
	// Binding returns the object internalBinding(ID) gives the glue. It runs at most once per
	// runtime, on the loop goroutine.
	Binding func(h *Host) *goja.Object
	// SchemeOnly marks builtins that exist only as "node:<id>" (node:test, node:sqlite).
	SchemeOnly bool
}

// Host is one running gnode as its builtins see it. All fields and methods are for the loop
// goroutine only, unless a comment says otherwise.
type Host struct {
	VM   *goja.Runtime
	Loop *loop.Loop

	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// StdoutFile and StderrFile are the underlying files when stdio is the process's own, for
	// TTY detection; nil when the embedder gave plain writers.
	StdoutFile, StderrFile *os.File

	Argv     []string
	Argv0    string
	Flags    map[string]string // effective runtime options by name ("--no-warnings"); last one wins
	FlagList []string          // the same as "--name=value", in order (repeatable options)
	ExecArgv []string
	ExecPath string
	Env      map[string]string
	EnvOrder []string

	// CallTop calls fn(args...) as the outermost JS call and then drains what fn left: fn itself
	// must run the nextTick queue before returning (ticks go before promise jobs); CallTop then
	// repeats ticks, microtasks and rejection processing while any remain. It is the cheap path
	// for the runtime's own dispatchers (timers, immediates).
	CallTop func(fn goja.Callable, args ...goja.Value)

	// MakeCallback calls fn as a top-level callback (Node's MakeCallback): after it returns, the
	// nextTick queue and the promise jobs drain, uncaught exceptions go to the process's handlers.
	MakeCallback func(fn goja.Value, this goja.Value, args ...goja.Value)

	// NativeFrames names the builtin each Go-implemented public function belongs to
	// ("setTimeout" -> "node:timers"), so its stack frame reads like the JS frame Node shows.
	NativeFrames map[string]string

	// ActiveImmediates counts setImmediate callbacks running now (stack frames are named by it).
	ActiveImmediates int

	// Exit ends the process: it runs the 'exit' handlers and stops the loop with code.
	Exit func(code int)

	// AsyncFrame is the async context current on the loop goroutine: the stores of every
	// AsyncLocalStorage as one immutable JS Map (Node's AsyncContextFrame), nil while empty.
	// Whatever schedules a JS callback for later captures it there and runs the callback inside
	// it (MakeCallbackIn); node:async_hooks reads and replaces it.
	AsyncFrame goja.Value

	// Values shared between builtins by name, such as the process object.
	shared map[string]goja.Value

	poolOnce sync.Once
	pool     *threadPool
}

// MakeCallbackIn is MakeCallback run inside the async context frame captured when the work
// was scheduled (h.AsyncFrame then).
func (h *Host) MakeCallbackIn(frame goja.Value, fn goja.Value, this goja.Value, args ...goja.Value) {
	prev := h.AsyncFrame
	h.AsyncFrame = frame
	h.MakeCallback(fn, this, args...)
	h.AsyncFrame = prev
}

// CallTopIn is CallTop run inside an async context frame.
func (h *Host) CallTopIn(frame goja.Value, fn goja.Callable, args ...goja.Value) {
	prev := h.AsyncFrame
	h.AsyncFrame = frame
	defer func() { h.AsyncFrame = prev }() // CallTop rethrows when called from JS
	h.CallTop(fn, args...)
}

// Share stores a value other builtins can look up with Shared.
func (h *Host) Share(name string, v goja.Value) {
	if h.shared == nil {
		h.shared = map[string]goja.Value{}
	}
	h.shared[name] = v
}

// Shared returns a value stored with Share, or nil.
func (h *Host) Shared(name string) goja.Value { return h.shared[name] }

// Func is the shape of every binding on a hot path: no reflection.
type Func = func(goja.FunctionCall) goja.Value

// SetFuncs puts native functions on obj.
func (h *Host) SetFuncs(obj *goja.Object, funcs map[string]Func) {
	for name, fn := range funcs {
		_ = obj.Set(name, fn)
	}
}

// Throw panics with a JS exception carrying v; goja turns the panic into a throw.
func (h *Host) Throw(v goja.Value) { panic(v) }

// Rethrow continues, in the calling JS, an error returned by a JS call a binding made: a JS
// exception is thrown on, an uncatchable one (interrupt, stack overflow) keeps unwinding.
func Rethrow(err error) {
	if err == nil {
		return
	}
	if ex, ok := err.(*goja.Exception); ok {
		panic(ex)
	}
	panic(err)
}

// NamedFunc makes a native function with the name and length a JS function of Node's has, so
// it reads the same to users (fn.name, fn.length, stack frames).
func NamedFunc(vm *goja.Runtime, name string, length int, fn Func) goja.Value {
	f := vm.ToValue(fn).(*goja.Object)
	_ = f.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = f.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return f
}

// nativeErrors are errors a builtin made to look thrown by native code, as Node's C++ throws
// them: the uncaught-error header points at the first frame of their stack (the caller of the
// builtin), not at the glue line that threw them.
var nativeErrors weakmap.Map[struct{}]

// MarkNativeError records err (whose stack starts at the builtin's caller) as such an error.
func MarkNativeError(err *goja.Object) { nativeErrors.Set(err, struct{}{}) }

// IsNativeError reports whether v was marked by MarkNativeError.
func IsNativeError(v goja.Value) bool {
	_, ok := nativeErrors.Get(v)
	return ok
}
