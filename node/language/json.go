package language

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// installJSONParse replaces the engine's JSON.parse, which goes through encoding/json's token
// stream (15× V8's time), loses lone surrogates and words its SyntaxErrors as Go does. Common
// text takes parseJSONFast; the rest is checked by v8JSONError, which has V8's messages
// ("Expected double-quoted property name in JSON at position 7 (line 1 column 8)"), and then
// built by jsonBuilder, which also serves revivers.
func installJSONParse(vm *goja.Runtime) {
	jsonObj, ok := vm.Get("JSON").(*goja.Object)
	if !ok {
		return
	}
	syntaxError := vm.Get("SyntaxError").(*goja.Object)
	objectProto := vm.NewObject().Prototype()
	defineMethod(jsonObj, "parse", nativeMethod(vm, "parse", 2, func(call goja.FunctionCall) goja.Value {
		arg := call.Argument(0)
		if !goja.IsString(arg) {
			arg = arg.ToString()
		}
		text := arg.String()
		reviver, hasReviver := goja.AssertFunction(call.Argument(1))
		if !hasReviver {
			if v, ok := parseJSONFast(vm, objectProto, text); ok {
				return v
			}
		}
		if msg := v8JSONError(text); msg != "" {
			e, _ := vm.New(syntaxError, vm.ToValue(msg))
			panic(e)
		}
		text = jsonSourceText(arg.(goja.String), text)
		if !hasReviver {
			return parseJSONText(vm, text)
		}
		// with a reviver the reviver's third argument carries each primitive's source text
		// (JSON.parse source text access, in V8 13)
		p := &jsonBuilder{vm: vm, s: text, sources: true}
		p.ws()
		v := p.value()
		root := vm.NewObject()
		_ = root.DefineDataProperty("", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		return internalizeJSONWith(vm, reviver, root, "", p.root)
	}))
}

// jsonSourceText is text (the Go form of s) with s's lone surrogates, which Go text cannot hold,
// written as \u escapes: valid JSON has them only inside string literals, where the escape
// stands for the same code unit.
func jsonSourceText(s goja.String, text string) string {
	if !strings.ContainsRune(text, utf8.RuneError) {
		return text
	}
	var b strings.Builder
	n := s.Length()
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		switch {
		case utf16.IsSurrogate(rune(c)) && c < 0xDC00 && i+1 < n && s.CharAt(i+1) >= 0xDC00 && s.CharAt(i+1) <= 0xDFFF:
			b.WriteRune(utf16.DecodeRune(rune(c), rune(s.CharAt(i+1))))
			i++
		case utf16.IsSurrogate(rune(c)):
			fmt.Fprintf(&b, "\\u%04x", c)
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

// v8JSONError is the message V8 gives for the first syntax error in text, or "" when text is
// valid JSON by V8's grammar.
func v8JSONError(text string) string {
	p := &jsonScanner{src: utf16.Encode([]rune(text)), text: text}
	return p.run()
}

type jsonScanner struct {
	src  []uint16
	text string
	pos  int
}

type jsonErr struct{ msg string }

func (p *jsonScanner) run() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(jsonErr); ok {
				msg = e.msg
				return
			}
			panic(r)
		}
	}()
	switch p.text {
	case "undefined", "NaN", "Infinity", "[object Object]":
		return `"` + p.text + `" is not valid JSON`
	}
	p.skipWS()
	p.value()
	p.skipWS()
	if p.pos < len(p.src) {
		p.failAt("Unexpected non-whitespace character after JSON", " at position ")
	}
	return ""
}

func (p *jsonScanner) skipWS() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// fail reports msg at the current position, with V8's line and column.
func (p *jsonScanner) fail(msg string) { p.failAt(msg, " in JSON at position ") }

