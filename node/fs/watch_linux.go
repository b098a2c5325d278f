package fs

import (
	"bytes"
	"os"
	"path/filepath"
	"unsafe"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
)

// watcher is one fs.watch handle: an inotify descriptor read by a goroutine that posts each
// event to the loop. While it is ref'd it holds a loop Ref, as libuv's fs_event handle does.
type watcher struct {
	f      *os.File
	ref    bool
	closed bool
}

const watchMask = unix.IN_ATTRIB | unix.IN_CREATE | unix.IN_MODIFY | unix.IN_DELETE | unix.IN_DELETE_SELF |
	unix.IN_MOVE_SELF | unix.IN_MOVED_FROM | unix.IN_MOVED_TO

func watchBindings(st *state, b *goja.Object) {
	vm := st.vm
	h := st.h
	watchers := map[int]*watcher{}
	next := 0
	// watchStart(path, callback(eventType, filename)) -> id; throws Node's error on failure
	_ = b.Set("watchStart", host.Func(func(c goja.FunctionCall) goja.Value {
		p := pathOf(c.Argument(0))
		cb := c.Argument(1)
		frame := h.AsyncFrame // the watcher's events run in the context it was made in
		fd, err := unix.InotifyInit1(unix.IN_CLOEXEC | unix.IN_NONBLOCK)
		if err != nil {
			panic(nodeerr.UVException(vm, nodeerr.FromGo(err, "watch", p)))
		}
		if _, err := unix.InotifyAddWatch(fd, p, watchMask); err != nil {
			unix.Close(fd)
			panic(nodeerr.UVException(vm, nodeerr.FromGo(err, "watch", p)))
		}
		base := filepath.Base(p)
		w := &watcher{f: os.NewFile(uintptr(fd), "inotify"), ref: true}
		var rw *recursiveWatch
		if fi, err := os.Stat(p); err == nil && fi.IsDir() && c.Argument(2).ToBoolean() {
			abs, _ := filepath.Abs(p)
			rw, err = newRecursiveWatch(fd, abs, func(kind, name string) {
				if !w.closed {
					h.MakeCallbackIn(frame, cb, goja.Undefined(), vm.ToValue(kind), vm.ToValue(name))
				}
			})
			if err != nil {
				_ = w.f.Close()
				panic(nodeerr.UVException(vm, nodeerr.FromGo(err, "watch", p)))
			}
		}
		next++
		id := next
		watchers[id] = w
		h.Loop.Ref()
		if rw != nil {
			go runRecursive(w, rw, h.Loop.Post, func() {})
			return vm.ToValue(id)
		}
		go func() {
			buf := make([]byte, 64<<10)
			for {
				n, err := w.f.Read(buf)
				if err != nil || n <= 0 {
					return
				}
				type ev struct{ kind, name string }
				var evs []ev
				for _, e := range inotifyEvents(buf[:n]) {
					name := e.name
					if name == "" {
						name = base
					}
					kind := "change"
					if e.mask&^uint32(unix.IN_ATTRIB|unix.IN_MODIFY) != 0 {
						kind = "rename"
					}
					if e.mask&unix.IN_IGNORED == 0 {
						evs = append(evs, ev{kind, name})
					}
				}
				if len(evs) == 0 {
					continue
				}
				h.Loop.Post(func() {
					for _, e := range evs {
						if w.closed {
							return
						}
						h.MakeCallbackIn(frame, cb, goja.Undefined(), vm.ToValue(e.kind), vm.ToValue(e.name))
					}
				})
			}
		}()
		return vm.ToValue(id)
	}))
	_ = b.Set("watchClose", host.Func(func(c goja.FunctionCall) goja.Value {
		id := int(c.Argument(0).ToInteger())
		if w := watchers[id]; w != nil {
			delete(watchers, id)
			w.closed = true
			_ = w.f.Close()
			if w.ref {
				h.Loop.Unref()
			}
		}
		return goja.Undefined()
	}))
	_ = b.Set("watchRef", host.Func(func(c goja.FunctionCall) goja.Value {
		id := int(c.Argument(0).ToInteger())
		ref := c.Argument(1).ToBoolean()
		if w := watchers[id]; w != nil && w.ref != ref {
			w.ref = ref
			if ref {
				h.Loop.Ref()
			} else {
				h.Loop.Unref()
			}
		}
		return goja.Undefined()
	}))
}

// inotifyEvent is one record of an inotify read: the watch descriptor, the mask and the name
// ("" for the watched path itself).
type inotifyEvent struct {
	wd   int32
	mask uint32
	name string
}

// inotifyEvents decodes the records of one read from an inotify descriptor.
func inotifyEvents(buf []byte) []inotifyEvent {
	var evs []inotifyEvent
	for off := 0; off+unix.SizeofInotifyEvent <= len(buf); {
		e := (*unix.InotifyEvent)(unsafe.Pointer(&buf[off]))
		name := ""
		if e.Len > 0 {
			raw := buf[off+unix.SizeofInotifyEvent : off+unix.SizeofInotifyEvent+int(e.Len)]
			if i := bytes.IndexByte(raw, 0); i >= 0 {
				raw = raw[:i]
			}
			name = string(raw)
		}
		off += unix.SizeofInotifyEvent + int(e.Len)
		evs = append(evs, inotifyEvent{e.Wd, e.Mask, name})
	}
	return evs
}
