// Package language completes the ECMAScript built-ins of the engine to what Node 24 (V8 13.6)
// has: ES2023–ES2025 methods, iterator helpers, Set methods, explicit resource management
// symbols, Annex B leftovers, WeakRef and FinalizationRegistry, and corrections of engine
// built-ins whose results differ from V8's (JSON.stringify indentation, Unicode property
// escapes in regular expressions). The builtin internal/language runs at bootstrap, before
// user code; docs/compat/language.md lists what it adds.
package language

import (
	_ "embed"
	"math"
	"strings"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/impl.js
var implSource string

// The eager part is Go: installStubs puts native stubs on the intrinsics; the JS that
// implements most of them (impl.js, ~1000 lines: compiling it costs ~10 ms) loads on first call.
const installSource = `'use strict';
// impl.js loads late, maybe after user code changed these: it uses the originals kept here.
const b = internalBinding('internal/language');
const setIterator = new Set().values();
b.primordials = {
  ObjectDefineProperty: Object.defineProperty, ObjectCreate: Object.create,
  ObjectGetPrototypeOf: Object.getPrototypeOf, ObjectGetOwnPropertyDescriptor: Object.getOwnPropertyDescriptor,
  ReflectApply: Reflect.apply, ReflectConstruct: Reflect.construct,
  Set, SetHas: Set.prototype.has, SetAdd: Set.prototype.add, SetDelete: Set.prototype.delete,
  SetValues: Set.prototype.values, SetSize: Object.getOwnPropertyDescriptor(Set.prototype, 'size').get,
  SetIteratorNext: Object.getPrototypeOf(setIterator).next,
  Map, MapGet: Map.prototype.get, MapSet: Map.prototype.set, MapHas: Map.prototype.has,
  WeakMap, WeakMapGet: WeakMap.prototype.get, WeakMapSet: WeakMap.prototype.set, WeakMapHas: WeakMap.prototype.has,
  ArrayPush: Array.prototype.push, Promise, PromiseThen: Promise.prototype.then, PromiseResolve: Promise.resolve,
  SymbolIterator: Symbol.iterator, SymbolAsyncIterator: Symbol.asyncIterator,
};
b.install(() => require('internal/language/impl'));
// V8's AsyncFunction.prototype.constructor is read-only.
Object.defineProperty(Object.getPrototypeOf(async function() {}), 'constructor', { __proto__: null, writable: false });
`

// Modules returns the builtins internal/language (run at bootstrap) and internal/language/impl.
func Modules() []*host.Module {
	bind := func(h *host.Host) *goja.Object { return newBinding(h) }
	return []*host.Module{
		{ID: "internal/language", Source: installSource, Binding: bind},
		{ID: "internal/language/impl", Source: implSource, Binding: bind},
	}
}

func defineNameLength(vm *goja.Runtime, f *goja.Object, name string, length int) {
	_ = f.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = f.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// nativeFunc wraps a JS implementation in a native function named like V8's built-in.
func nativeFunc(vm *goja.Runtime, impl goja.Callable, name string, length int) *goja.Object {
	f := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		v, err := impl(call.This, call.Arguments...)
		if err != nil {
			host.Rethrow(err)
		}
		return v
	}).(*goja.Object)
	defineNameLength(vm, f, name, length)
	return f
}

func newBinding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	installWeakRefs(vm, h, b)
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }

	// Function.prototype.toString shows the constructors written in JS here as native code.
	nativeLooking := map[*goja.Object]bool{}
	fnProto := vm.Get("Function").(*goja.Object).Get("prototype").(*goja.Object)
	origToString, _ := goja.AssertFunction(fnProto.Get("toString"))
	toString := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if o, ok := call.This.(*goja.Object); ok && nativeLooking[o] {
			return vm.ToValue("function " + o.Get("name").String() + "() { [native code] }")
		}
		v, err := origToString(call.This, call.Arguments...)
		if err != nil {
			host.Rethrow(err)
		}
		return v
	}).(*goja.Object)
	defineNameLength(vm, toString, "toString", 0)
	_ = fnProto.DefineDataProperty("toString", toString, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	set("markNative", func(call goja.FunctionCall) goja.Value {
		if o, ok := call.Argument(0).(*goja.Object); ok {
			nativeLooking[o] = true
		}
		return goja.Undefined()
	})

	set("native", func(call goja.FunctionCall) goja.Value {
		impl, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			panic(vm.NewTypeError("native: not a function"))
		}
		name := call.Argument(1).String()
		length := int(call.Argument(2).ToInteger())
		return nativeFunc(vm, impl, name, length)
	})

	stringFn, _ := goja.AssertFunction(vm.Get("String"))
	thisString := func(call goja.FunctionCall, method string) goja.String {
		if goja.IsUndefined(call.This) || goja.IsNull(call.This) {
			panic(vm.NewTypeError("String.prototype." + method + " called on null or undefined"))
		}
		if s, ok := call.This.(goja.String); ok {
			return s
		}
		if _, ok := call.This.(*goja.Symbol); ok {
			panic(vm.NewTypeError("Cannot convert a Symbol value to a string"))
		}
		v, err := stringFn(goja.Undefined(), call.This)
		if err != nil {
			host.Rethrow(err)
		}
		return v.(goja.String)
	}
	set("isWellFormed", func(call goja.FunctionCall) goja.Value {
		s := thisString(call, "isWellFormed")
		return vm.ToValue(firstLoneSurrogate(s) < 0)
	})
	set("toWellFormed", func(call goja.FunctionCall) goja.Value {
		s := thisString(call, "toWellFormed")
		i := firstLoneSurrogate(s)
		if i < 0 {
			return s
		}
		n := s.Length()
		units := make([]uint16, n)
		for j := 0; j < n; j++ {
			units[j] = s.CharAt(j)
		}
		for j := i; j < n; j++ {
			c := units[j]
			switch {
			case c >= 0xD800 && c <= 0xDBFF:
				if j+1 < n && units[j+1] >= 0xDC00 && units[j+1] <= 0xDFFF {
					j++
				} else {
					units[j] = 0xFFFD
				}
			case c >= 0xDC00 && c <= 0xDFFF:
				units[j] = 0xFFFD
			}
		}
		return goja.StringFromUTF16(units)
	})

	set("isError", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		return vm.ToValue(ok && o.ClassName() == "Error")
	})

	set("f16round", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(float16ToFloat64(float64ToFloat16(call.Argument(0).ToFloat())))
	})
	set("float16ToNumber", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(float16ToFloat64(uint16(call.Argument(0).ToInteger())))
	})
	set("numberToFloat16", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(float64ToFloat16(call.Argument(0).ToFloat()))
	})

	set("regexpEscape", func(call goja.FunctionCall) goja.Value {
		s, ok := call.Argument(0).(goja.String)
		if !ok {
			panic(vm.NewTypeError("input argument must be a string"))
		}
		return regexpEscape(s)
	})

	set("install", func(call goja.FunctionCall) goja.Value {
		load, _ := goja.AssertFunction(call.Argument(0))
		installStubs(vm, h, b, load)
		return goja.Undefined()
	})
	return b
}

