// Package process serves the process object (Node's lib/internal/process/*): its Go binding
// holds what only the host knows — argv, env, clocks, resource usage, stdio, signals — and the
// glue builds the EventEmitter-based process object, the nextTick queue and the fatal-exception
// path on top of it.
package process

import (
	_ "embed"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	goruntime "runtime"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
)

//go:embed js/process.js
var processJS string

//go:embed js/task_queues.js
var taskQueuesJS string

//go:embed js/execution.js
var executionJS string

//go:embed js/warning.js
var warningJS string

//go:embed js/stdio.js
var stdioJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "internal/process/setup", Source: processJS, Binding: binding},
		{ID: "internal/process/task_queues", Source: taskQueuesJS},
		{ID: "internal/process/execution", Source: executionJS},
		{ID: "internal/process/warning", Source: warningJS},
		{ID: "internal/process/stdio", Source: stdioJS},
		{ID: "process", Source: "module.exports = process;"},
	}
}

// NodeVersion and the versions table are what Node v24.21.0 reports.
const NodeVersion = "v24.21.0"

var versions = [][2]string{
	{"node", "24.21.0"}, {"acorn", "8.18.0"}, {"ada", "4.0.0"}, {"amaro", "1.1.11"}, {"ares", "1.34.8"},
	{"brotli", "1.2.0"}, {"cldr", "48.0"}, {"icu", "78.3"}, {"llhttp", "9.4.3"}, {"merve", "1.2.2"},
	{"modules", "137"}, {"napi", "10"}, {"nbytes", "0.1.4"}, {"ncrypto", "0.0.1"}, {"nghttp2", "1.70.0"},
	{"nghttp3", ""}, {"ngtcp2", ""}, {"openssl", "3.5.8"}, {"simdjson", "4.6.7"}, {"simdutf", "6.4.0"},
	{"sqlite", "3.53.4"}, {"tz", "2026c"}, {"undici", "7.29.1"}, {"unicode", "17.0"}, {"uv", "1.52.1"},
	{"uvwasi", "0.0.23"}, {"v8", "13.6.233.17-node.53"}, {"zlib", "1.3.2.1-motley-8002e91"}, {"zstd", "1.5.7"},
}

// GnodeVersion is reported as process.versions.gnode.
var GnodeVersion = "0.1.0"

// Platform and Arch map Go's names to Node's.
func Platform() string {
	if goruntime.GOOS == "windows" {
		return "win32"
	}
	return goruntime.GOOS
}

func Arch() string {
	switch goruntime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	case "arm64", "arm", "ppc64", "s390x", "riscv64", "loong64", "mips", "mipsel", "ppc":
		return goruntime.GOARCH
	case "ppc64le":
		return "ppc64"
	}
	return goruntime.GOARCH
}

var processStart = time.Now()

