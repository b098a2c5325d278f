// Package sqlite is node:sqlite: DatabaseSync and StatementSync over SQLite's C API (through
// modernc.org/sqlite, a translation of SQLite to Go, so no cgo), with Node's binding rules,
// type mapping and error shapes. The classes are JS glue (js/sqlite.js); every call that
// touches the database is a Go function here.
package sqlite

import (
	_ "embed"
	"math/big"
	"strconv"
	"unsafe"

	"github.com/dop251/goja"
	"modernc.org/libc"
	"modernc.org/libc/sys/types"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/node/buffer"
)

//go:embed js/sqlite.js
var source string

// Modules returns node:sqlite (reachable only with the node: scheme, as in Node).
func Modules() []*host.Module {
	return []*host.Module{{ID: "sqlite", Source: source, Binding: newBinding, SchemeOnly: true}}
}

type database struct {
	c        *conn
	stmts    map[*statement]struct{}
	funcs    []*userFunc
	aggs     []*aggFunc
	sessions map[*session]struct{}
	auth     goja.Callable
	authB    *binding
	authID   uintptr
	pending  error // a JS exception thrown inside a user function, rethrown after the step
	throwing goja.Value
}

type statement struct {
	db                                             *database
	h                                              uintptr
	readBigInts, returnArrays, allowBare, allowUnk bool
	gen                                            int
	bare                                           map[string]string
	bareErr                                        string
}

type binding struct {
	vm   *goja.Runtime
	h    *host.Host
	u8   *goja.Object
	hook goja.Callable // marks the errors the binding makes (see asNative in the glue)
}

// uint8Array makes a Uint8Array over data (a fresh buffer: SQLite's memory is not kept).
func (b *binding) uint8Array(data []byte) goja.Value {
	if b.u8 == nil {
		b.u8 = b.vm.Get("Uint8Array").(*goja.Object)
	}
	o, err := b.vm.New(b.u8, b.vm.ToValue(b.vm.NewArrayBuffer(data)))
	if err != nil {
		host.Rethrow(err)
	}
	return o
}

const maxSafeInteger = 1<<53 - 1

