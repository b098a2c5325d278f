package buffer

import (
	"reflect"
	"strings"
	"unsafe"

	"github.com/dop251/goja"
)

// fastView reads the bytes of a Uint8Array straight from the engine's object, without the
// allocation Export makes for each call (a boxed slice header). The layout of goja's objects is
// found once, on first use, by reflection and checked against Export; when anything does not match
// (another goja version), ok stays false and every call takes Export.
var fastView struct {
	ok       bool
	selfOff  uintptr        // Object.self (objectImpl interface)
	selfItab unsafe.Pointer // itab of *typedArrayObject as objectImpl
	kindOff  uintptr        // typedArrayObject.typedArray (interface)
	kindItab unsafe.Pointer // itab of *uint8Array as typedArray
	bufOff   uintptr        // typedArrayObject.viewedArrayBuf
	offOff   uintptr        // typedArrayObject.offset
	lenOff   uintptr        // typedArrayObject.length
	dataOff  uintptr        // arrayBufferObject.data
	abValOff uintptr        // arrayBufferObject.baseObject.val, its *goja.Object (abValOk)
	abValOk  bool
}

func initFastView() {
	defer func() {
		if recover() != nil {
			fastView.ok = false
		}
	}()
	vm := goja.New()
	v, err := vm.RunString("[new Uint8Array(new ArrayBuffer(16), 3, 5), new Int16Array(2), new Uint8ClampedArray(3)," +
		" new (class extends Uint8Array {})(7), new Uint8Array(0)]")
	if err != nil {
		return
	}
	samples := v.Export().([]any)
	objs := make([]*goja.Object, len(samples))
	for i := range objs {
		objs[i] = v.(*goja.Object).Get(itoa(i)).(*goja.Object)
	}
	o := objs[0]
	f, ok := reflect.TypeOf(*o).FieldByName("self")
	if !ok || f.Type.Kind() != reflect.Interface {
		return
	}
	fv := &fastView
	fv.selfOff = f.Offset
	self := (*[2]unsafe.Pointer)(unsafe.Add(unsafe.Pointer(o), f.Offset))
	concrete := reflect.ValueOf(o).Elem().FieldByIndex(f.Index).Elem().Type() // *typedArrayObject
	if concrete.Kind() != reflect.Pointer || concrete.Elem().Kind() != reflect.Struct {
		return
	}
	st := concrete.Elem()
	field := func(t reflect.Type, name string, kind reflect.Kind) (uintptr, reflect.Type, bool) {
		sf, ok := t.FieldByName(name)
		if !ok || sf.Type.Kind() != kind {
			return 0, nil, false
		}
		return sf.Offset, sf.Type, true
	}
	var bufType reflect.Type
	var ok1, ok2, ok3, ok4, ok5 bool
	fv.kindOff, _, ok1 = field(st, "typedArray", reflect.Interface)
	fv.bufOff, bufType, ok2 = field(st, "viewedArrayBuf", reflect.Pointer)
	fv.offOff, _, ok3 = field(st, "offset", reflect.Int)
	fv.lenOff, _, ok4 = field(st, "length", reflect.Int)
	if !(ok1 && ok2 && ok3 && ok4) {
		return
	}
	var dataType reflect.Type
	fv.dataOff, dataType, ok5 = field(bufType.Elem(), "data", reflect.Slice)
	if !ok5 || dataType.Elem().Kind() != reflect.Uint8 {
		return
	}
	if bo, ok := bufType.Elem().FieldByName("baseObject"); ok && bo.Anonymous && bo.Type.Kind() == reflect.Struct {
		if val, ok := bo.Type.FieldByName("val"); ok && val.Type == reflect.TypeOf(o) {
			fv.abValOff = bo.Offset + val.Offset
			fv.abValOk = true
		}
	}
	fv.selfItab = self[0]
	fv.kindItab = (*[2]unsafe.Pointer)(unsafe.Add(self[1], fv.kindOff))[0]
	fv.ok = true
	// check against Export: Uint8Arrays (plain, subclassed, empty) agree; others are refused
	for i, o := range objs {
		b, isU8 := fastBytes(o)
		switch i {
		case 1, 2:
			if isU8 {
				fv.ok = false
			}
		default:
			want := o.Export().([]byte)
			if !isU8 || len(b) != len(want) || (len(b) > 0 && &b[0] != &want[0]) {
				fv.ok = false
			}
			if ab, off, _, ok := fastWindow(o); fv.abValOk && (!ok || ab != o.Get("buffer") || int64(off) != o.Get("byteOffset").ToInteger()) {
				fv.abValOk = false
			}
		}
	}
}

