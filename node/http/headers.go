package http

import (
	"strings"

	"github.com/dop251/goja"
)

// isTokenChar reports whether c may appear in an HTTP token (RFC 9110 tchar), the set of
// _http_common's checkIsHttpToken.
var isTokenChar = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	for _, c := range "^_`-!#$%&'*+.|~" {
		t[c] = true
	}
	return
}()

func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isTokenChar[s[i]] {
			return false
		}
	}
	return true
}

// validHeaderValue is the negation of checkInvalidHeaderChar for a string: only tab, printable
// ASCII and U+0080..U+00FF. s is goja's UTF-8 export of the JS string.
func validHeaderValue(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 {
			if c < 0x20 && c != '\t' || c == 0x7f {
				return false
			}
			continue
		}
		// U+0080..U+00FF are the two-byte sequences led by 0xC2 or 0xC3
		if (c == 0xc2 || c == 0xc3) && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			i++
			continue
		}
		return false
	}
	return true
}

// headerText is the text of a header value as `key + ': ' + value` writes it, for the values
// whose conversion cannot run user code (strings and numbers); ok is false for the others.
func headerText(v goja.Value) (string, bool) {
	switch {
	case goja.IsString(v), goja.IsNumber(v):
		return v.String(), true
	}
	return "", false
}

// storeHeaders is the common case of OutgoingMessage._storeHeader's loop in one native call:
// storeHeaders(msg, headers, fromOutHeaders) -> the header lines, or undefined when the
// JS loop must run instead (any value that is not a string or number, an array value, an invalid
// name or value, whose errors JS throws, and the special headers other than Content-Length,
// whose effects on the message JS applies). Nothing is changed before it knows it succeeds.
// storeFlags[0] (a Uint8Array shared with JS) then tells whether Content-Length was among them.
func (b *pbinding) storeHeaders(c goja.FunctionCall) goja.Value {
	msg, _ := c.Argument(0).(*goja.Object)
	headers, _ := c.Argument(1).(*goja.Object)
	fromOut := c.Argument(2).ToBoolean()
	if msg == nil || headers == nil || headers.ClassName() != "Object" || len(b.storeFlags) == 0 {
		return goja.Undefined()
	}
	var sb strings.Builder
	var contLen goja.Value
	for _, key := range headers.Keys() {
		v := headers.Get(key)
		name := key
		if fromOut {
			entry, ok := v.(*goja.Object)
			if !ok || entry.ClassName() != "Array" {
				return goja.Undefined()
			}
			nv := entry.Get("0")
			if !goja.IsString(nv) {
				return goja.Undefined()
			}
			name = nv.String()
			v = entry.Get("1")
		}
		if !isToken(name) {
			return goja.Undefined()
		}
		text, ok := headerText(v)
		if !ok || !fromOut && !validHeaderValue(text) {
			return goja.Undefined()
		}
		if n := len(name); n >= 4 && n <= 17 {
			switch strings.ToLower(name) {
			case "content-length":
				contLen = v
			case "connection", "transfer-encoding", "date", "expect", "trailer", "keep-alive":
				return goja.Undefined()
			}
		}
		sb.WriteString(name)
		sb.WriteString(": ")
		sb.WriteString(text)
		sb.WriteString("\r\n")
	}
	// set last: a getter of headers may have run another message's _storeHeader meanwhile
	b.storeFlags[0] = 0
	if contLen != nil {
		b.storeFlags[0] = 1
		_ = msg.Set("_contentLength", contLen.ToNumber())
		_ = msg.Set("_removedContLen", false)
	}
	return b.vm.ToValue(sb.String())
}

func (b *pbinding) checkIsHttpToken(c goja.FunctionCall) goja.Value {
	v := c.Argument(0)
	return b.vm.ToValue(goja.IsString(v) && isToken(v.String()))
}

// checkInvalidHeaderChar takes strings only; JS tests other values with its RegExp, which
// converts them first.
func (b *pbinding) checkInvalidHeaderChar(c goja.FunctionCall) goja.Value {
	return b.vm.ToValue(!validHeaderValue(c.Argument(0).String()))
}
