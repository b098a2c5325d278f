// Package validate is the Go twin of Node's internal/validators: the same checks with the same
// names and errors, for Go bindings. Each validator panics with the Node error object (built by
// nodeerr), which goja turns into a JS throw when the panic leaves a native function.
package validate

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/nodeerr"
)

// Unbounded, given as a min or max to ValidateNumber, means that side is not checked (Node's
// undefined).
var Unbounded = math.NaN()

// The kValidateObject* flags of ValidateObject.
const (
	ObjectNone          = 0
	ObjectAllowNullable = 1 << 0
	ObjectAllowArray    = 1 << 1
	ObjectAllowFunction = 1 << 2
	ObjectAllowObjects  = ObjectAllowArray | ObjectAllowFunction
	ObjectAllowAll      = ObjectAllowNullable | ObjectAllowArray | ObjectAllowFunction
)

// Safe integer bounds (Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER).
const (
	MinSafeInteger = -(1<<53 - 1)
	MaxSafeInteger = 1<<53 - 1
)

func undefinedIfNil(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}

func invalidArgType(vm *goja.Runtime, name string, expected any, v goja.Value) {
	nodeerr.Throw(vm, "ERR_INVALID_ARG_TYPE", name, expected, undefinedIfNil(v))
}

func outOfRange(vm *goja.Runtime, name, rng string, v goja.Value) {
	nodeerr.Throw(vm, "ERR_OUT_OF_RANGE", name, rng, undefinedIfNil(v))
}

func invalidArgValue(vm *goja.Runtime, name string, v goja.Value, reason string) {
	nodeerr.Throw(vm, "ERR_INVALID_ARG_VALUE", name, undefinedIfNil(v), reason)
}

// num formats a bound the way a template literal does.
func num(f float64) string { return nodeerr.NumberToString(f) }

func isNumber(v goja.Value) bool { return nodeerr.TypeOf(v) == "number" && !goja.IsNull(v) }

func isIntegral(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) && f == math.Trunc(f) }

// IsInt32 is value === (value | 0).
func IsInt32(v goja.Value) bool {
	if !isNumber(v) {
		return false
	}
	f := v.ToFloat()
	return isIntegral(f) && f >= math.MinInt32 && f <= math.MaxInt32
}

// IsUint32 is value === (value >>> 0).
func IsUint32(v goja.Value) bool {
	if !isNumber(v) {
		return false
	}
	f := v.ToFloat()
	return isIntegral(f) && f >= 0 && f <= math.MaxUint32
}

// ValidateString checks typeof value === 'string' and returns the string.
func ValidateString(vm *goja.Runtime, value goja.Value, name string) string {
	if nodeerr.TypeOf(value) != "string" {
		invalidArgType(vm, name, "string", value)
	}
	return value.String()
}

// ValidateStringWithoutNullBytes is ValidateString refusing "\x00".
func ValidateStringWithoutNullBytes(vm *goja.Runtime, value goja.Value, name string) string {
	s := ValidateString(vm, value, name)
	if strings.IndexByte(s, 0) >= 0 {
		invalidArgValue(vm, name, value, "must be a string without null bytes")
	}
	return s
}

// ValidateNumber checks that value is a number within [min, max]; pass Unbounded for a side
// that is not checked. NaN fails when either bound is given.
func ValidateNumber(vm *goja.Runtime, value goja.Value, name string, min, max float64) float64 {
	if !isNumber(value) {
		invalidArgType(vm, name, "number", value)
	}
	f := value.ToFloat()
	hasMin, hasMax := !math.IsNaN(min), !math.IsNaN(max)
	if (hasMin && f < min) || (hasMax && f > max) || ((hasMin || hasMax) && math.IsNaN(f)) {
		var parts []string
		if hasMin {
			parts = append(parts, ">= "+num(min))
		}
		if hasMax {
			parts = append(parts, "<= "+num(max))
		}
		outOfRange(vm, name, strings.Join(parts, " && "), value)
	}
	return f
}

func integerIn(vm *goja.Runtime, value goja.Value, name string, min, max float64) float64 {
	if !isNumber(value) {
		invalidArgType(vm, name, "number", value)
	}
	f := value.ToFloat()
	if !isIntegral(f) {
		outOfRange(vm, name, "an integer", value)
	}
	if f < min || f > max {
		outOfRange(vm, name, ">= "+num(min)+" && <= "+num(max), value)
	}
	return f
}

