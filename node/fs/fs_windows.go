// Package fs serves node:fs and node:fs/promises. This file is the Windows binding: the same
// functions the shared JS glue calls (see fs.go for the POSIX one), on Win32 calls that follow
// libuv's Windows fs layer (src/win/fs.c): CreateFileW with shared delete, C runtime style
// descriptors, Node's Windows fs.constants, stat modes 0o666/0o444, Win32 errors translated as
// uv_translate_sys_error does.
package fs

import (
	"crypto/rand"
	"errors"
	"io"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"github.com/dop251/goja"
	"golang.org/x/sys/windows"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
	"github.com/gnode-dev/gnode/node/buffer"
)

// uvErr is a failure libuv reports by name rather than from a Win32 code.
func uvErr(name, syscallName string, paths ...string) error {
	e := nodeerr.FromUV(name, syscallName)
	if len(paths) > 0 {
		e.Path, e.HasPath = paths[0], true
	}
	if len(paths) > 1 {
		e.Dest, e.HasDest = paths[1], true
	}
	return e
}

// positionOf is a file position: a number, or a bigint kept exact up to 2^63-1.
func positionOf(v goja.Value) int64 {
	if b, ok := v.Export().(*big.Int); ok {
		if b.IsInt64() {
			return b.Int64()
		}
		return math.MaxInt64
	}
	return v.ToInteger()
}

func pathOf(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		if b := buffer.Bytes(o); b != nil {
			return string(b)
		}
	}
	return v.String()
}

func utf16(p string) (*uint16, error) {
	s, err := windows.UTF16PtrFromString(p)
	if err != nil {
		return nil, syscall.EINVAL
	}
	return s, nil
}

var (
	kernel32        = windows.NewLazySystemDLL("kernel32.dll")
	procCopyFileW   = kernel32.NewProc("CopyFileW")
	procGetDiskFree = kernel32.NewProc("GetDiskFreeSpaceW")
)

