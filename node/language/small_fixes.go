package language

import (
	"strings"

	"github.com/dop251/goja"
)

// installSmallFixes corrects engine built-ins found to differ from V8 by the issue #5 audit.
func installSmallFixes(vm *goja.Runtime) {
	global := vm.GlobalObject()
	// the engine's constructor for wrapped Go errors is not a JavaScript global
	_ = global.Delete("GoError")

	// String.prototype.matchAll with a non-global regexp: V8's TypeError text
	{
		proto := objectAt(vm, "String", true)
		if orig, ok := goja.AssertFunction(proto.Get("matchAll")); ok {
			symMatch := goja.SymMatch
			defineMethod(proto, "matchAll", nativeMethod(vm, "matchAll", 1, func(call goja.FunctionCall) goja.Value {
				if re, ok := call.Argument(0).(*goja.Object); ok && isRegExpObject(re, symMatch) {
					flags := re.Get("flags")
					if flags == nil || goja.IsUndefined(flags) || goja.IsNull(flags) {
						panic(vm.NewTypeError("String.prototype.matchAll called on null or undefined"))
					}
					if !strings.Contains(flags.String(), "g") {
						panic(vm.NewTypeError("String.prototype.matchAll called with a non-global RegExp argument"))
					}
				}
				return callOrThrow(orig, call.This, call.Arguments...)
			}))
		}
	}

	// %TypedArray%.from(string): a string is iterable (the engine wants an object)
	if ta := objectAt(vm, "Uint8Array", false).Prototype(); ta != nil {
		if orig, ok := goja.AssertFunction(ta.Get("from")); ok {
			arrayFrom, _ := goja.AssertFunction(objectAt(vm, "Array", false).Get("from"))
			defineMethod(ta, "from", nativeMethod(vm, "from", 1, func(call goja.FunctionCall) goja.Value {
				args := call.Arguments
				if len(args) > 0 {
					if _, isStr := args[0].Export().(string); isStr {
						if _, isObj := args[0].(*goja.Object); !isObj {
							args = append([]goja.Value{callOrThrow(arrayFrom, goja.Undefined(), args[0])}, args[1:]...)
						}
					}
				}
				return callOrThrow(orig, call.This, args...)
			}))
		}
	}
}

// isRegExpObject is IsRegExp: Symbol.match decides when present, else the object's class.
func isRegExpObject(o *goja.Object, symMatch *goja.Symbol) bool {
	if m := o.GetSymbol(symMatch); m != nil && !goja.IsUndefined(m) {
		return m.ToBoolean()
	}
	return o.ClassName() == "RegExp"
}
