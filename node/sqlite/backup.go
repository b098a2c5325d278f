package sqlite

import (
	"unsafe"

	"github.com/dop251/goja"
	"modernc.org/libc"
	"modernc.org/libc/sys/types"
	sqlite3 "modernc.org/sqlite/lib"
)

// backup copies a database into the file at path, rate pages per step, one step per loop
// turn (Node runs the steps on its threadpool; here they are short and keep the loop
// responsive). It returns a promise of the page count; progress hears each unfinished step.
func (b *binding) backup(call goja.FunctionCall) goja.Value {
	src := b.db(call.Argument(0))
	path := call.Argument(1).String()
	source, target := call.Argument(2).String(), call.Argument(3).String()
	rate := int32(call.Argument(4).ToInteger())
	progress := call.Argument(5)
	hasProgress := !goja.IsUndefined(progress)
	frame := b.h.AsyncFrame
	p, resolve, reject := b.vm.NewPromise()
	fail := func(err error) {
		if se, ok := err.(*sqliteError); ok {
			e := b.newError("Error", "ERR_SQLITE_ERROR", se.msg)
			_ = e.Set("errcode", se.code)
			_ = e.Set("errstr", se.errstr)
			_ = reject(e)
			return
		}
		_ = reject(b.newError("Error", "ERR_SQLITE_ERROR", err.Error()))
	}
	dest, err := openConn(path, sqlite3.SQLITE_OPEN_READWRITE|sqlite3.SQLITE_OPEN_CREATE)
	if err != nil {
		fail(err)
		return b.vm.ToValue(p)
	}
	var bk uintptr
	withCString(target, func(t uintptr) {
		withCString(source, func(s uintptr) {
			bk = sqlite3.Xsqlite3_backup_init(dest.tls, dest.h, t, src.c.h, s)
		})
	})
	if bk == 0 {
		fail(dest.lastError())
		_ = dest.close()
		return b.vm.ToValue(p)
	}
	loop := b.h.Loop
	loop.Ref()
	var step func()
	step = func() {
		rc := sqlite3.Xsqlite3_backup_step(dest.tls, bk, rate)
		switch rc {
		case sqlite3.SQLITE_OK, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			if hasProgress {
				info := b.vm.NewObject()
				_ = info.Set("totalPages", sqlite3.Xsqlite3_backup_pagecount(dest.tls, bk))
				_ = info.Set("remainingPages", sqlite3.Xsqlite3_backup_remaining(dest.tls, bk))
				b.h.MakeCallbackIn(frame, progress, goja.Undefined(), info)
			}
			loop.Post(step)
			return
		}
		total := sqlite3.Xsqlite3_backup_pagecount(dest.tls, bk)
		sqlite3.Xsqlite3_backup_finish(dest.tls, bk)
		loop.Unref()
		if rc == sqlite3.SQLITE_DONE {
			_ = dest.close()
			_ = resolve(total)
			return
		}
		err := dest.lastError()
		_ = dest.close()
		fail(err)
	}
	loop.Post(step)
	return b.vm.ToValue(p)
}

func (b *binding) serialize(call goja.FunctionCall) goja.Value {
	d := b.db(call.Argument(0))
	size := libc.Xmalloc(d.c.tls, types.Size_t(8))
	defer libc.Xfree(d.c.tls, size)
	var data uintptr
	withCString(call.Argument(1).String(), func(z uintptr) {
		data = sqlite3.Xsqlite3_serialize(d.c.tls, d.c.h, z, size, 0)
	})
	if data == 0 {
		b.throwSQLite(d.c.lastError())
	}
	defer sqlite3.Xsqlite3_free(d.c.tls, data)
	n := *(*int64)(cptr(size))
	out := make([]byte, n)
	copy(out, unsafe.Slice((*byte)(cptr(data)), n))
	return b.uint8Array(out)
}

// deserialize replaces a schema with the image in the buffer; SQLite owns (and frees) its copy.
func (b *binding) deserialize(call goja.FunctionCall) goja.Value {
	d := b.db(call.Argument(0))
	data := bytesOf(call.Argument(1))
	p := sqlite3.Xsqlite3_malloc64(d.c.tls, uint64(len(data)))
	if p == 0 {
		panic(b.newError("Error", "ERR_SQLITE_ERROR", "out of memory"))
	}
	copy(unsafe.Slice((*byte)(cptr(p)), len(data)), data)
	var rc int32
	withCString(call.Argument(2).String(), func(z uintptr) {
		rc = sqlite3.Xsqlite3_deserialize(d.c.tls, d.c.h, z, p, int64(len(data)), int64(len(data)),
			sqlite3.SQLITE_DESERIALIZE_FREEONCLOSE|sqlite3.SQLITE_DESERIALIZE_RESIZEABLE)
	})
	if rc != sqlite3.SQLITE_OK {
		b.throwSQLite(d.c.lastError())
	}
	return goja.Undefined()
}
