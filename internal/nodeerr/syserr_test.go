package nodeerr_test

import (
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/nodeerr"
)

var time0 = time.Unix(0, 0)

func TestFromGoGenericErrors(t *testing.T) {
	for _, c := range []struct {
		err  error
		code string
	}{
		{fs.ErrNotExist, "ENOENT"},
		{fs.ErrExist, "EEXIST"},
		{fs.ErrPermission, "EACCES"},
		{os.ErrDeadlineExceeded, "ETIMEDOUT"},
		{io.EOF, "EOF"},
		{net.ErrClosed, "EBADF"},
		{errors.New("something else"), "UNKNOWN"},
		{&net.DNSError{Err: "no such host", Name: "example.invalid", IsNotFound: true}, "ENOTFOUND"},
		{&net.DNSError{Err: "timeout", Name: "example.com", IsTimeout: true}, "EAI_AGAIN"},
	} {
		e := nodeerr.FromGo(c.err, "x")
		if e.Code != c.code {
			t.Errorf("%v: %s, want %s", c.err, e.Code, c.code)
		}
		if n, _ := nodeerr.UVErrno(c.code); c.code != "ENOTFOUND" && n != e.Errno {
			t.Errorf("%v: errno %d, want %d", c.err, e.Errno, n)
		}
	}
}

func TestDNSException(t *testing.T) {
	vm := goja.New()
	obj := nodeerr.NewSysError(vm, &net.DNSError{Err: "no such host", Name: "example.invalid", IsNotFound: true}, "")
	if got := obj.Get("message").String(); got != "getaddrinfo ENOTFOUND example.invalid" {
		t.Errorf("message %q", got)
	}
	if obj.Get("hostname").String() != "example.invalid" || obj.Get("syscall").String() != "getaddrinfo" {
		t.Errorf("props %v %v", obj.Get("hostname"), obj.Get("syscall"))
	}
}

func TestErrnoException(t *testing.T) {
	vm := goja.New()
	n, _ := nodeerr.UVErrno("ENOENT")
	if got := nodeerr.ErrnoException(vm, n, "spawn", "ls").Get("message").String(); got != "spawn ENOENT ls" {
		t.Error(got)
	}
	if got := nodeerr.ExceptionWithHostPort(vm, n, "connect", "::1", 0, "127.0.0.1:5").Get("message").String(); got != "connect ENOENT ::1 - Local (127.0.0.1:5)" {
		t.Error(got)
	}
}

// A SystemError code built from Go: shape, message and accessors as in Node.
func TestSystemErrorGo(t *testing.T) {
	vm := goja.New()
	n, _ := nodeerr.UVErrno("ENOENT")
	e := nodeerr.NewSystemError(vm, "ERR_SYSTEM_ERROR", nodeerr.SystemContext{Code: "ENOENT", Errno: n,
		Message: "no such file or directory", Syscall: "uv_os_get_passwd", Path: "/a", HasPath: true, Dest: "b", HasDest: true})
	_ = vm.Set("e", e)
	v, err := vm.RunString(`JSON.stringify([Reflect.ownKeys(e).map(String), e.message, String(e), e.stack.split('\n')[0], e.errno, e.syscall, e.path, e.dest, e.name, e.info.code])`)
	if err != nil {
		t.Fatal(err)
	}
	want := `[["stack","code","name","message","info","errno","syscall","path","dest","Symbol(kIsNodeError)"],` +
		`"A system error occurred: uv_os_get_passwd returned ENOENT (no such file or directory) /a => b",` +
		`"SystemError [ERR_SYSTEM_ERROR]: A system error occurred: uv_os_get_passwd returned ENOENT (no such file or directory) /a => b",` +
		`"SystemError [ERR_SYSTEM_ERROR]: A system error occurred: uv_os_get_passwd returned ENOENT (no such file or directory) /a => b",` +
		`-2,"uv_os_get_passwd","/a","b","SystemError","ENOENT"]`
	if v.String() != want {
		t.Errorf("got  %s\nwant %s", v, want)
	}
}