func newBinding(h *host.Host) *goja.Object {
	b := &binding{vm: h.VM, h: h}
	vm := h.VM
	o := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	set("setErrorHook", func(call goja.FunctionCall) goja.Value {
		b.hook, _ = goja.AssertFunction(call.Argument(0))
		return goja.Undefined()
	})
	set("markNative", func(call goja.FunctionCall) goja.Value {
		if o, ok := call.Argument(0).(*goja.Object); ok {
			host.MarkNativeError(o)
		}
		return goja.Undefined()
	})
	set("open", b.open)
	set("close", func(call goja.FunctionCall) goja.Value {
		d := b.db(call.Argument(0))
		for st := range d.stmts {
			d.c.finalize(st.h)
			st.h = 0
		}
		d.stmts = nil
		for s := range d.sessions {
			sqlite3.Xsqlite3session_delete(d.c.tls, s.h)
			s.h = 0
		}
		d.sessions = nil
		if err := d.c.close(); err != nil {
			b.throwSQLite(err)
		}
		for _, f := range d.funcs {
			unregisterFunc(f)
		}
		for _, a := range d.aggs {
			delete(aggRegistry, a.id)
			unregisterFunc(&a.userFunc)
		}
		d.funcs, d.aggs = nil, nil
		if d.authID != 0 {
			delete(authDBs, d.authID)
			d.authID = 0
		}
		return goja.Undefined()
	})
	set("exec", func(call goja.FunctionCall) goja.Value {
		d := b.db(call.Argument(0))
		err := d.c.exec(call.Argument(1).String())
		b.check(d, err)
		return goja.Undefined()
	})
	set("prepare", func(call goja.FunctionCall) goja.Value {
		d := b.db(call.Argument(0))
		h, err := d.c.prepare(call.Argument(1).String())
		b.check(d, err)
		if h == 0 {
			panic(b.typeError("ERR_INVALID_ARG_VALUE", "The SQL query contains no statements."))
		}
		st := &statement{db: d, h: h,
			readBigInts: call.Argument(2).ToBoolean(), returnArrays: call.Argument(3).ToBoolean(),
			allowBare: call.Argument(4).ToBoolean(), allowUnk: call.Argument(5).ToBoolean()}
		if d.stmts == nil {
			d.stmts = map[*statement]struct{}{}
		}
		d.stmts[st] = struct{}{}
		return vm.ToValue(st)
	})
	set("inTransaction", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(b.db(call.Argument(0)).c.inTransaction())
	})
	set("location", func(call goja.FunctionCall) goja.Value {
		d := b.db(call.Argument(0))
		name, ok := d.c.filename(call.Argument(1).String())
		if !ok || name == "" {
			return goja.Null()
		}
		return vm.ToValue(name)
	})
	set("limit", func(call goja.FunctionCall) goja.Value {
		d := b.db(call.Argument(0))
		return vm.ToValue(d.c.limit(int32(call.Argument(1).ToInteger()), int32(call.Argument(2).ToInteger())))
	})
	set("function", b.function)
	set("aggregate", b.aggregate)
	set("backup", b.backup)
	set("createSession", b.createSession)
	set("setAuthorizer", b.setAuthorizer)
	set("sessionChanges", b.sessionChanges)
	set("sessionClose", b.sessionClose)
	set("applyChangeset", b.applyChangeset)
	set("serialize", b.serialize)
	set("deserialize", b.deserialize)
	set("enableDefensive", func(call goja.FunctionCall) goja.Value {
		d := b.db(call.Argument(0))
		if err := d.c.dbConfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, call.Argument(1).ToBoolean()); err != nil {
			b.throwSQLite(err)
		}
		return goja.Undefined()
	})
	set("run", b.run)
	set("get", b.get)
	set("all", b.all)
	set("iterStart", b.iterStart)
	set("iterNext", b.iterNext)
	set("columns", b.columns)
	set("sourceSQL", func(call goja.FunctionCall) goja.Value {
		st := b.stmt(call.Argument(0))
		return vm.ToValue(st.db.c.sql(st.h))
	})
	set("expandedSQL", func(call goja.FunctionCall) goja.Value {
		st := b.stmt(call.Argument(0))
		s, ok := st.db.c.expandedSQL(st.h)
		if !ok {
			panic(b.newError("Error", "ERR_INVALID_STATE", "Expanded SQL text would exceed configured limits"))
		}
		return vm.ToValue(s)
	})
	set("setFlag", func(call goja.FunctionCall) goja.Value {
		st := b.stmt(call.Argument(0))
		v := call.Argument(2).ToBoolean()
		switch call.Argument(1).String() {
		case "readBigInts":
			st.readBigInts = v
		case "returnArrays":
			st.returnArrays = v
		case "allowBareNamedParameters":
			st.allowBare = v
		case "allowUnknownNamedParameters":
			st.allowUnk = v
		}
		return goja.Undefined()
	})
	return o
}

func (b *binding) db(v goja.Value) *database {
	d, _ := v.Export().(*database)
	if d == nil || d.c == nil || d.c.h == 0 {
		panic(b.newError("Error", "ERR_INVALID_STATE", "database is not open"))
	}
	return d
}

func (b *binding) stmt(v goja.Value) *statement {
	st, _ := v.Export().(*statement)
	if st == nil || st.h == 0 {
		panic(b.newError("Error", "ERR_INVALID_STATE", "statement has been finalized"))
	}
	if st.db.c == nil || st.db.c.h == 0 {
		panic(b.newError("Error", "ERR_INVALID_STATE", "database is not open"))
	}
	return st
}

// newError makes an error as Node's C++ side throws them: the class, a code property and the
// text as written (no template).
func (b *binding) newError(class, code, msg string) *goja.Object {
	e, err := b.vm.New(b.vm.Get(class), b.vm.ToValue(msg))
	if err != nil {
		host.Rethrow(err)
	}
	_ = e.Set("code", code)
	if b.hook != nil {
		_, _ = b.hook(goja.Undefined(), e)
	}
	return e
}

func (b *binding) typeError(code, msg string) *goja.Object { return b.newError("TypeError", code, msg) }

