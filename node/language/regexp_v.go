package language

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/uniprops"
	"github.com/gnode-dev/gnode/internal/weakmap"
)

// The v flag (unicodeSets). The engine refuses it, so the RegExp wrapper translates a v
// pattern into a u pattern with the same matches (internal/uniprops.RewriteV), builds the
// engine's regexp with u, and remembers the object: flags, unicode, unicodeSets and source
// answer as for the v regexp that was asked for. Literals reach the wrapper because esbuild
// turns `/…/v` into `new RegExp(…)`.

type vInfo struct {
	source     string // as written
	translated string // the u pattern the engine compiled
	// inEngine counts the engine's own methods running on the regexp: they look for u in
	// flags to step over surrogate pairs (the spec looks for u or v), so flags and unicode
	// answer as for the u regexp meanwhile
	inEngine int
}

type regexpV struct {
	vm    *goja.Runtime
	withV weakmap.Map[*vInfo]
	// the prototypes of v regexps (under RegExp.prototype, and under the d flag's)
	vProto, vdProto *goja.Object
	engineSymbols   map[*goja.Symbol]goja.Callable
}

var vEngineSymbols = []*goja.Symbol{goja.SymMatch, goja.SymMatchAll, goja.SymReplace, goja.SymSplit}

func (rv *regexpV) initProtos(proto, dProto *goja.Object) {
	rv.engineSymbols = map[*goja.Symbol]goja.Callable{}
	for _, sym := range vEngineSymbols {
		if f, ok := goja.AssertFunction(proto.GetSymbol(sym)); ok {
			rv.engineSymbols[sym] = f
		}
	}
	rv.vProto = rv.vm.NewObject()
	_ = rv.vProto.SetPrototype(proto)
	rv.defineSymbols(rv.vProto)
	rv.vdProto = rv.vm.NewObject()
	_ = rv.vdProto.SetPrototype(dProto)
	rv.defineSymbols(rv.vdProto)
}

