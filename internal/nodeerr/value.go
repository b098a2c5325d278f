package nodeerr

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// TypeOf is JS's typeof for a goja value ("undefined" for nil).
func TypeOf(v goja.Value) string {
	switch x := v.(type) {
	case nil:
		return "undefined"
	case *goja.Object:
		if _, ok := goja.AssertFunction(x); ok {
			return "function"
		}
		return "object"
	case *goja.Symbol:
		return "symbol"
	}
	switch {
	case goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "object"
	case goja.IsString(v):
		return "string"
	case goja.IsNumber(v):
		return "number"
	case goja.IsBigInt(v):
		return "bigint"
	}
	if _, ok := v.Export().(bool); ok {
		return "boolean"
	}
	return "object"
}

func isNullish(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

// truthy is JS's ToBoolean.
func truthy(v goja.Value) bool {
	if v == nil {
		return false
	}
	return v.ToBoolean()
}

// NumberToString is JS's Number.prototype.toString() for f (radix 10).
func NumberToString(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0:
		return "0"
	}
	neg := f < 0
	if neg {
		f = -f
	}
	// Shortest round-trip digits and the decimal exponent, as ECMA-262 Number::toString wants.
	e := strconv.FormatFloat(f, 'e', -1, 64) // d.ddddde±xx
	mant, expStr, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	exp, _ := strconv.Atoi(expStr)
	k := len(digits)
	n := exp + 1
	var s string
	switch {
	case k <= n && n <= 21:
		s = digits + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		s = digits[:n] + "." + digits[n:]
	case -6 < n && n <= 0:
		s = "0." + strings.Repeat("0", -n) + digits
	default:
		sign := "+"
		if n-1 < 0 {
			sign = "-"
		}
		ev := n - 1
		if ev < 0 {
			ev = -ev
		}
		if k == 1 {
			s = digits + "e" + sign + strconv.Itoa(ev)
		} else {
			s = digits[:1] + "." + digits[1:] + "e" + sign + strconv.Itoa(ev)
		}
	}
	if neg {
		return "-" + s
	}
	return s
}

// formatNumber is util.inspect's number formatting without separators: -0 stays "-0".
func formatNumber(f float64) string {
	if f == 0 && math.Signbit(f) {
		return "-0"
	}
	return NumberToString(f)
}

// toNumber returns the float64 of a number value.
func toNumber(v goja.Value) float64 { return v.ToFloat() }

// isInteger is Number.isInteger.
func isInteger(v goja.Value) bool {
	if TypeOf(v) != "number" {
		return false
	}
	f := v.ToFloat()
	return !math.IsNaN(f) && !math.IsInf(f, 0) && f == math.Trunc(f)
}

// jsString returns String(v) for primitives and a best effort for objects (their toString
// through the VM when vm is given).
func jsString(vm *goja.Runtime, v goja.Value) string {
	switch TypeOf(v) {
	case "undefined":
		return "undefined"
	case "number":
		if goja.IsNull(v) {
			return "null"
		}
		return NumberToString(v.ToFloat())
	case "symbol":
		return symbolString(v)
	case "object", "function":
		if goja.IsNull(v) {
			return "null"
		}
		if vm != nil {
			var s string
			if ex := vm.Try(func() { s = v.ToString().String() }); ex == nil {
				return s
			}
		}
		return v.String()
	}
	return v.String()
}

// utf16Len is a JS string's length.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// utf16Slice is String.prototype.slice(0, n) for n >= 0.
func utf16Slice(s string, n int) string {
	if utf16Len(s) <= n {
		return s
	}
	u := utf16.Encode([]rune(s))
	return string(utf16.Decode(u[:n]))
}