// ValidateInteger checks for an integer in [min, max]; bounds default to the safe integers
// (give none, min, or min and max).
func ValidateInteger(vm *goja.Runtime, value goja.Value, name string, bounds ...float64) int64 {
	min, max := float64(MinSafeInteger), float64(MaxSafeInteger)
	if len(bounds) > 0 {
		min = bounds[0]
	}
	if len(bounds) > 1 {
		max = bounds[1]
	}
	return int64(integerIn(vm, value, name, min, max))
}

// ValidateInt32 checks for an integer in [min, max], by default the int32 range.
func ValidateInt32(vm *goja.Runtime, value goja.Value, name string, bounds ...int64) int32 {
	min, max := float64(math.MinInt32), float64(math.MaxInt32)
	if len(bounds) > 0 {
		min = float64(bounds[0])
	}
	if len(bounds) > 1 {
		max = float64(bounds[1])
	}
	return int32(integerIn(vm, value, name, min, max))
}

// ValidateUint32 checks for an integer in [0, 2^32-1], or [1, 2^32-1] when positive.
func ValidateUint32(vm *goja.Runtime, value goja.Value, name string, positive bool) uint32 {
	min := 0.0
	if positive {
		min = 1
	}
	return uint32(integerIn(vm, value, name, min, math.MaxUint32))
}

// ValidateBoolean checks typeof value === 'boolean'.
func ValidateBoolean(vm *goja.Runtime, value goja.Value, name string) bool {
	if nodeerr.TypeOf(value) != "boolean" {
		invalidArgType(vm, name, "boolean", value)
	}
	return value.ToBoolean()
}

func isArray(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	return ok && o.ClassName() == "Array"
}

// ValidateObject checks for an object; flags (ObjectAllow*) also admit null, arrays and
// functions.
func ValidateObject(vm *goja.Runtime, value goja.Value, name string, flags int) {
	ok := false
	switch {
	case goja.IsNull(value):
		ok = flags&ObjectAllowNullable != 0
	case isArray(value):
		ok = flags&ObjectAllowArray != 0
	case nodeerr.TypeOf(value) == "function":
		ok = flags&ObjectAllowFunction != 0
	default:
		ok = nodeerr.TypeOf(value) == "object"
	}
	if !ok {
		invalidArgType(vm, name, "Object", value)
	}
}

// ValidateDictionary admits undefined, null, objects and functions (WebIDL dictionaries).
func ValidateDictionary(vm *goja.Runtime, value goja.Value, name string) {
	t := nodeerr.TypeOf(value)
	if t != "undefined" && !goja.IsNull(value) && t != "object" && t != "function" {
		invalidArgType(vm, name, "a dictionary", value)
	}
}

// ValidateArray checks for an array of at least minLength elements and returns it.
func ValidateArray(vm *goja.Runtime, value goja.Value, name string, minLength int) *goja.Object {
	if !isArray(value) {
		invalidArgType(vm, name, "Array", value)
	}
	o := value.(*goja.Object)
	if o.Get("length").ToInteger() < int64(minLength) {
		invalidArgValue(vm, name, value, "must have a length of at least "+strconv.Itoa(minLength))
	}
	return o
}

func elements(vm *goja.Runtime, value goja.Value, name, typ string, ok func(goja.Value) bool) *goja.Object {
	arr := ValidateArray(vm, value, name, 0)
	n := int(arr.Get("length").ToInteger())
	for i := range n {
		el := arr.Get(strconv.Itoa(i))
		if !ok(el) {
			invalidArgType(vm, name+"["+strconv.Itoa(i)+"]", typ, el)
		}
	}
	return arr
}

// ValidateStringArray checks for an array of strings.
func ValidateStringArray(vm *goja.Runtime, value goja.Value, name string) []string {
	arr := elements(vm, value, name, "string", func(v goja.Value) bool { return nodeerr.TypeOf(v) == "string" })
	n := int(arr.Get("length").ToInteger())
	out := make([]string, n)
	for i := range n {
		out[i] = arr.Get(strconv.Itoa(i)).String()
	}
	return out
}

// ValidateBooleanArray checks for an array of booleans.
func ValidateBooleanArray(vm *goja.Runtime, value goja.Value, name string) {
	elements(vm, value, name, "boolean", func(v goja.Value) bool { return nodeerr.TypeOf(v) == "boolean" })
}

// ValidateFunction checks typeof value === 'function' and returns it callable.
func ValidateFunction(vm *goja.Runtime, value goja.Value, name string) goja.Callable {
	fn, ok := goja.AssertFunction(value)
	if !ok {
		invalidArgType(vm, name, "Function", value)
	}
	return fn
}