// defineSymbols puts the [Symbol.match] & co. of v regexps on target.
func (rv *regexpV) defineSymbols(target *goja.Object) {
	names := map[*goja.Symbol]string{goja.SymMatch: "[Symbol.match]", goja.SymMatchAll: "[Symbol.matchAll]",
		goja.SymReplace: "[Symbol.replace]", goja.SymSplit: "[Symbol.split]"}
	for _, sym := range vEngineSymbols {
		orig := rv.engineSymbols[sym]
		if orig == nil {
			continue
		}
		length := 1
		if sym == goja.SymReplace || sym == goja.SymSplit {
			length = 2
		}
		fn := nativeMethod(rv.vm, names[sym], length, func(call goja.FunctionCall) goja.Value {
			if info, ok := rv.withV.Get(call.This); ok {
				info.inEngine++
				defer func() { info.inEngine-- }()
			}
			v, err := orig(call.This, call.Arguments...)
			if err != nil {
				host.Rethrow(err)
			}
			return v
		})
		_ = target.DefineDataPropertySymbol(sym, fn, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
}

// mark makes re a v regexp. withD: it has the d flag too (and its prototype already).
func (rv *regexpV) mark(re *goja.Object, info *vInfo, subclass, withD bool) {
	rv.withV.Set(re, info)
	switch {
	case subclass:
		rv.defineSymbols(re)
	case withD:
		_ = re.SetPrototype(rv.vdProto)
	default:
		_ = re.SetPrototype(rv.vProto)
	}
}

// prepare turns the constructor's arguments for a v regexp into the engine's: the translated
// pattern and u instead of v. display is what error messages show (the pattern and flags as
// written); info is nil when the flags have no v.
func (rv *regexpV) prepare(args []goja.Value) (out, display []goja.Value, info *vInfo) {
	if len(args) == 0 {
		return args, args, nil
	}
	flagsGiven := len(args) > 1 && !goja.IsUndefined(args[1])
	if src, ok := rv.withV.Get(args[0]); ok {
		// new RegExp(vre[, flags]): the v regexp's own pattern, read again with the flags
		flags := args[0].(*goja.Object).Get("flags")
		if flagsGiven {
			flags = args[1]
			if f := flags.String(); src.inEngine > 0 && strings.Contains(f, "u") && !strings.Contains(f, "v") {
				// the species constructor of split or matchAll, given the flags read meanwhile
				flags = rv.vm.ToValue(strings.Replace(f, "u", "v", 1))
			}
		}
		args = append([]goja.Value{rv.vm.ToValue(src.source), flags}, args[min(2, len(args)):]...)
		flagsGiven = true
	}
	if !flagsGiven {
		return args, args, nil
	}
	flags := args[1].String()
	if !strings.Contains(flags, "v") {
		return args, args, nil
	}
	seen := map[rune]bool{}
	for _, c := range flags {
		if !strings.ContainsRune("dgimsuvy", c) || seen[c] || c == 'u' {
			panic(rv.syntaxError("Invalid flags supplied to RegExp constructor '" + flags + "'"))
		}
		seen[c] = true
	}
	source := "(?:)"
	if !goja.IsUndefined(args[0]) {
		source = args[0].String()
	}
	translated, errText := uniprops.RewriteV(source, seen['i'])
	if errText != "" {
		panic(rv.syntaxError("Invalid regular expression: /" + source + "/" + canonicalFlags(flags) + ": " + errText))
	}
	out = append([]goja.Value{rv.vm.ToValue(translated), rv.vm.ToValue(strings.Replace(flags, "v", "u", 1))}, args[2:]...)
	display = append([]goja.Value{rv.vm.ToValue(source), rv.vm.ToValue(canonicalFlags(flags))}, args[2:]...)
	return out, display, &vInfo{source: source, translated: translated}
}

// canonicalFlags orders flags as V8 prints them in error messages.
func canonicalFlags(flags string) string {
	var sb strings.Builder
	for _, c := range "dgimsuvy" {
		if strings.ContainsRune(flags, c) {
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

func (rv *regexpV) syntaxError(msg string) *goja.Object {
	o, err := rv.vm.New(rv.vm.Get("SyntaxError"), rv.vm.ToValue(msg))
	if err != nil {
		host.Rethrow(err)
	}
	return o
}

// installGetters wraps flags and unicode and adds unicodeSets on RegExp.prototype.
func (rv *regexpV) installGetters(proto *goja.Object) {
	vm := rv.vm
	getter := func(name string) goja.Callable {
		v, err := vm.RunString("Object.getOwnPropertyDescriptor(RegExp.prototype, '" + name + "').get")
		if err != nil {
			return nil
		}
		f, _ := goja.AssertFunction(v)
		return f
	}
	define := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = proto.DefineAccessorProperty(name, nativeMethod(vm, "get "+name, 0, fn), nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if orig := getter("flags"); orig != nil {
		define("flags", func(call goja.FunctionCall) goja.Value {
			v, err := orig(call.This)
			if err != nil {
				host.Rethrow(err)
			}
			if info, ok := rv.withV.Get(call.This); ok && info.inEngine == 0 {
				// the engine's getter reads this.unicode, false here: v goes where u would be
				f := strings.Replace(v.String(), "u", "", 1)
				if strings.HasSuffix(f, "y") {
					return vm.ToValue(f[:len(f)-1] + "vy")
				}
				return vm.ToValue(f + "v")
			}
			return v
		})
	}
	if orig := getter("unicode"); orig != nil {
		define("unicode", func(call goja.FunctionCall) goja.Value {
			if info, ok := rv.withV.Get(call.This); ok {
				return vm.ToValue(info.inEngine > 0)
			}
			v, err := orig(call.This)
			if err != nil {
				host.Rethrow(err)
			}
			return v
		})
	}
	define("unicodeSets", func(call goja.FunctionCall) goja.Value {
		if call.This == proto {
			return goja.Undefined()
		}
		if o, ok := call.This.(*goja.Object); !ok || o.ClassName() != "RegExp" {
			panic(vm.NewTypeError("RegExp.prototype.unicodeSets getter called on non-RegExp object"))
		}
		_, ok := rv.withV.Get(call.This)
		return vm.ToValue(ok)
	})
}

// sourceOf is the source of a v regexp as RegExp.prototype.source shows it.
func (rv *regexpV) sourceOf(re goja.Value) (string, bool) {
	info, ok := rv.withV.Get(re)
	if !ok {
		return "", false
	}
	return escapeRegExpSource(info.source), true
}

// escapeRegExpSource is EscapeRegExpPattern as V8 does it: "/" outside classes and line
// terminators escaped, the empty pattern as (?:).
func escapeRegExpSource(s string) string {
	if s == "" {
		return "(?:)"
	}
	var sb strings.Builder
	inClass := false
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		switch c {
		case '\\':
			sb.WriteRune(c)
			if i+1 < len(rs) {
				i++
				switch rs[i] {
				case '\n':
					sb.WriteString("n")
				case '\r':
					sb.WriteString("r")
				case 0x2028:
					sb.WriteString("u2028")
				case 0x2029:
					sb.WriteString("u2029")
				default:
					sb.WriteRune(rs[i])
				}
			}
			continue
		case '/':
			if !inClass {
				sb.WriteString(`\/`)
				continue
			}
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '\n':
			sb.WriteString(`\n`)
			continue
		case '\r':
			sb.WriteString(`\r`)
			continue
		case 0x2028:
			sb.WriteString(`\u2028`)
			continue
		case 0x2029:
			sb.WriteString(`\u2029`)
			continue
		}
		sb.WriteRune(c)
	}
	return sb.String()
}