func firstLoneSurrogate(s goja.String) int {
	n := s.Length()
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		if c < 0xD800 || c > 0xDFFF {
			continue
		}
		if c <= 0xDBFF && i+1 < n {
			if d := s.CharAt(i + 1); d >= 0xDC00 && d <= 0xDFFF {
				i++
				continue
			}
		}
		return i
	}
	return -1
}

// regexpEscape is RegExp.escape: syntax characters get a backslash, a leading digit or ASCII
// letter and the "other punctuators" and white space become \xHH / \uHHHH escapes.
func regexpEscape(s goja.String) goja.Value {
	const hex = "0123456789abcdef"
	var out []uint16
	n := s.Length()
	put := func(str string) {
		for i := 0; i < len(str); i++ {
			out = append(out, uint16(str[i]))
		}
	}
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		switch {
		case i == 0 && (c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'):
			put("\\x" + string(hex[c>>4]) + string(hex[c&15]))
		case c < 128 && strings.IndexByte("^$\\.*+?()[]{}|/", byte(c)) >= 0:
			out = append(out, '\\', c)
		case c < 128 && strings.IndexByte(",-=<>#&!%:;@~'`\"", byte(c)) >= 0:
			put("\\x" + string(hex[c>>4]) + string(hex[c&15]))
		case c == '\t':
			put("\\t")
		case c == '\n':
			put("\\n")
		case c == '\v':
			put("\\v")
		case c == '\f':
			put("\\f")
		case c == '\r':
			put("\\r")
		case c == ' ':
			put("\\x20")
		case isRegexpEscapeSpace(c) && c <= 0xFF:
			put("\\x" + string(hex[c>>4]) + string(hex[c&15]))
		case isRegexpEscapeSpace(c):
			put("\\u" + string(hex[c>>12]) + string(hex[c>>8&15]) + string(hex[c>>4&15]) + string(hex[c&15]))
		case c >= 0xD800 && c <= 0xDFFF:
			paired := false
			if c <= 0xDBFF && i+1 < n {
				if d := s.CharAt(i + 1); d >= 0xDC00 && d <= 0xDFFF {
					out = append(out, c, d)
					i++
					paired = true
				}
			}
			if !paired {
				put("\\u" + string(hex[c>>12]) + string(hex[c>>8&15]) + string(hex[c>>4&15]) + string(hex[c&15]))
			}
		default:
			out = append(out, c)
		}
	}
	return goja.StringFromUTF16(out)
}

// isRegexpEscapeSpace: WhiteSpace and LineTerminator other than the ASCII ones handled above.
func isRegexpEscapeSpace(c uint16) bool {
	switch c {
	case 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return c >= 0x2000 && c <= 0x200A
}

// float64ToFloat16 rounds to IEEE 754 binary16, ties to even, from the float64 directly (no
// double rounding through float32).
func float64ToFloat16(f float64) uint16 {
	bits := math.Float64bits(f)
	sign := uint16(bits>>48) & 0x8000
	if math.IsNaN(f) {
		return 0x7E00
	}
	a := math.Abs(f)
	if math.IsInf(f, 0) || a >= 65520 {
		return sign | 0x7C00
	}
	if a < math.Ldexp(1, -25) || a == 0 {
		// below half the smallest subnormal (ties at exactly 2^-25 go to even: 0)
		return sign
	}
	exp := math.Ilogb(a)
	if exp < -14 {
		// subnormal: units of 2^-24
		m := a * (1 << 24)
		r := math.RoundToEven(m)
		return sign | uint16(r)
	}
	// normal: 10 fraction bits
	m := math.Ldexp(a, -exp) // in [1, 2)
	r := math.RoundToEven((m - 1) * 1024)
	e := exp + 15
	if r == 1024 {
		r = 0
		e++
	}
	if e >= 31 {
		return sign | 0x7C00
	}
	return sign | uint16(e)<<10 | uint16(r)
}

func float16ToFloat64(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1F
	m := float64(h & 0x3FF)
	switch e {
	case 0:
		return sign * math.Ldexp(m, -24)
	case 31:
		if m != 0 {
			return math.NaN()
		}
		return math.Inf(int(sign))
	}
	return sign * math.Ldexp(1+m/1024, e-15)
}