func (b *binding) throwSQLite(err error) {
	se, ok := err.(*sqliteError)
	if !ok {
		panic(b.newError("Error", "ERR_SQLITE_ERROR", err.Error()))
	}
	e := b.newError("Error", "ERR_SQLITE_ERROR", se.msg)
	_ = e.Set("errcode", se.code)
	_ = e.Set("errstr", se.errstr)
	panic(e)
}

// check throws err, preferring a JS exception a user function threw during the call.
func (b *binding) check(d *database, err error) {
	if d.throwing != nil {
		ex := d.throwing
		d.throwing = nil
		panic(ex)
	}
	if err != nil {
		b.throwSQLite(err)
	}
}

func (b *binding) open(call goja.FunctionCall) goja.Value {
	path := call.Argument(0).String()
	readOnly := call.Argument(1).ToBoolean()
	flags := int32(sqlite3.SQLITE_OPEN_READWRITE | sqlite3.SQLITE_OPEN_CREATE)
	if readOnly {
		flags = sqlite3.SQLITE_OPEN_READONLY
	}
	c, err := openConn(path, flags)
	if err != nil {
		b.throwSQLite(err)
	}
	d := &database{c: c}
	if err := c.dbConfig(sqlite3.SQLITE_DBCONFIG_ENABLE_FKEY, call.Argument(2).ToBoolean()); err != nil {
		b.throwSQLite(err)
	}
	dqs := call.Argument(3).ToBoolean()
	_ = c.dbConfig(sqlite3.SQLITE_DBCONFIG_DQS_DML, dqs)
	_ = c.dbConfig(sqlite3.SQLITE_DBCONFIG_DQS_DDL, dqs)
	if t := call.Argument(4); !goja.IsUndefined(t) {
		c.busyTimeout(int32(t.ToInteger()))
	}
	if call.Argument(5).ToBoolean() {
		_ = c.dbConfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, true)
	}
	return b.vm.ToValue(d)
}

// bindParams binds the arguments of run/get/all/iterate as Node does: a first argument that is
// a plain object names parameters ($a, :a, @a, or bare a); the rest fill the anonymous ones.
func (b *binding) bindParams(st *statement, args []goja.Value) {
	c := st.db.c
	c.reset(st.h)
	c.clearBindings(st.h)
	start := 0
	if len(args) > 0 {
		if o, ok := args[0].(*goja.Object); ok && buffer.Bytes(o) == nil && !isArrayBufferView(o) {
			start = 1
			for _, key := range o.Keys() {
				idx := c.paramIndex(st.h, key)
				if idx == 0 && st.allowBare {
					b.bareNames(st)
					if full, ok := st.bare[key]; ok {
						idx = c.paramIndex(st.h, full)
					}
				}
				if idx == 0 {
					if st.allowUnk {
						continue
					}
					panic(b.newError("Error", "ERR_INVALID_STATE", "Unknown named parameter '"+key+"'"))
				}
				b.bindValue(st, idx, o.Get(key))
			}
		}
	}
	anon := int32(1)
	for i := start; i < len(args); i++ {
		for {
			name, ok := c.paramName(st.h, anon)
			if !ok || name[0] == '?' {
				break
			}
			anon++
		}
		b.bindValue(st, anon, args[i])
		anon++
	}
}

// bareNames maps a bare name to the prefixed parameter it stands for, refusing ambiguity.
func (b *binding) bareNames(st *statement) {
	if st.bare == nil {
		st.bare = map[string]string{}
		c := st.db.c
		n := c.paramCount(st.h)
		for i := int32(1); i <= n; i++ {
			name, ok := c.paramName(st.h, i)
			if !ok || name[0] == '?' {
				continue
			}
			bare := name[1:]
			if prev, dup := st.bare[bare]; dup && prev != name && st.bareErr == "" {
				st.bareErr = "Cannot create bare named parameter '" + bare + "' because of conflicting names '" + prev + "' and '" + name + "'."
			}
			if _, dup := st.bare[bare]; !dup {
				st.bare[bare] = name
			}
		}
	}
	if st.bareErr != "" {
		panic(b.newError("Error", "ERR_INVALID_STATE", st.bareErr))
	}
}

