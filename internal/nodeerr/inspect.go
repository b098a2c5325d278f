package nodeerr

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// InspectOptions are the util.inspect options error messages use.
type InspectOptions struct {
	Depth      int  // recursion depth; -1 shows only the top level's shape
	ShowHidden bool // %o
	ShowProxy  bool // %o
	Compact    int  // 0 means inspect's default (3)
	NoColors   bool // colors: false given explicitly (they are off by default anyway)
}

// DefaultInspect are util.inspect's defaults.
var DefaultInspect = InspectOptions{Depth: 2}

// An Inspector formats a value as util.inspect does. ok is false when it cannot (then the
// package's own formatting is used).
type Inspector func(vm *goja.Runtime, v goja.Value, opts InspectOptions) (s string, ok bool)

// InspectHook, when set, formats objects in messages built from Go (New, Throw) for runtimes
// where no JS inspector was registered. The runtime sets it to call internal/util/inspect.
var InspectHook Inspector

// toJS converts options to the object util.inspect takes.
func (o InspectOptions) toJS(vm *goja.Runtime) *goja.Object {
	obj := vm.NewObject()
	_ = obj.Set("depth", o.Depth)
	if o.ShowHidden {
		_ = obj.Set("showHidden", true)
	}
	if o.ShowProxy {
		_ = obj.Set("showProxy", true)
	}
	if o.Compact != 0 {
		_ = obj.Set("compact", o.Compact)
	}
	if o.NoColors {
		_ = obj.Set("colors", false)
	}
	return obj
}

// jsInspector wraps a JS function (value, options) => string; a non-string result means it
// could not inspect.
func jsInspector(fn goja.Callable) Inspector {
	return func(vm *goja.Runtime, v goja.Value, opts InspectOptions) (string, bool) {
		if v == nil {
			v = goja.Undefined()
		}
		r, err := fn(goja.Undefined(), v, opts.toJS(vm))
		if err != nil || r == nil || !goja.IsString(r) {
			return "", false
		}
		return r.String(), true
	}
}

// inspectWith formats v with ins, then the vm's registered inspector, then InspectHook, then
// the fallback.
func inspectWith(vm *goja.Runtime, ins Inspector, v goja.Value, opts InspectOptions) string {
	if v == nil {
		v = goja.Undefined()
	}
	if _, isObj := v.(*goja.Object); isObj && vm != nil {
		if ins != nil {
			if s, ok := ins(vm, v, opts); ok {
				return s
			}
		}
		if reg := registeredInspector(vm); reg != nil {
			if s, ok := reg(vm, v, opts); ok {
				return s
			}
		}
		if InspectHook != nil {
			if s, ok := InspectHook(vm, v, opts); ok {
				return s
			}
		}
	}
	return FallbackInspect(vm, v, opts)
}

