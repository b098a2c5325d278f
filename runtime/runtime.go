// Package runtime is gnode as a library: a JavaScript runtime that behaves like Node.js v24,
// driven by one event loop. Create one with New, run a program with RunMain or RunEval; both
// return when the loop has nothing left to do, with the process's exit code.
//
// A Runtime belongs to the goroutine that runs it: none of its methods are goroutine-safe.
package runtime

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/loop"
)

// Version is the Node.js version gnode implements; GnodeVersion is gnode's own.
const (
	Version      = "v24.21.0"
	GnodeVersion = "0.1.0"
)

// Options configure a Runtime. The zero value runs with the process's own stdio, environment
// and working directory.
type Options struct {
	// Args are the script's arguments (process.argv after the script path).
	Args []string
	// ExecArgv are the runtime flags, as process.execArgv shows them.
	ExecArgv []string
	// ExecPath is process.execPath; defaults to the running executable.
	ExecPath string
	// Env is the environment as KEY=VALUE strings; nil means os.Environ().
	Env []string
	// Cwd is the working directory the program sees; empty means the process's own.
	Cwd string
	// Stdin, Stdout, Stderr default to the process's own.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Require lists modules to preload before the main program (-r).
	Require []string
	// UnhandledRejections is the --unhandled-rejections mode: throw (default), strict, warn,
	// none or warn-with-error-code.
	UnhandledRejections string
	// InputType is "module" or "commonjs" for RunEval and stdin programs.
	InputType string
	// Modules replaces the builtin module list (for embedders that want fewer builtins).
	Modules []*host.Module
	// Script is the main script's absolute path (process.argv[1]); empty for eval and stdin.
	Script string
	// Argv0 is process.argv0, the name the binary was invoked by.
	Argv0 string
	// Flags are the effective runtime options ("--name=value"), from the command line and
	// NODE_OPTIONS, for the builtins that consult them.
	Flags []string
}

// Runtime is one gnode instance: a goja VM, its event loop and its builtins.
type Runtime struct {
	opts    Options
	vm      *goja.Runtime
	loop    *loop.Loop
	host    *host.Host
	builtin *builtins

	process   *goja.Object
	internals *goja.Object // the object the bootstrap glue fills with hooks Go calls

	tickInfo  []byte // shared with JS: [0] = ticks queued, [1] = rejections to process
	tramp     goja.Callable
	runTicks  goja.Callable
	rejects   rejectionTracker
	depth     int // > 0 while JS called from callAsCallback is running
	sources   sources
	exitCode  int
	exiting   bool
	fatalDone bool
}

// exitRequest is the interrupt value process.exit uses to unwind the JS stack.
type exitRequest struct{ code int }

func (e *exitRequest) Error() string { return fmt.Sprintf("process.exit(%d)", e.code) }

// New creates a runtime and runs Node's bootstrap (process, timers, console and the other
// globals). Nothing else is loaded until a program asks for it.
func New(opts Options) (*Runtime, error) {
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	if opts.Env == nil {
		opts.Env = os.Environ()
	}
	if opts.ExecPath == "" {
		if exe, err := os.Executable(); err == nil {
			opts.ExecPath = exe
		}
	}
	if opts.Cwd != "" {
		if err := os.Chdir(opts.Cwd); err != nil {
			return nil, err
		}
	}
	if opts.UnhandledRejections == "" {
		opts.UnhandledRejections = "throw"
	}
	if opts.Modules == nil {
		opts.Modules = DefaultModules()
	}
	rt := &Runtime{opts: opts, vm: goja.New(), loop: loop.New(), tickInfo: make([]byte, 8)}
	rt.vm.SetFieldNameMapper(goja.UncapFieldNameMapper())
	rt.vm.SetMaxCallStackSize(10000)
	rt.host = &host.Host{
		VM:       rt.vm,
		Loop:     rt.loop,
		Stdin:    opts.Stdin,
		Stdout:   opts.Stdout,
		Stderr:   opts.Stderr,
		ExecArgv: opts.ExecArgv,
		ExecPath: opts.ExecPath,
	}
	if f, ok := opts.Stdout.(*os.File); ok {
		rt.host.StdoutFile = f
	}
	if f, ok := opts.Stderr.(*os.File); ok {
		rt.host.StderrFile = f
	}
	rt.host.Env, rt.host.EnvOrder = parseEnv(opts.Env)
	rt.host.Argv = append([]string{opts.ExecPath}, opts.Args...)
	if opts.Script != "" {
		rt.host.Argv = append([]string{opts.ExecPath, opts.Script}, opts.Args...)
	}
	rt.host.Argv0 = opts.Argv0
	if rt.host.Argv0 == "" {
		rt.host.Argv0 = opts.ExecPath
	}
	rt.host.Flags = map[string]string{}
	rt.host.FlagList = opts.Flags
	for _, f := range opts.Flags {
		k, v, _ := strings.Cut(f, "=")
		rt.host.Flags[k] = v
	}
	rt.host.MakeCallback = rt.MakeCallback
	rt.host.CallTop = rt.callTop
	rt.host.NativeFrames = map[string]string{}
	rt.host.Exit = rt.exit
	rt.builtin = newBuiltins(rt, opts.Modules)
	rt.rejects.init(rt)
	if err := rt.bootstrap(); err != nil {
		return nil, err
	}
	return rt, nil
}

