package sqlite

import (
	"unsafe"

	"github.com/dop251/goja"
	"modernc.org/libc"
	"modernc.org/libc/sys/types"
	sqlite3 "modernc.org/sqlite/lib"
)

// Sessions record changes to a database as changesets (SQLite's session extension), which
// applyChangeset replays elsewhere.

type session struct {
	d *database
	h uintptr
}

func (b *binding) sessionOf(v goja.Value) *session {
	s, _ := v.Export().(*session)
	if s == nil || s.d.c == nil || s.d.c.h == 0 {
		panic(b.newError("Error", "ERR_INVALID_STATE", "database is not open"))
	}
	if s.h == 0 {
		panic(b.newError("Error", "ERR_INVALID_STATE", "session is not open"))
	}
	return s
}

func (b *binding) createSession(call goja.FunctionCall) goja.Value {
	d := b.db(call.Argument(0))
	pp := libc.Xmalloc(d.c.tls, types.Size_t(8))
	defer libc.Xfree(d.c.tls, pp)
	*(*uintptr)(cptr(pp)) = 0
	var rc int32
	withCString(call.Argument(2).String(), func(z uintptr) {
		rc = sqlite3.Xsqlite3session_create(d.c.tls, d.c.h, z, pp)
	})
	if rc != sqlite3.SQLITE_OK {
		b.throwSQLite(d.c.lastError())
	}
	s := &session{d: d, h: *(*uintptr)(cptr(pp))}
	if table := call.Argument(1); goja.IsUndefined(table) {
		rc = sqlite3.Xsqlite3session_attach(d.c.tls, s.h, 0)
	} else {
		withCString(table.String(), func(z uintptr) { rc = sqlite3.Xsqlite3session_attach(d.c.tls, s.h, z) })
	}
	if rc != sqlite3.SQLITE_OK {
		sqlite3.Xsqlite3session_delete(d.c.tls, s.h)
		b.throwSQLite(d.c.lastError())
	}
	if d.sessions == nil {
		d.sessions = map[*session]struct{}{}
	}
	d.sessions[s] = struct{}{}
	return b.vm.ToValue(s)
}

func (b *binding) sessionChanges(call goja.FunctionCall) goja.Value {
	s := b.sessionOf(call.Argument(0))
	tls := s.d.c.tls
	pn := libc.Xmalloc(tls, types.Size_t(16))
	defer libc.Xfree(tls, pn)
	*(*int32)(cptr(pn)) = 0
	*(*uintptr)(cptr(pn + 8)) = 0
	var rc int32
	if call.Argument(1).ToBoolean() {
		rc = sqlite3.Xsqlite3session_patchset(tls, s.h, pn, pn+8)
	} else {
		rc = sqlite3.Xsqlite3session_changeset(tls, s.h, pn, pn+8)
	}
	if rc != sqlite3.SQLITE_OK {
		b.throwSQLite(s.d.c.lastError())
	}
	n := *(*int32)(cptr(pn))
	p := *(*uintptr)(cptr(pn + 8))
	out := make([]byte, n)
	if p != 0 {
		copy(out, unsafe.Slice((*byte)(cptr(p)), n))
		sqlite3.Xsqlite3_free(tls, p)
	}
	return b.uint8Array(out)
}

func (b *binding) sessionClose(call goja.FunctionCall) goja.Value {
	s := b.sessionOf(call.Argument(0))
	sqlite3.Xsqlite3session_delete(s.d.c.tls, s.h)
	delete(s.d.sessions, s)
	s.h = 0
	return goja.Undefined()
}

// applying is the applyChangeset call in progress: SQLite calls back into it synchronously.
var applying *applyState

type applyState struct {
	b                  *binding
	d                  *database
	filter, onConflict goja.Callable
	failed             bool
}

func (b *binding) applyChangeset(call goja.FunctionCall) goja.Value {
	d := b.db(call.Argument(0))
	data := bytesOf(call.Argument(1))
	st := &applyState{b: b, d: d}
	st.filter, _ = goja.AssertFunction(call.Argument(2))
	st.onConflict, _ = goja.AssertFunction(call.Argument(3))
	p := libc.Xmalloc(d.c.tls, types.Size_t(len(data)+1))
	defer libc.Xfree(d.c.tls, p)
	copy(unsafe.Slice((*byte)(cptr(p)), len(data)), data)
	prev := applying
	applying = st
	defer func() { applying = prev }()
	var xFilter uintptr
	if st.filter != nil {
		xFilter = cFuncPointer(changesetFilterTrampoline)
	}
	rc := sqlite3.Xsqlite3changeset_apply(d.c.tls, d.c.h, int32(len(data)), p, xFilter, cFuncPointer(changesetConflictTrampoline), 0)
	b.check(d, nil)
	switch rc {
	case sqlite3.SQLITE_OK:
		return b.vm.ToValue(true)
	case sqlite3.SQLITE_ABORT:
		return b.vm.ToValue(false)
	}
	b.throwSQLite(d.c.lastError())
	return nil
}

func (st *applyState) callback(fn goja.Callable, args ...goja.Value) (goja.Value, bool) {
	if st.d.throwing != nil {
		return nil, false
	}
	return (&userFunc{b: st.b, d: st.d}).callJS(fn, args...)
}

func changesetFilterTrampoline(tls *libc.TLS, pCtx uintptr, zTab uintptr) int32 {
	st := applying
	if st == nil {
		return 0
	}
	res, ok := st.callback(st.filter, st.b.vm.ToValue(cstring(zTab)))
	if !ok || !res.ToBoolean() {
		return 0
	}
	return 1
}

func changesetConflictTrampoline(tls *libc.TLS, pCtx uintptr, eConflict int32, pIter uintptr) int32 {
	st := applying
	if st == nil || st.onConflict == nil {
		return sqlite3.SQLITE_CHANGESET_ABORT
	}
	res, ok := st.callback(st.onConflict, st.b.vm.ToValue(eConflict))
	if !ok {
		return sqlite3.SQLITE_CHANGESET_ABORT
	}
	return int32(res.ToInteger())
}