func binding(h *host.Host) *goja.Object {
	vm := h.VM
	st := &state{h: h, vm: vm}
	b := vm.NewObject()
	set := func(name string, fn host.Func) { _ = b.Set(name, fn) }
	arg := func(c goja.FunctionCall, i int) goja.Value { return c.Argument(i) }
	intRes := func(n int) result { return func() goja.Value { return vm.ToValue(n) } }
	strRes := func(s string) result { return func() goja.Value { return vm.ToValue(s) } }

	set("open", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		flags, mode := int(arg(c, 1).ToInteger()), uint32(arg(c, 2).ToInteger())
		return st.do(arg(c, 3), func() (result, error) {
			f, err := openWin(p, flags, mode)
			if err != nil {
				return nil, perr(err, "open", p)
			}
			return intRes(addFd(f)), nil
		})
	})
	set("close", func(c goja.FunctionCall) goja.Value {
		fd := int(arg(c, 0).ToInteger())
		return st.do(arg(c, 1), func() (result, error) {
			return nil, perr(closeFd(fd), "close")
		})
	})
	rw := func(write bool) host.Func {
		return func(c goja.FunctionCall) goja.Value {
			fd := int(arg(c, 0).ToInteger())
			buf := buffer.Bytes(arg(c, 1))
			off, n := int(arg(c, 2).ToInteger()), int(arg(c, 3).ToInteger())
			pos := positionOf(arg(c, 4))
			if off < 0 || off > len(buf) {
				off = len(buf)
			}
			if n < 0 || off+n > len(buf) {
				n = len(buf) - off
			}
			data := buf[off : off+n]
			name := "read"
			if write {
				name = "write"
			}
			return st.do(arg(c, 5), func() (result, error) {
				f, err := fileOf(fd)
				if err != nil {
					return nil, perr(err, name)
				}
				k, err := rwFile(f, data, pos, write)
				if err != nil {
					return nil, perr(err, name)
				}
				return intRes(k), nil
			})
		}
	}
	set("read", rw(false))
	set("write", rw(true))
	fdOp := func(name string, fn func(f *os.File) error) host.Func {
		return func(c goja.FunctionCall) goja.Value {
			fd := int(arg(c, 0).ToInteger())
			return st.do(arg(c, 1), func() (result, error) {
				f, err := fileOf(fd)
				if err == nil {
					err = fn(f)
				}
				return nil, perr(err, name)
			})
		}
	}
	sync := func(f *os.File) error { return syncErr(f.Sync()) }
	set("fsync", fdOp("fsync", sync))
	set("fdatasync", fdOp("fdatasync", sync))
	set("ftruncate", func(c goja.FunctionCall) goja.Value {
		fd, n := int(arg(c, 0).ToInteger()), arg(c, 1).ToInteger()
		return st.do(arg(c, 2), func() (result, error) {
			f, err := fileOf(fd)
			if err == nil {
				err = unwrap(f.Truncate(n))
			}
			return nil, perr(err, "ftruncate")
		})
	})
	set("fchmod", func(c goja.FunctionCall) goja.Value {
		fd, mode := int(arg(c, 0).ToInteger()), uint32(arg(c, 1).ToInteger())
		return st.do(arg(c, 2), func() (result, error) {
			f, err := fileOf(fd)
			if err == nil {
				err = setReadonly(windows.Handle(f.Fd()), mode&winSIWRIT == 0)
			}
			return nil, perr(err, "fchmod")
		})
	})
	statRes := func(s *statT) result { return func() goja.Value { return s.toJS(vm) } }
	statCall := func(name string, follow bool) host.Func {
		return func(c goja.FunctionCall) goja.Value {
			p := pathOf(arg(c, 0))
			return st.do(arg(c, 1), func() (result, error) {
				s, err := statPath(p, follow)
				if err != nil {
					return nil, perr(err, name, p)
				}
				return statRes(s), nil
			})
		}
	}
	set("stat", statCall("stat", true))
	set("lstat", statCall("lstat", false))
	set("fstat", func(c goja.FunctionCall) goja.Value {
		fd := int(arg(c, 0).ToInteger())
		return st.do(arg(c, 1), func() (result, error) {
			s, err := statFd(fd)
			if err != nil {
				return nil, perr(err, "fstat")
			}
			return statRes(s), nil
		})
	})
	set("readdir", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		// flags 1 = with types; 2 (raw names) needs nothing here: Windows names are UTF-16
		withTypes := arg(c, 1).ToInteger()&1 != 0
		return st.do(arg(c, 2), func() (result, error) {
			names, types, err := readDir(p)
			if err != nil {
				return nil, perr(err, "scandir", p)
			}
			return func() goja.Value {
				if withTypes {
					return vm.NewArray(vm.NewArray(names...), vm.NewArray(types...))
				}
				return vm.NewArray(names...)
			}, nil
		})
	})
	set("readdirRecursive", func(c goja.FunctionCall) goja.Value {
		base := pathOf(arg(c, 0))
		withTypes := arg(c, 1).ToBoolean()
		return st.do(arg(c, 2), func() (result, error) {
			var names, types, parents []any
			queue := []string{base}
			for i := 0; i < len(queue); i++ {
				dir := queue[i]
				ents, err := os.ReadDir(dir)
				if err != nil {
					if i == 0 {
						return nil, perr(unwrap(err), "scandir", dir)
					}
					continue
				}
				for _, e := range ents {
					full := filepath.Join(dir, e.Name())
					if withTypes {
						names = append(names, e.Name())
						types = append(types, fileModeType(e.Type()))
						parents = append(parents, dir)
						if e.IsDir() {
							queue = append(queue, full)
						}
						continue
					}
					rel, err := filepath.Rel(base, full)
					if err != nil {
						rel = full
					}
					names = append(names, rel)
					if fi, err := os.Stat(full); err == nil && fi.IsDir() {
						queue = append(queue, full)
					}
				}
			}
			return func() goja.Value {
				return vm.NewArray(vm.NewArray(names...), vm.NewArray(types...), vm.NewArray(parents...))
			}, nil
		})
	})
	set("mkdir", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		recursive := arg(c, 2).ToBoolean()
		return st.do(arg(c, 3), func() (result, error) {
			if !recursive {
				return nil, perr(mkdirWin(p), "mkdir", p)
			}
			first, err := mkdirp(p)
			if err != nil {
				return nil, err
			}
			if first == "" {
				return nil, nil
			}
			return strRes(first), nil
		})
	})
	set("mkdtemp", func(c goja.FunctionCall) goja.Value {
		prefix := pathOf(arg(c, 0))
		// libuv's sync mkdtemp reports the template, its async form the name it last tried
		_, async := arg(c, 1).(*goja.Object)
		return st.do(arg(c, 1), func() (result, error) {
			const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
			for range 100 {
				var r [6]byte
				_, _ = rand.Read(r[:])
				for i := range r {
					r[i] = letters[int(r[i])%len(letters)]
				}
				p := prefix + string(r[:])
				err := mkdirWin(p)
				if err == nil {
					return strRes(p), nil
				}
				if err != windows.ERROR_ALREADY_EXISTS {
					if async {
						return nil, perr(err, "mkdtemp", p)
					}
					return nil, perr(err, "mkdtemp", prefix+"XXXXXX")
				}
			}
			return nil, uvErr("EEXIST", "mkdtemp", prefix+"XXXXXX")
		})
	})
	set("rmdir", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		return st.do(arg(c, 1), func() (result, error) {
			name, err := utf16(p)
			if err == nil {
				err = windows.RemoveDirectory(name)
			}
			return nil, perr(err, "rmdir", p)
		})
	})
	set("unlink", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		return st.do(arg(c, 1), func() (result, error) {
			return nil, unlinkWin(p, "unlink")
		})
	})
	set("readlink", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		return st.do(arg(c, 1), func() (result, error) {
			s, err := os.Readlink(p)
			if err != nil {
				return nil, perr(unwrap(err), "readlink", p)
			}
			return strRes(s), nil
		})
	})
	set("rm", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		recursive, force := arg(c, 1).ToBoolean(), arg(c, 2).ToBoolean()
		return st.do(arg(c, 3), func() (result, error) {
			fi, err := os.Lstat(p)
			if err != nil {
				if force && errors.Is(err, os.ErrNotExist) {
					return nil, nil
				}
				return nil, perr(unwrap(err), "lstat", p)
			}
			if fi.IsDir() {
				if !recursive {
					return nil, jsErr{func(vm *goja.Runtime) *goja.Object { return rmIsDirError(vm, p) }}
				}
				if err := removeAll(p); err != nil {
					return nil, perr(err, "rm", p)
				}
				return nil, nil
			}
			return nil, unlinkWin(p, "rm")
		})
	})
	set("rename", func(c goja.FunctionCall) goja.Value {
		from, to := pathOf(arg(c, 0)), pathOf(arg(c, 1))
		return st.do(arg(c, 2), func() (result, error) {
			f, err := utf16(from)
			if err != nil {
				return nil, perr(err, "rename", from, to)
			}
			t, err := utf16(to)
			if err != nil {
				return nil, perr(err, "rename", from, to)
			}
			return nil, perr(windows.MoveFileEx(f, t, windows.MOVEFILE_REPLACE_EXISTING), "rename", from, to)
		})
	})
	// symlink(target, path, req, type): type is Node's 'dir', 'file' or 'junction'; without it
	// the kind follows the target, as Node's Windows fs.symlink does
	set("symlink", func(c goja.FunctionCall) goja.Value {
		target, p := pathOf(arg(c, 0)), pathOf(arg(c, 1))
		typ := ""
		if t := arg(c, 3); !goja.IsUndefined(t) && !goja.IsNull(t) {
			typ = t.String()
		}
		return st.do(arg(c, 2), func() (result, error) {
			return nil, perr(symlinkWin(target, p, typ), "symlink", target, p)
		})
	})
	set("link", func(c goja.FunctionCall) goja.Value {
		from, to := pathOf(arg(c, 0)), pathOf(arg(c, 1))
		return st.do(arg(c, 2), func() (result, error) {
			f, err := utf16(from)
			if err != nil {
				return nil, perr(err, "link", from, to)
			}
			t, err := utf16(to)
			if err != nil {
				return nil, perr(err, "link", from, to)
			}
			return nil, perr(windows.CreateHardLink(t, f, 0), "link", from, to)
		})
	})
	set("copyFile", func(c goja.FunctionCall) goja.Value {
		src, dst := pathOf(arg(c, 0)), pathOf(arg(c, 1))
		mode := int(arg(c, 2).ToInteger())
		return st.do(arg(c, 3), func() (result, error) {
			return nil, perr(copyFileWin(src, dst, mode), "copyfile", src, dst)
		})
	})
	set("realpath", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		native := arg(c, 1).ToBoolean()
		return st.do(arg(c, 2), func() (result, error) {
			r, err := realpathWin(p)
			if err == nil {
				return strRes(r), nil
			}
			if native {
				return nil, perr(err, "realpath", p)
			}
			return nil, perr(err, "lstat", p)
		})
	})
	set("chmod", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		mode := uint32(arg(c, 1).ToInteger())
		return st.do(arg(c, 2), func() (result, error) {
			return nil, perr(chmodWin(p, mode, true), "chmod", p)
		})
	})
	ft := func(v goja.Value) windows.Filetime {
		return windows.NsecToFiletime(int64(v.ToFloat() * 1e9))
	}
	utimes := func(name string, follow bool) host.Func {
		return func(c goja.FunctionCall) goja.Value {
			p := pathOf(arg(c, 0))
			a, m := ft(arg(c, 1)), ft(arg(c, 2))
			return st.do(arg(c, 3), func() (result, error) {
				hd, err := openMeta(p, windows.FILE_WRITE_ATTRIBUTES, follow)
				if err != nil {
					return nil, perr(err, name, p)
				}
				defer windows.CloseHandle(hd)
				return nil, perr(windows.SetFileTime(hd, nil, &a, &m), name, p)
			})
		}
	}
	set("utimes", utimes("utime", true))
	set("lutimes", utimes("lutime", false))
	set("futimes", func(c goja.FunctionCall) goja.Value {
		fd := int(arg(c, 0).ToInteger())
		a, m := ft(arg(c, 1)), ft(arg(c, 2))
		return st.do(arg(c, 3), func() (result, error) {
			f, err := fileOf(fd)
			if err == nil {
				err = windows.SetFileTime(windows.Handle(f.Fd()), nil, &a, &m)
			}
			return nil, perr(err, "futime")
		})
	})
	set("truncate", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		n := arg(c, 1).ToInteger()
		return st.do(arg(c, 2), func() (result, error) {
			f, err := openWin(p, winORdwr, 0o666)
			if err != nil {
				return nil, perr(err, "open", p)
			}
			defer f.Close()
			return nil, perr(unwrap(f.Truncate(n)), "ftruncate")
		})
	})
	// access(path, mode): libuv checks existence, and W_OK against the read-only attribute
	set("access", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		mode := uint32(arg(c, 1).ToInteger())
		return st.do(arg(c, 2), func() (result, error) {
			name, err := utf16(p)
			if err != nil {
				return nil, perr(err, "access", p)
			}
			attrs, err := windows.GetFileAttributes(name)
			if err != nil {
				return nil, perr(err, "access", p)
			}
			if mode&2 != 0 && attrs&windows.FILE_ATTRIBUTE_READONLY != 0 && attrs&windows.FILE_ATTRIBUTE_DIRECTORY == 0 {
				return nil, uvErr("EPERM", "access", p)
			}
			return nil, nil
		})
	})
	set("readFile", func(c goja.FunctionCall) goja.Value {
		isFd := arg(c, 1).ToBoolean()
		var p string
		fd := -1
		if isFd {
			fd = int(arg(c, 0).ToInteger())
		} else {
			p = pathOf(arg(c, 0))
		}
		flags := int(arg(c, 2).ToInteger())
		return st.do(arg(c, 3), func() (result, error) {
			data, err := readAll(p, fd, flags)
			if err != nil {
				return nil, err
			}
			return func() goja.Value { return vm.ToValue(vm.NewArrayBuffer(data)) }, nil
		})
	})
	set("writeFile", func(c goja.FunctionCall) goja.Value {
		isFd := arg(c, 1).ToBoolean()
		var p string
		fd := -1
		if isFd {
			fd = int(arg(c, 0).ToInteger())
		} else {
			p = pathOf(arg(c, 0))
		}
		data := buffer.Bytes(arg(c, 2))
		flags, mode := int(arg(c, 3).ToInteger()), uint32(arg(c, 4).ToInteger())
		req := arg(c, 5)
		if !goja.IsUndefined(req) {
			data = append([]byte(nil), data...)
		}
		return st.do(req, func() (result, error) {
			return nil, writeAll(p, fd, data, flags, mode)
		})
	})
	// chown and friends succeed without effect on Windows, as in libuv
	chown := func(n int) host.Func {
		return func(c goja.FunctionCall) goja.Value {
			return st.do(arg(c, n), func() (result, error) { return nil, nil })
		}
	}
	set("chown", chown(3))
	set("lchown", chown(3))
	set("fchown", chown(3))
	vec := func(write bool) host.Func {
		return func(c goja.FunctionCall) goja.Value {
			fd := int(arg(c, 0).ToInteger())
			list, _ := arg(c, 1).(*goja.Object)
			var bufs [][]byte
			if list != nil {
				n := int(list.Get("length").ToInteger())
				for i := 0; i < n; i++ {
					bufs = append(bufs, buffer.Bytes(list.Get(strconv.Itoa(i))))
				}
			}
			pos := arg(c, 2).ToInteger()
			name := "read"
			if write {
				name = "write"
			}
			return st.do(arg(c, 3), func() (result, error) {
				f, err := fileOf(fd)
				if err != nil {
					return nil, perr(err, name)
				}
				total := 0
				for _, b := range bufs {
					for len(b) > 0 {
						k, err := rwFile(f, b, pos, write)
						if err != nil {
							if total > 0 {
								return intRes(total), nil
							}
							return nil, perr(err, name)
						}
						total += k
						if pos >= 0 {
							pos += int64(k)
						}
						if k == 0 || !write {
							break
						}
						b = b[k:]
					}
				}
				return intRes(total), nil
			})
		}
	}
	set("readv", vec(false))
	set("writev", vec(true))
	set("statfs", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		return st.do(arg(c, 1), func() (result, error) {
			vals, err := statfsWin(p)
			if err != nil {
				return nil, perr(err, "statfs", p)
			}
			return func() goja.Value { return vm.NewArray(vals...) }, nil
		})
	})
	set("opendir", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		async := !goja.IsUndefined(arg(c, 1))
		return st.do(arg(c, 1), func() (result, error) {
			names, types, err := readDir(p)
			if err != nil {
				if async {
					return nil, perr(err, "opendir", p)
				}
				return nil, nodeerr.FromGo(err, "opendir").WithoutPath()
			}
			return func() goja.Value { return vm.NewArray(vm.NewArray(names...), vm.NewArray(types...)) }, nil
		})
	})
	set("glob", globBinding(st))
	watchBindings(st, b)
	o := vm.NewObject()
	for _, kv := range constantList() {
		_ = o.Set(kv.name, kv.value)
	}
	_ = b.Set("constants", o)
	return b
}