func (p *jsonScanner) failAt(msg, sep string) {
	line, col := 1, 1
	for i := 0; i < p.pos && i < len(p.src); i++ {
		if p.src[i] == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	panic(jsonErr{msg + sep + strconv.Itoa(p.pos) + " (line " + strconv.Itoa(line) +
		" column " + strconv.Itoa(col) + ")"})
}

func (p *jsonScanner) endOfInput() { panic(jsonErr{"Unexpected end of JSON input"}) }

// unexpectedToken is V8's message for a character that cannot start or continue a value,
// quoting the text around it (all of it when it is short).
func (p *jsonScanner) unexpectedToken() {
	if p.pos >= len(p.src) {
		p.endOfInput()
	}
	const maxContext = 10
	ch := string(utf16.Decode(p.src[p.pos : p.pos+1]))
	if isHighSurrogate(p.src[p.pos]) && p.pos+1 < len(p.src) {
		ch = string(utf16.Decode(p.src[p.pos : p.pos+2]))
	}
	var ctx string
	if len(p.src) <= 2*maxContext {
		ctx = `"` + p.text + `"`
	} else {
		start := p.pos - maxContext
		if start < 0 {
			start = 0
		}
		end := p.pos + maxContext
		if end > len(p.src) {
			end = len(p.src)
		}
		ctx = `"` + string(utf16.Decode(p.src[start:end])) + `"`
		if start > 0 {
			ctx = "..." + ctx
		}
		if end < len(p.src) {
			ctx += "..."
		}
	}
	panic(jsonErr{"Unexpected token '" + ch + "', " + ctx + " is not valid JSON"})
}

func isHighSurrogate(c uint16) bool { return c >= 0xD800 && c <= 0xDBFF }

func (p *jsonScanner) peek() (uint16, bool) {
	if p.pos < len(p.src) {
		return p.src[p.pos], true
	}
	return 0, false
}

func (p *jsonScanner) value() {
	c, ok := p.peek()
	if !ok {
		p.endOfInput()
	}
	switch {
	case c == '{':
		p.object()
	case c == '[':
		p.array()
	case c == '"':
		p.str()
	case c == '-' || c >= '0' && c <= '9':
		p.number()
	case c == 't':
		p.literal("true")
	case c == 'f':
		p.literal("false")
	case c == 'n':
		p.literal("null")
	default:
		p.unexpectedToken()
	}
}

func (p *jsonScanner) literal(word string) {
	for i := 0; i < len(word); i++ {
		c, ok := p.peek()
		if !ok {
			p.endOfInput()
		}
		if c != uint16(word[i]) {
			p.unexpectedToken()
		}
		p.pos++
	}
}

func (p *jsonScanner) object() {
	p.pos++ // {
	p.skipWS()
	if c, ok := p.peek(); ok && c == '}' {
		p.pos++
		return
	}
	first := true
	for {
		if c, ok := p.peek(); !ok || c != '"' {
			if first {
				p.fail("Expected property name or '}'")
			}
			p.fail("Expected double-quoted property name")
		}
		first = false
		p.str()
		p.skipWS()
		if c, ok := p.peek(); !ok || c != ':' {
			p.fail("Expected ':' after property name")
		}
		p.pos++
		p.skipWS()
		p.value()
		p.skipWS()
		c, ok := p.peek()
		if ok && c == '}' {
			p.pos++
			return
		}
		if !ok || c != ',' {
			p.fail("Expected ',' or '}' after property value")
		}
		p.pos++
		p.skipWS()
	}
}

func (p *jsonScanner) array() {
	p.pos++ // [
	p.skipWS()
	if c, ok := p.peek(); ok && c == ']' {
		p.pos++
		return
	}
	for {
		p.value()
		p.skipWS()
		c, ok := p.peek()
		if ok && c == ']' {
			p.pos++
			return
		}
		if !ok || c != ',' {
			p.fail("Expected ',' or ']' after array element")
		}
		p.pos++
		p.skipWS()
	}
}

func (p *jsonScanner) str() {
	p.pos++ // opening quote
	for {
		c, ok := p.peek()
		if !ok {
			p.fail("Unterminated string")
		}
		switch {
		case c == '"':
			p.pos++
			return
		case c < 0x20:
			p.fail("Bad control character in string literal")
		case c == '\\':
			p.pos++
			e, ok := p.peek()
			if !ok {
				p.endOfInput()
			}
			switch e {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.pos++
			case 'u':
				p.pos++
				for i := 0; i < 4; i++ {
					h, ok := p.peek()
					if !ok {
						p.endOfInput()
					}
					if !strings.ContainsRune("0123456789abcdefABCDEF", rune(h)) {
						p.fail("Bad Unicode escape")
					}
					p.pos++
				}
			default:
				p.fail("Bad escaped character")
			}
		default:
			p.pos++
		}
	}
}

func (p *jsonScanner) digits() int {
	n := 0
	for {
		c, ok := p.peek()
		if !ok || c < '0' || c > '9' {
			return n
		}
		p.pos++
		n++
	}
}

func (p *jsonScanner) number() {
	if c, _ := p.peek(); c == '-' {
		p.pos++
		if c, ok := p.peek(); !ok || c < '0' || c > '9' {
			p.fail("No number after minus sign")
		}
	}
	if c, _ := p.peek(); c == '0' {
		p.pos++
		if c, ok := p.peek(); ok && c >= '0' && c <= '9' {
			p.fail("Unexpected number")
		}
	} else {
		p.digits()
	}
	if c, ok := p.peek(); ok && c == '.' {
		p.pos++
		if p.digits() == 0 {
			p.fail("Unterminated fractional number")
		}
	}
	if c, ok := p.peek(); ok && (c == 'e' || c == 'E') {
		p.pos++
		if c, ok := p.peek(); ok && (c == '+' || c == '-') {
			p.pos++
		}
		if p.digits() == 0 {
			p.fail("Exponent part is missing a number")
		}
	}
}
