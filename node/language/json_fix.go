package language

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// The engine's JSON.stringify has a fault fixed here.
//
// JSON.stringify with indentation leaks one indentation step after every empty array or object
// (`{"a": {}, "b": {"c": 1}}` prints "c" too deep), which mangles pretty-printed package.json
// files. Indented output is the compact output with line breaks and indentation added at
// places the grammar fixes, and every line break of JSON text is structural (strings escape
// theirs), so the wrapper serialises compactly with the engine (toJSON, replacers, cycle errors
// unchanged) and indents the text itself.

func installJSONStringify(vm *goja.Runtime) {
	jsonObj, ok := vm.Get("JSON").(*goja.Object)
	if !ok {
		return
	}
	orig, ok := goja.AssertFunction(jsonObj.Get("stringify"))
	if !ok {
		return
	}
	isArrayFn, _ := goja.AssertFunction(vm.Get("Array").(*goja.Object).Get("isArray"))
	stringify := func(this, value, replacer goja.Value) goja.Value {
		v, err := orig(this, value, replacer)
		if err == nil {
			return v
		}
		// the engine's cycle error has no path: walk again to throw V8's (getters, toJSON and
		// the replacer run a second time)
		if ex, ok := err.(*goja.Exception); ok && strings.HasPrefix(ex.Value().String(), "TypeError: Converting circular structure to JSON") {
			w := &jsonCycle{vm: vm, isArray: isArrayFn}
			w.setReplacer(replacer)
			holder := vm.NewObject()
			_ = holder.Set("", value)
			w.visit(holder, "", false, value)
		}
		panic(err)
	}
	defineMethod(jsonObj, "stringify", nativeMethod(vm, "stringify", 3, func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) < 3 {
			return stringify(call.This, call.Argument(0), call.Argument(1))
		}
		gap := jsonGap(vm, call.Arguments[2])
		v := stringify(call.This, call.Argument(0), call.Argument(1))
		if gap == "" || goja.IsUndefined(v) {
			return v
		}
		return vm.ToValue(indentJSON(v.String(), gap))
	}))
}