// ValidateUndefined checks value === undefined.
func ValidateUndefined(vm *goja.Runtime, value goja.Value, name string) {
	if value != nil && !goja.IsUndefined(value) {
		invalidArgType(vm, name, "undefined", value)
	}
}

// sameValueZero is Array.prototype.includes's comparison.
func sameValueZero(a, b goja.Value) bool {
	if isNumber(a) && isNumber(b) && math.IsNaN(a.ToFloat()) && math.IsNaN(b.ToFloat()) {
		return true
	}
	return a.StrictEquals(b)
}

// ValidateOneOf checks that value is one of oneOf (Go or goja values), as Array#includes.
func ValidateOneOf(vm *goja.Runtime, value goja.Value, name string, oneOf ...any) {
	value = undefinedIfNil(value)
	shown := make([]string, len(oneOf))
	for i, o := range oneOf {
		ov := vm.ToValue(o)
		if sameValueZero(value, ov) {
			return
		}
		if nodeerr.TypeOf(ov) == "string" {
			shown[i] = "'" + ov.String() + "'"
		} else if isNumber(ov) {
			shown[i] = num(ov.ToFloat())
		} else {
			shown[i] = ov.String()
		}
	}
	invalidArgValue(vm, name, value, "must be one of: "+strings.Join(shown, ", "))
}

// ValidateUnion checks that value is one of union and reports ('a|b|c') as the expected type.
func ValidateUnion(vm *goja.Runtime, value goja.Value, name string, union ...string) {
	value = undefinedIfNil(value)
	for _, u := range union {
		if nodeerr.TypeOf(value) == "string" && value.String() == u {
			return
		}
	}
	invalidArgType(vm, name, "('"+strings.Join(union, "|")+"')", value)
}

// ValidateAbortSignal admits undefined or an object with an `aborted` property.
func ValidateAbortSignal(vm *goja.Runtime, signal goja.Value, name string) {
	if signal == nil || goja.IsUndefined(signal) {
		return
	}
	o, ok := signal.(*goja.Object)
	if !ok || nodeerr.TypeOf(signal) != "object" || !hasProperty(o, "aborted") {
		invalidArgType(vm, name, "AbortSignal", signal)
	}
}

func hasProperty(o *goja.Object, name string) bool {
	for p := o; p != nil; p = p.Prototype() {
		for _, k := range p.GetOwnPropertyNames() {
			if k == name {
				return true
			}
		}
	}
	return false
}

// ValidatePort checks a port number (number or numeric string) in [0, 65535], or [1, 65535]
// when allowZero is false, and returns it. name is "Port" in Node by default.
func ValidatePort(vm *goja.Runtime, port goja.Value, name string, allowZero bool) int {
	port = undefinedIfNil(port)
	t := nodeerr.TypeOf(port)
	bad := false
	var f float64
	switch {
	case t == "number" && !goja.IsNull(port):
		f = port.ToFloat()
	case t == "string":
		s := port.String()
		if strings.TrimSpace(s) == "" {
			bad = true
		}
		f = port.ToFloat() // +port
	default:
		bad = true
	}
	if !bad {
		// +port !== (+port >>> 0), port > 0xFFFF, (+port === 0 && !allowZero)
		if math.IsNaN(f) || !isIntegral(f) || f < 0 || f > math.MaxUint32 || f > 0xFFFF || (f == 0 && !allowZero) {
			bad = true
		}
	}
	if bad {
		nodeerr.Throw(vm, "ERR_SOCKET_BAD_PORT", name, port, allowZero)
	}
	return int(f)
}

// ValidateBuffer checks for an ArrayBufferView (Buffer, TypedArray, DataView).
func ValidateBuffer(vm *goja.Runtime, buffer goja.Value, name string) {
	if !IsArrayBufferView(vm, buffer) {
		invalidArgType(vm, name, []string{"Buffer", "TypedArray", "DataView"}, buffer)
	}
}

// IsArrayBufferView is ArrayBuffer.isView(v).
func IsArrayBufferView(vm *goja.Runtime, v goja.Value) bool {
	if _, ok := v.(*goja.Object); !ok {
		return false
	}
	ab, _ := vm.Get("ArrayBuffer").(*goja.Object)
	if ab == nil {
		return false
	}
	isView, ok := goja.AssertFunction(ab.Get("isView"))
	if !ok {
		return false
	}
	r, err := isView(ab, v)
	return err == nil && r.ToBoolean()
}

var encodings = map[string]string{
	"utf8": "utf8", "utf-8": "utf8", "": "utf8",
	"ucs2": "utf16le", "ucs-2": "utf16le", "utf16le": "utf16le", "utf-16le": "utf16le",
	"latin1": "latin1", "binary": "latin1",
	"base64": "base64", "base64url": "base64url", "hex": "hex", "ascii": "ascii",
}

