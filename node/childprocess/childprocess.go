// Package childprocess serves node:child_process. The synchronous calls (spawnSync, execSync,
// execFileSync) run the process from Go on the loop goroutine, as Node blocks its loop for them.
package childprocess

import (
	"bytes"
	_ "embed"
	"errors"
	"io"
	"os"
	"os/exec"
	"time"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
	"github.com/gnode-dev/gnode/node/buffer"
)

//go:embed js/child_process.js
var childProcessJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{{ID: "child_process", Source: childProcessJS, Binding: binding}}
}

func binding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	_ = b.Set("spawnSync", func(call goja.FunctionCall) goja.Value {
		return spawnSync(h, call.Argument(0).String(), strings1(call.Argument(1)), call.Argument(2).ToObject(vm))
	})
	_ = b.Set("spawn", func(call goja.FunctionCall) goja.Value {
		return spawnAsync(h, call.Argument(0).String(), strings1(call.Argument(1)), call.Argument(2).ToObject(vm), call.Argument(3))
	})
	return b
}

func strings1(v goja.Value) []string {
	var out []string
	if o, ok := v.(*goja.Object); ok {
		for _, k := range o.Keys() {
			out = append(out, o.Get(k).String())
		}
	}
	return out
}

// limitedBuffer keeps at most max bytes and remembers that more came.
type limitedBuffer struct {
	bytes.Buffer
	max      int
	exceeded bool
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if l.max >= 0 && l.Len()+len(p) > l.max {
		l.exceeded = true
		p = p[:max(0, l.max-l.Len())]
	}
	l.Buffer.Write(p)
	return len(p), nil
}

// spawnSync runs file with args and waits. opts: cwd, envPairs, input, stdio (three of 'pipe',
// 'inherit', 'ignore'), timeout (ms), killSignal (number), maxBuffer, argv0.
func spawnSync(h *host.Host, file string, args []string, opts *goja.Object) goja.Value {
	vm := h.VM
	res := vm.NewObject()
	cmd := exec.Command(file)
	if len(args) > 0 {
		cmd.Args = args
	}
	cmd.Path = file
	if lp, err := exec.LookPath(file); err == nil {
		cmd.Path = lp
	}
	if v := opts.Get("cwd"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		cmd.Dir = v.String()
	}
	if v := opts.Get("envPairs"); v != nil && !goja.IsUndefined(v) {
		cmd.Env = strings1(v)
	}
	maxBuf := -1
	if v := opts.Get("maxBuffer"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		if f := v.ToFloat(); f >= 0 && f < 1<<53 {
			maxBuf = int(f)
		}
	}
	stdio := []string{"pipe", "pipe", "pipe"}
	if v := opts.Get("stdio"); v != nil && !goja.IsUndefined(v) {
		for i, s := range strings1(v) {
			if i < 3 {
				stdio[i] = s
			}
		}
	}
	var stdout, stderr = &limitedBuffer{max: maxBuf}, &limitedBuffer{max: maxBuf}
	switch stdio[0] {
	case "inherit":
		cmd.Stdin = os.Stdin
	case "pipe":
		if v := opts.Get("input"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
			cmd.Stdin = bytes.NewReader(append([]byte(nil), buffer.Bytes(v)...))
		}
	}
	outputs := []io.Writer{nil, stdout, stderr}
	std := []io.Writer{nil, h.Stdout, h.Stderr}
	for i := 1; i < 3; i++ {
		var w io.Writer
		switch stdio[i] {
		case "inherit":
			w = std[i]
		case "pipe":
			w = outputs[i]
		}
		if i == 1 {
			cmd.Stdout = w
		} else {
			cmd.Stderr = w
		}
	}
	killSig := defaultKillSignal
	if v := opts.Get("killSignal"); v != nil && !goja.IsUndefined(v) {
		killSig = int(v.ToInteger())
	}
	if err := cmd.Start(); err != nil {
		_ = res.Set("error", errnoOf(err))
		_ = res.Set("status", goja.Null())
		_ = res.Set("signal", goja.Null())
		return res
	}
	_ = res.Set("pid", cmd.Process.Pid)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var timeout <-chan time.Time
	if v := opts.Get("timeout"); v != nil && !goja.IsUndefined(v) && v.ToFloat() > 0 {
		timeout = time.After(time.Duration(v.ToFloat() * float64(time.Millisecond)))
	}
	var waitErr error
	timedOut := false
	select {
	case waitErr = <-done:
	case <-timeout:
		timedOut = true
		signalProcess(cmd.Process, killSig)
		waitErr = <-done
	}
	if stdout.exceeded || stderr.exceeded {
		_ = res.Set("error", uvErrno("ENOBUFS"))
	} else if timedOut {
		_ = res.Set("error", uvErrno("ETIMEDOUT"))
	}
	status, signal := exitOf(cmd.ProcessState, waitErr)
	if signal != "" {
		_ = res.Set("status", goja.Null())
		_ = res.Set("signal", signal)
	} else {
		_ = res.Set("status", status)
		_ = res.Set("signal", goja.Null())
	}
	if stdio[1] == "pipe" {
		_ = res.Set("stdout", vm.NewArrayBuffer(stdout.Bytes()))
	}
	if stdio[2] == "pipe" {
		_ = res.Set("stderr", vm.NewArrayBuffer(stderr.Bytes()))
	}
	return res
}

// errnoOf is the negative errno Node reports for a failed spawn (ENOENT, EACCES…).
func errnoOf(err error) int {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if errors.Is(err, exec.ErrNotFound) {
		return uvErrno("ENOENT")
	}
	return nodeerr.FromGo(err, "spawnSync").Errno
}

func uvErrno(name string) int {
	n, _ := nodeerr.UVErrno(name)
	return n
}