func bytesOf(v goja.Value) []byte {
	if o, ok := v.(*goja.Object); ok {
		return buffer.Bytes(o)
	}
	return nil
}

func isArrayBufferView(o *goja.Object) bool {
	switch o.Export().(type) {
	case []int8, []uint8, []int16, []uint16, []int32, []uint32, []int64, []uint64, []float32, []float64:
		return true
	}
	return false
}

func (b *binding) bindValue(st *statement, idx int32, v goja.Value) {
	c := st.db.c
	var rc int32
	switch x := v.Export().(type) {
	case nil:
		if goja.IsUndefined(v) {
			panic(b.typeError("ERR_INVALID_ARG_TYPE", "Provided value cannot be bound to SQLite parameter "+strconv.Itoa(int(idx))+"."))
		}
		rc = c.bindNull(st.h, idx)
	case int64:
		if _, isObj := v.(*goja.Object); isObj {
			goto bad
		}
		rc = c.bindDouble(st.h, idx, float64(x))
	case float64:
		if _, isObj := v.(*goja.Object); isObj {
			goto bad
		}
		rc = c.bindDouble(st.h, idx, x)
	case string:
		if _, isObj := v.(*goja.Object); isObj {
			goto bad
		}
		rc = c.bindText(st.h, idx, x)
	case bool:
		if _, isObj := v.(*goja.Object); isObj {
			goto bad
		}
		n := int64(0)
		if x {
			n = 1
		}
		rc = c.bindInt64(st.h, idx, n)
	case *big.Int:
		if _, isObj := v.(*goja.Object); isObj {
			goto bad
		}
		if !x.IsInt64() {
			panic(b.typeError("ERR_INVALID_ARG_VALUE", "BigInt value is too large to bind."))
		}
		rc = c.bindInt64(st.h, idx, x.Int64())
	default:
		o, ok := v.(*goja.Object)
		if !ok {
			goto bad
		}
		data := buffer.Bytes(o)
		if data == nil && !isArrayBufferView(o) {
			goto bad
		}
		rc = c.bindBlob(st.h, idx, data)
	}
	if rc != sqlite3.SQLITE_OK {
		b.throwSQLite(c.lastError())
	}
	return
bad:
	panic(b.typeError("ERR_INVALID_ARG_TYPE", "Provided value cannot be bound to SQLite parameter "+strconv.Itoa(int(idx))+"."))
}

func (b *binding) intValue(v int64, asBig bool) goja.Value {
	if asBig {
		return b.vm.ToValue(big.NewInt(v))
	}
	a := v
	if a < 0 {
		a = -a // -2^63 stays negative, as in Node's check
	}
	if a > maxSafeInteger {
		panic(b.newError("RangeError", "ERR_OUT_OF_RANGE", "Value is too large to be represented as a JavaScript number: "+strconv.FormatInt(v, 10)))
	}
	return b.vm.ToValue(v)
}

func (b *binding) column(st *statement, i int) goja.Value {
	c := st.db.c
	switch c.columnType(st.h, i) {
	case sqlite3.SQLITE_INTEGER:
		return b.intValue(c.columnInt64(st.h, i), st.readBigInts)
	case sqlite3.SQLITE_FLOAT:
		return b.vm.ToValue(c.columnDouble(st.h, i))
	case sqlite3.SQLITE_TEXT:
		return buffer.UTF8Value(b.vm, c.columnTextBytes(st.h, i))
	case sqlite3.SQLITE_BLOB:
		return b.uint8Array(c.columnBlob(st.h, i))
	}
	return goja.Null()
}

func (b *binding) row(st *statement) goja.Value {
	n := st.db.c.columnCount(st.h)
	if st.returnArrays {
		vals := make([]any, n)
		for i := 0; i < n; i++ {
			vals[i] = b.column(st, i)
		}
		return b.vm.NewArray(vals...)
	}
	o := b.vm.CreateObject(nil)
	for i := 0; i < n; i++ {
		_ = o.Set(st.db.c.columnName(st.h, i), b.column(st, i))
	}
	return o
}

