package internal

import "testing"

// The system-error classes and helpers of internal/errors, against the reference node
// (recorded with --expose-internals).
func TestSystemErrorClassesJS(t *testing.T) {
	vm, _ := bareRuntime(t)
	v, err := vm.RunString(`(function () {
const e = require('internal/errors');
const out = [];
const d = (x) => out.push([x.message, Reflect.ownKeys(x).filter((k) => k !== 'stack'), x.constructor.name, x.code, x.errno]);
d(new e.UVException({ errno: -2, syscall: 'open', path: 'x' }));
d(new e.UVException({ errno: -17, syscall: 'rename', path: 'a', dest: 'b', extra: 1 }));
d(new e.UVException({ errno: -9999, syscall: 'open' }));
d(new e.ErrnoException(-2, 'spawn', 'ls'));
d(new e.ErrnoException(-13, 'kill'));
d(new e.ExceptionWithHostPort(-111, 'connect', '127.0.0.1', 80));
d(new e.ExceptionWithHostPort(-111, 'connect', '127.0.0.1', 0, 'a:1'));
d(new e.UVExceptionWithHostPort(-98, 'listen', '::', 80));
d(new e.DNSException(-3008, 'getaddrinfo', 'nope.invalid'));
d(new e.DNSException('ETIMEOUT', 'queryA', 'x.com'));
d(new e.ConnResetException('socket hang up'));
d(new e.AbortError());
d(e.genericNodeError('m', { code: 'X', a: 1 }));
out.push(e.determineSpecificType(5), e.formatList(['a', 'b', 'c', 'd']), e.formatList(['a'], 'or'));

return JSON.stringify(out); })()`)
	if err != nil {
		t.Fatal(err)
	}
	want := `[["ENOENT: no such file or directory, open 'x'",["message","errno","syscall","code","path"],"Error","ENOENT",-2],["EEXIST: file already exists, rename 'a' -> 'b'",["message","errno","syscall","extra","code","path","dest"],"Error","EEXIST",-17],["UNKNOWN: unknown error, open",["message","errno","syscall","code"],"Error","UNKNOWN",-9999],["spawn ENOENT ls",["message","errno","code","syscall"],"Error","ENOENT",-2],["kill EACCES",["message","errno","code","syscall"],"Error","EACCES",-13],["connect ECONNREFUSED 127.0.0.1:80",["message","errno","code","syscall","address","port"],"Error","ECONNREFUSED",-111],["connect ECONNREFUSED 127.0.0.1 - Local (a:1)",["message","errno","code","syscall","address"],"Error","ECONNREFUSED",-111],["listen EADDRINUSE: address already in use :::80",["message","code","errno","syscall","address","port"],"Error","EADDRINUSE",-98],["getaddrinfo ENOTFOUND nope.invalid",["message","errno","code","syscall","hostname"],"Error","ENOTFOUND",-3008],["queryA ETIMEOUT x.com",["message","errno","code","syscall","hostname"],"Error","ETIMEOUT",null],["socket hang up",["message","code"],"Error","ECONNRESET",null],["The operation was aborted",["message","code","name"],"AbortError","ABORT_ERR",null],["m",["message","code","a"],"Error","X",null],"type number (5)","a, b, c, and d","a"]`
	if v.String() != want {
		t.Errorf("got\n%s\nwant\n%s", v, want)
	}
}