func parseEnv(env []string) (map[string]string, []string) {
	m := make(map[string]string, len(env))
	order := make([]string, 0, len(env))
	for _, kv := range env {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			continue
		}
		if _, dup := m[k]; !dup {
			order = append(order, k)
		}
		m[k] = v
	}
	return m, order
}

// VM is the goja runtime, for embedders adding their own globals. Loop goroutine only.
func (rt *Runtime) VM() *goja.Runtime { return rt.vm }

// Loop is the runtime's event loop.
func (rt *Runtime) Loop() *loop.Loop { return rt.loop }

// Host is what builtins see of this runtime.
func (rt *Runtime) Host() *host.Host { return rt.host }

func (rt *Runtime) bootstrap() error {
	vm := rt.vm
	rt.process = vm.NewObject()
	rt.host.Share("process", rt.process)
	rt.internals = vm.NewObject()
	tick := vm.NewArrayBuffer(rt.tickInfo)
	_ = rt.internals.Set("tickInfo", vm.ToValue(tick))
	rt.host.Share("internals", rt.internals)
	rt.host.Share("runtime", vm.ToValue(rt.runtimeBinding()))
	var err error
	rt.guard(func() {
		_, err = rt.builtin.require("internal/bootstrap/node", true)
	})
	if err != nil {
		return fmt.Errorf("bootstrap: %w", err)
	}
	get := func(name string) goja.Callable {
		fn, ok := goja.AssertFunction(rt.internals.Get(name))
		if !ok {
			panic("bootstrap did not install " + name)
		}
		return fn
	}
	rt.tramp = get("callbackTrampoline")
	rt.runTicks = get("runNextTicks")
	return nil
}

// guard runs fn, turning a Go panic that escapes the VM into a fatal error: no Go stack trace
// ever reaches a user unless GNODE_DEBUG is set.
func (rt *Runtime) guard(fn func()) {
	defer func() {
		if x := recover(); x != nil {
			if os.Getenv("GNODE_DEBUG") != "" {
				fmt.Fprintf(rt.opts.Stderr, "%v\n%s", x, debug.Stack())
			}
			rt.fatalInternal(fmt.Sprint(x))
		}
	}()
	fn()
}

// fatalInternal reports a bug in gnode itself the way Node reports a fatal error, and exits.
func (rt *Runtime) fatalInternal(msg string) {
	fmt.Fprintf(rt.opts.Stderr, "\n#\n# Fatal error in gnode\n# %s\n#\n\nNode.js %s\n", msg, Version)
	rt.exitCode = 134
	rt.exiting = true
	rt.loop.Stop()
}

// RunMain runs the program at path as the main module and then the loop, and returns the exit code.
func (rt *Runtime) RunMain(path string) int {
	abs := path
	if !filepath.IsAbs(abs) {
		if wd, err := os.Getwd(); err == nil {
			abs = filepath.Join(wd, path)
		}
	}
	return rt.runEntry(func() (goja.Value, error) {
		return rt.tramp(goja.Undefined(), rt.internals.Get("runMain"), goja.Undefined(), rt.vm.ToValue(abs))
	})
}

// CheckSyntax compiles the file at path without running it (node --check).
func (rt *Runtime) CheckSyntax(path string) int {
	rt.guard(func() {
		rt.callAsCallback(func() (goja.Value, error) {
			check, _ := goja.AssertFunction(rt.internals.Get("checkSyntax"))
			return check(goja.Undefined(), rt.vm.ToValue(path))
		})
	})
	if rt.exiting {
		return rt.exitCode
	}
	return 0
}