func (b *binding) argsOf(v goja.Value) []goja.Value {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	n := int(o.Get("length").ToInteger())
	out := make([]goja.Value, n)
	for i := range out {
		out[i] = o.Get(strconv.Itoa(i))
	}
	return out
}

func (b *binding) step(st *statement) int32 {
	rc := st.db.c.step(st.h)
	if rc != sqlite3.SQLITE_ROW && rc != sqlite3.SQLITE_DONE {
		err := st.db.c.lastError()
		st.db.c.reset(st.h)
		b.check(st.db, err)
	}
	if st.db.throwing != nil {
		st.db.c.reset(st.h)
		b.check(st.db, nil)
	}
	return rc
}

func (b *binding) run(call goja.FunctionCall) goja.Value {
	st := b.stmt(call.Argument(0))
	st.gen++
	b.bindParams(st, b.argsOf(call.Argument(1)))
	for b.step(st) == sqlite3.SQLITE_ROW {
	}
	st.db.c.reset(st.h)
	res := b.vm.NewObject()
	if st.readBigInts {
		_ = res.Set("changes", big.NewInt(st.db.c.changes()))
		_ = res.Set("lastInsertRowid", big.NewInt(st.db.c.lastRowID()))
	} else {
		_ = res.Set("changes", st.db.c.changes())
		_ = res.Set("lastInsertRowid", st.db.c.lastRowID())
	}
	return res
}

func (b *binding) get(call goja.FunctionCall) goja.Value {
	st := b.stmt(call.Argument(0))
	st.gen++
	b.bindParams(st, b.argsOf(call.Argument(1)))
	defer st.db.c.reset(st.h)
	if b.step(st) == sqlite3.SQLITE_ROW {
		return b.row(st)
	}
	return goja.Undefined()
}

func (b *binding) all(call goja.FunctionCall) goja.Value {
	st := b.stmt(call.Argument(0))
	st.gen++
	b.bindParams(st, b.argsOf(call.Argument(1)))
	defer st.db.c.reset(st.h)
	var rows []any
	for b.step(st) == sqlite3.SQLITE_ROW {
		rows = append(rows, b.row(st))
	}
	return b.vm.NewArray(rows...)
}

func (b *binding) iterStart(call goja.FunctionCall) goja.Value {
	st := b.stmt(call.Argument(0))
	st.gen++
	b.bindParams(st, b.argsOf(call.Argument(1)))
	return b.vm.ToValue(st.gen)
}

// iterNext returns the next row, null when done; a newer run of the statement invalidates
// older iterators.
func (b *binding) iterNext(call goja.FunctionCall) goja.Value {
	st := b.stmt(call.Argument(0))
	if int(call.Argument(1).ToInteger()) != st.gen {
		panic(b.newError("Error", "ERR_INVALID_STATE", "iterator was invalidated"))
	}
	if call.Argument(2).ToBoolean() { // return()
		st.db.c.reset(st.h)
		st.gen++
		return goja.Null()
	}
	if b.step(st) == sqlite3.SQLITE_ROW {
		return b.row(st)
	}
	st.db.c.reset(st.h)
	st.gen++
	return goja.Null()
}

func (b *binding) columns(call goja.FunctionCall) goja.Value {
	st := b.stmt(call.Argument(0))
	c := st.db.c
	n := c.columnCount(st.h)
	cols := make([]any, n)
	str := func(p uintptr) goja.Value {
		if p == 0 {
			return goja.Null()
		}
		return b.vm.ToValue(cstring(p))
	}
	for i := 0; i < n; i++ {
		decl, table, origin, dbName := c.columnMeta(st.h, i)
		o := b.vm.CreateObject(nil)
		_ = o.Set("column", str(origin))
		_ = o.Set("database", str(dbName))
		_ = o.Set("name", c.columnName(st.h, i))
		_ = o.Set("table", str(table))
		_ = o.Set("type", str(decl))
		cols[i] = o
	}
	return b.vm.NewArray(cols...)
}

// user-defined functions

type userFunc struct {
	b       *binding
	d       *database
	fn      goja.Callable
	bigArgs bool
	id      uintptr
	nameC   uintptr
}

