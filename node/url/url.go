// Package url serves node:url (the WHATWG URL and URLSearchParams classes, which are also
// globals, and the legacy url.parse/format/resolve API), node:querystring and node:punycode.
// Parsing and serializing run in Go (internal/weburl); a URL object holds only its href and
// the offsets of its components, as Node's does.
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

// NewBinding builds internalBinding('internal/url'):
//
//	parse(input, base, hasBase)      context [href, ...weburl.Offsets], or undefined when the input does not parse
//	update(href, attr, value)        context after the setter of attr ran; false if href= failed
//	canParse(input, base, hasBase)   boolean
//	origin(href)                     the URL's origin
//	parseParams(query)               flat [name, value, ...] of an application/x-www-form-urlencoded string
//	serializeParams(list)            the flat list serialized
//	encode(str, set)                 UTF-8 percent-encoding with a named set
//	domainToASCII(s), domainToUnicode(s)
//	pathToFileHref(absPath, windows) the href pathToFileURL builds
func NewBinding(vm *goja.Runtime) *goja.Object {
	b := vm.NewObject()
	// A serialized URL is ASCII (everything else is percent-encoded or punycoded), so byte
	// offsets are JS string indexes. The context array is what a URL object holds.
	fill := func(u *weburl.URL) goja.Value {
		href, o := u.Serialize()
		return vm.NewArray(href, o.ProtocolEnd, o.UsernameStart, o.UsernameEnd, o.PasswordStart, o.PasswordEnd,
			o.HostStart, o.HostEnd, o.PortStart, o.PathStart, o.SearchStart, o.HashStart)
	}

	parse := func(call goja.FunctionCall) (*weburl.URL, bool) {
		input := call.Argument(0).String()
		if call.Argument(2).ToBoolean() {
			return weburl.ParseString(input, call.Argument(1).String(), true)
		}
		return weburl.Parse(input, nil)
	}
	// URLBase(input[, base[, kParse]]) is the native base class of URL: `class URL extends
	// URLBase` has no constructor of its own, so the engine hands the caller's arguments
	// straight to this function, which knows their count (new URL() and new URL(undefined)
	// throw different errors) without the arguments object a JS constructor would need to
	// build on every call. It parses and leaves the context for URL's field initializer,
	// which takes it with takeContext() right after this returns: undefined means failure,
	// and the initializer then throws takeError() from the glue, where Node throws it.
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
			u, ok = weburl.ParseString(input, baseStr, true)
		} else {
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
		pending = fill(u)
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
	_ = b.Set("parse", func(call goja.FunctionCall) goja.Value {
		u, ok := parse(call)
		if !ok {
			return goja.Undefined()
		}
		return fill(u)
	})
	// withArgc(name, length, impl) -> a method that calls impl(argc, ...args) with its receiver
	_ = b.Set("withArgc", func(call goja.FunctionCall) goja.Value {
		name := call.Argument(0).String()
		length := int(call.Argument(1).ToInteger())
		impl, ok := goja.AssertFunction(call.Argument(2))
		if !ok {
			panic(vm.NewTypeError("withArgc: not a function"))
		}
		return host.NamedFunc(vm, name, length, func(c goja.FunctionCall) goja.Value {
			args := make([]goja.Value, len(c.Arguments)+1)
			args[0] = vm.ToValue(len(c.Arguments))
			copy(args[1:], c.Arguments)
			v, err := impl(c.This, args...)
			host.Rethrow(err)
			return v
		})
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
		_, ok := parse(call)
		return vm.ToValue(ok)
	})
	_ = b.Set("update", func(call goja.FunctionCall) goja.Value {
		u, ok := weburl.Parse(call.Argument(0).String(), nil)
		if !ok {
			return vm.ToValue(false)
		}
		if !weburl.Set(u, call.Argument(1).String(), call.Argument(2).String()) {
			return vm.ToValue(false)
		}
		return fill(u)
	})
	_ = b.Set("origin", func(call goja.FunctionCall) goja.Value {
		u, ok := weburl.Parse(call.Argument(0).String(), nil)
		if !ok {
			return vm.ToValue("null")
		}
		return vm.ToValue(u.Origin())
	})
	_ = b.Set("parseParams", func(call goja.FunctionCall) goja.Value {
		pairs := weburl.ParseForm(call.Argument(0).String())
		vals := make([]any, len(pairs))
		for i, p := range pairs {
			vals[i] = vm.ToValue(p)
		}
		return vm.NewArray(vals...)
	})
	_ = b.Set("serializeParams", func(call goja.FunctionCall) goja.Value {
		list, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return vm.ToValue("")
		}
		exported, _ := list.Export().([]any)
		items := make([]string, len(exported))
		for i, v := range exported {
			items[i], _ = v.(string)
		}
		return vm.ToValue(weburl.SerializeForm(items))
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
	// invalidURL is the error Node's C++ parser throws: a plain TypeError with code, input
	// and (when given) base.
	_ = b.Set("invalidURL", func(call goja.FunctionCall) goja.Value {
		e := nodeerr.NewNative(vm, "ERR_INVALID_URL", "Invalid URL")
		_ = e.Set("input", call.Argument(0))
		if !goja.IsUndefined(call.Argument(1)) {
			_ = e.Set("base", call.Argument(1))
		}
		return e
	})
	_ = b.Set("percentDecode", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(weburl.DecodeUTF8(weburl.PercentDecode(call.Argument(0).String())))
	})
	return b
}
