package childprocess

import (
	"errors"
	"os"
	"os/exec"
	"sync"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/node/buffer"
)

// child is one asynchronous process. Everything but the goroutines' own locals lives on the loop
// goroutine: the goroutines only read from pipes/Wait and Post closures back.
type child struct {
	h       *host.Host
	cmd     *exec.Cmd
	obj     *goja.Object
	onEvent goja.Value // onEvent(kind, fd, data): 'data'/'eof' per stdio fd, 'exit' with code/signal
	refed   bool       // the process handle keeps the loop alive
	exited  bool
	stdinW  *os.File
	writes  chan stdinWrite
	wmu     sync.Once
	ended   bool // stdin end was requested; loop goroutine only
}

type stdinWrite struct {
	data []byte
	done func(error)
}

func (c *child) emit(args ...goja.Value) {
	c.h.MakeCallback(c.onEvent, c.obj, args...)
}

// spawnAsync starts file; it returns a negative errno when the process could not start, or the
// handle object (pid, kill, write, end, ref, unref).
func spawnAsync(h *host.Host, file string, args []string, opts *goja.Object, onEvent goja.Value) goja.Value {
	vm := h.VM
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
	setDetached(cmd, opts.Get("detached") != nil && opts.Get("detached").ToBoolean())
	stdio := []string{"pipe", "pipe", "pipe"}
	if v := opts.Get("stdio"); v != nil && !goja.IsUndefined(v) {
		for i, s := range strings1(v) {
			if i < 3 {
				stdio[i] = s
			}
		}
	}
	c := &child{h: h, cmd: cmd, onEvent: onEvent}
	var parentEnds [3]*os.File
	var childEnds []*os.File
	closeAll := func() {
		for _, f := range parentEnds {
			if f != nil {
				f.Close()
			}
		}
		for _, f := range childEnds {
			f.Close()
		}
	}
	inherit := [3]*os.File{os.Stdin, os.Stdout, os.Stderr}
	if h.StdoutFile != nil {
		inherit[1] = h.StdoutFile
	}
	if h.StderrFile != nil {
		inherit[2] = h.StderrFile
	}
	var fds [3]*os.File
	for i := 0; i < 3; i++ {
		switch stdio[i] {
		case "inherit":
			fds[i] = inherit[i]
		case "pipe":
			r, w, err := os.Pipe()
			if err != nil {
				closeAll()
				return vm.ToValue(errnoOf(err))
			}
			if i == 0 {
				fds[i], parentEnds[i] = r, w
				childEnds = append(childEnds, r)
			} else {
				fds[i], parentEnds[i] = w, r
				childEnds = append(childEnds, w)
			}
		}
	}
	// A nil *os.File must stay a nil interface, or exec hands the child a closed descriptor.
	if fds[0] != nil {
		cmd.Stdin = fds[0]
	}
	if fds[1] != nil {
		cmd.Stdout = fds[1]
	}
	if fds[2] != nil {
		cmd.Stderr = fds[2]
	}
	if err := cmd.Start(); err != nil {
		closeAll()
		return vm.ToValue(errnoOf(err))
	}
	for _, f := range childEnds {
		f.Close()
	}
	obj := vm.NewObject()
	c.obj = obj
	_ = obj.Set("pid", cmd.Process.Pid)
	h.Loop.Ref()
	c.refed = true
	go func() {
		err := cmd.Wait()
		code, sig := exitOf(cmd.ProcessState, err)
		h.Loop.Post(func() {
			c.exited = true
			if c.refed {
				c.refed = false
				h.Loop.Unref()
			}
			sv := goja.Null()
			if sig != "" {
				sv = vm.ToValue(sig)
			}
			c.emit(vm.ToValue("exit"), vm.ToValue(code), sv)
		})
	}()
	for i := 1; i < 3; i++ {
		if parentEnds[i] != nil {
			c.read(i, parentEnds[i])
		}
	}
	// closeFd(fd) drops a destroyed stdout/stderr stream's pipe so an orphaned grandchild that
	// still holds the other end does not keep the loop alive; the reader sees the close as EOF.
	_ = obj.Set("closeFd", func(call goja.FunctionCall) goja.Value {
		if i := call.Argument(0).ToInteger(); i == 1 || i == 2 {
			if f := parentEnds[i]; f != nil {
				_ = f.Close()
			}
		}
		return goja.Undefined()
	})
	if parentEnds[0] != nil {
		c.stdinW = parentEnds[0]
		c.writes = make(chan stdinWrite, 64)
		go c.writeLoop()
	}
	_ = obj.Set("kill", func(call goja.FunctionCall) goja.Value {
		if c.exited {
			return vm.ToValue(uvErrno("ESRCH"))
		}
		if err := killProcess(cmd.Process, int(call.Argument(0).ToInteger())); err != nil {
			// The process may have ended before its exit was posted to the loop.
			if errors.Is(err, os.ErrProcessDone) {
				return vm.ToValue(uvErrno("ESRCH"))
			}
			return vm.ToValue(errnoOf(err))
		}
		return vm.ToValue(0)
	})
	_ = obj.Set("ref", func(goja.FunctionCall) goja.Value {
		if !c.refed && !c.exited {
			c.refed = true
			h.Loop.Ref()
		}
		return goja.Undefined()
	})
	_ = obj.Set("unref", func(goja.FunctionCall) goja.Value {
		if c.refed {
			c.refed = false
			h.Loop.Unref()
		}
		return goja.Undefined()
	})
	// write(buf, cb): cb(errno) runs on the loop once the bytes reached the pipe.
	_ = obj.Set("write", func(call goja.FunctionCall) goja.Value {
		data := append([]byte(nil), bytesOf(call.Argument(0))...)
		cb := call.Argument(1)
		if c.writes == nil || c.ended {
			if _, ok := goja.AssertFunction(cb); ok {
				h.Loop.Post(func() { h.MakeCallback(cb, goja.Undefined(), vm.ToValue(uvErrno("EPIPE"))) })
			}
			return goja.Undefined()
		}
		h.Loop.Ref()
		c.writes <- stdinWrite{data: data, done: func(err error) {
			h.Loop.Post(func() {
				h.Loop.Unref()
				code := 0
				if err != nil {
					code = errnoOf(err)
				}
				if _, ok := goja.AssertFunction(cb); ok {
					h.MakeCallback(cb, goja.Undefined(), vm.ToValue(code))
				}
			})
		}}
		return goja.Undefined()
	})
	// end(cb): close stdin after queued writes.
	_ = obj.Set("end", func(call goja.FunctionCall) goja.Value {
		cb := call.Argument(0)
		if c.writes == nil || c.ended {
			if _, ok := goja.AssertFunction(cb); ok {
				h.Loop.Post(func() { h.MakeCallback(cb, goja.Undefined()) })
			}
			return goja.Undefined()
		}
		c.ended = true
		c.writes <- stdinWrite{data: nil, done: func(error) {
			if _, ok := goja.AssertFunction(cb); ok {
				h.Loop.Post(func() { h.MakeCallback(cb, goja.Undefined()) })
			}
		}}
		c.closeWrites()
		return goja.Undefined()
	})
	return obj
}