// unwrap takes the Win32 code out of an *os.PathError and friends, so the caller's syscall name
// and paths are the ones reported.
func unwrap(err error) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno
	}
	return err
}

func syncErr(err error) error {
	if err != nil {
		return unwrap(err)
	}
	return nil
}

// rwFile reads or writes once; pos < 0 uses and moves the file position, pos >= 0 leaves it
// where it was, as libuv restores it after a positioned ReadFile/WriteFile.
func rwFile(f *os.File, data []byte, pos int64, write bool) (int, error) {
	var n int
	var err error
	switch {
	case write && pos >= 0:
		n, err = f.WriteAt(data, pos)
	case write:
		n, err = f.Write(data)
	case pos >= 0:
		n, err = f.ReadAt(data, pos)
	default:
		n, err = f.Read(data)
	}
	if err == io.EOF || (err != nil && errors.Is(err, windows.ERROR_HANDLE_EOF)) {
		return n, nil
	}
	if err != nil && errors.Is(err, windows.ERROR_BROKEN_PIPE) && !write {
		return n, nil // the writer of a pipe went away: end of input
	}
	if err != nil && errors.Is(err, windows.ERROR_ACCESS_DENIED) {
		// libuv: reading or writing a handle not opened for it is EBADF, as on POSIX
		return n, windows.ERROR_INVALID_FLAGS
	}
	if err != nil {
		return n, unwrap(err)
	}
	return n, nil
}