func binding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	set := func(name string, v any) { _ = b.Set(name, v) }

	argv := make([]any, len(h.Argv))
	for i, a := range h.Argv {
		argv[i] = a
	}
	set("argv", vm.NewArray(argv...))
	execArgv := make([]any, len(h.ExecArgv))
	for i, a := range h.ExecArgv {
		execArgv[i] = a
	}
	set("execArgv", vm.NewArray(execArgv...))
	set("execPath", h.ExecPath)
	set("execArgv0", h.Argv0)
	flags := vm.NewObject()
	for k, v := range h.Flags {
		_ = flags.Set(k, v)
	}
	set("flags", flags)
	var disabled []any
	for _, f := range h.FlagList {
		if v, ok := strings.CutPrefix(f, "--disable-warning="); ok {
			disabled = append(disabled, v)
		}
	}
	set("disabledWarnings", vm.NewArray(disabled...))
	set("pid", os.Getpid())
	set("ppid", os.Getppid())
	set("platform", Platform())
	set("arch", Arch())
	set("version", NodeVersion)
	vs := vm.NewObject()
	for _, kv := range versions {
		_ = vs.Set(kv[0], kv[1])
	}
	_ = vs.Set("gnode", GnodeVersion)
	set("versions", vs)
	set("env", newEnv(h))

	// Node caches the working directory until process.chdir changes it (path.resolve asks for
	// it on every call; os.Getwd costs two stats).
	var cachedCwd goja.Value
	set("cwd", func(goja.FunctionCall) goja.Value {
		if cachedCwd != nil {
			return cachedCwd
		}
		wd, err := os.Getwd()
		if err != nil {
			panic(vm.NewGoError(err))
		}
		cachedCwd = vm.ToValue(wd)
		return cachedCwd
	})
	set("chdir", func(call goja.FunctionCall) goja.Value {
		dir := call.Argument(0).String()
		cachedCwd = nil
		if err := os.Chdir(dir); err != nil {
			wd, _ := os.Getwd()
			nodeerr.ThrowSysError(vm, err, "chdir", wd, dir)
		}
		return goja.Undefined()
	})
	// hrtime writes into the caller's Uint32Array like Node's binding: no allocation per call.
	set("hrtimeNs", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(float64(time.Since(processStart).Nanoseconds()))
	})
	set("hrtime", func(call goja.FunctionCall) goja.Value {
		ns := time.Since(processStart).Nanoseconds()
		sec := ns / 1e9
		arr := vm.NewArray(sec, ns%1e9)
		return arr
	})
	set("hrtimeBigint", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(new(big.Int).SetInt64(time.Since(processStart).Nanoseconds()))
	})
	set("uptime", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(time.Since(processStart).Seconds())
	})
	set("memoryUsage", func(goja.FunctionCall) goja.Value {
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		o := vm.NewObject()
		_ = o.Set("rss", rss(&ms))
		_ = o.Set("heapTotal", float64(ms.HeapSys))
		_ = o.Set("heapUsed", float64(ms.HeapAlloc))
		_ = o.Set("external", 0)
		_ = o.Set("arrayBuffers", 0)
		return o
	})
	set("rss", func(goja.FunctionCall) goja.Value {
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		return vm.ToValue(rss(&ms))
	})
	set("cpuUsage", func(goja.FunctionCall) goja.Value {
		u, s := cpuTimes()
		return vm.NewArray(u, s)
	})
	set("resourceUsage", func(goja.FunctionCall) goja.Value { return resourceUsage(vm) })
	set("umask", func(call goja.FunctionCall) goja.Value {
		if goja.IsUndefined(call.Argument(0)) {
			old := umask(0)
			umask(old)
			return vm.ToValue(old)
		}
		return vm.ToValue(umask(int(call.Argument(0).ToInteger())))
	})
	set("kill", func(call goja.FunctionCall) goja.Value {
		pid := int(call.Argument(0).ToInteger())
		sig := int(call.Argument(1).ToInteger())
		if err := kill(pid, sig); err != nil {
			if errno, ok := err.(syscall.Errno); ok {
				return vm.ToValue(-int(errno))
			}
			return vm.ToValue(-1)
		}
		return vm.ToValue(0)
	})
	set("ids", func(goja.FunctionCall) goja.Value {
		return vm.NewArray(os.Getuid(), os.Geteuid(), os.Getgid(), os.Getegid())
	})
	set("getgroups", func(goja.FunctionCall) goja.Value {
		gs, _ := os.Getgroups()
		out := make([]any, len(gs))
		for i, g := range gs {
			out[i] = g
		}
		return vm.NewArray(out...)
	})
	set("reallyExit", func(call goja.FunctionCall) goja.Value {
		h.Exit(int(call.Argument(0).ToInteger()))
		return goja.Undefined()
	})
	set("writeString", func(call goja.FunctionCall) goja.Value {
		w := h.Stdout
		if call.Argument(0).ToInteger() == 2 {
			w = h.Stderr
		}
		_, _ = w.Write([]byte(call.Argument(1).String()))
		return goja.Undefined()
	})
	set("isatty", func(call goja.FunctionCall) goja.Value {
		var f *os.File
		switch call.Argument(0).ToInteger() {
		case 1:
			f = h.StdoutFile
		case 2:
			f = h.StderrFile
		case 0:
			f, _ = h.Stdin.(*os.File)
		}
		return vm.ToValue(f != nil && isTerminal(f))
	})
	set("windowSize", func(call goja.FunctionCall) goja.Value {
		f := h.StdoutFile
		if call.Argument(0).ToInteger() == 2 {
			f = h.StderrFile
		}
		if f == nil {
			return goja.Undefined()
		}
		cols, rows, ok := windowSize(f)
		if !ok {
			return goja.Undefined()
		}
		return vm.NewArray(cols, rows)
	})
	tickBindings(h, b)
	set("execPathBase", filepath.Base(h.ExecPath))
	set("startSignalWatch", func(call goja.FunctionCall) goja.Value {
		name := call.Argument(0).String()
		sig, ok := signalsByName[name]
		if !ok {
			return vm.ToValue(false)
		}
		watchSignal(h, name, sig)
		return vm.ToValue(true)
	})
	set("stopSignalWatch", func(call goja.FunctionCall) goja.Value {
		stopSignal(h, call.Argument(0).String())
		return goja.Undefined()
	})
	signals := vm.NewObject()
	names := make([]string, 0, len(signalsByName))
	for n := range signalsByName {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return signalsByName[names[i]] < signalsByName[names[j]] })
	for _, n := range names {
		_ = signals.Set(n, int(signalsByName[n]))
	}
	set("signals", signals)
	return b
}

