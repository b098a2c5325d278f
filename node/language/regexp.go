package language

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/uniprops"
)

// wrapRegExp replaces the global RegExp with a constructor that rewrites property escapes and
// otherwise hands over to the engine's.
func wrapRegExp(vm *goja.Runtime) *regexpV {
	global := vm.GlobalObject()
	orig := global.Get("RegExp").(*goja.Object)
	origCtor, _ := goja.AssertConstructor(orig)
	origCall, _ := goja.AssertFunction(orig)
	proto := orig.Get("prototype").(*goja.Object)
	rewrite := func(args []goja.Value) []goja.Value {
		if len(args) == 0 {
			return args
		}
		p, ok := args[0].(goja.String)
		if !ok {
			return args
		}
		src := p.String()
		if !strings.Contains(src, "\\p{") && !strings.Contains(src, "\\P{") {
			return args
		}
		flags := ""
		if len(args) > 1 && !goja.IsUndefined(args[1]) {
			flags = args[1].String()
		}
		if !strings.ContainsAny(flags, "uv") {
			return args
		}
		out, errText := uniprops.Rewrite(src)
		{
			if errText != "" {
				se, err := vm.New(vm.Get("SyntaxError"), vm.ToValue("Invalid regular expression: /"+src+"/"+flags+": "+errText))
				if err != nil {
					host.Rethrow(err)
				}
				panic(se)
			}
		}
		n := append([]goja.Value{vm.ToValue(out)}, args[1:]...)
		return n
	}
	// display: the arguments error messages show (a v pattern as written, not as translated)
	var display []goja.Value
	// construct runs the engine's constructor and words its SyntaxErrors as V8 does
	construct := func(newTarget *goja.Object, args []goja.Value) *goja.Object {
		o, err := origCtor(newTarget, args...)
		if err != nil {
			rethrowRegExpError(vm, err, display)
		}
		return o
	}
	ri := newRegexpIndices(vm, proto)
	rv := &regexpV{vm: vm}
	rv.installGetters(proto)
	rv.initProtos(proto, ri.dProto)
	ri.translated = func(re goja.Value) (string, bool) {
		info, ok := rv.withV.Get(re)
		if !ok {
			return "", false
		}
		return info.translated, true
	}
	var wrapper *goja.Object
	var make func(cc goja.ConstructorCall) *goja.Object
	wrapper = vm.ToValue(func(cc goja.ConstructorCall) *goja.Object {
		checkUnicodeMode(vm, cc.Arguments)
		vArgs, shown, vi := rv.prepare(cc.Arguments)
		args, withD := ri.stripFlag(vArgs)
		cc.Arguments = args
		display = shown
		o := make(cc)
		subclass := cc.NewTarget != nil && cc.NewTarget != wrapper
		if vi != nil {
			rv.withV.Set(o, vi)
		}
		if withD {
			ri.mark(o, subclass)
		}
		if vi != nil {
			rv.mark(o, vi, subclass, withD)
		}
		return o
	}).(*goja.Object)
	make = func(cc goja.ConstructorCall) *goja.Object {
		args := rewrite(cc.Arguments)
		if len(display) == 0 {
			display = args
		}
		if cc.NewTarget == nil || cc.NewTarget == wrapper {
			if cc.NewTarget == nil {
				v, err := origCall(goja.Undefined(), args...)
				if err != nil {
					rethrowRegExpError(vm, err, display)
				}
				return v.(*goja.Object)
			}
			return construct(orig, args)
		}
		return construct(cc.NewTarget, args)
	}
	defineNameLength(vm, wrapper, "RegExp", 2)
	_ = wrapper.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	for _, key := range orig.GetOwnPropertyNames() {
		if key == "length" || key == "name" || key == "prototype" {
			continue
		}
		_ = wrapper.DefineDataProperty(key, orig.Get(key), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	speciesGetter := nativeMethod(vm, "get [Symbol.species]", 0, func(call goja.FunctionCall) goja.Value { return call.This })
	_ = wrapper.DefineAccessorPropertySymbol(goja.SymSpecies, speciesGetter, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("constructor", wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = global.DefineDataProperty("RegExp", wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return rv
}

// checkUnicodeMode throws V8's SyntaxError for a pattern string the u flag makes invalid (the
// engine accepts `\q`, a lone `{`, `[\d-a]`… with u as it does without), and without u for the
// errors the engine misses there too (duplicate group names, bad modifier groups).
func checkUnicodeMode(vm *goja.Runtime, args []goja.Value) {
	if len(args) == 0 {
		return
	}
	p, ok := args[0].(goja.String)
	if !ok {
		return
	}
	flags := ""
	if len(args) > 1 && !goja.IsUndefined(args[1]) {
		flags = args[1].String()
	}
	if strings.Count(flags, "u") > 1 {
		// the engine accepts a repeated u (and only that repeated flag)
		throwSyntaxError(vm, "Invalid flags supplied to RegExp constructor '"+flags+"'")
	}
	if !validFlags(flags) {
		return
	}
	src := p.String()
	check := uniprops.CheckLegacy
	if strings.Contains(flags, "u") {
		check = uniprops.CheckU
	}
	if errText := check(src); errText != "" {
		throwSyntaxError(vm, "Invalid regular expression: /"+src+"/"+flags+": "+errText)
	}
}

func throwSyntaxError(vm *goja.Runtime, msg string) {
	se, err := vm.New(vm.Get("SyntaxError"), vm.ToValue(msg))
	if err != nil {
		host.Rethrow(err)
	}
	panic(se)
}

// validFlags reports whether flags are distinct letters of dgimsuy (v excluded: v patterns
// are checked by their own parser).
func validFlags(flags string) bool {
	var seen [128]bool
	for i := 0; i < len(flags); i++ {
		c := flags[i]
		if c >= 128 || seen[c] || !strings.ContainsRune("dgimsuy", rune(c)) {
			return false
		}
		seen[c] = true
	}
	return true
}

// wrapRegExpSource shows the pattern as written in RegExp.prototype.source (and so in toString
// and util.inspect), not the ranges it was rewritten into.
func wrapRegExpSource(vm *goja.Runtime, rv *regexpV) {
	proto := objectAt(vm, "RegExp", true)
	desc, err := vm.RunString("Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get")
	if err != nil {
		return
	}
	orig, ok := goja.AssertFunction(desc)
	if !ok {
		return
	}
	get := nativeMethod(vm, "get source", 0, func(call goja.FunctionCall) goja.Value {
		if s, ok := rv.sourceOf(call.This); ok {
			return vm.ToValue(s)
		}
		v, err := orig(call.This)
		if err != nil {
			host.Rethrow(err)
		}
		if s := v.String(); strings.Contains(s, `\u{`) {
			if o, ok := uniprops.Original(s); ok {
				return vm.ToValue(o)
			}
		}
		if s := v.String(); strings.Contains(s, `\u002f`) {
			return vm.ToValue(v8SlashEscapes(s))
		}
		return v
	})
	_ = proto.DefineAccessorProperty("source", get, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	// RegExp.prototype.toString as the spec has it: "/" + source + "/" + flags, read through
	// the getters (the engine's reads its internal pattern)
	defineMethod(proto, "toString", nativeMethod(vm, "toString", 0, func(call goja.FunctionCall) goja.Value {
		o, ok := call.This.(*goja.Object)
		if !ok {
			panic(vm.NewTypeError("RegExp.prototype.toString requires that 'this' be an Object"))
		}
		return vm.ToValue("/" + o.Get("source").String() + "/" + o.Get("flags").String())
	}))
}

// v8SlashEscapes turns the engine's escape of a slash in RegExp source (\u002f) into V8's: \/
// outside a character class, a bare / inside one.
func v8SlashEscapes(s string) string {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && strings.HasPrefix(s[i:], `\u002f`):
			if inClass {
				b.WriteByte('/')
			} else {
				b.WriteString(`\/`)
			}
			i += len(`\u002f`) - 1
		case c == '\\' && i+1 < len(s):
			b.WriteString(s[i : i+2])
			i++
		default:
			switch c {
			case '[':
				inClass = true
			case ']':
				inClass = false
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

func rethrowRegExpError(vm *goja.Runtime, err error, args []goja.Value) {
	ex, ok := err.(*goja.Exception)
	if !ok || errorName(ex.Value()) != "SyntaxError" {
		host.Rethrow(err)
	}
	msg := errorMessage(ex.Value())
	if strings.HasPrefix(msg, "Invalid flags") || strings.HasPrefix(msg, "Invalid regular expression: /") {
		host.Rethrow(err)
	}
	if v8, ok := uniprops.V8RegExpError(msg); ok {
		src, flags := "(?:)", ""
		if len(args) > 0 && !goja.IsUndefined(args[0]) {
			src = args[0].String()
		}
		if len(args) > 1 && !goja.IsUndefined(args[1]) {
			flags = args[1].String()
		}
		throwSyntaxError(vm, "Invalid regular expression: /"+src+"/"+flags+": "+v8)
	}
	host.Rethrow(err)
}