func readDir(p string) ([]any, []any, error) {
	ents, err := os.ReadDir(p)
	if err != nil {
		return nil, nil, unwrap(err)
	}
	names := make([]any, len(ents))
	types := make([]any, len(ents))
	for i, e := range ents {
		names[i] = e.Name()
		types[i] = fileModeType(e.Type())
	}
	return names, types, nil
}

func mkdirWin(p string) error {
	name, err := utf16(p)
	if err != nil {
		return err
	}
	err = windows.CreateDirectory(name, nil)
	if err == windows.ERROR_INVALID_NAME || err == windows.ERROR_DIRECTORY {
		return syscall.EINVAL // libuv's fs__mkdir
	}
	return err
}

// mkdirp is Node's MKDirpSync on Windows: parents are found by cutting at the last slash or
// backslash; the result is the first directory made ("" when none was).
func mkdirp(p string) (string, error) {
	stack := []string{p}
	first := ""
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		err := mkdirWin(cur)
		code := ""
		if err != nil {
			code = nodeerr.FromGo(err, "mkdir").Code
		}
		switch code {
		case "":
			if first == "" {
				first = cur
			}
			stack = stack[:len(stack)-1]
		case "EACCES", "ENOSPC", "ENOTDIR", "EPERM", "EINVAL":
			return "", perr(err, "mkdir", p)
		case "ENOENT":
			parent, ok := winSplitParent(cur)
			if !ok {
				return "", perr(err, "mkdir", p)
			}
			stack = append(stack, parent)
		default:
			fi, serr := os.Stat(cur)
			if serr != nil {
				return "", perr(err, "mkdir", p)
			}
			if !fi.IsDir() {
				if cur == p {
					return "", uvErr("EEXIST", "mkdir", p)
				}
				return "", uvErr("ENOTDIR", "mkdir", p)
			}
			stack = stack[:len(stack)-1]
		}
	}
	return first, nil
}

