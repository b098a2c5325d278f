//go:build linux

package nodeerr_test

import (
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"syscall"
	"testing"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/nodeerr"
	"github.com/gnode-dev/gnode/internal/nodeerr/nodeerrtest"
)

type sysRecord struct {
	Calls map[string]*struct {
		Message string   `json:"message"`
		Errno   int      `json:"errno"`
		Code    string   `json:"code"`
		Syscall string   `json:"syscall"`
		Path    *string  `json:"path"`
		Dest    *string  `json:"dest"`
		Keys    []string `json:"keys"`
	} `json:"calls"`
	Errmap  [][]any   `json:"errmap"`
	Errno   [][]any   `json:"errno"`
	Signals [][]any   `json:"signals"`
	Unknown [2]string `json:"unknown"`
}

func loadSys(t *testing.T) *sysRecord {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(nodeerrtest.Dir(), "sys_linux.json"))
	if err != nil {
		t.Fatal(err)
	}
	var r sysRecord
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	return &r
}

// Real failing calls, mapped with FromGo and built with UVException, against the reference
// node's errors for the same calls (testdata/record_sys.js).
func TestSysErrorsFromRealCalls(t *testing.T) {
	if os.Getuid() == 0 {
		t.Log("running as root: permission errors are not exercised")
	}
	rec := loadSys(t)
	t.Chdir(t.TempDir())
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile("file", []byte("x"), 0o644))
	must(os.MkdirAll("d1/x", 0o755))
	must(os.MkdirAll("d2/y", 0o755))

	readDir := func() *nodeerr.SysError {
		f, err := os.Open("d1")
		must(err)
		defer f.Close()
		_, err = f.Read(make([]byte, 10))
		return nodeerr.FromGo(err, "read").WithoutPath()
	}
	calls := map[string]func() *nodeerr.SysError{
		"open missing":   func() *nodeerr.SysError { _, err := os.Open("missing"); return nodeerr.FromGo(err, "") },
		"mkdir existing": func() *nodeerr.SysError { return nodeerr.FromGo(os.Mkdir("d1", 0o755), "") },
		// os.Rename refuses a directory target itself (EEXIST); Node calls rename(2).
		"rename onto non-empty dir": func() *nodeerr.SysError { return nodeerr.FromGo(syscall.Rename("d1", "d2"), "rename", "d1", "d2") },
		"rmdir non-empty":           func() *nodeerr.SysError { return nodeerr.FromGo(syscall.Rmdir("d1"), "rmdir", "d1") },
		"open under a file":         func() *nodeerr.SysError { _, err := os.Open("file/x"); return nodeerr.FromGo(err, "open") },
		"read a directory":          readDir,
		"unlink a directory":        func() *nodeerr.SysError { return nodeerr.FromGo(syscall.Unlink("d1"), "unlink", "d1") },
		"link onto existing":        func() *nodeerr.SysError { return nodeerr.FromGo(os.Link("file", "d1"), "") },
		"symlink onto existing":     func() *nodeerr.SysError { return nodeerr.FromGo(os.Symlink("file", "d1"), "") },
		"readdir a file":            func() *nodeerr.SysError { _, err := os.ReadDir("file"); return nodeerr.FromGo(err, "scandir", "file") },
		"readlink a file":           func() *nodeerr.SysError { _, err := os.Readlink("file"); return nodeerr.FromGo(err, "") },
		"stat missing":              func() *nodeerr.SysError { _, err := os.Stat("missing"); return nodeerr.FromGo(err, "") },
		"lstat missing":             func() *nodeerr.SysError { _, err := os.Lstat("missing"); return nodeerr.FromGo(err, "") },
		"chmod missing":             func() *nodeerr.SysError { return nodeerr.FromGo(os.Chmod("missing", 0o644), "") },
		"rmdir missing":             func() *nodeerr.SysError { return nodeerr.FromGo(syscall.Rmdir("missing"), "rmdir", "missing") },
		"unlink missing":            func() *nodeerr.SysError { return nodeerr.FromGo(syscall.Unlink("missing"), "unlink", "missing") },
		"open O_EXCL existing": func() *nodeerr.SysError {
			_, err := os.OpenFile("file", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
			return nodeerr.FromGo(err, "open")
		},
		"mkdir under missing": func() *nodeerr.SysError { return nodeerr.FromGo(os.Mkdir("missing/x", 0o755), "") },
		"rename missing":      func() *nodeerr.SysError { return nodeerr.FromGo(os.Rename("missing", "other"), "") },
		"truncate missing":    func() *nodeerr.SysError { return nodeerr.FromGo(os.Truncate("missing", 0), "open") },
		"utimes missing":      func() *nodeerr.SysError { return nodeerr.FromGo(os.Chtimes("missing", time0, time0), "utime") },
	}
	vm := goja.New()
	for name, want := range rec.Calls {
		call := calls[name]
		if call == nil {
			t.Errorf("no Go call for %q", name)
			continue
		}
		e := call()
		if e == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if e.Error() != want.Message || e.Errno != want.Errno || e.Code != want.Code || e.Syscall != want.Syscall {
			t.Errorf("%s:\n got %q errno %d code %s syscall %s\nwant %q errno %d code %s syscall %s",
				name, e.Error(), e.Errno, e.Code, e.Syscall, want.Message, want.Errno, want.Code, want.Syscall)
		}
		obj := nodeerr.UVException(vm, e)
		var keys []string
		for _, k := range obj.GetOwnPropertyNames() {
			if k != "stack" {
				keys = append(keys, k)
			}
		}
		if !reflect.DeepEqual(keys, want.Keys) {
			t.Errorf("%s: own keys %v, want %v", name, keys, want.Keys)
		}
		if want.Path != nil && obj.Get("path").String() != *want.Path {
			t.Errorf("%s: path %v, want %s", name, obj.Get("path"), *want.Path)
		}
		if want.Dest != nil && obj.Get("dest").String() != *want.Dest {
			t.Errorf("%s: dest %v, want %s", name, obj.Get("dest"), *want.Dest)
		}
		if obj.Get("message").String() != want.Message || obj.Get("errno").ToInteger() != int64(want.Errno) {
			t.Errorf("%s: JS error %v errno %v", name, obj.Get("message"), obj.Get("errno"))
		}
	}
}

