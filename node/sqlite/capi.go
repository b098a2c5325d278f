package sqlite

import (
	"unsafe"

	"modernc.org/libc"
	"modernc.org/libc/sys/types"
	sqlite3 "modernc.org/sqlite/lib"
)

// A thin layer over SQLite's C API as modernc.org/sqlite translates it to Go (no cgo). Node's
// node:sqlite is written against the C API, so gnode uses the same calls to get the same
// semantics (expanded SQL, column origins, extended error codes) rather than database/sql.
// Everything here runs on the loop goroutine; each connection owns one libc.TLS.

// sqliteTransient tells SQLite to copy bound text and blobs before the call returns.
const sqliteTransient = ^uintptr(0)

type sqliteError struct {
	code   int32
	msg    string
	errstr string
}

func (e *sqliteError) Error() string { return e.msg }

type conn struct {
	tls *libc.TLS
	h   uintptr
}

// cptr turns an address in SQLite's memory (libc's allocator, outside the Go heap) into a
// pointer; going through a variable keeps vet's uintptr check quiet for this legitimate case.
func cptr(p uintptr) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&p)) }

func cstring(p uintptr) string {
	if p == 0 {
		return ""
	}
	return libc.GoString(p)
}

func errstr(tls *libc.TLS, rc int32) string { return cstring(sqlite3.Xsqlite3_errstr(tls, rc)) }

// withCString runs fn with s as a NUL-terminated C string.
func withCString(s string, fn func(p uintptr)) {
	p, err := libc.CString(s)
	if err != nil {
		panic(err)
	}
	defer libc.Xfree(nil, p)
	fn(p)
}

func openConn(path string, flags int32) (*conn, error) {
	tls := libc.NewTLS()
	pp := libc.Xmalloc(tls, types.Size_t(8))
	defer libc.Xfree(tls, pp)
	*(*uintptr)(cptr(pp)) = 0
	var rc int32
	withCString(path, func(p uintptr) {
		rc = sqlite3.Xsqlite3_open_v2(tls, p, pp, flags|sqlite3.SQLITE_OPEN_URI, 0)
	})
	h := *(*uintptr)(cptr(pp))
	if rc != sqlite3.SQLITE_OK {
		e := &sqliteError{code: rc, msg: errstr(tls, rc), errstr: errstr(tls, rc)}
		if h != 0 {
			e.code = sqlite3.Xsqlite3_extended_errcode(tls, h)
			e.msg = cstring(sqlite3.Xsqlite3_errmsg(tls, h))
			sqlite3.Xsqlite3_close_v2(tls, h)
		}
		tls.Close()
		return nil, e
	}
	return &conn{tls: tls, h: h}, nil
}

func (c *conn) lastError() *sqliteError {
	code := sqlite3.Xsqlite3_extended_errcode(c.tls, c.h)
	return &sqliteError{code: code, msg: cstring(sqlite3.Xsqlite3_errmsg(c.tls, c.h)), errstr: errstr(c.tls, code)}
}

func (c *conn) check(rc int32) error {
	if rc == sqlite3.SQLITE_OK {
		return nil
	}
	return c.lastError()
}

func (c *conn) close() error {
	rc := sqlite3.Xsqlite3_close_v2(c.tls, c.h)
	var err error
	if rc != sqlite3.SQLITE_OK {
		err = c.lastError()
	}
	c.tls.Close()
	c.h = 0
	return err
}

func (c *conn) exec(sql string) error {
	var rc int32
	withCString(sql, func(p uintptr) {
		rc = sqlite3.Xsqlite3_exec(c.tls, c.h, p, 0, 0, 0)
	})
	return c.check(rc)
}

// prepare compiles the first statement of sql; h is 0 when sql holds no statement.
func (c *conn) prepare(sql string) (uintptr, error) {
	pp := libc.Xmalloc(c.tls, types.Size_t(8))
	defer libc.Xfree(c.tls, pp)
	*(*uintptr)(cptr(pp)) = 0
	var rc int32
	withCString(sql, func(p uintptr) {
		rc = sqlite3.Xsqlite3_prepare_v2(c.tls, c.h, p, int32(len(sql)), pp, 0)
	})
	if rc != sqlite3.SQLITE_OK {
		return 0, c.lastError()
	}
	return *(*uintptr)(cptr(pp)), nil
}

func (c *conn) changes() int64      { return sqlite3.Xsqlite3_changes64(c.tls, c.h) }
func (c *conn) lastRowID() int64    { return sqlite3.Xsqlite3_last_insert_rowid(c.tls, c.h) }
func (c *conn) inTransaction() bool { return sqlite3.Xsqlite3_get_autocommit(c.tls, c.h) == 0 }

func (c *conn) filename(db string) (string, bool) {
	var p uintptr
	withCString(db, func(z uintptr) { p = sqlite3.Xsqlite3_db_filename(c.tls, c.h, z) })
	if p == 0 {
		return "", false
	}
	return cstring(p), true
}

// dbConfig sets a boolean sqlite3_db_config option (the C varargs: one int, one int* left NULL).
func (c *conn) dbConfig(op int32, on bool) error {
	va := libc.Xmalloc(c.tls, types.Size_t(16))
	defer libc.Xfree(c.tls, va)
	v := int64(0)
	if on {
		v = 1
	}
	*(*int64)(cptr(va)) = v
	*(*uintptr)(cptr(va + 8)) = 0
	return c.check(sqlite3.Xsqlite3_db_config(c.tls, c.h, op, va))
}

func (c *conn) busyTimeout(ms int32) { sqlite3.Xsqlite3_busy_timeout(c.tls, c.h, ms) }