// unlinkWin is libuv's fs__unlink: a directory (not a link to one) is EPERM, a read-only file
// loses the attribute first, a directory symlink is removed as a directory.
func unlinkWin(p, syscallName string) error {
	name, err := utf16(p)
	if err != nil {
		return perr(err, syscallName, p)
	}
	attrs, err := windows.GetFileAttributes(name)
	if err != nil {
		return perr(err, syscallName, p)
	}
	isDir := attrs&windows.FILE_ATTRIBUTE_DIRECTORY != 0
	isLink := attrs&windows.FILE_ATTRIBUTE_REPARSE_POINT != 0
	if isDir && !isLink {
		return uvErr("EPERM", syscallName, p)
	}
	if posixDelete(name) {
		return nil
	}
	if attrs&windows.FILE_ATTRIBUTE_READONLY != 0 {
		_ = windows.SetFileAttributes(name, attrs&^windows.FILE_ATTRIBUTE_READONLY)
	}
	if isDir {
		err = windows.RemoveDirectory(name)
	} else {
		err = windows.DeleteFile(name)
	}
	return perr(err, syscallName, p)
}

// posixDelete removes the name at once even while the file is open elsewhere, as libuv's
// unlink does where the file system supports it (Windows 10 1607 and later, NTFS): the
// directory does not keep a delete-pending entry. false means "use the classic calls" (the
// caller reports their errors).
func posixDelete(name *uint16) bool {
	h, err := windows.CreateFile(name, windows.DELETE,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE|windows.FILE_SHARE_DELETE, nil,
		windows.OPEN_EXISTING, windows.FILE_FLAG_BACKUP_SEMANTICS|windows.FILE_FLAG_OPEN_REPARSE_POINT, 0)
	if err != nil {
		return false
	}
	defer windows.CloseHandle(h)
	const (
		fileDispositionInfoEx     = 21
		dispositionDelete         = 0x1
		dispositionPosix          = 0x2
		dispositionIgnoreReadonly = 0x10
	)
	flags := uint32(dispositionDelete | dispositionPosix | dispositionIgnoreReadonly)
	return windows.SetFileInformationByHandle(h, fileDispositionInfoEx, (*byte)(unsafe.Pointer(&flags)), 4) == nil
}

