package language

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// jsonWriter is JSON.stringify (ECMA-262 SerializeJSONProperty and friends) on the engine's
// public API. JSON.stringify runs it only after the engine's own found a cycle,
// whose error lacks V8's description of the circle: the walk stops at the same place and throws
// V8's message. (Written out in full, it is slower than the engine's: Keys and Get through the
// public API cost more than the engine's internal walk.)
type jsonWriter struct {
	vm      *goja.Runtime
	b       []byte
	stack   []jsonFrame
	isArray goja.Callable // Array.isArray, for proxies

	replacer goja.Callable // a replacer function
	keys     []string      // a replacer array's property list (hasKeys)
	hasKeys  bool
}

// setReplacer takes JSON.stringify's replacer argument as ECMA-262 steps 4–5 do.
func (w *jsonWriter) setReplacer(r goja.Value) {
	o, ok := r.(*goja.Object)
	if !ok {
		return
	}
	if fn, ok := goja.AssertFunction(o); ok {
		w.replacer = fn
		return
	}
	if !w.arrayLike(o) {
		return
	}
	w.hasKeys = true
	seen := map[string]bool{}
	n := o.Get("length").ToInteger()
	for i := int64(0); i < n; i++ {
		v := o.Get(strconv.FormatInt(i, 10))
		var item string
		switch {
		case goja.IsString(v), goja.IsNumber(v):
			item = v.String()
		default:
			if vo, ok := v.(*goja.Object); ok && (vo.ClassName() == "String" || vo.ClassName() == "Number") {
				item = vo.ToString().String()
			} else {
				continue
			}
		}
		if !seen[item] {
			seen[item] = true
			w.keys = append(w.keys, item)
		}
	}
}

// jsonFrame is an object being serialised and the key it was reached by.
type jsonFrame struct {
	obj   *goja.Object
	key   string
	index bool // key is an array index
}

var proxyType = reflect.TypeOf(goja.Proxy{})

// value serialises holder[key], whose value v is (holder nil: the top level); false when it has no JSON form (undefined,
// functions, symbols), so the caller leaves the member out.
func (w *jsonWriter) value(holder *goja.Object, key string, index bool, v goja.Value) bool {
	vm := w.vm
	if o, ok := v.(*goja.Object); ok {
		if fn, ok := goja.AssertFunction(o.Get("toJSON")); ok {
			v = callOrThrow(fn, o, vm.ToValue(key))
		}
	} else if goja.IsBigInt(v) {
		if fn, ok := goja.AssertFunction(v.ToObject(vm).Get("toJSON")); ok {
			v = callOrThrow(fn, v, vm.ToValue(key))
		}
	}
	if w.replacer != nil {
		v = callOrThrow(w.replacer, holder, vm.ToValue(key), v)
	}
	if o, ok := v.(*goja.Object); ok {
		switch o.ClassName() {
		case "Number":
			v = o.ToNumber()
		case "String":
			v = o.ToString()
		case "Boolean":
			v = vm.ToValue(o.Export())
		case "BigInt":
			v = o.ToNumber() // the BigInt inside, refused below
		case "RawJSON":
			w.b = append(w.b, o.Get("rawJSON").String()...)
			return true
		}
	}
	switch {
	case v == nil || goja.IsUndefined(v):
		return false
	case goja.IsNull(v):
		w.b = append(w.b, "null"...)
	case goja.IsString(v):
		w.quote(v)
	case goja.IsNumber(v):
		w.number(v)
	case goja.IsBigInt(v):
		panic(vm.NewTypeError("Do not know how to serialize a BigInt"))
	default:
		o, ok := v.(*goja.Object)
		if !ok {
			if b, isBool := v.Export().(bool); isBool {
				if b {
					w.b = append(w.b, "true"...)
				} else {
					w.b = append(w.b, "false"...)
				}
				return true
			}
			return false // a symbol
		}
		if _, callable := goja.AssertFunction(o); callable {
			return false
		}
		w.enter(o, key, index)
		if w.arrayLike(o) {
			w.array(o)
		} else {
			w.object(o)
		}
		w.stack = w.stack[:len(w.stack)-1]
	}
	return true
}

func (w *jsonWriter) arrayLike(o *goja.Object) bool {
	if o.ClassName() == "Array" {
		return true
	}
	if o.ExportType() != proxyType {
		return false
	}
	r := callOrThrow(w.isArray, goja.Undefined(), o)
	return r.ToBoolean()
}

func (w *jsonWriter) number(v goja.Value) {
	f := v.ToFloat()
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0):
		w.b = append(w.b, "null"...)
	case f == math.Trunc(f) && math.Abs(f) < 1e15:
		w.b = strconv.AppendInt(w.b, int64(f), 10) // -0 too: "0"
	default:
		w.b = append(w.b, v.String()...)
	}
}