// NormalizeEncoding is Node's normalizeEncoding: the canonical name of an encoding ("utf8" for
// undefined and null), "" when unknown.
func NormalizeEncoding(enc goja.Value) string {
	if enc == nil || goja.IsUndefined(enc) || goja.IsNull(enc) {
		return "utf8"
	}
	if nodeerr.TypeOf(enc) != "string" {
		return ""
	}
	s := enc.String()
	if e, ok := encodings[s]; ok {
		return e
	}
	return encodings[strings.ToLower(s)]
}

// ValidateEncoding refuses hex data of odd length.
func ValidateEncoding(vm *goja.Runtime, data goja.Value, encoding goja.Value) {
	length := int64(0)
	if o, ok := data.(*goja.Object); ok {
		length = o.Get("length").ToInteger()
	} else if data != nil && nodeerr.TypeOf(data) == "string" {
		length = int64(len(utf16Units(data.String())))
	}
	if NormalizeEncoding(encoding) == "hex" && length%2 != 0 {
		invalidArgValue(vm, "encoding", encoding, "is invalid for data of length "+strconv.FormatInt(length, 10))
	}
}

func utf16Units(s string) []struct{} {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return make([]struct{}, n)
}

// ParseFileMode reads a mode_t: a uint32 or an octal string. def, when given, replaces null
// and undefined.
func ParseFileMode(vm *goja.Runtime, value goja.Value, name string, def ...uint32) uint32 {
	if (value == nil || goja.IsUndefined(value) || goja.IsNull(value)) && len(def) > 0 {
		value = vm.ToValue(def[0])
	}
	value = undefinedIfNil(value)
	if nodeerr.TypeOf(value) == "string" {
		s := value.String()
		ok := s != ""
		for _, c := range s {
			if c < '0' || c > '7' {
				ok = false
				break
			}
		}
		if !ok {
			invalidArgValue(vm, name, value, "must be a 32-bit unsigned integer or an octal string")
		}
		n, err := strconv.ParseUint(s, 8, 64)
		if err != nil {
			value = vm.ToValue(math.Inf(1))
		} else {
			value = vm.ToValue(float64(n))
		}
	}
	return ValidateUint32(vm, value, name, false)
}

// ValidateSignalName checks for a signal name of this platform (os.constants.signals).
func ValidateSignalName(vm *goja.Runtime, signal goja.Value, name string) int {
	s := ValidateString(vm, signal, name)
	if n, ok := nodeerr.SignalNumber(s); ok {
		return n
	}
	if _, ok := nodeerr.SignalNumber(strings.ToUpper(s)); ok {
		nodeerr.Throw(vm, "ERR_UNKNOWN_SIGNAL", s+" (signals must use all capital letters)")
	}
	nodeerr.Throw(vm, "ERR_UNKNOWN_SIGNAL", s)
	return 0
}

// ValidateFiniteNumber is false for undefined and NaN, true for finite numbers; it throws for
// other types and for infinities.
func ValidateFiniteNumber(vm *goja.Runtime, number goja.Value, name string) bool {
	if number == nil || goja.IsUndefined(number) {
		return false
	}
	if isNumber(number) {
		f := number.ToFloat()
		if math.IsNaN(f) {
			return false
		}
		if !math.IsInf(f, 0) {
			return true
		}
	}
	ValidateNumber(vm, number, name, Unbounded, Unbounded)
	outOfRange(vm, name, "a finite number", number)
	return false
}

// CheckRangesOrGetDefault returns def for undefined and NaN, the number when within
// [lower, upper], and throws otherwise.
func CheckRangesOrGetDefault(vm *goja.Runtime, number goja.Value, name string, lower, upper, def float64) float64 {
	if !ValidateFiniteNumber(vm, number, name) {
		return def
	}
	f := number.ToFloat()
	if f < lower || f > upper {
		outOfRange(vm, name, ">= "+num(lower)+" and <= "+num(upper), number)
	}
	return f
}

// ValidateThisInternalField checks that object is an object with an own property fieldKey,
// else throws ERR_INVALID_THIS for className.
func ValidateThisInternalField(vm *goja.Runtime, object goja.Value, fieldKey, className string) {
	o, ok := object.(*goja.Object)
	if ok && nodeerr.TypeOf(object) == "object" {
		for _, k := range o.GetOwnPropertyNames() {
			if k == fieldKey {
				return
			}
		}
	}
	nodeerr.Throw(vm, "ERR_INVALID_THIS", className)
}