// removeAll removes a tree depth first with the calls unlink and rmdir make (read-only files
// lose the attribute first). os.RemoveAll is not used: it relies on POSIX-semantics deletion,
// which older Windows versions and Wine lack.
func removeAll(p string) error {
	name, err := utf16(p)
	if err != nil {
		return err
	}
	attrs, err := windows.GetFileAttributes(name)
	if err != nil {
		if err == windows.ERROR_FILE_NOT_FOUND || err == windows.ERROR_PATH_NOT_FOUND {
			return nil
		}
		return err
	}
	if attrs&windows.FILE_ATTRIBUTE_DIRECTORY == 0 || attrs&windows.FILE_ATTRIBUTE_REPARSE_POINT != 0 {
		if err := unlinkWin(p, "rm"); err != nil {
			return err
		}
		return nil
	}
	ents, err := os.ReadDir(p)
	if err != nil {
		return unwrap(err)
	}
	for _, e := range ents {
		if err := removeAll(filepath.Join(p, e.Name())); err != nil {
			return err
		}
	}
	if attrs&windows.FILE_ATTRIBUTE_READONLY != 0 {
		_ = windows.SetFileAttributes(name, attrs&^windows.FILE_ATTRIBUTE_READONLY)
	}
	return windows.RemoveDirectory(name)
}

