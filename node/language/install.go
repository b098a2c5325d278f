package language

import (
	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

// lazyImpl loads impl.js on first use and hands out its exports.
type lazyImpl struct {
	vm      *goja.Runtime
	load    goja.Callable
	exports *goja.Object
}

func (l *lazyImpl) get(key string) goja.Callable {
	if l.exports == nil {
		v, err := l.load(goja.Undefined())
		if err != nil {
			host.Rethrow(err)
		}
		l.exports = v.(*goja.Object)
	}
	fn, ok := goja.AssertFunction(l.exports.Get(key))
	if !ok {
		panic(l.vm.NewTypeError("internal/language: no implementation of " + key))
	}
	return fn
}

func (l *lazyImpl) value(key string) goja.Value {
	l.get(key)
	return l.exports.Get(key)
}

func (l *lazyImpl) stub(key, name string, length int) *goja.Object {
	var impl goja.Callable
	f := l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if impl == nil {
			impl = l.get(key)
		}
		v, err := impl(call.This, call.Arguments...)
		if err != nil {
			host.Rethrow(err)
		}
		return v
	}).(*goja.Object)
	defineNameLength(l.vm, f, name, length)
	return f
}

func defineMethod(obj *goja.Object, key string, fn *goja.Object) {
	_ = obj.DefineDataProperty(key, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func nativeMethod(vm *goja.Runtime, name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := vm.ToValue(fn).(*goja.Object)
	defineNameLength(vm, f, name, length)
	return f
}

func objectAt(vm *goja.Runtime, global string, prototype bool) *goja.Object {
	o := vm.Get(global).(*goja.Object)
	if prototype {
		o = o.Get("prototype").(*goja.Object)
	}
	return o
}

// installStubs completes the intrinsics at bootstrap: Go-native methods where they are simple
// or hot, stubs into impl.js for the rest, and lazy globals for the constructors impl.js makes.
func installStubs(vm *goja.Runtime, h *host.Host, b *goja.Object, load goja.Callable) {
	l := &lazyImpl{vm: vm, load: load}
	fromImpl := func(obj *goja.Object, owner string, names map[string]int) {
		for name, length := range names {
			if obj.Get(name) != nil && owner != "Set.prototype" {
				continue // the engine has it
			}
			defineMethod(obj, name, l.stub(owner+"."+name, name, length))
		}
	}
	symbolCtor := vm.Get("Symbol").(*goja.Object)
	for _, n := range []string{"dispose", "asyncDispose"} {
		if symbolCtor.Get(n) == nil {
			_ = symbolCtor.DefineDataProperty(n, goja.NewSymbol("Symbol."+n), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		}
	}
	symDispose := symbolCtor.Get("dispose").(*goja.Symbol)
	symToStringTag := symbolCtor.Get("toStringTag").(*goja.Symbol)

	fromImpl(objectAt(vm, "Object", false), "Object", map[string]int{"groupBy": 2})
	fromImpl(objectAt(vm, "Map", false), "Map", map[string]int{"groupBy": 2})
	fromImpl(objectAt(vm, "Promise", false), "Promise", map[string]int{"withResolvers": 0, "try": 1})
	fromImpl(objectAt(vm, "Array", false), "Array", map[string]int{"fromAsync": 1})
	// The engine has the Set methods, with its own error texts: V8's replace them.
	fromImpl(objectAt(vm, "Set", true), "Set.prototype", map[string]int{
		"union": 1, "intersection": 1, "difference": 1, "symmetricDifference": 1,
		"isSubsetOf": 1, "isSupersetOf": 1, "isDisjointFrom": 1,
	})
	stringProto := objectAt(vm, "String", true)
	fromImpl(stringProto, "String.prototype", map[string]int{
		"anchor": 1, "big": 0, "blink": 0, "bold": 0, "fixed": 0, "fontcolor": 1, "fontsize": 1,
		"italics": 0, "link": 1, "small": 0, "strike": 0, "sub": 0, "sup": 0,
	})
	fromImpl(objectAt(vm, "Object", true), "Object.prototype", map[string]int{
		"__defineGetter__": 2, "__defineSetter__": 2, "__lookupGetter__": 1, "__lookupSetter__": 1,
	})
	dateProto := objectAt(vm, "Date", true)
	fromImpl(dateProto, "Date.prototype", map[string]int{"getYear": 0, "setYear": 1})
	if dateProto.Get("toGMTString") == nil {
		defineMethod(dateProto, "toGMTString", dateProto.Get("toUTCString").(*goja.Object))
	}
	fromImpl(objectAt(vm, "DataView", true), "DataView.prototype", map[string]int{"getFloat16": 1, "setFloat16": 2})

	// %IteratorPrototype%: the helpers, and the accessors V8 has for constructor/@@toStringTag
	arrayValues, _ := goja.AssertFunction(objectAt(vm, "Array", true).Get("values"))
	arrIt, _ := arrayValues(vm.NewArray())
	iterProto := arrIt.(*goja.Object).Prototype().Prototype()
	fromImpl(iterProto, "IteratorPrototype", map[string]int{
		"map": 1, "filter": 1, "take": 1, "drop": 1, "flatMap": 1, "reduce": 1, "toArray": 0,
		"forEach": 1, "some": 1, "every": 1, "find": 1,
	})
	if iterProto.GetSymbol(symDispose) == nil {
		_ = iterProto.DefineDataPropertySymbol(symDispose, l.stub("IteratorPrototype.[Symbol.dispose]", "[Symbol.dispose]", 0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if iterProto.GetSymbol(symToStringTag) == nil {
		get := nativeMethod(vm, "get [Symbol.toStringTag]", 0, func(goja.FunctionCall) goja.Value { return vm.ToValue("Iterator") })
		_ = iterProto.DefineAccessorPropertySymbol(symToStringTag, get, l.stub("IteratorPrototype.set [Symbol.toStringTag]", "set [Symbol.toStringTag]", 1), goja.FLAG_TRUE, goja.FLAG_FALSE)
		getCtor := nativeMethod(vm, "get constructor", 0, func(goja.FunctionCall) goja.Value { return vm.Get("Iterator") })
		_ = iterProto.DefineAccessorProperty("constructor", getCtor, l.stub("IteratorPrototype.set constructor", "set constructor", 1), goja.FLAG_TRUE, goja.FLAG_FALSE)
	}

	// Go-native methods
	native := func(obj *goja.Object, name string, length int, fnName string) {
		if obj.Get(name) != nil {
			return
		}
		fn, _ := goja.AssertFunction(b.Get(fnName))
		defineMethod(obj, name, nativeMethod(vm, name, length, func(call goja.FunctionCall) goja.Value {
			v, err := fn(call.This, call.Arguments...)
			if err != nil {
				host.Rethrow(err)
			}
			return v
		}))
	}
	native(stringProto, "isWellFormed", 0, "isWellFormed")
	native(stringProto, "toWellFormed", 0, "toWellFormed")
	native(objectAt(vm, "Error", false), "isError", 1, "isError")
	native(objectAt(vm, "Math", false), "f16round", 1, "f16round")
	native(objectAt(vm, "RegExp", false), "escape", 1, "regexpEscape")
	installArrayBuffer(vm)
	installSharedMemory(vm, h)
	installFixes(vm)
	installJSONParse(vm)
	installJSONStringify(vm)
	installSmallFixes(vm)
	rv := wrapRegExp(vm)
	wrapRegExpSource(vm, rv)

	// constructors made by impl.js: a global that loads it on first touch and then becomes the
	// data property V8 has
	global := vm.GlobalObject()
	for _, name := range []string{"Iterator", "WeakRef", "FinalizationRegistry", "SuppressedError", "DisposableStack", "AsyncDisposableStack"} {
		if global.Get(name) != nil {
			continue
		}
		name := name
		var get, set *goja.Object
		get = nativeMethod(vm, "get "+name, 0, func(goja.FunctionCall) goja.Value {
			v := l.value(name)
			_ = global.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			return v
		})
		set = nativeMethod(vm, "set "+name, 1, func(call goja.FunctionCall) goja.Value {
			_ = global.DefineDataProperty(name, call.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			return goja.Undefined()
		})
		_ = global.DefineAccessorProperty(name, get, set, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}

	// engine quirks: BigInt.prototype has a length and a name in the engine, not in V8; the
	// Uint8Array base64/hex methods (uint8array-base64) are not in Node 24 yet.
	bigProto := objectAt(vm, "BigInt", true)
	_ = bigProto.Delete("length")
	_ = bigProto.Delete("name")
	u8 := objectAt(vm, "Uint8Array", false)
	for _, n := range []string{"fromBase64", "fromHex"} {
		_ = u8.Delete(n)
	}
	u8p := objectAt(vm, "Uint8Array", true)
	for _, n := range []string{"setFromBase64", "setFromHex", "toBase64", "toHex"} {
		_ = u8p.Delete(n)
	}
}