var funcRegistry = map[uintptr]*userFunc{}
var nextFuncID uintptr = 1

func unregisterFunc(f *userFunc) {
	delete(funcRegistry, f.id)
	if f.nameC != 0 {
		libc.Xfree(nil, f.nameC)
		f.nameC = 0
	}
}

func (b *binding) function(call goja.FunctionCall) goja.Value {
	d := b.db(call.Argument(0))
	name := call.Argument(1).String()
	fn, _ := goja.AssertFunction(call.Argument(2))
	nArg := int32(call.Argument(3).ToInteger())
	flags := int32(sqlite3.SQLITE_UTF8)
	if call.Argument(4).ToBoolean() {
		flags |= sqlite3.SQLITE_DETERMINISTIC
	}
	if call.Argument(5).ToBoolean() {
		flags |= sqlite3.SQLITE_DIRECTONLY
	}
	f := &userFunc{b: b, d: d, fn: fn, bigArgs: call.Argument(6).ToBoolean(), id: nextFuncID}
	nextFuncID++
	funcRegistry[f.id] = f
	d.funcs = append(d.funcs, f)
	nameC, err := libc.CString(name)
	if err != nil {
		panic(err)
	}
	f.nameC = nameC
	rc := sqlite3.Xsqlite3_create_function_v2(d.c.tls, d.c.h, nameC, nArg, flags, f.id, cFuncPointer(userFuncTrampoline), 0, 0, 0)
	if rc != sqlite3.SQLITE_OK {
		b.throwSQLite(d.c.lastError())
	}
	return goja.Undefined()
}

// cFuncPointer turns a Go function into the function pointer the translated C code calls.
func cFuncPointer[T any](f T) uintptr {
	// a Go func value is a pointer to its closure, which the translated C calls through; f is
	// a top-level function, so that closure is static data and never moves
	return *(*uintptr)(unsafe.Pointer(&f))
}

func userFuncTrampoline(tls *libc.TLS, ctx uintptr, argc int32, argv uintptr) {
	f := funcRegistry[sqlite3.Xsqlite3_user_data(tls, ctx)]
	if f == nil {
		return
	}
	args := f.b.sqlArgs(tls, argc, argv, f.bigArgs)
	res, ok := f.call(tls, ctx, f.fn, args)
	if ok {
		f.setResult(tls, ctx, res)
	}
}

// sqlArgs converts the SQL values a function receives into JS values.
func (b *binding) sqlArgs(tls *libc.TLS, argc int32, argv uintptr, bigArgs bool) []goja.Value {
	args := make([]goja.Value, argc)
	for i := range args {
		val := *(*uintptr)(cptr(argv + uintptr(i)*unsafe.Sizeof(uintptr(0))))
		switch sqlite3.Xsqlite3_value_type(tls, val) {
		case sqlite3.SQLITE_INTEGER:
			v := sqlite3.Xsqlite3_value_int64(tls, val)
			if bigArgs {
				args[i] = b.vm.ToValue(big.NewInt(v))
			} else {
				args[i] = b.vm.ToValue(v)
			}
		case sqlite3.SQLITE_FLOAT:
			args[i] = b.vm.ToValue(sqlite3.Xsqlite3_value_double(tls, val))
		case sqlite3.SQLITE_TEXT:
			p := sqlite3.Xsqlite3_value_text(tls, val)
			n := sqlite3.Xsqlite3_value_bytes(tls, val)
			var text []byte
			if p != 0 && n > 0 {
				text = unsafe.Slice((*byte)(cptr(p)), n)
			}
			args[i] = buffer.UTF8Value(b.vm, text)
		case sqlite3.SQLITE_BLOB:
			p := sqlite3.Xsqlite3_value_blob(tls, val)
			n := sqlite3.Xsqlite3_value_bytes(tls, val)
			out := make([]byte, n)
			if p != 0 && n > 0 {
				copy(out, unsafe.Slice((*byte)(cptr(p)), n))
			}
			args[i] = b.uint8Array(out)
		default:
			args[i] = goja.Null()
		}
	}
	return args
}