func chmodWin(p string, mode uint32, follow bool) error {
	h, err := openMeta(p, windows.FILE_READ_ATTRIBUTES|windows.FILE_WRITE_ATTRIBUTES, follow)
	if err != nil {
		return err
	}
	defer windows.CloseHandle(h)
	return setReadonly(h, mode&winSIWRIT == 0)
}

// setReadonly is all chmod does on Windows: the read-only attribute follows the owner's write bit.
func setReadonly(h windows.Handle, readonly bool) error {
	var basic fileBasicInfo
	if err := windows.GetFileInformationByHandleEx(h, windows.FileBasicInfo, (*byte)(unsafe.Pointer(&basic)), uint32(unsafe.Sizeof(basic))); err != nil {
		return err
	}
	if readonly {
		basic.FileAttributes |= windows.FILE_ATTRIBUTE_READONLY
	} else {
		basic.FileAttributes &^= windows.FILE_ATTRIBUTE_READONLY
	}
	if basic.FileAttributes == 0 {
		basic.FileAttributes = windows.FILE_ATTRIBUTE_NORMAL
	}
	return windows.SetFileInformationByHandle(h, windows.FileBasicInfo, (*byte)(unsafe.Pointer(&basic)), uint32(unsafe.Sizeof(basic)))
}