// JSONString is JSON.stringify for a string.
func JSONString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				b.WriteString(`\u00`)
				b.WriteByte("0123456789abcdef"[r>>4])
				b.WriteByte("0123456789abcdef"[r&15])
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// quoteJS is util.inspect's string quoting (strEscape): single quotes unless the string has
// some and another quote is free, control characters escaped.
func quoteJS(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 {
		if strings.IndexByte(s, '"') < 0 {
			quote = '"'
		} else if strings.IndexByte(s, '`') < 0 && !strings.Contains(s, "${") {
			quote = '`'
		}
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\f':
			b.WriteString(`\f`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || (r >= 0x7f && r <= 0x9f):
			b.WriteString(`\x`)
			b.WriteString(strings.ToUpper(strconv.FormatInt(int64(r)|0x100, 16)[1:]))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// bigString returns the decimal digits of a bigint value.
func bigString(v goja.Value) string {
	if b, ok := v.Export().(*big.Int); ok {
		return b.String()
	}
	return v.String()
}

// AddNumericalSeparator inserts "_" every three digits from the right, as Node's
// addNumericalSeparator does (meant for integers).
func AddNumericalSeparator(val string) string {
	res := ""
	i := len(val)
	start := 0
	if strings.HasPrefix(val, "-") {
		start = 1
	}
	for ; i >= start+4; i -= 3 {
		res = "_" + val[i-3:i] + res
	}
	return val[:i] + res
}

// functionName returns fn.name as a string ("" when missing or not a string).
func functionName(o *goja.Object) string {
	n := o.Get("name")
	if n == nil || !goja.IsString(n) {
		return ""
	}
	return n.String()
}

// isClass reports whether a function's source is a class.
func isClass(o *goja.Object) bool {
	return strings.HasPrefix(o.String(), "class") // Function.prototype.toString
}

// DetermineSpecificType is Node's determineSpecificType: the "Received …" part of type errors.
// ins formats the objects that have no constructor name (nil: the package's fallback).
func DetermineSpecificType(vm *goja.Runtime, v goja.Value, ins Inspector) string {
	switch TypeOf(v) {
	case "undefined":
		return "undefined"
	case "bigint":
		return "type bigint (" + bigString(v) + "n)"
	case "number":
		if goja.IsNull(v) {
			return "null"
		}
		return "type number (" + formatNumber(v.ToFloat()) + ")"
	case "boolean":
		if v.ToBoolean() {
			return "type boolean (true)"
		}
		return "type boolean (false)"
	case "symbol":
		return "type symbol (" + symbolString(v) + ")"
	case "function":
		return "function " + jsString(vm, v.(*goja.Object).Get("name"))
	case "object":
		if goja.IsNull(v) {
			return "null"
		}
		o := v.(*goja.Object)
		var ctorName goja.Value
		var has bool
		if vm != nil {
			vm.Try(func() {
				c := o.Get("constructor")
				if co, ok := c.(*goja.Object); ok && truthy(c) {
					if hasProperty(vm, co, "name") {
						has = true
						ctorName = co.Get("name")
					}
				}
			})
		}
		if has {
			return "an instance of " + jsString(vm, ctorName)
		}
		return inspectWith(vm, ins, v, InspectOptions{Depth: -1})
	case "string":
		s := v.String()
		if utf16Len(s) > 28 {
			s = utf16Slice(s, 25) + "..."
		}
		if !strings.Contains(s, "'") {
			return "type string ('" + s + "')"
		}
		return "type string (" + JSONString(s) + ")"
	}
	return "type " + TypeOf(v) + " (" + inspectWith(vm, ins, v, InspectOptions{Depth: 2}) + ")"
}

// hasProperty is the `in` operator.
func hasProperty(vm *goja.Runtime, o *goja.Object, name string) bool {
	for p := o; p != nil; p = p.Prototype() {
		for _, k := range p.GetOwnPropertyNames() {
			if k == name {
				return true
			}
		}
	}
	return false
}

// FormatList is Node's formatList: "a", "a or b", "a, b, or c".
func FormatList(items []string, conj string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + " " + conj + " " + items[1]
	case 3:
		return items[0] + ", " + items[1] + ", " + conj + " " + items[2]
	}
	return strings.Join(items[:len(items)-1], ", ") + ", " + conj + " " + items[len(items)-1]
}

// symbolString is String(sym): "Symbol(desc)".
func symbolString(v goja.Value) string {
	return "Symbol(" + v.String() + ")"
}