func (w *jsonWriter) object(o *goja.Object) {
	w.b = append(w.b, '{')
	empty := true
	keys := w.keys
	if !w.hasKeys {
		keys = o.Keys()
	}
	for _, k := range keys {
		mark := len(w.b)
		if !empty {
			w.b = append(w.b, ',')
		}
		w.quoteString(k, nil)
		w.b = append(w.b, ':')
		if w.value(o, k, false, o.Get(k)) {
			empty = false
		} else {
			w.b = w.b[:mark]
		}
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) array(o *goja.Object) {
	w.b = append(w.b, '[')
	n := o.Get("length").ToInteger()
	for i := int64(0); i < n; i++ {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		k := strconv.FormatInt(i, 10)
		if !w.value(o, k, true, o.Get(k)) {
			w.b = append(w.b, "null"...)
		}
	}
	w.b = append(w.b, ']')
}

// quote writes a string value as V8 does: lone surrogates as \u escapes.
func (w *jsonWriter) quote(v goja.Value) {
	s := v.String()
	var src goja.String
	if strings.ContainsRune(s, utf8.RuneError) {
		// Go text turned any lone surrogate into U+FFFD: read the code units
		src, _ = v.(goja.String)
	}
	w.quoteString(s, src)
}

const hexDigits = "0123456789abcdef"

func (w *jsonWriter) quoteString(s string, units goja.String) {
	w.b = append(w.b, '"')
	if units != nil {
		n := units.Length()
		for i := 0; i < n; i++ {
			c := units.CharAt(i)
			switch {
			case c >= 0xD800 && c <= 0xDBFF && i+1 < n && units.CharAt(i+1) >= 0xDC00 && units.CharAt(i+1) <= 0xDFFF:
				w.b = utf8.AppendRune(w.b, 0x10000+(rune(c)-0xD800)<<10+rune(units.CharAt(i+1))-0xDC00)
				i++
			case c >= 0xD800 && c <= 0xDFFF:
				w.b = append(w.b, '\\', 'u', hexDigits[c>>12], hexDigits[c>>8&0xF], hexDigits[c>>4&0xF], hexDigits[c&0xF])
			case c < 0x80:
				w.escapeByte(byte(c))
			default:
				w.b = utf8.AppendRune(w.b, rune(c))
			}
		}
		w.b = append(w.b, '"')
		return
	}
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		w.b = append(w.b, s[start:i]...)
		w.escapeByte(c)
		start = i + 1
	}
	w.b = append(w.b, s[start:]...)
	w.b = append(w.b, '"')
}

func (w *jsonWriter) escapeByte(c byte) {
	switch c {
	case '"':
		w.b = append(w.b, '\\', '"')
	case '\\':
		w.b = append(w.b, '\\', '\\')
	case '\b':
		w.b = append(w.b, '\\', 'b')
	case '\f':
		w.b = append(w.b, '\\', 'f')
	case '\n':
		w.b = append(w.b, '\\', 'n')
	case '\r':
		w.b = append(w.b, '\\', 'r')
	case '\t':
		w.b = append(w.b, '\\', 't')
	default:
		if c < 0x20 {
			w.b = append(w.b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
		} else {
			w.b = append(w.b, c)
		}
	}
}

// enter pushes o, or throws V8's TypeError when o is already being serialised.
func (w *jsonWriter) enter(o *goja.Object, key string, index bool) {
	for i := range w.stack {
		if w.stack[i].obj == o {
			panic(w.vm.NewTypeError(w.circleMessage(i, key, index)))
		}
	}
	w.stack = append(w.stack, jsonFrame{obj: o, key: key, index: index})
}

// circleMessage is V8's: the object where the circle starts, at most two steps after it and
// the last one, and the key that closes it.
func (w *jsonWriter) circleMessage(start int, key string, index bool) string {
	const prefix, postfix = 2, 1
	var b strings.Builder
	b.WriteString("Converting circular structure to JSON\n    --> starting at object with constructor '")
	b.WriteString(w.constructorName(w.stack[start].obj))
	b.WriteString("'")
	line := func(f jsonFrame) {
		b.WriteString("\n    |     ")
		b.WriteString(jsonKeyText(f.key, f.index))
		b.WriteString(" -> object with constructor '")
		b.WriteString(w.constructorName(f.obj))
		b.WriteString("'")
	}
	i := start + 1
	end := min(len(w.stack), i+prefix)
	for ; i < end; i++ {
		line(w.stack[i])
	}
	if len(w.stack) > i+postfix {
		b.WriteString("\n    |     ...")
	}
	for i = max(i, len(w.stack)-postfix); i < len(w.stack); i++ {
		line(w.stack[i])
	}
	b.WriteString("\n    --- ")
	b.WriteString(jsonKeyText(key, index))
	b.WriteString(" closes the circle")
	return b.String()
}

func jsonKeyText(key string, index bool) string {
	if index {
		return "index " + key
	}
	return "property '" + key + "'"
}

func (w *jsonWriter) constructorName(o *goja.Object) string {
	if c, ok := o.Get("constructor").(*goja.Object); ok {
		if n := c.Get("name"); n != nil && goja.IsString(n) && n.String() != "" {
			return n.String()
		}
	}
	return "Object"
}
