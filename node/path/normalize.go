package path

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/gnode-dev/gnode/internal/host"
)

// binding serves internalBinding('path'): the character loop of path normalisation, which
// path.join/resolve/normalize run on every call and which costs the interpreter ~30 µs for a
// short path (V8: ~1 µs).
//
//	normalizeString(path, allowAboveRoot)  the normalised path, or undefined when path is not
//	                                       ASCII (the glue then runs its own loop, which works
//	                                       on UTF-16 code units, lone surrogates included)
func binding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	_ = b.Set("normalizeString", func(call goja.FunctionCall) goja.Value {
		s := call.Argument(0).String()
		if !isASCII(s) {
			return goja.Undefined()
		}
		return vm.ToValue(normalizeString(s, call.Argument(1).ToBoolean(), '/', isPosixSep))
	})
	// strings reads a JS array of path arguments as Go strings, in order; ok is false when one
	// is not an ASCII string (the glue's own code then validates and handles it).
	strs := func(v goja.Value) ([]string, bool) {
		arr, isObj := v.(*goja.Object)
		if !isObj {
			return nil, false
		}
		n := int(arr.Get("length").ToInteger())
		out := make([]string, n)
		for i := 0; i < n; i++ {
			e := arr.Get(strconv.Itoa(i))
			if _, ok := e.(goja.String); !ok {
				return nil, false
			}
			s := e.String()
			if !isASCII(s) {
				return nil, false
			}
			out[i] = s
		}
		return out, true
	}
	// join(args) is path.posix.join for ASCII string arguments, else undefined.
	_ = b.Set("join", func(call goja.FunctionCall) goja.Value {
		args, ok := strs(call.Argument(0))
		if !ok {
			return goja.Undefined()
		}
		return vm.ToValue(joinPosix(args))
	})
	// resolve(args[, cwd]) is path.posix.resolve for ASCII string arguments; null when it needs
	// the working directory and was not given it (the glue asks process.cwd(), which programs
	// may replace), undefined when the glue must do it all.
	_ = b.Set("resolve", func(call goja.FunctionCall) goja.Value {
		args, ok := strs(call.Argument(0))
		if !ok {
			return goja.Undefined()
		}
		cwd, hasCwd := "", false
		if c := call.Argument(1); !goja.IsUndefined(c) {
			if _, isStr := c.(goja.String); !isStr || !isASCII(c.String()) {
				return goja.Undefined()
			}
			cwd, hasCwd = c.String(), true
		}
		r, needCwd := resolvePosix(args, cwd, hasCwd)
		if needCwd {
			return goja.Null()
		}
		return vm.ToValue(r)
	})
	return b
}

// normalizePosix is path.posix.normalize.
func normalizePosix(p string) string {
	if p == "" {
		return "."
	}
	isAbsolute := p[0] == '/'
	trailingSeparator := p[len(p)-1] == '/'
	p = normalizeString(p, !isAbsolute, '/', isPosixSep)
	if p == "" {
		if isAbsolute {
			return "/"
		}
		if trailingSeparator {
			return "./"
		}
		return "."
	}
	if trailingSeparator {
		p += "/"
	}
	if isAbsolute {
		return "/" + p
	}
	return p
}

// joinPosix is path.posix.join.
func joinPosix(args []string) string {
	var parts []string
	for _, a := range args {
		if a != "" {
			parts = append(parts, a)
		}
	}
	if len(parts) == 0 {
		return "."
	}
	return normalizePosix(strings.Join(parts, "/"))
}

// resolvePosix is path.posix.resolve; needCwd reports that the arguments are relative and no
// working directory was given.
func resolvePosix(args []string, cwd string, hasCwd bool) (r string, needCwd bool) {
	resolved := ""
	absolute := false
	for i := len(args) - 1; i >= -1 && !absolute; i-- {
		var p string
		if i >= 0 {
			p = args[i]
		} else {
			if !hasCwd {
				return "", true
			}
			p = cwd
		}
		if p == "" {
			continue
		}
		resolved = p + "/" + resolved
		absolute = p[0] == '/'
	}
	resolved = normalizeString(resolved, !absolute, '/', isPosixSep)
	if absolute {
		return "/" + resolved, false
	}
	if resolved == "" {
		return ".", false
	}
	return resolved, false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isPosixSep(c byte) bool { return c == '/' }

// normalizeString resolves "." and ".." segments of p (separators recognised by isSep, joined
// with sep) the way Node's normalizeString does, step for step: a ".." pops the last segment
// unless that is itself ".." (or there is none), and with allowAboveRoot leading ".."s stay.
func normalizeString(p string, allowAboveRoot bool, sep byte, isSep func(byte) bool) string {
	var res strings.Builder
	res.Grow(len(p))
	lastSegmentLength := 0
	lastSlash := -1
	dots := 0
	var code byte
	for i := 0; i <= len(p); i++ {
		if i < len(p) {
			code = p[i]
		} else if isSep(code) {
			break
		} else {
			code = '/'
		}
		if isSep(code) {
			if lastSlash == i-1 || dots == 1 {
				// an empty or "." segment
			} else if dots == 2 {
				r := res.String()
				if len(r) < 2 || lastSegmentLength != 2 || r[len(r)-1] != '.' || r[len(r)-2] != '.' {
					if len(r) > 2 {
						idx := strings.LastIndexByte(r, sep)
						if idx == -1 {
							res.Reset()
							lastSegmentLength = 0
						} else {
							r = r[:idx]
							res.Reset()
							res.WriteString(r)
							lastSegmentLength = len(r) - 1 - strings.LastIndexByte(r, sep)
						}
						lastSlash = i
						dots = 0
						continue
					} else if len(r) != 0 {
						res.Reset()
						lastSegmentLength = 0
						lastSlash = i
						dots = 0
						continue
					}
				}
				if allowAboveRoot {
					if res.Len() > 0 {
						res.WriteByte(sep)
					}
					res.WriteString("..")
					lastSegmentLength = 2
				}
			} else {
				if res.Len() > 0 {
					res.WriteByte(sep)
				}
				res.WriteString(p[lastSlash+1 : i])
				lastSegmentLength = i - lastSlash - 1
			}
			lastSlash = i
			dots = 0
		} else if code == '.' && dots != -1 {
			dots++
		} else {
			dots = -1
		}
	}
	return res.String()
}
