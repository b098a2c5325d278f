package language

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

// Engine built-ins whose output differs from V8's, found by the differential fuzzer
// (docs/compat/language.md): each wrapper handles the case the engine gets wrong and leaves
// the rest, including argument errors, to the engine.
func installFixes(vm *goja.Runtime) {
	numProto := objectAt(vm, "Number", true)
	origToString, _ := goja.AssertFunction(numProto.Get("toString"))
	defineMethod(numProto, "toString", nativeMethod(vm, "toString", 1, func(call goja.FunctionCall) goja.Value {
		if r := call.Argument(0); !goja.IsUndefined(r) {
			if f, ok := thisNumber(call.This); ok {
				radix := r.ToFloat()
				if radix >= 2 && radix <= 36 && radix == math.Trunc(radix) && radix != 10 && !math.IsNaN(f) && !math.IsInf(f, 0) {
					return vm.ToValue(doubleToRadix(f, int(radix)))
				}
			}
		}
		v, err := origToString(call.This, call.Arguments...)
		if err != nil {
			host.Rethrow(err)
		}
		return v
	}))

	// the digit-count RangeErrors in V8's words
	for _, m := range []struct{ name, text string }{
		{"toFixed", "toFixed() digits argument must be between 0 and 100"},
		{"toPrecision", "toPrecision() argument must be between 1 and 100"},
		{"toExponential", "toExponential() argument must be between 0 and 100"},
	} {
		orig, _ := goja.AssertFunction(numProto.Get(m.name))
		text := m.text
		defineMethod(numProto, m.name, nativeMethod(vm, m.name, 1, func(call goja.FunctionCall) goja.Value {
			v, err := orig(call.This, call.Arguments...)
			if err != nil {
				if ex, ok := err.(*goja.Exception); ok && errorName(ex.Value()) == "RangeError" {
					throwRangeError(vm, text)
				}
				host.Rethrow(err)
			}
			return v
		}))
	}

	dateProto := objectAt(vm, "Date", true)
	origISO, _ := goja.AssertFunction(dateProto.Get("toISOString"))
	getTime, _ := goja.AssertFunction(dateProto.Get("getTime"))
	defineMethod(dateProto, "toISOString", nativeMethod(vm, "toISOString", 0, func(call goja.FunctionCall) goja.Value {
		v, err := origISO(call.This)
		if err != nil {
			host.Rethrow(err)
		}
		s := v.String()
		// The engine writes years outside 0..9999 without the six-digit extended form.
		if s != "" && (s[0] == '-' || s[0] == '+') {
			if dash := strings.IndexByte(s[1:], '-'); dash >= 0 && dash < 6 {
				return vm.ToValue(s[:1] + strings.Repeat("0", 6-dash) + s[1:])
			}
		}
		if t, err := getTime(call.This); err == nil {
			if ms := t.ToFloat(); ms >= 253402300800000 && s != "" && s[0] != '+' {
				return vm.ToValue("+" + strings.Repeat("0", 6-strings.IndexByte(s, '-')) + s)
			}
		}
		return v
	}))
	// V8 names the zone in toString and toTimeString with ICU's long name.
	for _, name := range []string{"toString", "toTimeString"} {
		orig, _ := goja.AssertFunction(dateProto.Get(name))
		defineMethod(dateProto, name, nativeMethod(vm, name, 0, func(call goja.FunctionCall) goja.Value {
			v, err := orig(call.This)
			if err != nil {
				host.Rethrow(err)
			}
			s := v.String()
			if strings.HasSuffix(s, ")") {
				if open := strings.LastIndexByte(s, '('); open >= 0 {
					if long, ok := zoneLongNames[s[open+1:len(s)-1]]; ok {
						return vm.ToValue(s[:open+1] + long + ")")
					}
				}
			}
			return v
		}))
	}
}