// RunEval runs source as `node -e` does (print: as `node -p`), then the loop.
func (rt *Runtime) RunEval(source string, print bool, name string) int {
	return rt.runEntry(func() (goja.Value, error) {
		return rt.tramp(goja.Undefined(), rt.internals.Get("runEval"), goja.Undefined(), rt.vm.ToValue(source),
			rt.vm.ToValue(print), rt.vm.ToValue(name), rt.vm.ToValue(rt.opts.InputType))
	})
}

func (rt *Runtime) runEntry(entry func() (goja.Value, error)) int {
	rt.guard(func() {
		for _, req := range rt.opts.Require {
			rt.MakeCallback(rt.internals.Get("preload"), goja.Undefined(), rt.vm.ToValue(req))
			if rt.exiting {
				return
			}
		}
		rt.callAsCallback(entry)
	})
	return rt.Wait()
}

// Wait runs the loop until it is empty, emits 'beforeExit' (which may schedule more work) and
// 'exit', and returns the exit code.
func (rt *Runtime) Wait() int {
	rt.guard(func() {
		for !rt.exiting {
			rt.loop.Run()
			if rt.exiting {
				break
			}
			rt.emitProcess("beforeExit", rt.vm.ToValue(rt.currentExitCode()))
			if rt.exiting || !rt.loop.Alive() {
				break
			}
		}
		if !rt.exiting {
			rt.exiting = true
			rt.emitExit()
		}
	})
	return rt.exitCode
}

// currentExitCode is process.exitCode as a number (undefined counts as 0).
func (rt *Runtime) currentExitCode() int {
	v := rt.process.Get("exitCode")
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return 0
	}
	return int(v.ToInteger())
}

func (rt *Runtime) emitProcess(event string, args ...goja.Value) {
	all := append([]goja.Value{rt.vm.ToValue(event)}, args...)
	rt.MakeCallback(rt.process.Get("emit"), rt.process, all...)
}

// emitExit runs the 'exit' listeners once, with the exit code they may still change. A
// rejection left unhandled by them is still fatal, as in Node.
func (rt *Runtime) emitExit() {
	code := rt.currentExitCode()
	_ = rt.process.Set("_exiting", true)
	rt.callAsCallback(func() (goja.Value, error) {
		return rt.tramp(goja.Undefined(), rt.process.Get("emit"), rt.process, rt.vm.ToValue("exit"), rt.vm.ToValue(code))
	})
	if rt.fatalDone || rt.loop.Stopped() {
		return // process.exit() or a fatal error set the code
	}
	rt.exitCode = rt.currentExitCode()
}

func exitOf(err error) (int, bool) {
	if ie, ok := err.(*goja.InterruptedError); ok {
		if req, ok := ie.Value().(*exitRequest); ok {
			return req.code, true
		}
	}
	return 0, false
}

// exit is process.reallyExit: the 'exit' event has run; stop everything with code.
func (rt *Runtime) exit(code int) {
	rt.exitCode = code
	rt.exiting = true
	rt.loop.Stop()
	rt.vm.Interrupt(&exitRequest{code})
}

// MakeCallback calls fn(args...) with this as a top-level callback from the loop: after it, the
// nextTick queue drains, then the promise jobs, repeating while either refills; then unhandled
// rejections are processed. An exception goes to the uncaught-exception machinery.
func (rt *Runtime) MakeCallback(fn goja.Value, this goja.Value, args ...goja.Value) {
	if rt.loop.Stopped() {
		return // process.exit() or a fatal error: no more JS
	}
	all := make([]goja.Value, 0, len(args)+2)
	all = append(all, fn, this)
	all = append(all, args...)
	rt.callAsCallback(func() (goja.Value, error) { return rt.tramp(goja.Undefined(), all...) })
}

// callTop is host.CallTop.
func (rt *Runtime) callTop(fn goja.Callable, args ...goja.Value) {
	if rt.loop.Stopped() {
		return
	}
	if rt.depth > 0 {
		// Called from inside JS (a dispatcher running the next timer inline): a plain call,
		// whose exception goes back to the JS caller.
		if _, err := fn(goja.Undefined(), args...); err != nil {
			rethrow(rt.vm, err)
		}
		return
	}
	rt.callAsCallback(func() (goja.Value, error) { return fn(goja.Undefined(), args...) })
}

