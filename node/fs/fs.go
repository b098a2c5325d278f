//go:build linux || darwin || freebsd

// Package fs serves node:fs and node:fs/promises. The JS glue validates arguments the way
// Node's lib/fs.js does and calls the binding here; each binding call is synchronous when its
// last argument is undefined and otherwise runs on a bounded pool of goroutines (libuv's
// threadpool) and calls back on the loop.
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

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
	"github.com/gnode-dev/gnode/node/buffer"
)

func eintr(f func() error) error {
	for {
		err := f()
		if err != unix.EINTR {
			return err
		}
	}
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

// pathOf is a path argument: a string or the bytes of a Buffer (already validated in JS).
func pathOf(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		if b := buffer.Bytes(o); b != nil {
			return string(b)
		}
	}
	return v.String()
}

func binding(h *host.Host) *goja.Object {
	vm := h.VM
	st := &state{h: h, vm: vm}
	b := vm.NewObject()
	set := func(name string, fn host.Func) { _ = b.Set(name, fn) }
	arg := func(c goja.FunctionCall, i int) goja.Value { return c.Argument(i) }
	last := func(c goja.FunctionCall, n int) goja.Value { return c.Argument(n) }
	intRes := func(n int) result { return func() goja.Value { return vm.ToValue(n) } }
	strRes := func(s string) result { return func() goja.Value { return vm.ToValue(s) } }

	set("open", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		flags, mode := int(arg(c, 1).ToInteger()), uint32(arg(c, 2).ToInteger())
		return st.do(last(c, 3), func() (result, error) {
			var fd int
			err := eintr(func() (e error) { fd, e = unix.Open(p, flags|unix.O_CLOEXEC, mode); return })
			if err != nil {
				return nil, perr(err, "open", p)
			}
			return intRes(fd), nil
		})
	})
	set("close", func(c goja.FunctionCall) goja.Value {
		fd := int(arg(c, 0).ToInteger())
		return st.do(last(c, 1), func() (result, error) {
			return nil, perr(unix.Close(fd), "close")
		})
	})
	// read(fd, buffer, offset, length, position) -> bytesRead; position < 0 reads at the
	// current position.
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
				// Written from the JS memory itself, not a copy, as Node hands libuv the
				// Buffer: the caller may not change it until the callback (fs.write's and
				// Writable's contract), and the closure keeps it alive.
			}
			return st.do(last(c, 5), func() (result, error) {
				var k int
				err := eintr(func() (e error) {
					switch {
					case write && pos >= 0:
						k, e = unix.Pwrite(fd, data, pos)
					case write:
						k, e = unix.Write(fd, data)
					case pos >= 0:
						k, e = unix.Pread(fd, data, pos)
					default:
						k, e = unix.Read(fd, data)
					}
					return
				})
				if err != nil {
					return nil, perr(err, name)
				}
				return intRes(k), nil
			})
		}
	}
	set("read", rw(false))
	set("write", rw(true))
	fdOp := func(name string, f func(fd int) error) host.Func {
		return func(c goja.FunctionCall) goja.Value {
			fd := int(arg(c, 0).ToInteger())
			return st.do(last(c, 1), func() (result, error) {
				return nil, perr(eintr(func() error { return f(fd) }), name)
			})
		}
	}
	set("fsync", fdOp("fsync", unix.Fsync))
	set("fdatasync", fdOp("fdatasync", fdatasync))
	set("ftruncate", func(c goja.FunctionCall) goja.Value {
		fd, n := int(arg(c, 0).ToInteger()), arg(c, 1).ToInteger()
		return st.do(last(c, 2), func() (result, error) {
			return nil, perr(unix.Ftruncate(fd, n), "ftruncate")
		})
	})
	set("fchmod", func(c goja.FunctionCall) goja.Value {
		fd, mode := int(arg(c, 0).ToInteger()), uint32(arg(c, 1).ToInteger())
		return st.do(last(c, 2), func() (result, error) {
			return nil, perr(unix.Fchmod(fd, mode), "fchmod")
		})
	})
	statRes := func(s *statT) result { return func() goja.Value { return s.toJS(vm) } }
	set("stat", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		return st.do(last(c, 1), func() (result, error) {
			s, err := statPath(p, true)
			if err != nil {
				return nil, perr(err, "stat", p)
			}
			return statRes(s), nil
		})
	})
	set("lstat", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		return st.do(last(c, 1), func() (result, error) {
			s, err := statPath(p, false)
			if err != nil {
				return nil, perr(err, "lstat", p)
			}
			return statRes(s), nil
		})
	})
	set("fstat", func(c goja.FunctionCall) goja.Value {
		fd := int(arg(c, 0).ToInteger())
		return st.do(last(c, 1), func() (result, error) {
			s, err := statFd(fd)
			if err != nil {
				return nil, perr(err, "fstat")
			}
			return statRes(s), nil
		})
	})
	// readdir(path, withTypes) -> names, or [names, types]
	// readdir(path, flags): flags 1 = with types, 2 = names as ArrayBuffers of their raw bytes
	// (for encodings other than utf8: a name need not be valid UTF-8)
	set("readdir", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		flags := arg(c, 1).ToInteger()
		withTypes, raw := flags&1 != 0, flags&2 != 0
		return st.do(last(c, 2), func() (result, error) {
			ents, err := os.ReadDir(p)
			if err != nil {
				return nil, perr(err, "scandir", p)
			}
			names := make([]any, len(ents))
			types := make([]any, len(ents))
			for i, e := range ents {
				names[i] = e.Name()
				types[i] = fileModeType(e.Type())
			}
			return func() goja.Value {
				if raw {
					for i, n := range names {
						names[i] = vm.NewArrayBuffer([]byte(n.(string)))
					}
				}
				if withTypes {
					return vm.NewArray(vm.NewArray(names...), vm.NewArray(types...))
				}
				return vm.NewArray(names...)
			}, nil
		})
	})
	// readdirRecursive(path, withTypes) -> [names, types, parentPaths], breadth first as Node
	// walks: names are relative to path; symlinks to directories are followed, except when
	// withTypes is 2 (fs.promises.readdir's Dirents).
	set("readdirRecursive", func(c goja.FunctionCall) goja.Value {
		base := pathOf(arg(c, 0))
		withTypes := arg(c, 1).ToBoolean()
		followLinks := !withTypes || arg(c, 1).ToInteger() != 2
		return st.do(last(c, 2), func() (result, error) {
			var names, types, parents []any
			queue := []string{base}
			for i := 0; i < len(queue); i++ {
				dir := queue[i]
				ents, err := os.ReadDir(dir)
				if err != nil {
					if i == 0 {
						return nil, perr(err, "scandir", dir)
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
						} else if followLinks && e.Type()&os.ModeSymlink != 0 {
							if fi, err := os.Stat(full); err == nil && fi.IsDir() {
								queue = append(queue, full)
							}
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
		mode := uint32(arg(c, 1).ToInteger())
		recursive := arg(c, 2).ToBoolean()
		return st.do(last(c, 3), func() (result, error) {
			if !recursive {
				return nil, perr(eintr(func() error { return unix.Mkdir(p, mode) }), "mkdir", p)
			}
			first, err := mkdirp(p, mode)
			if err != nil {
				return nil, perr(err, "mkdir", p)
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
		_, async := last(c, 1).(*goja.Object)
		return st.do(last(c, 1), func() (result, error) {
			const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
			for range 100 {
				var r [6]byte
				_, _ = rand.Read(r[:])
				for i := range r {
					r[i] = letters[int(r[i])%len(letters)]
				}
				p := prefix + string(r[:])
				err := unix.Mkdir(p, 0o700)
				if err == nil {
					return strRes(p), nil
				}
				if err != unix.EEXIST {
					if async {
						return nil, perr(err, "mkdtemp", p)
					}
					return nil, perr(err, "mkdtemp", prefix+"XXXXXX")
				}
			}
			return nil, perr(unix.EEXIST, "mkdtemp", prefix+"XXXXXX")
		})
	})
	pathOp := func(name string, f func(p string) error) host.Func {
		return func(c goja.FunctionCall) goja.Value {
			p := pathOf(arg(c, 0))
			return st.do(last(c, 1), func() (result, error) {
				return nil, perr(eintr(func() error { return f(p) }), name, p)
			})
		}
	}
	set("rmdir", pathOp("rmdir", unix.Rmdir))
	set("unlink", pathOp("unlink", unix.Unlink))
	set("readlink", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		return st.do(last(c, 1), func() (result, error) {
			s, err := os.Readlink(p)
			if err != nil {
				return nil, perr(err, "readlink", p)
			}
			return strRes(s), nil
		})
	})
	// rm(path, recursive, force)
	set("rm", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		recursive, force := arg(c, 1).ToBoolean(), arg(c, 2).ToBoolean()
		return st.do(last(c, 3), func() (result, error) {
			var s unix.Stat_t
			if err := unix.Lstat(p, &s); err != nil {
				if force && err == unix.ENOENT {
					return nil, nil
				}
				return nil, perr(err, "lstat", p)
			}
			if s.Mode&unix.S_IFMT == unix.S_IFDIR {
				if !recursive {
					return nil, jsErr{func(vm *goja.Runtime) *goja.Object { return rmIsDirError(vm, p) }}
				}
				if err := os.RemoveAll(p); err != nil {
					var pe *os.PathError
					if errors.As(err, &pe) {
						return nil, perr(pe.Err, "rm", p)
					}
					return nil, perr(err, "rm", p)
				}
				return nil, nil
			}
			return nil, perr(unix.Unlink(p), "rm", p)
		})
	})
	set("rename", func(c goja.FunctionCall) goja.Value {
		from, to := pathOf(arg(c, 0)), pathOf(arg(c, 1))
		return st.do(last(c, 2), func() (result, error) {
			return nil, perr(syscall.Rename(from, to), "rename", from, to)
		})
	})
	set("symlink", func(c goja.FunctionCall) goja.Value {
		target, p := pathOf(arg(c, 0)), pathOf(arg(c, 1))
		return st.do(last(c, 2), func() (result, error) {
			return nil, perr(unix.Symlink(target, p), "symlink", target, p)
		})
	})
	set("link", func(c goja.FunctionCall) goja.Value {
		from, to := pathOf(arg(c, 0)), pathOf(arg(c, 1))
		return st.do(last(c, 2), func() (result, error) {
			return nil, perr(unix.Link(from, to), "link", from, to)
		})
	})
	set("copyFile", func(c goja.FunctionCall) goja.Value {
		src, dst := pathOf(arg(c, 0)), pathOf(arg(c, 1))
		mode := int(arg(c, 2).ToInteger())
		return st.do(last(c, 3), func() (result, error) {
			return nil, perr(copyFile(src, dst, mode), "copyfile", src, dst)
		})
	})
	// realpath(path, native)
	set("realpath", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		native := arg(c, 1).ToBoolean()
		return st.do(last(c, 2), func() (result, error) {
			r, err := realpath(p, native)
			if err != nil {
				return nil, err
			}
			return strRes(r), nil
		})
	})
	set("chmod", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		mode := uint32(arg(c, 1).ToInteger())
		return st.do(last(c, 2), func() (result, error) {
			return nil, perr(unix.Chmod(p, mode), "chmod", p)
		})
	})
	// utimes(path, atime, mtime) in seconds; futimes(fd, atime, mtime)
	ts := func(v goja.Value) unix.Timespec {
		f := v.ToFloat()
		return unix.NsecToTimespec(int64(f * 1e9))
	}
	set("utimes", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		t := []unix.Timespec{ts(arg(c, 1)), ts(arg(c, 2))}
		return st.do(last(c, 3), func() (result, error) {
			return nil, perr(unix.UtimesNano(p, t), "utime", p)
		})
	})
	set("futimes", func(c goja.FunctionCall) goja.Value {
		fd := int(arg(c, 0).ToInteger())
		t := []unix.Timespec{ts(arg(c, 1)), ts(arg(c, 2))}
		return st.do(last(c, 3), func() (result, error) {
			return nil, perr(futimens(fd, t), "futime")
		})
	})
	set("truncate", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		n := arg(c, 1).ToInteger()
		return st.do(last(c, 2), func() (result, error) {
			var fd int
			err := eintr(func() (e error) { fd, e = unix.Open(p, unix.O_RDWR|unix.O_CLOEXEC, 0o666); return })
			if err != nil {
				return nil, perr(err, "open", p)
			}
			defer unix.Close(fd)
			return nil, perr(unix.Ftruncate(fd, n), "ftruncate")
		})
	})
	set("access", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		mode := uint32(arg(c, 1).ToInteger())
		return st.do(last(c, 2), func() (result, error) {
			return nil, perr(unix.Access(p, mode), "access", p)
		})
	})
	// readFile(pathOrFd, isFd, flags) -> ArrayBuffer
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
		return st.do(last(c, 3), func() (result, error) {
			data, err := readAll(p, fd, flags)
			if err != nil {
				return nil, err
			}
			return func() goja.Value { return vm.ToValue(vm.NewArrayBuffer(data)) }, nil
		})
	})
	// writeFile(pathOrFd, isFd, data, flags, mode)
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
		req := last(c, 5)
		if !goja.IsUndefined(req) {
			data = append([]byte(nil), data...)
		}
		return st.do(req, func() (result, error) {
			return nil, writeAll(p, fd, data, flags, mode)
		})
	})
	// chown(path, uid, gid), lchown, fchown(fd, uid, gid)
	chown := func(name string, f func(p string, uid, gid int) error) host.Func {
		return func(c goja.FunctionCall) goja.Value {
			p := pathOf(arg(c, 0))
			uid, gid := int(arg(c, 1).ToInteger()), int(arg(c, 2).ToInteger())
			return st.do(last(c, 3), func() (result, error) {
				return nil, perr(f(p, uid, gid), name, p)
			})
		}
	}
	set("chown", chown("chown", unix.Chown))
	set("lchown", chown("lchown", unix.Lchown))
	set("fchown", func(c goja.FunctionCall) goja.Value {
		fd := int(arg(c, 0).ToInteger())
		uid, gid := int(arg(c, 1).ToInteger()), int(arg(c, 2).ToInteger())
		return st.do(last(c, 3), func() (result, error) {
			return nil, perr(unix.Fchown(fd, uid, gid), "fchown")
		})
	})
	set("lutimes", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		t := []unix.Timespec{ts(arg(c, 1)), ts(arg(c, 2))}
		return st.do(last(c, 3), func() (result, error) {
			return nil, perr(unix.UtimesNanoAt(unix.AT_FDCWD, p, t, unix.AT_SYMLINK_NOFOLLOW), "lutime", p)
		})
	})
	// readv(fd, [views], position) / writev: bytes moved, one view after another
	vec := func(write bool) host.Func {
		return func(c goja.FunctionCall) goja.Value {
			fd := int(arg(c, 0).ToInteger())
			list, _ := arg(c, 1).(*goja.Object)
			var bufs [][]byte
			if list != nil {
				n := int(list.Get("length").ToInteger())
				for i := 0; i < n; i++ {
					// not copied, as in write above
					bufs = append(bufs, buffer.Bytes(list.Get(strconv.Itoa(i))))
				}
			}
			pos := arg(c, 2).ToInteger()
			name := "read"
			if write {
				name = "write"
			}
			return st.do(last(c, 3), func() (result, error) {
				total := 0
				for _, b := range bufs {
					for len(b) > 0 {
						var k int
						err := eintr(func() (e error) {
							switch {
							case write && pos >= 0:
								k, e = unix.Pwrite(fd, b, pos)
							case write:
								k, e = unix.Write(fd, b)
							case pos >= 0:
								k, e = unix.Pread(fd, b, pos)
							default:
								k, e = unix.Read(fd, b)
							}
							return
						})
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
						if k == 0 {
							return intRes(total), nil
						}
						if !write {
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
		return st.do(last(c, 1), func() (result, error) {
			var s unix.Statfs_t
			if err := unix.Statfs(p, &s); err != nil {
				return nil, perr(err, "statfs", p)
			}
			vals := statfsValues(&s)
			return func() goja.Value { return vm.NewArray(vals...) }, nil
		})
	})
	// opendir(path) -> [names, types] in directory order (Dir reads them one at a time)
	set("opendir", func(c goja.FunctionCall) goja.Value {
		p := pathOf(arg(c, 0))
		async := !goja.IsUndefined(last(c, 1))
		fail := func(err error) error {
			// Node's opendirSync reports failures without the path, opendir with it
			if async {
				return perr(err, "opendir", p)
			}
			return nodeerr.FromGo(err, "opendir").WithoutPath()
		}
		return st.do(last(c, 1), func() (result, error) {
			f, err := os.Open(p)
			if err != nil {
				return nil, fail(err)
			}
			defer f.Close()
			ents, err := f.ReadDir(-1)
			if err != nil {
				return nil, fail(err)
			}
			names := make([]any, len(ents))
			types := make([]any, len(ents))
			for i, e := range ents {
				names[i] = e.Name()
				types[i] = fileModeType(e.Type())
			}
			return func() goja.Value { return vm.NewArray(vm.NewArray(names...), vm.NewArray(types...)) }, nil
		})
	})
	watchBindings(st, b)
	set("glob", globBinding(st))
	_ = b.Set("constants", constants(vm))
	setStreamIO(st, b)
	return b
}

// mkdirp creates p and its missing parents as Node's MKDirpSync does: parents are found by
// cutting the path at its last slash, not by cleaning it, and the result is the first directory
// created, spelled as it was reached ("" when nothing was created).
func mkdirp(p string, mode uint32) (string, error) {
	stack := []string{p}
	first := ""
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		err := eintr(func() error { return unix.Mkdir(cur, mode) })
		switch err {
		case nil:
			if first == "" {
				first = cur
			}
			stack = stack[:len(stack)-1]
		case unix.EACCES, unix.ENOSPC, unix.ENOTDIR, unix.EPERM:
			return "", err
		case unix.ENOENT:
			i := strings.LastIndexByte(cur, '/')
			if i <= 0 || cur[:i] == cur {
				return "", err
			}
			stack = append(stack, cur[:i])
		default:
			var s unix.Stat_t
			if e := unix.Stat(cur, &s); e != nil {
				return "", err
			}
			if s.Mode&unix.S_IFMT != unix.S_IFDIR {
				if cur == p {
					return "", unix.EEXIST
				}
				return "", unix.ENOTDIR
			}
			stack = stack[:len(stack)-1]
		}
	}
	return first, nil
}

func copyFile(src, dst string, mode int) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		return err
	}
	if fi.IsDir() {
		return unix.EISDIR
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if mode&1 != 0 {
		flags |= os.O_EXCL
	} else if di, err := os.Stat(dst); err == nil && os.SameFile(fi, di) {
		// libuv leaves a file copied onto itself alone (truncating it first would lose it)
		return nil
	}
	out, err := os.OpenFile(dst, flags, fi.Mode().Perm())
	if err != nil {
		return err
	}
	// COPYFILE_FICLONE tries a copy-on-write clone first; COPYFILE_FICLONE_FORCE fails when
	// the file system cannot clone, and like libuv removes the destination it created.
	if mode&(copyFileClone|copyFileCloneForce) != 0 {
		err := cloneFile(out, in)
		if err == nil {
			return out.Close()
		}
		if mode&copyFileCloneForce != 0 {
			out.Close()
			_ = os.Remove(dst)
			return err
		}
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	_ = out.Chmod(fi.Mode().Perm())
	return out.Close()
}

// readAll is readFile's work: open (unless fd >= 0), read to the end, close.
// maxReadFileSize is Node's kIoMaxLength: readFile refuses larger regular files.
const maxReadFileSize = 1<<31 - 1

func readAll(p string, fd, flags int) ([]byte, error) {
	if fd < 0 {
		err := eintr(func() (e error) { fd, e = unix.Open(p, flags|unix.O_CLOEXEC, 0o666); return })
		if err != nil {
			return nil, perr(err, "open", p)
		}
		defer unix.Close(fd)
	}
	size := 0
	var s unix.Stat_t
	if err := unix.Fstat(fd, &s); err != nil {
		return nil, perr(err, "fstat") // a bad fd fails here first, as in Node
	} else if s.Mode&unix.S_IFMT == unix.S_IFREG {
		if s.Size > maxReadFileSize {
			n := s.Size
			return nil, jsErr{func(vm *goja.Runtime) *goja.Object { return nodeerr.New(vm, "ERR_FS_FILE_TOO_LARGE", n) }}
		}
		size = int(s.Size)
	}
	if size > 0 {
		// A regular file is read up to the size fstat gave, as Node does: no read to see EOF,
		// and a file that grows meanwhile yields its first size bytes. The memory is not cleared
		// first: the reads fill it, and only what they filled is returned.
		buf := buffer.MakeNoZero(size)
		pos := 0
		for pos < size {
			var n int
			err := eintr(func() (e error) { n, e = unix.Read(fd, buf[pos:]); return })
			if err != nil {
				return nil, perr(err, "read")
			}
			if n == 0 {
				break
			}
			pos += n
		}
		return buf[:pos:pos], nil
	}
	buf := make([]byte, 0, 512+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		var n int
		err := eintr(func() (e error) { n, e = unix.Read(fd, buf[len(buf):cap(buf)]); return })
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
	if fd < 0 {
		err := eintr(func() (e error) { fd, e = unix.Open(p, flags|unix.O_CLOEXEC, mode); return })
		if err != nil {
			return perr(err, "open", p)
		}
		defer unix.Close(fd)
	}
	for len(data) > 0 {
		var n int
		err := eintr(func() (e error) { n, e = unix.Write(fd, data); return })
		if err != nil {
			return perr(err, "write")
		}
		data = data[n:]
	}
	return nil
}

func constants(vm *goja.Runtime) *goja.Object {
	o := vm.NewObject()
	for _, kv := range constantList() {
		_ = o.Set(kv.name, kv.value)
	}
	return o
}

type constant struct {
	name  string
	value int
}

// rmIsDirError is the ERR_FS_EISDIR of rm on a directory without recursive. Node raises it
// from its native rm: the context lists code, message, path, syscall, errno (the positive
// os.constants.errno value) in that order, and the error is a SystemError itself, not the
// NodeError subclass the JS error table makes.
func rmIsDirError(vm *goja.Runtime, p string) *goja.Object {
	ctx := vm.NewObject()
	_ = ctx.Set("code", "EISDIR")
	_ = ctx.Set("message", "is a directory")
	_ = ctx.Set("path", p)
	_ = ctx.Set("syscall", "rm")
	_ = ctx.Set("errno", int(unix.EISDIR))
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

// realpath resolves p component by component. Node's JS fs.realpath lstats each component and
// stats a link before reading it, so its errors name lstat or stat and the partial path;
// realpath.native is realpath(3), whose errors name realpath and the whole argument.
func realpath(p string, native bool) (string, error) {
	fail := func(err error, syscall, at string) error {
		if native {
			return perr(err, "realpath", p)
		}
		return perr(err, syscall, at)
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", fail(err, "lstat", p)
	}
	if native {
		// the kernel walks "missing/.." too, where path.resolve would drop both
		abs = p
		if wd, err := os.Getwd(); err == nil && !filepath.IsAbs(p) {
			abs = wd + "/" + p
		}
	}
	pending := strings.Split(abs, "/")
	resolved := "/"
	links := 0
	for len(pending) > 0 {
		c := pending[0]
		pending = pending[1:]
		switch c {
		case "", ".":
			continue
		case "..":
			resolved = filepath.Dir(resolved)
			continue
		}
		next := filepath.Join(resolved, c)
		var st unix.Stat_t
		if err := eintr(func() error { return unix.Lstat(next, &st) }); err != nil {
			return "", fail(err, "lstat", next)
		}
		if st.Mode&unix.S_IFMT != unix.S_IFLNK {
			resolved = next
			continue
		}
		if !native {
			if err := eintr(func() error { return unix.Stat(next, &st) }); err != nil {
				return "", fail(err, "stat", next)
			}
		}
		links++
		if links > 40 {
			return "", fail(unix.ELOOP, "stat", next)
		}
		target, err := os.Readlink(next)
		if err != nil {
			return "", fail(err, "readlink", next)
		}
		if strings.HasPrefix(target, "/") {
			resolved = "/"
		}
		pending = append(strings.Split(target, "/"), pending...)
	}
	return resolved, nil
}
