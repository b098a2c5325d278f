package sqlite

import (
	"github.com/dop251/goja"
	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// setAuthorizer installs (or, with undefined, removes) the callback SQLite asks while it
// compiles each statement. pArg carries the database's number in authDBs.

var authDBs = map[uintptr]*database{}
var nextAuthID uintptr = 1

func (b *binding) setAuthorizer(call goja.FunctionCall) goja.Value {
	d := b.db(call.Argument(0))
	fn, ok := goja.AssertFunction(call.Argument(1))
	if d.authID != 0 {
		delete(authDBs, d.authID)
		d.authID = 0
	}
	if !ok {
		d.auth = nil
		sqlite3.Xsqlite3_set_authorizer(d.c.tls, d.c.h, 0, 0)
		return goja.Undefined()
	}
	d.auth = fn
	d.authB = b
	d.authID = nextAuthID
	nextAuthID++
	authDBs[d.authID] = d
	if rc := sqlite3.Xsqlite3_set_authorizer(d.c.tls, d.c.h, cFuncPointer(authorizerTrampoline), d.authID); rc != sqlite3.SQLITE_OK {
		b.throwSQLite(d.c.lastError())
	}
	return goja.Undefined()
}

func authorizerTrampoline(tls *libc.TLS, pArg uintptr, action int32, z1, z2, z3, z4 uintptr) int32 {
	d := authDBs[pArg]
	if d == nil || d.auth == nil || d.throwing != nil {
		return sqlite3.SQLITE_DENY
	}
	b := d.authB
	str := func(p uintptr) goja.Value {
		if p == 0 {
			return goja.Null()
		}
		return b.vm.ToValue(cstring(p))
	}
	f := &userFunc{b: b, d: d}
	res, ok := f.callJS(d.auth, b.vm.ToValue(action), str(z1), str(z2), str(z3), str(z4))
	if !ok {
		return sqlite3.SQLITE_DENY
	}
	n, isInt := res.Export().(int64)
	if _, isObj := res.(*goja.Object); isObj || !isInt {
		if fl, isFloat := res.Export().(float64); isFloat && fl == float64(int64(fl)) && !isObj {
			n, isInt = int64(fl), true
		}
	}
	if !isInt {
		d.throwing = b.vm.NewTypeError("Authorizer callback must return an integer authorization code")
		return sqlite3.SQLITE_DENY
	}
	switch n {
	case sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY, sqlite3.SQLITE_IGNORE:
		return int32(n)
	}
	re, err := b.vm.New(b.vm.Get("RangeError"), b.vm.ToValue("Authorizer callback returned a invalid authorization code"))
	if err == nil {
		d.throwing = re
	}
	return sqlite3.SQLITE_DENY
}