func callOrThrow(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := fn(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

// jsonGap is the indentation JSON.stringify's space argument asks for (ECMA-262 steps 6–8).
func jsonGap(vm *goja.Runtime, space goja.Value) string {
	if o, ok := space.(*goja.Object); ok {
		switch o.ClassName() {
		case "Number":
			space = vm.ToValue(space.ToFloat())
		case "String":
			space = vm.ToValue(space.String())
		}
	}
	switch s := space.Export().(type) {
	case string:
		if u := utf16.Encode([]rune(s)); len(u) > 10 {
			return string(utf16.Decode(u[:10]))
		}
		return s
	case int64, float64:
		n := math.Min(10, math.Trunc(space.ToFloat()))
		if n >= 1 {
			return strings.Repeat(" ", int(n))
		}
	}
	return ""
}

// indentJSON lays out compact JSON text with gap, as JSON.stringify does.
func indentJSON(s, gap string) string {
	var b strings.Builder
	b.Grow(len(s) * 2)
	depth := 0
	newline := func() {
		b.WriteByte('\n')
		for i := 0; i < depth; i++ {
			b.WriteString(gap)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '"':
			j := i + 1
			for j < len(s) && s[j] != '"' {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			b.WriteString(s[i : j+1])
			i = j
		case '{', '[':
			b.WriteByte(c)
			if i+1 < len(s) && (s[i+1] == '}' || s[i+1] == ']') {
				b.WriteByte(s[i+1])
				i++
				continue
			}
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			b.WriteByte(c)
		case ',':
			b.WriteByte(',')
			newline()
		case ':':
			b.WriteString(": ")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// parseJSONText builds the value of text, which is valid JSON (JSON.parse's path for what
// parseJSONFast leaves).
func parseJSONText(vm *goja.Runtime, text string) goja.Value {
	p := &jsonBuilder{vm: vm, s: text}
	p.ws()
	return p.value()
}

type jsonBuilder struct {
	vm *goja.Runtime
	s  string
	i  int
	// sources records, beside the value, each primitive's source text (for a reviver)
	sources bool
	root    *jsonSource
	last    *jsonSource // the node value() made last
}

// jsonSource mirrors a parsed value: a primitive's text, or the members of an object or array.
type jsonSource struct {
	val     goja.Value
	text    string
	members map[string]*jsonSource
}

func (p *jsonBuilder) ws() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t' || p.s[p.i] == '\n' || p.s[p.i] == '\r') {
		p.i++
	}
}

func (p *jsonBuilder) value() goja.Value {
	if !p.sources {
		return p.parseValue(nil)
	}
	node := &jsonSource{}
	if p.root == nil {
		p.root = node
	}
	start := p.i
	v := p.parseValue(node)
	node.val = v
	if _, isObj := v.(*goja.Object); !isObj {
		node.text = p.s[start:p.i]
	}
	p.last = node
	return v
}

// parseValue reads one value; node, when recording sources, gets the members.
func (p *jsonBuilder) parseValue(node *jsonSource) goja.Value {
	switch c := p.s[p.i]; {
	case c == '{':
		o := p.vm.NewObject()
		p.i++
		p.ws()
		for p.s[p.i] != '}' {
			k := p.str()
			p.ws()
			p.i++ // ':'
			p.ws()
			v := p.value()
			_ = o.DefineDataProperty(k, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
			p.member(node, k)
			p.ws()
			if p.s[p.i] == ',' {
				p.i++
				p.ws()
			}
		}
		p.i++
		return o
	case c == '[':
		var items []any
		p.i++
		p.ws()
		for p.s[p.i] != ']' {
			items = append(items, p.value())
			p.member(node, strconv.Itoa(len(items)-1))
			p.ws()
			if p.s[p.i] == ',' {
				p.i++
				p.ws()
			}
		}
		p.i++
		return p.vm.NewArray(items...)
	case c == '"':
		return goja.StringFromUTF16(p.utf16())
	case c == 't':
		p.i += 4
		return p.vm.ToValue(true)
	case c == 'f':
		p.i += 5
		return p.vm.ToValue(false)
	case c == 'n':
		p.i += 4
		return goja.Null()
	}
	start := p.i
	for p.i < len(p.s) && strings.IndexByte("+-0123456789.eE", p.s[p.i]) >= 0 {
		p.i++
	}
	f, _ := strconv.ParseFloat(p.s[start:p.i], 64) // ±Inf past float64's range, as in JS
	return p.vm.ToValue(f)
}

func (p *jsonBuilder) str() string { return string(utf16.Decode(p.utf16())) }

// utf16 reads a string literal's code units (lone surrogates kept).
func (p *jsonBuilder) utf16() []uint16 {
	p.i++
	var u []uint16
	for p.s[p.i] != '"' {
		c := p.s[p.i]
		if c != '\\' {
			r, size := rune(c), 1
			if c >= 0x80 {
				r, size = utf8.DecodeRuneInString(p.s[p.i:])
			}
			u = utf16.AppendRune(u, r)
			p.i += size
			continue
		}
		p.i++
		if e := p.s[p.i]; e == 'u' {
			n, _ := strconv.ParseUint(p.s[p.i+1:p.i+5], 16, 16)
			u = append(u, uint16(n))
			p.i += 4
		} else {
			c, _ := jsonEscape(e) // the text is valid JSON
			u = append(u, uint16(c))
		}
		p.i++
	}
	p.i++
	return u
}

func isArray(vm *goja.Runtime, o *goja.Object) bool {
	fn, _ := goja.AssertFunction(vm.Get("Array").(*goja.Object).Get("isArray"))
	v, err := fn(goja.Undefined(), o)
	return err == nil && v.ToBoolean()
}

// member files the node value() just made (p.last) under its container.
func (p *jsonBuilder) member(node *jsonSource, key string) {
	if node == nil {
		return
	}
	if node.members == nil {
		node.members = map[string]*jsonSource{}
	}
	node.members[key] = p.last
}

// internalizeJSONWith applies a JSON.parse reviver (ECMA-262 InternalizeJSONProperty), passing
// each value's context: {source} for a primitive still equal to what was parsed there, else {}.
func internalizeJSONWith(vm *goja.Runtime, reviver goja.Callable, holder *goja.Object, name string, src *jsonSource) goja.Value {
	val := holder.Get(name)
	if o, ok := val.(*goja.Object); ok {
		revive := func(key string) {
			var child *jsonSource
			if src != nil && src.val == val {
				child = src.members[key]
			}
			nv := internalizeJSONWith(vm, reviver, o, key, child)
			if goja.IsUndefined(nv) {
				_ = o.Delete(key)
			} else {
				_ = o.DefineDataProperty(key, nv, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
			}
		}
		if isArray(vm, o) {
			n := o.Get("length").ToInteger()
			for i := int64(0); i < n; i++ {
				revive(strconv.FormatInt(i, 10))
			}
		} else {
			for _, k := range o.Keys() {
				revive(k)
			}
		}
	}
	ctx := vm.NewObject()
	if src != nil && src.members == nil && src.text != "" && val.SameAs(src.val) {
		_ = ctx.Set("source", src.text)
	}
	return callOrThrow(reviver, holder, vm.ToValue(name), val, ctx)
}