func resultError(tls *libc.TLS, ctx uintptr, msg string) {
	withCString(msg, func(p uintptr) { sqlite3.Xsqlite3_result_error(tls, ctx, p, -1) })
}

// callJS runs a user callback, keeping a JS exception for the statement call to rethrow.
func (f *userFunc) callJS(fn goja.Callable, args ...goja.Value) (res goja.Value, ok bool) {
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				if v, isVal := r.(goja.Value); isVal {
					f.d.throwing = v
				} else if ex, isEx := r.(*goja.Exception); isEx {
					f.d.throwing = ex.Value()
				} else {
					panic(r)
				}
				err = errThrown
			}
		}()
		res, err = fn(goja.Undefined(), args...)
		return err
	}()
	if err != nil {
		if ex, isEx := err.(*goja.Exception); isEx {
			f.d.throwing = ex.Value()
		}
		return nil, false
	}
	return res, true
}

// call runs a user callback; a JS exception is kept for the statement to rethrow and the SQL
// function fails.
func (f *userFunc) call(tls *libc.TLS, ctx uintptr, fn goja.Callable, args []goja.Value) (goja.Value, bool) {
	res, ok := f.callJS(fn, args...)
	if !ok {
		resultError(tls, ctx, "")
	}
	return res, ok
}

// setResult hands a JS value back to SQLite as Node converts it.
func (f *userFunc) setResult(tls *libc.TLS, ctx uintptr, res goja.Value) {
	switch x := res.Export().(type) {
	case nil:
		sqlite3.Xsqlite3_result_null(tls, ctx)
		return
	case int64:
		sqlite3.Xsqlite3_result_double(tls, ctx, float64(x))
		return
	case float64:
		sqlite3.Xsqlite3_result_double(tls, ctx, x)
		return
	case string:
		p, _ := libc.CString(x)
		sqlite3.Xsqlite3_result_text(tls, ctx, p, int32(len(x)), sqliteTransient)
		libc.Xfree(tls, p)
		return
	case *big.Int:
		if !x.IsInt64() {
			f.d.throwing = f.b.newError("RangeError", "ERR_OUT_OF_RANGE", "BigInt value is too large for SQLite")
			resultError(tls, ctx, "")
			return
		}
		sqlite3.Xsqlite3_result_int64(tls, ctx, x.Int64())
		return
	}
	if o, ok := res.(*goja.Object); ok {
		if data := buffer.Bytes(o); data != nil || isArrayBufferView(o) {
			p := libc.Xmalloc(tls, types.Size_t(len(data)+1))
			copy(unsafe.Slice((*byte)(cptr(p)), len(data)), data)
			sqlite3.Xsqlite3_result_blob(tls, ctx, p, int32(len(data)), sqliteTransient)
			libc.Xfree(tls, p)
			return
		}
	}
	// Node reports this through SQLite: the statement fails with this text
	resultError(tls, ctx, "Returned JavaScript value cannot be converted to a SQLite value")
}

// aggregates

type aggState struct {
	acc goja.Value
}

type aggFunc struct {
	userFunc
	start                 goja.Value
	step, result, inverse goja.Callable
	groups                map[int64]*aggState
	nextGroup             int64
}

var aggRegistry = map[uintptr]*aggFunc{}