var identRe = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z_0-9]*$`)

// FallbackInspect is a small util.inspect: exact for primitives, functions, and flat arrays and
// objects on one line; used until internal/util/inspect is available.
func FallbackInspect(vm *goja.Runtime, v goja.Value, opts InspectOptions) string {
	return fallbackInspect(vm, v, opts.Depth, 0, nil)
}

func fallbackInspect(vm *goja.Runtime, v goja.Value, depth, level int, seen []*goja.Object) string {
	switch TypeOf(v) {
	case "undefined":
		return "undefined"
	case "string":
		return quoteJS(v.String())
	case "number":
		if goja.IsNull(v) {
			return "null"
		}
		return formatNumber(v.ToFloat())
	case "bigint":
		return bigString(v) + "n"
	case "boolean":
		return v.String()
	case "symbol":
		return symbolString(v)
	}
	if goja.IsNull(v) {
		return "null"
	}
	o := v.(*goja.Object)
	for _, s := range seen {
		if s == o {
			return "[Circular *1]"
		}
	}
	seen = append(seen, o)
	if _, ok := goja.AssertFunction(o); ok {
		name := functionName(o)
		if isClass(o) {
			if name == "" {
				return "[class (anonymous)]"
			}
			return "[class " + name + "]"
		}
		kind := "Function"
		src := o.String()
		if strings.HasPrefix(src, "async") {
			kind = "AsyncFunction"
		}
		if name == "" {
			return "[" + kind + " (anonymous)]"
		}
		return "[" + kind + ": " + name + "]"
	}
	ctor := ""
	proto := o.Prototype()
	if proto != nil {
		if c, ok := proto.Get("constructor").(*goja.Object); ok {
			ctor = functionName(c)
		}
	}
	switch o.ClassName() {
	case "Error":
		if st := o.Get("stack"); st != nil && goja.IsString(st) {
			return strings.TrimRight(st.String(), "\n")
		}
		return "[" + jsString(vm, o) + "]"
	case "RegExp", "Date":
		if o.ClassName() == "Date" && vm != nil {
			if f, ok := goja.AssertFunction(o.Get("toISOString")); ok {
				if r, err := f(o); err == nil {
					return r.String()
				}
			}
		}
		return jsString(vm, o)
	case "Array":
		n := int(o.Get("length").ToInteger())
		if n == 0 {
			return "[]"
		}
		if depth >= 0 && level > depth || depth < 0 {
			return "[Array]"
		}
		var parts []string
		for i := 0; i < n && i < 100; i++ {
			parts = append(parts, fallbackInspect(vm, o.Get(strconv.Itoa(i)), depth, level+1, seen))
		}
		if n > 100 {
			parts = append(parts, "... "+strconv.Itoa(n-100)+" more items")
		}
		return "[ " + strings.Join(parts, ", ") + " ]"
	}
	keys := o.Keys()
	prefix := ""
	switch {
	case proto == nil:
		prefix = "[Object: null prototype] "
	case ctor != "" && ctor != "Object":
		prefix = ctor + " "
	}
	if len(keys) == 0 {
		return prefix + "{}"
	}
	if depth >= 0 && level > depth || depth < 0 {
		if ctor == "" || proto == nil {
			return "[Object: null prototype]"
		}
		return "[" + ctor + "]"
	}
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		name := k
		if !identRe.MatchString(k) {
			name = quoteJS(k)
		}
		parts = append(parts, name+": "+fallbackInspect(vm, o.Get(k), depth, level+1, seen))
	}
	return prefix + "{ " + strings.Join(parts, ", ") + " }"
}

// hasBuiltInToString reports whether o's toString is one of the engine's (util.format's %s
// then inspects rather than calling it).
func hasBuiltInToString(o *goja.Object) bool {
	ts, ok := o.Get("toString").(*goja.Object)
	if !ok {
		return true
	}
	return strings.Contains(ts.String(), "[native code]")
}

// Format is util.format for a template with %s %d %i %f %j %o %O %c %% directives.
func Format(vm *goja.Runtime, ins Inspector, tmpl string, args []goja.Value) string {
	var b strings.Builder
	a := 0
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		if c != '%' || i+1 >= len(tmpl) {
			b.WriteByte(c)
			continue
		}
		d := tmpl[i+1]
		if d == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		if a >= len(args) || !strings.ContainsRune("sdifjoOc", rune(d)) {
			b.WriteByte(c)
			continue
		}
		arg := args[a]
		a++
		i++
		switch d {
		case 's':
			switch TypeOf(arg) {
			case "number":
				if goja.IsNull(arg) {
					b.WriteString("null")
				} else {
					b.WriteString(formatNumber(arg.ToFloat()))
				}
			case "bigint":
				b.WriteString(bigString(arg) + "n")
			case "object":
				if goja.IsNull(arg) || !hasBuiltInToString(arg.(*goja.Object)) {
					b.WriteString(jsString(vm, arg))
				} else {
					b.WriteString(inspectWith(vm, ins, arg, InspectOptions{Depth: 0, Compact: 3, NoColors: true}))
				}
			default:
				b.WriteString(jsString(vm, arg))
			}
		case 'd', 'i':
			switch TypeOf(arg) {
			case "bigint":
				b.WriteString(bigString(arg) + "n")
			case "symbol":
				b.WriteString("NaN")
			case "object", "function":
				if goja.IsNull(arg) {
					b.WriteString("0")
				} else {
					b.WriteString("NaN")
				}
			default:
				f := arg.ToFloat()
				if d == 'i' {
					if s, err := strconv.ParseFloat(strings.TrimSpace(jsString(vm, arg)), 64); err == nil {
						f = s
					}
					if f < 0 {
						f = -float64(int64(-f))
					} else {
						f = float64(int64(f))
					}
				}
				b.WriteString(formatNumber(f))
			}
		case 'f':
			if TypeOf(arg) == "symbol" {
				b.WriteString("NaN")
			} else {
				b.WriteString(formatNumber(arg.ToFloat()))
			}
		case 'j':
			b.WriteString(jsonStringify(vm, arg))
		case 'o':
			b.WriteString(inspectWith(vm, ins, arg, InspectOptions{Depth: 4, ShowHidden: true, ShowProxy: true}))
		case 'O':
			b.WriteString(inspectWith(vm, ins, arg, DefaultInspect))
		case 'c':
		}
	}
	return b.String()
}

// jsonStringify is JSON.stringify through the VM ('[Circular]' on cycles, as util.format).
func jsonStringify(vm *goja.Runtime, v goja.Value) string {
	if goja.IsString(v) {
		return JSONString(v.String())
	}
	if vm == nil {
		return v.String()
	}
	j, _ := vm.Get("JSON").(*goja.Object)
	if j == nil {
		return v.String()
	}
	f, _ := goja.AssertFunction(j.Get("stringify"))
	r, err := f(j, v)
	if err != nil {
		if strings.Contains(err.Error(), "ircular") {
			return "[Circular]"
		}
		panic(err)
	}
	out := jsString(vm, r)
	return out
}