// libuv's table, os.constants.errno and os.constants.signals as the reference has them.
func TestSysTables(t *testing.T) {
	rec := loadSys(t)
	var got [][]any
	for _, e := range nodeerr.UVErrors() {
		got = append(got, []any{float64(e.Errno), e.Name, e.Message})
	}
	if !reflect.DeepEqual(got, rec.Errmap) {
		t.Errorf("errmap differs:\n got %v\nwant %v", got, rec.Errmap)
	}
	got = nil
	for _, e := range nodeerr.OSErrnoConstants() {
		got = append(got, []any{e.Name, float64(e.Number)})
	}
	if !reflect.DeepEqual(got, rec.Errno) {
		t.Errorf("os.constants.errno differs:\n got %v\nwant %v", got, rec.Errno)
	}
	got = nil
	for _, e := range nodeerr.OSSignalConstants() {
		got = append(got, []any{e.Name, float64(e.Number)})
	}
	if !reflect.DeepEqual(got, rec.Signals) {
		t.Errorf("os.constants.signals differs:\n got %v\nwant %v", got, rec.Signals)
	}
	if nodeerr.ErrName(-10) != rec.Unknown[0] || nodeerr.StrError(-10) != rec.Unknown[1] {
		t.Errorf("unknown errno: %s / %s", nodeerr.ErrName(-10), nodeerr.StrError(-10))
	}
	for _, c := range []struct {
		name string
		n    int
		msg  string
	}{
		{"ENOENT", -2, "no such file or directory"}, {"EACCES", -13, "permission denied"},
		{"EEXIST", -17, "file already exists"}, {"ENOTDIR", -20, "not a directory"},
		{"EISDIR", -21, "illegal operation on a directory"}, {"ENOTEMPTY", -39, "directory not empty"},
		{"EADDRINUSE", -98, "address already in use"}, {"ECONNREFUSED", -111, "connection refused"},
		{"EOF", -4095, "end of file"}, {"UNKNOWN", -4094, "unknown error"}, {"ECHARSET", -4080, "invalid Unicode character"},
		{"EFTYPE", -4028, "inappropriate file type or format"}, {"EAI_NONAME", -3008, "unknown node or service"},
	} {
		n, ok := nodeerr.UVErrno(c.name)
		if !ok || n != c.n || nodeerr.ErrName(n) != c.name || nodeerr.StrError(n) != c.msg {
			t.Errorf("%s: %d %v %s %s", c.name, n, ok, nodeerr.ErrName(n), nodeerr.StrError(n))
		}
	}
}

func TestNetErrors(t *testing.T) {
	vm := goja.New()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	// listen again on the same port: EADDRINUSE, reported by Node as a UVExceptionWithHostPort.
	_, err = net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(port))
	e := nodeerr.FromGo(err, "listen")
	obj := nodeerr.UVExceptionWithHostPort(vm, e.Errno, "listen", e.Address, e.Port)
	want := "listen EADDRINUSE: address already in use 127.0.0.1:" + strconv.Itoa(port)
	if obj.Get("message").String() != want || e.Errno != -98 || e.Address != "127.0.0.1" || e.Port != port {
		t.Errorf("got %v (%+v), want %s", obj.Get("message"), e, want)
	}
	ln.Close()
	// connect to the closed port: ECONNREFUSED, an ExceptionWithHostPort.
	_, err = net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(port))
	obj = nodeerr.NewSysError(vm, err, "")
	want = "connect ECONNREFUSED 127.0.0.1:" + strconv.Itoa(port)
	if obj.Get("message").String() != want || obj.Get("errno").ToInteger() != -111 || obj.Get("code").String() != "ECONNREFUSED" ||
		obj.Get("syscall").String() != "connect" || obj.Get("address").String() != "127.0.0.1" || obj.Get("port").ToInteger() != int64(port) {
		t.Errorf("got %v, want %s", obj.Get("message"), want)
	}
	var keys []string
	for _, k := range obj.GetOwnPropertyNames() {
		if k != "stack" {
			keys = append(keys, k)
		}
	}
	if !reflect.DeepEqual(keys, []string{"message", "errno", "code", "syscall", "address", "port"}) {
		t.Errorf("keys %v", keys)
	}
}