func (c *conn) limit(id, v int32) int32 { return sqlite3.Xsqlite3_limit(c.tls, c.h, id, v) }

// statement helpers

func (c *conn) bindNull(st uintptr, i int32) int32 { return sqlite3.Xsqlite3_bind_null(c.tls, st, i) }
func (c *conn) bindDouble(st uintptr, i int32, f float64) int32 {
	return sqlite3.Xsqlite3_bind_double(c.tls, st, i, f)
}
func (c *conn) bindInt64(st uintptr, i int32, v int64) int32 {
	return sqlite3.Xsqlite3_bind_int64(c.tls, st, i, v)
}

func (c *conn) bindText(st uintptr, i int32, s string) int32 {
	if len(s) == 0 {
		return sqlite3.Xsqlite3_bind_text(c.tls, st, i, emptyC(), 0, sqliteTransient)
	}
	p := libc.Xmalloc(c.tls, types.Size_t(len(s)))
	defer libc.Xfree(c.tls, p)
	copy(unsafe.Slice((*byte)(cptr(p)), len(s)), s)
	return sqlite3.Xsqlite3_bind_text(c.tls, st, i, p, int32(len(s)), sqliteTransient)
}

func (c *conn) bindBlob(st uintptr, i int32, b []byte) int32 {
	if len(b) == 0 {
		return sqlite3.Xsqlite3_bind_blob(c.tls, st, i, emptyC(), 0, sqliteTransient)
	}
	p := libc.Xmalloc(c.tls, types.Size_t(len(b)))
	defer libc.Xfree(c.tls, p)
	copy(unsafe.Slice((*byte)(cptr(p)), len(b)), b)
	return sqlite3.Xsqlite3_bind_blob(c.tls, st, i, p, int32(len(b)), sqliteTransient)
}

var emptyCBuf uintptr

// emptyC is a valid pointer for zero-length values (a NULL pointer would bind SQL NULL).
func emptyC() uintptr {
	if emptyCBuf == 0 {
		emptyCBuf = libc.Xmalloc(nil, types.Size_t(1))
	}
	return emptyCBuf
}

func (c *conn) paramCount(st uintptr) int32 { return sqlite3.Xsqlite3_bind_parameter_count(c.tls, st) }
func (c *conn) paramName(st uintptr, i int32) (string, bool) {
	p := sqlite3.Xsqlite3_bind_parameter_name(c.tls, st, i)
	if p == 0 {
		return "", false
	}
	return cstring(p), true
}
func (c *conn) paramIndex(st uintptr, name string) int32 {
	var i int32
	withCString(name, func(p uintptr) { i = sqlite3.Xsqlite3_bind_parameter_index(c.tls, st, p) })
	return i
}

func (c *conn) step(st uintptr) int32      { return sqlite3.Xsqlite3_step(c.tls, st) }
func (c *conn) reset(st uintptr) int32     { return sqlite3.Xsqlite3_reset(c.tls, st) }
func (c *conn) clearBindings(st uintptr)   { sqlite3.Xsqlite3_clear_bindings(c.tls, st) }
func (c *conn) finalize(st uintptr)        { sqlite3.Xsqlite3_finalize(c.tls, st) }
func (c *conn) columnCount(st uintptr) int { return int(sqlite3.Xsqlite3_column_count(c.tls, st)) }
func (c *conn) columnType(st uintptr, i int) int32 {
	return sqlite3.Xsqlite3_column_type(c.tls, st, int32(i))
}
func (c *conn) columnName(st uintptr, i int) string {
	return cstring(sqlite3.Xsqlite3_column_name(c.tls, st, int32(i)))
}
func (c *conn) columnInt64(st uintptr, i int) int64 {
	return sqlite3.Xsqlite3_column_int64(c.tls, st, int32(i))
}
func (c *conn) columnDouble(st uintptr, i int) float64 {
	return sqlite3.Xsqlite3_column_double(c.tls, st, int32(i))
}

// columnTextBytes is the column's UTF-8 text, valid until the next step.
func (c *conn) columnTextBytes(st uintptr, i int) []byte {
	p := sqlite3.Xsqlite3_column_text(c.tls, st, int32(i))
	n := sqlite3.Xsqlite3_column_bytes(c.tls, st, int32(i))
	if p == 0 || n == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(cptr(p)), n)
}

func (c *conn) columnBlob(st uintptr, i int) []byte {
	p := sqlite3.Xsqlite3_column_blob(c.tls, st, int32(i))
	n := sqlite3.Xsqlite3_column_bytes(c.tls, st, int32(i))
	out := make([]byte, n)
	if p != 0 && n > 0 {
		copy(out, unsafe.Slice((*byte)(cptr(p)), n))
	}
	return out
}

// columnMeta returns the origin of a result column; ok is false for expressions.
func (c *conn) columnMeta(st uintptr, i int) (decl, table, origin, database uintptr) {
	return sqlite3.Xsqlite3_column_decltype(c.tls, st, int32(i)),
		sqlite3.Xsqlite3_column_table_name(c.tls, st, int32(i)),
		sqlite3.Xsqlite3_column_origin_name(c.tls, st, int32(i)),
		sqlite3.Xsqlite3_column_database_name(c.tls, st, int32(i))
}

func (c *conn) sql(st uintptr) string { return cstring(sqlite3.Xsqlite3_sql(c.tls, st)) }

func (c *conn) expandedSQL(st uintptr) (string, bool) {
	p := sqlite3.Xsqlite3_expanded_sql(c.tls, st)
	if p == 0 {
		return "", false
	}
	defer sqlite3.Xsqlite3_free(c.tls, p)
	return cstring(p), true
}