func (c *child) closeWrites() { c.wmu.Do(func() { close(c.writes) }) }

func (c *child) writeLoop() {
	for w := range c.writes {
		if w.data == nil {
			_ = c.stdinW.Close()
			w.done(nil)
			continue
		}
		_, err := c.stdinW.Write(w.data)
		w.done(err)
	}
	_ = c.stdinW.Close()
}

// read pumps one stdout/stderr pipe to the loop; the open pipe keeps the loop alive, as Node's
// stdio sockets do.
func (c *child) read(fd int, f *os.File) {
	h, vm := c.h, c.h.VM
	h.Loop.Ref()
	go func() {
		buf := make([]byte, 64*1024)
		for {
			n, err := f.Read(buf)
			if n > 0 {
				chunk := append([]byte(nil), buf[:n]...)
				h.Loop.Post(func() {
					c.emit(vm.ToValue("data"), vm.ToValue(fd), vm.ToValue(vm.NewArrayBuffer(chunk)))
				})
			}
			if err != nil {
				f.Close()
				h.Loop.Post(func() {
					h.Loop.Unref()
					c.emit(vm.ToValue("eof"), vm.ToValue(fd))
				})
				return
			}
		}
	}()
}

func bytesOf(v goja.Value) []byte { return buffer.Bytes(v) }
