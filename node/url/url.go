// Package url serves node:url (the WHATWG URL and URLSearchParams classes, which are also
// globals, and the legacy url.parse/format/resolve API), node:querystring and node:punycode.
// Parsing and serializing run in Go (internal/weburl); a URL's state (its href and the offsets
// of its components, as Node's C++ keeps them) and a URLSearchParams' list are Go records, and
// the accessors and methods on their prototypes are native (record.go).
package url

import (
	_ "embed"
	"unicode/utf16"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
	"github.com/gnode-dev/gnode/internal/weburl"
	"github.com/gnode-dev/gnode/node/buffer"
)

//go:embed js/internal_url.js
var internalURLJS string

//go:embed js/url.js
var urlJS string

//go:embed js/querystring.js
var querystringJS string

//go:embed js/punycode.js
var punycodeJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "internal/url", Source: internalURLJS, Binding: func(h *host.Host) *goja.Object { return NewBinding(h.VM) }},
		{ID: "url", Source: urlJS},
		{ID: "querystring", Source: querystringJS},
		{ID: "punycode", Source: punycodeJS},
	}
}

// NewBinding builds internalBinding('internal/url') (the record functions are listed at
// records.bind):
//
//	URLBase, setParseToken, takeContext, takeError   URL's native constructor (below)
//	toUSV(s)                         s with lone surrogates replaced by U+FFFD
//	canParse(input, base, hasBase)   boolean
//	encode(str, set)                 UTF-8 percent-encoding with a named set
//	domainToASCII(s), domainToUnicode(s)
//	pathToFileHref(absPath, windows) the href pathToFileURL builds
func NewBinding(vm *goja.Runtime) *goja.Object {
	b := vm.NewObject()
	// URLBase(input[, base[, kParse]]) is the native base class of URL: `class URL extends
	// URLBase` has no constructor of its own, so the engine hands the caller's arguments
	// straight to this function, which knows their count (new URL() and new URL(undefined)
	// throw different errors) without the arguments object a JS constructor would need to
	// build on every call. It parses and leaves the record for URL's field initializer,
	// which takes it with takeContext() right after this returns: undefined means failure,
	// and the initializer then throws takeError() from the glue, where Node throws it.
	rs := &records{vm: vm}
	var bases baseCache
	rs.bind(b)
	var pending goja.Value = goja.Undefined()
	var parseToken goja.Value
	var failure func() *goja.Object
	fail := func(f func() *goja.Object) *goja.Object {
		pending, failure = goja.Undefined(), f
		return nil
	}
	symbolError := func() *goja.Object { return vm.NewTypeError("Cannot convert a Symbol value to a string") }
	base := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		argc := len(call.Arguments)
		if argc == 0 {
			return fail(func() *goja.Object { return nodeerr.New(vm, "ERR_MISSING_ARGS", "url") })
		}
		if _, ok := call.Arguments[0].(*goja.Symbol); ok {
			return fail(symbolError)
		}
		input := call.Arguments[0].String()
		var u *weburl.URL
		var ok bool
		hasBase := argc > 1 && !goja.IsUndefined(call.Arguments[1])
		baseStr := ""
		if hasBase {
			if _, ok := call.Arguments[1].(*goja.Symbol); ok {
				return fail(symbolError)
			}
			baseStr = call.Arguments[1].String()
			if b := bases.parse(baseStr); b != nil {
				u, ok = weburl.Parse(input, b)
			}
		} else {
			if o, ok := weburl.CanonicalOffsets(input); ok {
				r := &urlRecord{href: input, o: o}
				pending = vm.NewDynamicObject(r)
				rs.lastURLObj, rs.lastURL = call.This, r
				return nil
			}
			u, ok = weburl.Parse(input, nil)
		}
		if !ok {
			if argc > 2 && parseToken != nil && call.Arguments[2] == parseToken {
				pending = vm.ToValue(false)
				return nil
			}
			return fail(func() *goja.Object {
				e := nodeerr.NewNative(vm, "ERR_INVALID_URL", "Invalid URL")
				_ = e.Set("input", vm.ToValue(input))
				if hasBase {
					_ = e.Set("base", vm.ToValue(baseStr))
				}
				return e
			})
		}
		r := newURLRecord(u)
		pending = vm.NewDynamicObject(r)
		rs.lastURLObj, rs.lastURL = call.This, r
		return nil
	}).(*goja.Object)
	_ = b.Set("URLBase", base)
	_ = b.Set("setParseToken", func(call goja.FunctionCall) goja.Value {
		parseToken = call.Argument(0)
		return goja.Undefined()
	})
	_ = b.Set("takeContext", func(goja.FunctionCall) goja.Value {
		v := pending
		pending = goja.Undefined()
		return v
	})
	_ = b.Set("takeError", func(goja.FunctionCall) goja.Value {
		f := failure
		failure = nil
		if f == nil {
			return vm.NewTypeError("Invalid URL")
		}
		return f()
	})
	// toUSV(string) -> the string with lone surrogates replaced by U+FFFD (the same value when
	// it has none)
	_ = b.Set("toUSV", func(call goja.FunctionCall) goja.Value {
		v := call.Argument(0)
		_, u, ascii := buffer.StringUnits(v)
		if ascii {
			return v
		}
		var fixed []uint16
		for i := 0; i < len(u); i++ {
			c := u[i]
			if c < 0xD800 || c > 0xDFFF {
				continue
			}
			if c <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
				i++
				continue
			}
			if fixed == nil {
				fixed = append([]uint16(nil), u...)
			}
			fixed[i] = 0xFFFD
		}
		if fixed == nil {
			return v
		}
		return vm.ToValue(string(utf16.Decode(fixed)))
	})
	_ = b.Set("canParse", func(call goja.FunctionCall) goja.Value {
		var ok bool
		if call.Argument(2).ToBoolean() {
			_, ok = weburl.ParseString(call.Argument(0).String(), call.Argument(1).String(), true)
		} else {
			_, ok = weburl.Parse(call.Argument(0).String(), nil)
		}
		return vm.ToValue(ok)
	})
	_ = b.Set("encode", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(weburl.PercentEncode(call.Argument(0).String(), call.Argument(1).String()))
	})
	// url.domainToASCII/domainToUnicode run the host parser of a special URL (so "1.2.3" is
	// an IPv4 address, as in Node), and return "" where it fails.
	_ = b.Set("domainToASCII", func(call goja.FunctionCall) goja.Value {
		s, ok := weburl.ParseHost(call.Argument(0).String(), false)
		if !ok {
			return vm.ToValue("")
		}
		return vm.ToValue(s)
	})
	_ = b.Set("domainToUnicode", func(call goja.FunctionCall) goja.Value {
		s, ok := weburl.ParseHost(call.Argument(0).String(), false)
		if !ok {
			return vm.ToValue("")
		}
		return vm.ToValue(weburl.DomainToUnicode(s))
	})
	_ = b.Set("legacyToASCII", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(weburl.LenientToASCII(call.Argument(0).String()))
	})
	_ = b.Set("pathToFileHref", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue("file://" + weburl.EncodePathChars(call.Argument(0).String(), call.Argument(1).ToBoolean()))
	})
	return b
}

// baseCache keeps the bases new URL(input, base) parsed last: programs resolve many inputs
// against a few bases, and the parser never changes a base it resolves against.
type baseCache struct {
	m map[string]*weburl.URL
}

func (c *baseCache) parse(s string) *weburl.URL {
	if b, ok := c.m[s]; ok {
		return b
	}
	b, ok := weburl.Parse(s, nil)
	if !ok {
		return nil
	}
	if c.m == nil || len(c.m) >= 32 {
		c.m = make(map[string]*weburl.URL, 32)
	}
	c.m[s] = b
	return b
}
