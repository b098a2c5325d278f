package util

import (
	"github.com/gnode-dev/gnode/internal/sharedmem"
	"math/big"
	"reflect"
	"sort"
	"unsafe"

	"github.com/dop251/goja"
)

// Kinds returned by the binding's kindOf: a short name for the engine-internal object type,
// which plain JS on goja cannot see.
const (
	kObject      = "object"
	kArray       = "array"
	kMap         = "map"
	kSet         = "set"
	kWeakMap     = "weakmap"
	kWeakSet     = "weakset"
	kMapIter     = "mapiter"
	kSetIter     = "setiter"
	kArrayIter   = "arrayiter"
	kStringIter  = "stringiter"
	kRegExpIter  = "regexpiter"
	kGenerator   = "generator"
	kArguments   = "arguments"
	kError       = "error"
	kRegExp      = "regexp"
	kDate        = "date"
	kNumberObj   = "number"
	kStringObj   = "string"
	kBooleanObj  = "boolean"
	kSymbolObj   = "symbol"
	kBigIntObj   = "bigint"
	kPromise     = "promise"
	kProxy       = "proxy"
	kTypedArray  = "typedarray"
	kArrayBuffer = "arraybuffer"
	kSharedBuf   = "sharedarraybuffer"
	kDataView    = "dataview"
	kFunction    = "function"
	kAsyncFunc   = "asyncfunction"
	kGenFunc     = "generatorfunction"
	kClass       = "class"
	kBound       = "bound"
	kNative      = "native"
)

var implKinds = map[string]string{
	"*goja.baseObject":                kObject,
	"*goja.arrayObject":               kArray,
	"*goja.sparseArrayObject":         kArray,
	"*goja.templatedArrayObject":      kArray,
	"*goja.mapObject":                 kMap,
	"*goja.setObject":                 kSet,
	"*goja.weakMapObject":             kWeakMap,
	"*goja.weakSetObject":             kWeakSet,
	"*goja.mapIterObject":             kMapIter,
	"*goja.setIterObject":             kSetIter,
	"*goja.arrayIterObject":           kArrayIter,
	"*goja.stringIterObject":          kStringIter,
	"*goja.regExpStringIterObject":    kRegExpIter,
	"*goja.generatorObject":           kGenerator,
	"*goja.argumentsObject":           kArguments,
	"*goja.errorObject":               kError,
	"*goja.regexpObject":              kRegExp,
	"*goja.dateObject":                kDate,
	"*goja.stringObject":              kStringObj,
	"*goja.Promise":                   kPromise,
	"*goja.proxyObject":               kProxy,
	"*goja.typedArrayObject":          kTypedArray,
	"*goja.arrayBufferObject":         kArrayBuffer,
	"*goja.dataViewObject":            kDataView,
	"*goja.funcObject":                kFunction,
	"*goja.arrowFuncObject":           kFunction,
	"*goja.methodFuncObject":          kFunction,
	"*goja.asyncFuncObject":           kAsyncFunc,
	"*goja.asyncArrowFuncObject":      kAsyncFunc,
	"*goja.asyncMethodFuncObject":     kAsyncFunc,
	"*goja.generatorFuncObject":       kGenFunc,
	"*goja.generatorMethodFuncObject": kGenFunc,
	"*goja.classFuncObject":           kClass,
	"*goja.boundFuncObject":           kBound,
	"*goja.nativeFuncObject":          kNative,
	"*goja.wrappedFuncObject":         kNative,
	"*goja.templatedFuncObject":       kNative,
}

// selfField returns the goja.Object's unexported implementation (its `self` field) as a
// reflect.Value that may be read; ok is false if goja's layout is not what we expect.
func selfField(o *goja.Object) (reflect.Value, bool) {
	v := reflect.ValueOf(o).Elem().FieldByName("self")
	if !v.IsValid() || v.Kind() != reflect.Interface || v.IsNil() {
		return reflect.Value{}, false
	}
	return v.Elem(), true
}

