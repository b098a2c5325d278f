package http

import (
	"math"
	"strconv"
	"strings"
	"time"

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
	lines, contLen, ok := headerLines(headers, fromOut)
	if !ok {
		return goja.Undefined()
	}
	// set last: a getter of headers may have run another message's _storeHeader meanwhile
	b.storeFlags[0] = 0
	if contLen != nil {
		b.storeFlags[0] = 1
		_ = msg.Set("_contentLength", contLen.ToNumber())
		_ = msg.Set("_removedContLen", false)
	}
	return b.vm.ToValue(lines)
}

// headerLines is the loop of storeHeaders: the lines of headers (a plain object, or the
// kOutHeaders map of [name, value] entries when fromOut), the Content-Length value among them,
// and false when JS must store them.
func headerLines(headers *goja.Object, fromOut bool) (string, goja.Value, bool) {
	var sb strings.Builder
	var contLen goja.Value
	for _, key := range headers.Keys() {
		v := headers.Get(key)
		name := key
		if fromOut {
			entry, ok := v.(*goja.Object)
			if !ok || entry.ClassName() != "Array" {
				return "", nil, false
			}
			nv := entry.Get("0")
			if !goja.IsString(nv) {
				return "", nil, false
			}
			name = nv.String()
			v = entry.Get("1")
		}
		if !isToken(name) {
			return "", nil, false
		}
		text, ok := headerText(v)
		if !ok || !fromOut && !validHeaderValue(text) {
			return "", nil, false
		}
		if n := len(name); n >= 4 && n <= 17 {
			switch strings.ToLower(name) {
			case "content-length":
				contLen = v
			case "connection", "transfer-encoding", "date", "expect", "trailer", "keep-alive":
				return "", nil, false
			}
		}
		sb.WriteString(name)
		sb.WriteString(": ")
		sb.WriteString(text)
		sb.WriteString("\r\n")
	}
	return sb.String(), contLen, true
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

// writeHead is ServerResponse.prototype.writeHead with _storeHeader and finishHeader in one
// native call, for the common case: writeHead(msg, statusCode, reason, headers, outHeaders) ->
// true once the
// head is stored, or undefined (before anything is changed) when the JS path must run: a status
// code that is not an integer in range, a status message or header that is not a plain valid
// string (JS throws the errors), headers that are not a plain object, or any header
// storeHeaders leaves to JS. The caller has checked that no head was stored yet, and passes the
// kOutHeaders map of setHeader as outHeaders when there is one (then headers and an object
// reason, which writeHead would merge into it, are absent). The writes follow writeHead's order.
func (b *pbinding) writeHead(c goja.FunctionCall) goja.Value {
	vm := b.vm
	msg, _ := c.Argument(0).(*goja.Object)
	scv, reason, obj := c.Argument(1), c.Argument(2), c.Argument(3)
	if msg == nil || b.statusCodes == nil || len(b.storeFlags) == 0 || !goja.IsNumber(scv) {
		return goja.Undefined()
	}
	scf := scv.ToFloat()
	sc := int64(scf)
	if float64(sc) != scf || sc < 100 || sc > 999 {
		return goja.Undefined()
	}
	var newMessage goja.Value // set when writeHead assigns statusMessage
	var statusMessage goja.Value
	if goja.IsString(reason) {
		newMessage, statusMessage = reason, reason
	} else {
		statusMessage = msg.Get("statusMessage")
		if statusMessage == nil || !statusMessage.ToBoolean() {
			newMessage = b.statusCodes.Get(strconv.FormatInt(sc, 10))
			if newMessage == nil || !newMessage.ToBoolean() {
				newMessage = vm.ToValue("unknown")
			}
			statusMessage = newMessage
		}
		if obj == nil || goja.IsUndefined(obj) || goja.IsNull(obj) {
			obj = reason
		}
	}
	if !goja.IsString(statusMessage) || !validHeaderValue(statusMessage.String()) {
		return goja.Undefined()
	}
	var lines string
	var contLen goja.Value
	if out, ok := c.Argument(4).(*goja.Object); ok {
		// the headers setHeader stored; the caller passes them only when writeHead adds none
		if lines, contLen, ok = headerLines(out, true); !ok {
			return goja.Undefined()
		}
	} else if obj != nil && !goja.IsUndefined(obj) && !goja.IsNull(obj) {
		headers, ok := obj.(*goja.Object)
		if !ok || headers.ClassName() != "Object" {
			return goja.Undefined()
		}
		if lines, contLen, ok = headerLines(headers, false); !ok {
			return goja.Undefined()
		}
	}
	if newMessage != nil {
		_ = msg.Set("statusMessage", newMessage)
	}
	_ = msg.Set("statusCode", sc)
	if sc == 204 || sc == 304 || sc <= 199 {
		_ = msg.Set("_hasBody", false)
	}
	if truthy(msg.Get("_expect_continue")) && !truthy(msg.Get("_sent100")) {
		_ = msg.Set("shouldKeepAlive", false)
	}
	var sb strings.Builder
	sb.WriteString("HTTP/1.1 ")
	sb.WriteString(strconv.FormatInt(sc, 10))
	sb.WriteByte(' ')
	sb.WriteString(statusMessage.String())
	sb.WriteString("\r\n")
	sb.WriteString(lines)
	if contLen != nil {
		_ = msg.Set("_contentLength", contLen.ToNumber())
		_ = msg.Set("_removedContLen", false)
	}
	b.finishHeader(msg, &sb, contLen != nil, sc)
	sb.WriteString("\r\n")
	_ = msg.Set("_header", sb.String())
	_ = msg.Set("_headerSent", false)
	return vm.ToValue(true)
}

// finishHeader is outgoing.js's finishHeader for a head whose own headers set no Connection,
// Transfer-Encoding, Date or Trailer: the Date, Connection, Keep-Alive and Content-Length or
// Transfer-Encoding lines Node derives, and the message state they decide.
func (b *pbinding) finishHeader(msg *goja.Object, sb *strings.Builder, contLen bool, sc int64) {
	vm := b.vm
	if truthy(msg.Get("sendDate")) {
		sb.WriteString("Date: ")
		sb.WriteString(utcDate())
		sb.WriteString("\r\n")
	}
	if truthy(msg.Get("chunkedEncoding")) && (sc == 204 || sc == 304) {
		_ = msg.Set("chunkedEncoding", false)
		_ = msg.Set("shouldKeepAlive", false)
	}
	if truthy(msg.Get("_removedConnection")) {
		_ = msg.Set("_last", !truthy(msg.Get("shouldKeepAlive")))
	} else {
		sendKeepAlive := truthy(msg.Get("shouldKeepAlive")) &&
			(contLen || truthy(msg.Get("useChunkedEncodingByDefault")) || truthy(msg.Get("agent")))
		switch {
		case sendKeepAlive && truthy(msg.Get("maxRequestsOnConnectionReached")):
			sb.WriteString("Connection: close\r\n")
		case sendKeepAlive:
			sb.WriteString("Connection: keep-alive\r\n")
			if kat := msg.Get("_keepAliveTimeout"); truthy(kat) && truthy(msg.Get("_defaultKeepAlive")) {
				sb.WriteString("Keep-Alive: timeout=")
				sb.WriteString(vm.ToValue(math.Floor(kat.ToFloat() / 1000)).String())
				if maxReq := msg.Get("_maxRequestsPerSocket"); maxReq != nil && toInt32(maxReq) > 0 {
					sb.WriteString(", max=")
					sb.WriteString(maxReq.String())
				}
				sb.WriteString("\r\n")
			}
		default:
			_ = msg.Set("_last", true)
			sb.WriteString("Connection: close\r\n")
		}
	}
	if contLen {
		return
	}
	switch {
	case !truthy(msg.Get("_hasBody")):
		_ = msg.Set("chunkedEncoding", false)
	case !truthy(msg.Get("useChunkedEncodingByDefault")):
		_ = msg.Set("_last", true)
	case !truthy(msg.Get("_removedContLen")) && goja.IsNumber(orUndefined(msg.Get("_contentLength"))):
		sb.WriteString("Content-Length: ")
		sb.WriteString(msg.Get("_contentLength").String())
		sb.WriteString("\r\n")
	case !truthy(msg.Get("_removedTE")):
		sb.WriteString("Transfer-Encoding: chunked\r\n")
		_ = msg.Set("chunkedEncoding", true)
	default:
		_ = msg.Set("_last", true)
	}
}

func truthy(v goja.Value) bool { return v != nil && v.ToBoolean() }

func orUndefined(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// toInt32 is JS's ~~v.
func toInt32(v goja.Value) int32 {
	f := v.ToNumber().ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return int32(uint32(int64(math.Mod(math.Trunc(f), 1<<32))))
}

var dateCache struct {
	sec  int64
	text string
}

// utcDate is new Date().toUTCString(), computed once a second (Node caches it the same way).
func utcDate() string {
	now := time.Now()
	if s := now.Unix(); s != dateCache.sec || dateCache.text == "" {
		dateCache.sec = s
		dateCache.text = now.UTC().Format("Mon, 02 Jan 2006 15:04:05 GMT")
	}
	return dateCache.text
}