// fastWindow is what u8.buffer, u8.byteOffset and u8.length give for a Uint8Array (or a
// subclass), read from the engine's object: the typed-array property lookups are slow on goja.
func fastWindow(o *goja.Object) (ab *goja.Object, off, n int, ok bool) {
	fv := &fastView
	if !fv.ok || !fv.abValOk {
		return nil, 0, 0, false
	}
	self := (*[2]unsafe.Pointer)(unsafe.Add(unsafe.Pointer(o), fv.selfOff))
	if self[0] != fv.selfItab {
		return nil, 0, 0, false
	}
	ta := self[1]
	if (*[2]unsafe.Pointer)(unsafe.Add(ta, fv.kindOff))[0] != fv.kindItab {
		return nil, 0, 0, false
	}
	abo := *(*unsafe.Pointer)(unsafe.Add(ta, fv.bufOff))
	ab = *(**goja.Object)(unsafe.Add(abo, fv.abValOff))
	return ab, *(*int)(unsafe.Add(ta, fv.offOff)), *(*int)(unsafe.Add(ta, fv.lenOff)), ab != nil
}

// fastBytes is the memory of o when it is a Uint8Array (or a subclass such as Buffer).
func fastBytes(o *goja.Object) ([]byte, bool) {
	fv := &fastView
	if !fv.ok {
		return nil, false
	}
	self := (*[2]unsafe.Pointer)(unsafe.Add(unsafe.Pointer(o), fv.selfOff))
	if self[0] != fv.selfItab {
		return nil, false
	}
	ta := self[1]
	if (*[2]unsafe.Pointer)(unsafe.Add(ta, fv.kindOff))[0] != fv.kindItab {
		return nil, false
	}
	ab := *(*unsafe.Pointer)(unsafe.Add(ta, fv.bufOff))
	data := *(*[]byte)(unsafe.Add(ab, fv.dataOff))
	off := *(*int)(unsafe.Add(ta, fv.offOff))
	n := *(*int)(unsafe.Add(ta, fv.lenOff))
	return data[off : off+n : off+n], true
}

// makeNoZero returns n bytes of memory that are not cleared first, for outputs that are written
// in full at once (encoders): strings.Builder's growth allocates without zeroing, and its
// buffer is taken over. When Builder's layout is not the expected one it is plain make.
func makeNoZero(n int) []byte {
	if !noZeroOK || n < 4096 {
		return make([]byte, n)
	}
	var sb strings.Builder
	sb.Grow(n)
	return (*builderLayout)(unsafe.Pointer(&sb)).buf[:n]
}

type builderLayout struct {
	addr unsafe.Pointer
	buf  []byte
}

var noZeroOK = func() bool {
	t := reflect.TypeOf(strings.Builder{})
	if t.Size() != unsafe.Sizeof(builderLayout{}) || t.NumField() != 2 {
		return false
	}
	if f := t.Field(1); f.Name != "buf" || f.Offset != unsafe.Offsetof(builderLayout{}.buf) || f.Type != reflect.TypeOf([]byte(nil)) {
		return false
	}
	var sb strings.Builder
	sb.Grow(10000)
	sb.WriteString("ab")
	b := (*builderLayout)(unsafe.Pointer(&sb)).buf
	return len(b) == 2 && cap(b) >= 10000 && string(b) == "ab"
}()

// makeU16NoZero is makeNoZero for n UTF-16 units.
func makeU16NoZero(n int) []uint16 {
	b := makeNoZero(2 * n)
	return unsafe.Slice((*uint16)(unsafe.Pointer(unsafe.SliceData(b))), n)
}