func rss(ms *goruntime.MemStats) float64 {
	if v, ok := readRSS(); ok {
		return v
	}
	return float64(ms.Sys)
}

// env is process.env: every value is coerced to a string on assignment, as in Node.
type env struct {
	h    *host.Host
	vm   *goja.Runtime
	keys []string
}

func newEnv(h *host.Host) *goja.Object {
	e := &env{h: h, vm: h.VM, keys: append([]string(nil), h.EnvOrder...)}
	return h.VM.NewDynamicObject(e)
}

func (e *env) Get(key string) goja.Value {
	if v, ok := e.h.Env[key]; ok {
		return e.vm.ToValue(v)
	}
	return nil
}

func (e *env) Set(key string, val goja.Value) bool {
	if _, isSym := val.(*goja.Symbol); isSym {
		panic(e.vm.NewTypeError("Cannot convert a Symbol value to a string"))
	}
	if _, ok := e.h.Env[key]; !ok {
		e.keys = append(e.keys, key)
	}
	s := val.String()
	e.h.Env[key] = s
	_ = os.Setenv(key, s)
	return true
}

func (e *env) Has(key string) bool {
	_, ok := e.h.Env[key]
	return ok
}

func (e *env) Delete(key string) bool {
	if _, ok := e.h.Env[key]; ok {
		delete(e.h.Env, key)
		for i, k := range e.keys {
			if k == key {
				e.keys = append(e.keys[:i], e.keys[i+1:]...)
				break
			}
		}
		_ = os.Unsetenv(key)
	}
	return true
}

func (e *env) Keys() []string { return append([]string(nil), e.keys...) }

// Signals: a watched signal is delivered on the loop as process.emit(name). The watch holds no
// reference, like Node's signal handles (a listener alone does not keep the process alive).
// Watches are per runtime: several runtimes in one process (tests, embedders) each get the
// signals they listen for.
var sigWatches = map[sigWatchKey]chan os.Signal{}

type sigWatchKey struct {
	h    *host.Host
	name string
}

func watchSignal(h *host.Host, name string, sig syscall.Signal) {
	key := sigWatchKey{h, name}
	if _, ok := sigWatches[key]; ok {
		return
	}
	ch := make(chan os.Signal, 4)
	sigWatches[key] = ch
	signal.Notify(ch, sig)
	go func() {
		for range ch {
			h.Loop.Post(func() {
				proc := h.Shared("process").(*goja.Object)
				emit := proc.Get("emit")
				h.MakeCallback(emit, proc, h.VM.ToValue(name), h.VM.ToValue(name), h.VM.ToValue(int(sig)))
			})
		}
	}()
}

func stopSignal(h *host.Host, name string) {
	key := sigWatchKey{h, name}
	if ch, ok := sigWatches[key]; ok {
		signal.Stop(ch)
		close(ch)
		delete(sigWatches, key)
	}
}
