package fs

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"unsafe"

	"github.com/dop251/goja"
	"golang.org/x/sys/windows"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
)

// fs.watch on Windows is libuv's win/fs-event.c: ReadDirectoryChangesW on the directory (on
// the parent directory for a file, keeping the events of that name), recursive natively. Added,
// removed and renamed entries are 'rename', modifications 'change'. A goroutine per watcher
// waits for the overlapped read or the stop event and posts each batch to the loop.

type winWatcher struct {
	dir     windows.Handle
	stop    windows.Handle
	ref     bool
	closed  bool
	stopped chan struct{}
}

const watchFilter = windows.FILE_NOTIFY_CHANGE_FILE_NAME | windows.FILE_NOTIFY_CHANGE_DIR_NAME |
	windows.FILE_NOTIFY_CHANGE_ATTRIBUTES | windows.FILE_NOTIFY_CHANGE_SIZE |
	windows.FILE_NOTIFY_CHANGE_LAST_WRITE | windows.FILE_NOTIFY_CHANGE_LAST_ACCESS |
	windows.FILE_NOTIFY_CHANGE_CREATION | windows.FILE_NOTIFY_CHANGE_SECURITY

type watchEvent struct{ kind, name string }

func watchBindings(st *state, b *goja.Object) {
	vm := st.vm
	h := st.h
	watchers := map[int]*winWatcher{}
	next := 0
	// watchStart(path, callback(eventType, filename), recursive) -> id; throws Node's error
	_ = b.Set("watchStart", host.Func(func(c goja.FunctionCall) goja.Value {
		p := pathOf(c.Argument(0))
		cb := c.Argument(1)
		recursive := c.Argument(2).ToBoolean()
		frame := h.AsyncFrame
		fi, err := os.Stat(p)
		if err != nil {
			panic(nodeerr.UVException(vm, nodeerr.FromGo(unwrap(err), "watch", p)))
		}
		dir, only := p, ""
		if !fi.IsDir() {
			dir, only = filepath.Dir(p), filepath.Base(p)
			recursive = false
		}
		w, err := startWatch(dir, recursive)
		if err != nil {
			panic(nodeerr.UVException(vm, nodeerr.FromGo(err, "watch", p)))
		}
		next++
		id := next
		watchers[id] = w
		h.Loop.Ref()
		go w.run(recursive, only, func(evs []watchEvent) {
			h.Loop.Post(func() {
				for _, e := range evs {
					if w.closed {
						return
					}
					h.MakeCallbackIn(frame, cb, goja.Undefined(), vm.ToValue(e.kind), vm.ToValue(e.name))
				}
			})
		})
		return vm.ToValue(id)
	}))
	_ = b.Set("watchClose", host.Func(func(c goja.FunctionCall) goja.Value {
		id := int(c.Argument(0).ToInteger())
		if w := watchers[id]; w != nil {
			delete(watchers, id)
			w.closed = true
			_ = windows.SetEvent(w.stop)
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

func startWatch(dir string, recursive bool) (*winWatcher, error) {
	name, err := utf16(dir)
	if err != nil {
		return nil, err
	}
	hd, err := windows.CreateFile(name, windows.FILE_LIST_DIRECTORY,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE|windows.FILE_SHARE_DELETE, nil,
		windows.OPEN_EXISTING, windows.FILE_FLAG_BACKUP_SEMANTICS|windows.FILE_FLAG_OVERLAPPED, 0)
	if err != nil {
		return nil, err
	}
	stop, err := windows.CreateEvent(nil, 1, 0, nil)
	if err != nil {
		windows.CloseHandle(hd)
		return nil, err
	}
	return &winWatcher{dir: hd, stop: stop, ref: true, stopped: make(chan struct{})}, nil
}

// run reads change records until the stop event; post delivers each non-empty batch.
func (w *winWatcher) run(recursive bool, only string, post func([]watchEvent)) {
	defer close(w.stopped)
	defer windows.CloseHandle(w.stop)
	defer windows.CloseHandle(w.dir)
	ioEvent, err := windows.CreateEvent(nil, 1, 0, nil)
	if err != nil {
		return
	}
	defer windows.CloseHandle(ioEvent)
	buf := make([]byte, 64<<10)
	for {
		ov := windows.Overlapped{HEvent: ioEvent}
		_ = windows.ResetEvent(ioEvent)
		err := windows.ReadDirectoryChanges(w.dir, &buf[0], uint32(len(buf)), recursive, watchFilter, nil, &ov, 0)
		if err != nil && err != windows.ERROR_IO_PENDING {
			return
		}
		r, err := windows.WaitForMultipleObjects([]windows.Handle{ioEvent, w.stop}, false, windows.INFINITE)
		if err != nil || r != windows.WAIT_OBJECT_0 {
			_ = windows.CancelIoEx(w.dir, &ov)
			var n uint32
			_ = windows.GetOverlappedResult(w.dir, &ov, &n, true)
			return
		}
		var n uint32
		if err := windows.GetOverlappedResult(w.dir, &ov, &n, false); err != nil {
			if err == windows.ERROR_NOTIFY_ENUM_DIR {
				continue // too many changes for the buffer: libuv reports none either
			}
			return
		}
		if evs := decodeNotify(buf[:n], only); len(evs) > 0 {
			post(evs)
		}
	}
}

// decodeNotify reads FILE_NOTIFY_INFORMATION records; only, when set, keeps the events of that
// entry (a watched file), compared without case as Windows names are.
func decodeNotify(buf []byte, only string) []watchEvent {
	var evs []watchEvent
	for off := 0; off+12 <= len(buf); {
		next := *(*uint32)(unsafe.Pointer(&buf[off]))
		action := *(*uint32)(unsafe.Pointer(&buf[off+4]))
		nameLen := int(*(*uint32)(unsafe.Pointer(&buf[off+8])))
		if off+12+nameLen > len(buf) {
			break
		}
		u16 := unsafe.Slice((*uint16)(unsafe.Pointer(&buf[off+12])), nameLen/2)
		name := syscall.UTF16ToString(u16)
		kind := "rename"
		if action == windows.FILE_ACTION_MODIFIED {
			kind = "change"
		}
		if only == "" || strings.EqualFold(name, only) {
			evs = append(evs, watchEvent{kind, name})
		}
		if next == 0 {
			break
		}
		off += int(next)
	}
	return evs
}