func symlinkWin(target, p, typ string) error {
	var flags uint32 = symlinkAllowUnprivileged
	switch typ {
	case "dir", "junction":
		// junctions are made as directory symlinks (see docs/compat/windows.md)
		flags |= windows.SYMBOLIC_LINK_FLAG_DIRECTORY
	case "":
		resolved := target
		if !filepath.IsAbs(target) {
			resolved = filepath.Join(filepath.Dir(p), target)
		}
		if fi, err := os.Stat(resolved); err == nil && fi.IsDir() {
			flags |= windows.SYMBOLIC_LINK_FLAG_DIRECTORY
		}
	}
	// Windows symlinks want backslashes in their target, as Node's preprocessSymlinkDestination
	// gives them
	t, err := utf16(strings.ReplaceAll(target, "/", `\`))
	if err != nil {
		return err
	}
	name, err := utf16(p)
	if err != nil {
		return err
	}
	err = windows.CreateSymbolicLink(name, t, flags)
	if err == windows.ERROR_INVALID_PARAMETER && flags&symlinkAllowUnprivileged != 0 {
		// systems before Windows 10 1703 refuse the flag
		err = windows.CreateSymbolicLink(name, t, flags&^symlinkAllowUnprivileged)
	}
	return err
}

func copyFileWin(src, dst string, mode int) error {
	if mode&copyFileCloneForce != 0 {
		return syscall.ENOSYS // no copy-on-write clones through libuv on Windows
	}
	s, err := utf16(src)
	if err != nil {
		return err
	}
	d, err := utf16(dst)
	if err != nil {
		return err
	}
	failIfExists := uintptr(0)
	if mode&copyFileExcl != 0 {
		failIfExists = 1
	}
	r, _, e := procCopyFileW.Call(uintptr(unsafe.Pointer(s)), uintptr(unsafe.Pointer(d)), failIfExists)
	if r != 0 {
		return nil
	}
	if e == windows.ERROR_SHARING_VIOLATION {
		// libuv: copying a file onto itself is a success
		if a, aerr := statPath(src, true); aerr == nil {
			if b, berr := statPath(dst, true); berr == nil && a.dev == b.dev && a.ino == b.ino {
				return nil
			}
		}
	}
	return e
}

const (
	copyFileExcl       = 1 // fs.constants.COPYFILE_EXCL
	copyFileClone      = 2 // fs.constants.COPYFILE_FICLONE
	copyFileCloneForce = 4 // fs.constants.COPYFILE_FICLONE_FORCE
)

// realpathWin is libuv's uv_fs_realpath on Windows: the final path of the opened file, without
// the \\?\ prefix.
func realpathWin(p string) (string, error) {
	h, err := openMeta(p, 0, true)
	if err != nil {
		return "", err
	}
	defer windows.CloseHandle(h)
	buf := make([]uint16, windows.MAX_PATH)
	for {
		n, err := windows.GetFinalPathNameByHandle(h, &buf[0], uint32(len(buf)), 0 /* FILE_NAME_NORMALIZED|VOLUME_NAME_DOS */)
		if err != nil {
			return "", err
		}
		if int(n) < len(buf) {
			s := windows.UTF16ToString(buf[:n])
			switch {
			case strings.HasPrefix(s, `\\?\UNC\`):
				s = `\\` + s[len(`\\?\UNC\`):]
			case strings.HasPrefix(s, `\\?\`):
				s = s[len(`\\?\`):]
			}
			return s, nil
		}
		buf = make([]uint16, n)
	}
}

// statfsWin is uv_fs_statfs on Windows: the cluster counts of the volume holding p.
func statfsWin(p string) ([]any, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(abs); err != nil {
		return nil, unwrap(err)
	}
	name, err := utf16(abs)
	if err != nil {
		return nil, err
	}
	vol := make([]uint16, windows.MAX_PATH+1)
	if err := windows.GetVolumePathName(name, &vol[0], uint32(len(vol))); err != nil {
		return nil, err
	}
	var spc, bps, free, total uint32
	r, _, e := procGetDiskFree.Call(uintptr(unsafe.Pointer(&vol[0])), uintptr(unsafe.Pointer(&spc)),
		uintptr(unsafe.Pointer(&bps)), uintptr(unsafe.Pointer(&free)), uintptr(unsafe.Pointer(&total)))
	if r == 0 {
		return nil, e
	}
	bsize := int64(spc) * int64(bps)
	return []any{int64(0), bsize, bsize, int64(total), int64(free), int64(free), int64(0), int64(0)}, nil
}

// readAll is readFile's work: open (unless fd >= 0), read to the end, close.
func readAll(p string, fd, flags int) ([]byte, error) {
	var f *os.File
	if fd < 0 {
		var err error
		f, err = openWin(p, flags, 0o666)
		if err != nil {
			return nil, perr(err, "open", p)
		}
		defer f.Close()
	} else {
		var err error
		if f, err = fileOf(fd); err != nil {
			return nil, perr(err, "fstat")
		}
	}
	size := 0
	if s, err := statHandle(windows.Handle(f.Fd()), -1); err != nil {
		return nil, perr(err, "fstat")
	} else if s.mode&winSIFMT == winSIFREG {
		size = int(s.size)
	} else if s.mode&winSIFMT == winSIFDIR {
		return nil, uvErr("EISDIR", "read")
	}
	if size > 0 {
		buf := make([]byte, size)
		pos := 0
		for pos < size {
			n, err := rwFile(f, buf[pos:], -1, false)
			if err != nil {
				return nil, perr(err, "read")
			}
			if n == 0 {
				break
			}
			pos += n
		}
		return buf[:pos], nil
	}
	buf := make([]byte, 0, 512+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := rwFile(f, buf[len(buf):cap(buf)], -1, false)
		if err != nil {
			return nil, perr(err, "read")
		}
		if n == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
	}
}

func writeAll(p string, fd int, data []byte, flags int, mode uint32) error {
	var f *os.File
	if fd < 0 {
		var err error
		f, err = openWin(p, flags, mode)
		if err != nil {
			return perr(err, "open", p)
		}
		defer f.Close()
	} else {
		var err error
		if f, err = fileOf(fd); err != nil {
			return perr(err, "write")
		}
	}
	for len(data) > 0 {
		n, err := rwFile(f, data, -1, true)
		if err != nil {
			return perr(err, "write")
		}
		data = data[n:]
	}
	return nil
}

// rmIsDirError: see fs.go. EISDIR is 21 in the MSVC C runtime too.
func rmIsDirError(vm *goja.Runtime, p string) *goja.Object {
	ctx := vm.NewObject()
	_ = ctx.Set("code", "EISDIR")
	_ = ctx.Set("message", "is a directory")
	_ = ctx.Set("path", p)
	_ = ctx.Set("syscall", "rm")
	_ = ctx.Set("errno", 21)
	err := nodeerr.New(vm, "ERR_FS_EISDIR", ctx)
	if sub := err.Prototype(); sub != nil {
		if base := sub.Prototype(); base != nil {
			proto := vm.NewObject()
			_ = proto.SetPrototype(base)
			_ = proto.DefineDataProperty("constructor", base.Get("constructor"), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
			_ = err.SetPrototype(proto)
		}
	}
	return err
}

// SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE: links without administrator rights in
// developer mode, as libuv asks for.
const symlinkAllowUnprivileged = 0x2
