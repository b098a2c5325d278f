//go:build unix

package childprocess

import (
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/loop"
)

func testHost() *host.Host {
	vm := goja.New()
	h := &host.Host{VM: vm, Loop: loop.New()}
	h.MakeCallback = func(fn, this goja.Value, args ...goja.Value) {
		f, _ := goja.AssertFunction(fn)
		if _, err := f(this, args...); err != nil {
			panic(err)
		}
	}
	return h
}

// TestSpawnAsyncEvents checks that output, EOF of both pipes and the exit status reach the loop
// and that every loop reference is released, so the loop ends on its own.
func TestSpawnAsyncEvents(t *testing.T) {
	h := testHost()
	vm := h.VM
	var out strings.Builder
	var events []string
	onEvent := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		kind := call.Argument(0).String()
		switch kind {
		case "data":
			ab := call.Argument(2).Export().(goja.ArrayBuffer)
			out.WriteString(call.Argument(1).String() + ":" + string(ab.Bytes()))
		case "eof":
			events = append(events, "eof"+call.Argument(1).String())
		case "exit":
			events = append(events, "exit "+call.Argument(1).String()+" "+call.Argument(2).String())
		}
		return goja.Undefined()
	})
	opts := vm.NewObject()
	args := vm.ToValue([]any{"sh", "-c", "read x; echo $x; echo e >&2; exit 3"})
	r := spawnAsync(h, "sh", strings1(args), opts, onEvent)
	obj, ok := r.(*goja.Object)
	if !ok {
		t.Fatalf("spawn failed: %v", r)
	}
	write, _ := goja.AssertFunction(obj.Get("write"))
	end, _ := goja.AssertFunction(obj.Get("end"))
	_, _ = write(obj, vm.ToValue(vm.NewArrayBuffer([]byte("hello\n"))))
	_, _ = end(obj)
	_, _ = end(obj) // a second end is a no-op, not a panic
	h.Loop.Run()
	if h.Loop.Refs() != 0 {
		t.Errorf("refs left: %d", h.Loop.Refs())
	}
	if got := out.String(); !strings.Contains(got, "1:hello\n") || !strings.Contains(got, "2:e\n") {
		t.Errorf("output %q", got)
	}
	joined := strings.Join(events, ",")
	for _, want := range []string{"eof1", "eof2", "exit 3 null"} {
		if !strings.Contains(joined, want) {
			t.Errorf("events %q lack %q", joined, want)
		}
	}
}

func TestSpawnAsyncENOENT(t *testing.T) {
	h := testHost()
	r := spawnAsync(h, "gnode-no-such-command", nil, h.VM.NewObject(), goja.Undefined())
	if r.ToInteger() != int64(uvErrno("ENOENT")) {
		t.Fatalf("got %v", r)
	}
	if h.Loop.Refs() != 0 {
		t.Errorf("refs left: %d", h.Loop.Refs())
	}
}