// callAsCallback runs call as the outermost JS call (goja runs the promise jobs when it returns),
// then drains ticks and microtasks and processes rejections, as Node's processTicksAndRejections.
func (rt *Runtime) callAsCallback(call func() (goja.Value, error)) {
	if rt.exiting && rt.fatalDone {
		return
	}
	if rt.depth == 0 {
		// an enterWith() in this callback ends with it, as Node's callback scope ends
		frame := rt.host.AsyncFrame
		defer func() { rt.host.AsyncFrame = frame }()
	}
	rt.depth++
	_, err := call()
	rt.depth--
	if err != nil {
		rt.handleError(err)
	}
	for !rt.loop.Stopped() {
		if rt.tickInfo[0] != 0 {
			rt.depth++
			_, err = rt.runTicks(goja.Undefined())
			rt.depth--
			if err != nil {
				rt.handleError(err)
			}
			continue
		}
		if rt.rejects.pending() {
			rt.rejects.process()
			continue
		}
		break
	}
}

func (rt *Runtime) handleError(err error) {
	if code, ok := exitOf(err); ok {
		rt.exitCode = code
		return
	}
	rt.handleUncaught(err)
}

// handleUncaught gives an exception that escaped a callback to process._fatalException:
// 'uncaughtException' listeners, or Node's printout and exit code 1.
func (rt *Runtime) handleUncaught(err error) {
	var val goja.Value
	arrow := goja.Undefined()
	thrownAt := goja.Undefined()
	switch e := err.(type) {
	case *goja.Exception:
		val = e.Value()
		if host.IsNativeError(val) {
			if file, line, col, ok := rt.stackLocation(val.(*goja.Object).Get("stack").String()); ok {
				arrow = rt.vm.ToValue(rt.arrow(file, line, col, false))
			}
		} else if file, line, col, ok := rt.frameLocation(e.Stack()); ok {
			_, isObj := val.(*goja.Object)
			arrow = rt.vm.ToValue(rt.arrow(file, line, col, isObj))
		}
		if _, on := rt.host.Flags["--trace-uncaught"]; on {
			thrownAt = rt.vm.ToValue(strings.TrimPrefix(rt.v8StackLimit("x"+gojaFramesText(e.Stack()), -1)[1:], "\n"))
		}
	case *goja.StackOverflowError:
		// goja's overflow cannot be caught by JS; report it as the RangeError V8 throws, with
		// the frames of the overflow.
		obj, e2 := rt.vm.New(rt.vm.Get("RangeError"), rt.vm.ToValue("Maximum call stack size exceeded"))
		if e2 != nil {
			val = rt.vm.ToValue("RangeError: Maximum call stack size exceeded")
			break
		}
		frames := e.Stack()
		_ = obj.Set("stack", rt.v8Stack("RangeError: Maximum call stack size exceeded"+gojaFramesText(frames)))
		val = obj
		if file, line, col, ok := rt.frameLocation(frames); ok {
			arrow = rt.vm.ToValue(rt.arrow(file, line, col, false))
		}
	default:
		val = rt.vm.NewGoError(err)
	}
	rt.triggerUncaught(val, false, arrow, thrownAt)
}

// triggerUncaught is Node's triggerUncaughtException.
func (rt *Runtime) triggerUncaught(val goja.Value, fromPromise bool, arrow, thrownAt goja.Value) {
	if rt.fatalDone {
		return
	}
	fatal, ok := goja.AssertFunction(rt.internals.Get("fatalException"))
	if !ok {
		fmt.Fprintf(rt.opts.Stderr, "Uncaught %s\n", val.String())
		rt.exit(1)
		return
	}
	// Node has cleared the running immediate's _onImmediate by now, which shows in frame names.
	imm := rt.host.ActiveImmediates
	rt.host.ActiveImmediates = 0
	handled, err := fatal(goja.Undefined(), val, rt.vm.ToValue(fromPromise), arrow, thrownAt)
	rt.host.ActiveImmediates = imm
	if err != nil {
		if code, ok := exitOf(err); ok {
			rt.exitCode = code
			return
		}
		// An exception inside the uncaught handler itself: Node prints it and exits with 7.
		if ex, ok := err.(*goja.Exception); ok {
			rt.printFatal(ex)
		}
		rt.fatalDone = true
		rt.exit(7)
		return
	}
	if !handled.ToBoolean() {
		rt.fatalDone = true
	}
}

func (rt *Runtime) printFatal(ex *goja.Exception) {
	val := ex.Value()
	arrow := goja.Undefined()
	if file, line, col, ok := rt.frameLocation(ex.Stack()); ok {
		_, isObj := val.(*goja.Object)
		arrow = rt.vm.ToValue(rt.arrow(file, line, col, isObj))
	}
	if print, ok := goja.AssertFunction(rt.internals.Get("printFatal")); ok {
		if _, err := print(goja.Undefined(), val, arrow); err == nil {
			return
		}
	}
	fmt.Fprintf(rt.opts.Stderr, "%s\n", val.String())
}
