package language

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// jsonCycle walks a value as JSON.stringify does (ECMA-262 SerializeJSONProperty and friends:
// toJSON, the replacer, the wrappers' conversions, the keys and the reads, in that order) without
// writing anything. JSON.stringify runs it only after the engine's own walk found a cycle, whose
// error lacks V8's description of the circle: this walk stops at the same place and throws V8's
// message. (The engine keeps the serialising: through the public API the same walk is slower.)
type jsonCycle struct {
	vm      *goja.Runtime
	stack   []jsonFrame
	isArray goja.Callable // Array.isArray, for proxies

	replacer goja.Callable // a replacer function
	keys     []string      // a replacer array's property list (hasKeys)
	hasKeys  bool
}

// jsonFrame is an object being walked and the key it was reached by.
type jsonFrame struct {
	obj   *goja.Object
	key   string
	index bool // key is an array index
}

var proxyType = reflect.TypeOf(goja.Proxy{})

// setReplacer takes JSON.stringify's replacer argument as ECMA-262 steps 4–5 do.
func (w *jsonCycle) setReplacer(r goja.Value) {
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

// visit walks holder[key], whose value v is.
func (w *jsonCycle) visit(holder *goja.Object, key string, index bool, v goja.Value) {
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
	o, ok := v.(*goja.Object)
	if !ok {
		return
	}
	switch o.ClassName() {
	case "Number":
		o.ToNumber()
		return
	case "String":
		o.ToString()
		return
	case "Boolean", "BigInt", "RawJSON":
		return
	}
	if _, callable := goja.AssertFunction(o); callable {
		return
	}
	w.enter(o, key, index)
	if w.arrayLike(o) {
		n := o.Get("length").ToInteger()
		for i := int64(0); i < n; i++ {
			k := strconv.FormatInt(i, 10)
			w.visit(o, k, true, o.Get(k))
		}
	} else {
		keys := w.keys
		if !w.hasKeys {
			keys = o.Keys()
		}
		for _, k := range keys {
			w.visit(o, k, false, o.Get(k))
		}
	}
	w.stack = w.stack[:len(w.stack)-1]
}

func (w *jsonCycle) arrayLike(o *goja.Object) bool {
	if o.ClassName() == "Array" {
		return true
	}
	if o.ExportType() != proxyType {
		return false
	}
	return callOrThrow(w.isArray, goja.Undefined(), o).ToBoolean()
}

// enter pushes o, or throws V8's TypeError when o is already being serialised.
func (w *jsonCycle) enter(o *goja.Object, key string, index bool) {
	for i := range w.stack {
		if w.stack[i].obj == o {
			panic(w.vm.NewTypeError(w.circleMessage(i, key, index)))
		}
	}
	w.stack = append(w.stack, jsonFrame{obj: o, key: key, index: index})
}

// circleMessage is V8's: the object where the circle starts, at most two steps after it and
// the last one, and the key that closes it.
func (w *jsonCycle) circleMessage(start int, key string, index bool) string {
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

func (w *jsonCycle) constructorName(o *goja.Object) string {
	if c, ok := o.Get("constructor").(*goja.Object); ok {
		if n := c.Get("name"); n != nil && goja.IsString(n) && n.String() != "" {
			return n.String()
		}
	}
	return "Object"
}