// readable makes a field obtained through unexported fields readable (and usable with Interface).
func readable(v reflect.Value) reflect.Value {
	if v.CanAddr() {
		return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
	}
	return v
}

func kindOf(o *goja.Object) string {
	self, ok := selfField(o)
	if !ok {
		return kObject
	}
	name := self.Type().String()
	switch name {
	case "*goja.primitiveValueObject":
		switch o.ClassName() {
		case "Number":
			return kNumberObj
		case "Boolean":
			return kBooleanObj
		}
		if _, ok := o.Export().(*big.Int); ok {
			return kBigIntObj
		}
		return kSymbolObj
	case "*goja.baseObject":
		if o.ClassName() == "Arguments" {
			return kArguments
		}
		return kObject
	}
	if k, ok := implKinds[name]; ok {
		if k == kArrayBuffer && sharedmem.Is(o) {
			return kSharedBuf
		}
		return k
	}
	switch o.ClassName() {
	case "Array":
		return kArray
	case "Error":
		return kError
	case "Function":
		return kFunction
	}
	return kObject
}

// orderedMapEntries reads the remaining entries of a goja orderedMapIter (the `iter` field of a
// Map/Set iterator object) without advancing it. It mirrors orderedMapIter.next.
func iterEntries(self reflect.Value) (keys, values []goja.Value, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	st := self.Elem()
	iter := readable(st.FieldByName("iter"))
	if iter.IsNil() {
		return nil, nil, true
	}
	it := iter.Elem()
	m := readable(it.FieldByName("m"))
	if m.IsNil() {
		return nil, nil, true
	}
	cur := readable(it.FieldByName("cur"))
	// track back over deleted entries, then step forward
	for !cur.IsNil() && readable(cur.Elem().FieldByName("key")).IsNil() {
		cur = readable(cur.Elem().FieldByName("iterPrev"))
	}
	if !cur.IsNil() {
		cur = readable(cur.Elem().FieldByName("iterNext"))
	} else {
		cur = readable(m.Elem().FieldByName("iterFirst"))
	}
	for !cur.IsNil() {
		e := cur.Elem()
		k := readable(e.FieldByName("key"))
		if !k.IsNil() {
			keys = append(keys, k.Interface().(goja.Value))
			v := readable(e.FieldByName("value"))
			if v.IsNil() {
				values = append(values, goja.Undefined())
			} else {
				values = append(values, v.Interface().(goja.Value))
			}
		}
		cur = readable(e.FieldByName("iterNext"))
	}
	return keys, values, true
}

// iterKind returns goja's iterationKind of a Map/Set iterator: 0 key, 1 value, 2 entries.
func iterKind(self reflect.Value) int {
	return int(readable(self.Elem().FieldByName("kind")).Int())
}

// weakEntries reads the live entries of a WeakMap/WeakSet (field name m or s).
func weakEntries(self reflect.Value, field string) (keys []*goja.Object, values []goja.Value, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	wm := readable(self.Elem().FieldByName(field))
	mm := readable(wm.FieldByName("m"))
	iter := mm.MapRange()
	type kv struct {
		k *goja.Object
		v goja.Value
	}
	var all []kv
	for iter.Next() {
		wp := iter.Key()
		res := wp.MethodByName("Value").Call(nil)
		if len(res) != 1 || res[0].IsNil() {
			continue
		}
		k := res[0].Interface().(*goja.Object)
		var v goja.Value
		if mv := iter.Value(); mv.IsValid() && !mv.IsNil() {
			v = mv.Interface().(goja.Value)
		} else {
			v = goja.Undefined()
		}
		all = append(all, kv{k, v})
	}
	// map order is random; keep the output stable (inspect sorts the formatted entries anyway)
	sort.SliceStable(all, func(i, j int) bool {
		return reflect.ValueOf(all[i].k).Pointer() < reflect.ValueOf(all[j].k).Pointer()
	})
	for _, e := range all {
		keys = append(keys, e.k)
		values = append(values, e.v)
	}
	return keys, values, true
}