var zoneLongNames = map[string]string{
	"UTC": "Coordinated Universal Time", "GMT": "Greenwich Mean Time",
	"CET": "Central European Standard Time", "CEST": "Central European Summer Time",
	"EET": "Eastern European Standard Time", "EEST": "Eastern European Summer Time",
	"WET": "Western European Standard Time", "WEST": "Western European Summer Time",
	"BST": "British Summer Time", "IST": "India Standard Time", "JST": "Japan Standard Time",
	"KST": "Korean Standard Time", "CST": "Central Standard Time", "CDT": "Central Daylight Time",
	"EST": "Eastern Standard Time", "EDT": "Eastern Daylight Time", "MST": "Mountain Standard Time",
	"MDT": "Mountain Daylight Time", "PST": "Pacific Standard Time", "PDT": "Pacific Daylight Time",
	"AEST": "Australian Eastern Standard Time", "AEDT": "Australian Eastern Daylight Time",
	"MSK": "Moscow Standard Time", "HST": "Hawaii-Aleutian Standard Time",
}

func thisNumber(v goja.Value) (float64, bool) {
	switch x := v.Export().(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	if o, ok := v.(*goja.Object); ok && o.ClassName() == "Number" {
		if f, ok := o.Export().(float64); ok {
			return f, true
		}
		if i, ok := o.Export().(int64); ok {
			return float64(i), true
		}
	}
	return 0, false
}

// doubleToRadix converts a finite number to a string in a radix other than 10 as V8 does:
// fraction digits only as far as the double's precision (rounded half to even with carry),
// integer digits beyond 2^53 written as zeros.
func doubleToRadix(value float64, radix int) string {
	const chars = "0123456789abcdefghijklmnopqrstuvwxyz"
	if value == 0 {
		return "0"
	}
	negative := value < 0
	if negative {
		value = -value
	}
	integer := math.Floor(value)
	fraction := value - integer
	delta := 0.5 * (math.Nextafter(value, math.Inf(1)) - value)
	delta = math.Max(math.Nextafter(0, 1), delta)
	var frac []byte
	if fraction >= delta {
		for {
			fraction *= float64(radix)
			delta *= float64(radix)
			digit := int(fraction)
			frac = append(frac, chars[digit])
			fraction -= float64(digit)
			if fraction > 0.5 || (fraction == 0.5 && digit&1 != 0) {
				if fraction+delta > 1 {
					// round up, carrying through the digits written so far
					for {
						if len(frac) == 0 {
							integer++
							break
						}
						last := frac[len(frac)-1]
						frac = frac[:len(frac)-1]
						d := strings.IndexByte(chars, last)
						if d+1 < radix {
							frac = append(frac, chars[d+1])
							break
						}
					}
					break
				}
			}
			if fraction < delta {
				break
			}
		}
	}
	var intDigits []byte
	for exponentOf(integer/float64(radix)) > 0 {
		integer /= float64(radix)
		intDigits = append(intDigits, '0')
	}
	for {
		rem := math.Mod(integer, float64(radix))
		intDigits = append(intDigits, chars[int(rem)])
		integer = (integer - rem) / float64(radix)
		if integer <= 0 {
			break
		}
	}
	var sb strings.Builder
	if negative {
		sb.WriteByte('-')
	}
	for i := len(intDigits) - 1; i >= 0; i-- {
		sb.WriteByte(intDigits[i])
	}
	if len(frac) > 0 {
		sb.WriteByte('.')
		sb.Write(frac)
	}
	return sb.String()
}

// exponentOf is the binary exponent of d as significand (53-bit integer) * 2^e.
func exponentOf(d float64) int {
	bits := math.Float64bits(d)
	biased := int(bits>>52) & 0x7FF
	if biased == 0 {
		return -1074
	}
	return biased - 0x3FF - 52
}

var _ = strconv.Itoa

func errorName(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		if n := o.Get("name"); n != nil {
			return n.String()
		}
	}
	return ""
}

func errorMessage(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		if m := o.Get("message"); m != nil {
			return m.String()
		}
	}
	return ""
}
