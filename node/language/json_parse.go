package language

import (
	"strconv"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// The engine's JSON.parse goes through encoding/json's token stream and takes ~14 µs for an
// 80-byte object, fifteen times V8; servers parse a body per request. jsonFast parses the
// common text (well-formed, strings of scalar values) in one pass straight into engine values.
// It gives up on anything else — malformed text, lone surrogates, escapes of surrogates — and
// JSON.parse then takes the slower path, which has V8's messages and the edge cases.
type jsonFast struct {
	vm    *goja.Runtime
	s     string
	i     int
	ok    bool
	buf   []byte // scratch for strings with escapes
	proto *goja.Object
}

// parseJSONFast returns the value of s, or ok false when s is not text it handles.
func parseJSONFast(vm *goja.Runtime, objectProto *goja.Object, s string) (v goja.Value, ok bool) {
	p := &jsonFast{vm: vm, s: s, ok: true, proto: objectProto}
	p.ws()
	if p.i >= len(s) {
		return nil, false
	}
	v = p.value(0)
	if !p.ok {
		return nil, false
	}
	p.ws()
	if p.i != len(s) {
		return nil, false
	}
	return v, true
}

// jsonFastMaxDepth bounds recursion; deeper text takes the slow path, which V8 matches.
const jsonFastMaxDepth = 1000

func (p *jsonFast) ws() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonFast) fail() goja.Value {
	p.ok = false
	return nil
}

func (p *jsonFast) value(depth int) goja.Value {
	if p.i >= len(p.s) || depth > jsonFastMaxDepth {
		return p.fail()
	}
	switch c := p.s[p.i]; c {
	case '{':
		return p.object(depth)
	case '[':
		return p.array(depth)
	case '"':
		s, ok := p.str()
		if !ok {
			return p.fail()
		}
		return p.vm.ToValue(s)
	case 't':
		return p.word("true", p.vm.ToValue(true))
	case 'f':
		return p.word("false", p.vm.ToValue(false))
	case 'n':
		return p.word("null", goja.Null())
	default:
		if c == '-' || c >= '0' && c <= '9' {
			return p.number()
		}
	}
	return p.fail()
}

func (p *jsonFast) word(w string, v goja.Value) goja.Value {
	if len(p.s)-p.i < len(w) || p.s[p.i:p.i+len(w)] != w {
		return p.fail()
	}
	p.i += len(w)
	return v
}

func (p *jsonFast) object(depth int) goja.Value {
	// made without a prototype until its members are in, so that setting them is defining them:
	// "__proto__" becomes an own property and no setter on Object.prototype runs
	o := p.vm.CreateObject(nil)
	defer o.SetPrototype(p.proto)
	p.i++
	p.ws()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return o
	}
	for {
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return p.fail()
		}
		k, ok := p.str()
		if !ok {
			return p.fail()
		}
		p.ws()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return p.fail()
		}
		p.i++
		p.ws()
		v := p.value(depth + 1)
		if !p.ok {
			return nil
		}
		_ = o.Set(k, v)
		if !p.more('}') {
			if !p.ok {
				return nil
			}
			return o
		}
	}
}

func (p *jsonFast) array(depth int) goja.Value {
	p.i++
	p.ws()
	var items []any
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return p.vm.NewArray()
	}
	for {
		v := p.value(depth + 1)
		if !p.ok {
			return nil
		}
		items = append(items, v)
		if !p.more(']') {
			if !p.ok {
				return nil
			}
			return p.vm.NewArray(items...)
		}
	}
}

// more reads what follows a member or element: a comma (true: another comes) or the closing
// byte (false); anything else fails the parse (false, p.ok false).
func (p *jsonFast) more(closing byte) bool {
	p.ws()
	if p.i < len(p.s) {
		switch p.s[p.i] {
		case ',':
			p.i++
			p.ws()
			return true
		case closing:
			p.i++
			return false
		}
	}
	p.ok = false
	return false
}

// str reads a string literal. Text without escapes is a slice of the input; U+FFFD gives up,
// as it may stand for a lone surrogate lost when the argument became Go text.
func (p *jsonFast) str() (string, bool) {
	p.i++
	start := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			s := p.s[start:p.i]
			p.i++
			return s, true
		case c == '\\':
			return p.escaped(start)
		case c < 0x20:
			return "", false
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(p.s[p.i:])
			if r == utf8.RuneError {
				return "", false
			}
			p.i += size
		default:
			p.i++
		}
	}
	return "", false
}

// escaped finishes a string literal from start whose first escape is at p.i.
func (p *jsonFast) escaped(start int) (string, bool) {
	b := append(p.buf[:0], p.s[start:p.i]...)
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			p.buf = b
			return string(b), true
		case c < 0x20:
			return "", false
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(p.s[p.i:])
			if r == utf8.RuneError {
				return "", false
			}
			b = append(b, p.s[p.i:p.i+size]...)
			p.i += size
			continue
		case c != '\\':
			b = append(b, c)
			p.i++
			continue
		}
		if p.i+1 >= len(p.s) {
			return "", false
		}
		p.i += 2
		e := p.s[p.i-1]
		if c, ok := jsonEscape(e); ok {
			b = append(b, c)
			continue
		}
		if e != 'u' || p.i+4 > len(p.s) {
			return "", false
		}
		n, err := strconv.ParseUint(p.s[p.i:p.i+4], 16, 16)
		if err != nil || n >= 0xD800 && n <= 0xDFFF {
			return "", false
		}
		b = utf8.AppendRune(b, rune(n))
		p.i += 4
	}
	return "", false
}

// number reads JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *jsonFast) number() goja.Value {
	s := p.s
	start := p.i
	neg := s[p.i] == '-'
	if neg {
		p.i++
	}
	if p.i >= len(s) {
		return p.fail()
	}
	intStart := p.i
	if s[p.i] == '0' {
		p.i++
	} else if s[p.i] >= '1' && s[p.i] <= '9' {
		for p.i < len(s) && s[p.i] >= '0' && s[p.i] <= '9' {
			p.i++
		}
	} else {
		return p.fail()
	}
	integral := true
	if p.i < len(s) && s[p.i] == '.' {
		integral = false
		p.i++
		if !p.digits() {
			return p.fail()
		}
	}
	if p.i < len(s) && (s[p.i] == 'e' || s[p.i] == 'E') {
		integral = false
		p.i++
		if p.i < len(s) && (s[p.i] == '+' || s[p.i] == '-') {
			p.i++
		}
		if !p.digits() {
			return p.fail()
		}
	}
	if integral && p.i-intStart <= 15 {
		var n int64
		for _, d := range []byte(s[intStart:p.i]) {
			n = n*10 + int64(d-'0')
		}
		if n != 0 || !neg {
			if neg {
				n = -n
			}
			return p.vm.ToValue(n)
		}
	}
	f, _ := strconv.ParseFloat(s[start:p.i], 64) // ±Inf beyond float64's range, as in JS
	return p.vm.ToValue(f)
}

func (p *jsonFast) digits() bool {
	start := p.i
	for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		p.i++
	}
	return p.i > start
}

// jsonEscape is the character a one-letter JSON escape (\n, \", …) stands for.
func jsonEscape(e byte) (byte, bool) {
	switch e {
	case '"', '\\', '/':
		return e, true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	}
	return 0, false
}