func (b *binding) aggregate(call goja.FunctionCall) goja.Value {
	d := b.db(call.Argument(0))
	name := call.Argument(1).String()
	nArg := int32(call.Argument(2).ToInteger())
	a := &aggFunc{userFunc: userFunc{b: b, d: d, bigArgs: call.Argument(8).ToBoolean(), id: nextFuncID}, start: call.Argument(3), groups: map[int64]*aggState{}}
	nextFuncID++
	a.step, _ = goja.AssertFunction(call.Argument(4))
	a.result, _ = goja.AssertFunction(call.Argument(5))
	a.inverse, _ = goja.AssertFunction(call.Argument(6))
	flags := int32(sqlite3.SQLITE_UTF8)
	if call.Argument(7).ToBoolean() {
		flags |= sqlite3.SQLITE_DETERMINISTIC
	}
	if call.Argument(9).ToBoolean() {
		flags |= sqlite3.SQLITE_DIRECTONLY
	}
	aggRegistry[a.id] = a
	d.aggs = append(d.aggs, a)
	nameC, err := libc.CString(name)
	if err != nil {
		panic(err)
	}
	a.nameC = nameC
	var rc int32
	if a.inverse != nil {
		rc = sqlite3.Xsqlite3_create_window_function(d.c.tls, d.c.h, nameC, nArg, flags, a.id,
			cFuncPointer(aggStepTrampoline), cFuncPointer(aggFinalTrampoline),
			cFuncPointer(aggValueTrampoline), cFuncPointer(aggInverseTrampoline), 0)
	} else {
		rc = sqlite3.Xsqlite3_create_function_v2(d.c.tls, d.c.h, nameC, nArg, flags, a.id, 0,
			cFuncPointer(aggStepTrampoline), cFuncPointer(aggFinalTrampoline), 0)
	}
	if rc != sqlite3.SQLITE_OK {
		b.throwSQLite(d.c.lastError())
	}
	return goja.Undefined()
}

// group finds the accumulator of the row group ctx aggregates; SQLite keeps 8 zeroed bytes per
// group for us, which hold the group's number. create is false in xFinal/xValue: a group that
// saw no rows gets a fresh start value.
func (a *aggFunc) group(tls *libc.TLS, ctx uintptr, create bool) (*aggState, bool) {
	n := int32(0)
	if create {
		n = 8
	}
	p := sqlite3.Xsqlite3_aggregate_context(tls, ctx, n)
	var id int64
	if p != 0 {
		id = *(*int64)(cptr(p))
	}
	if st := a.groups[id]; id != 0 && st != nil {
		return st, true
	}
	start := a.start
	if fn, ok := goja.AssertFunction(a.start); ok {
		v, ok := a.call(tls, ctx, fn, nil)
		if !ok {
			return nil, false
		}
		start = v
	}
	st := &aggState{acc: start}
	if p != 0 {
		a.nextGroup++
		*(*int64)(cptr(p)) = a.nextGroup
		a.groups[a.nextGroup] = st
	}
	return st, true
}

func aggStep(tls *libc.TLS, ctx uintptr, argc int32, argv uintptr, inverse bool) {
	a := aggRegistry[sqlite3.Xsqlite3_user_data(tls, ctx)]
	if a == nil {
		return
	}
	st, ok := a.group(tls, ctx, true)
	if !ok {
		return
	}
	fn := a.step
	if inverse {
		fn = a.inverse
	}
	args := append([]goja.Value{st.acc}, a.b.sqlArgs(tls, argc, argv, a.bigArgs)...)
	if v, ok := a.call(tls, ctx, fn, args); ok {
		st.acc = v
	}
}

func aggStepTrampoline(tls *libc.TLS, ctx uintptr, argc int32, argv uintptr) {
	aggStep(tls, ctx, argc, argv, false)
}

func aggInverseTrampoline(tls *libc.TLS, ctx uintptr, argc int32, argv uintptr) {
	aggStep(tls, ctx, argc, argv, true)
}

func aggFinish(tls *libc.TLS, ctx uintptr, final bool) {
	a := aggRegistry[sqlite3.Xsqlite3_user_data(tls, ctx)]
	if a == nil {
		return
	}
	st, ok := a.group(tls, ctx, false)
	if !ok {
		return
	}
	if final {
		if p := sqlite3.Xsqlite3_aggregate_context(tls, ctx, 0); p != 0 {
			delete(a.groups, *(*int64)(cptr(p)))
		}
	}
	res := st.acc
	if a.result != nil {
		v, ok := a.call(tls, ctx, a.result, []goja.Value{st.acc})
		if !ok {
			return
		}
		res = v
	}
	a.setResult(tls, ctx, res)
}

func aggFinalTrampoline(tls *libc.TLS, ctx uintptr) { aggFinish(tls, ctx, true) }

func aggValueTrampoline(tls *libc.TLS, ctx uintptr) { aggFinish(tls, ctx, false) }

type thrown struct{}

func (thrown) Error() string { return "thrown" }

var errThrown error = thrown{}
