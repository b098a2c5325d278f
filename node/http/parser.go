// Package http serves node:http: a strict HTTP/1.1 parser in Go (this file) that consumes the
// socket handles of node/net as Node's C++ parser consumes libuv streams, and the JS glue of
// http.Server, IncomingMessage, ServerResponse, ClientRequest and Agent in js/.
package http

import (
	"bytes"
	"strings"
	"time"
)

// The parser follows llhttp as Node 24 runs it (strict mode): the same accepted grammar, the same
// error codes and reasons, and Node's own header size and count limits. It is line-oriented: the
// head is parsed a line at a time (a partial line waits in p.line), the body is sliced out of the
// input without copying.

// Kind selects requests (server side) or responses (client side).
type Kind int

const (
	Request Kind = iota
	Response
)

// ParseError is an llhttp error: Code is the HPE_* name, Reason llhttp's text.
type ParseError struct {
	Code   string
	Reason string
}

func (e *ParseError) Error() string { return "Parse Error: " + e.Reason }

func perr(code, reason string) *ParseError { return &ParseError{Code: "HPE_" + code, Reason: reason} }

// Message is one parsed head.
type Message struct {
	Method        string
	URL           string
	Major, Minor  int
	Status        int
	StatusMessage string
	Headers       []string // name, value, name, value… in wire order and case
	Trailers      []string
	KeepAlive     bool
	Upgrade       bool
}

// Handler receives the parts of each message, in order.
type Handler interface {
	// OnHeaders returns 0 to go on, 1 to skip the body (a response to HEAD), 2 to stop parsing
	// and hand the rest of the stream over (upgrade/CONNECT accepted).
	OnHeaders(m *Message) int
	OnBody(b []byte)
	OnMessageComplete(m *Message)
}

type state uint8

const (
	stStart state = iota
	stHeaders
	stBodyLength
	stBodyEOF // response body delimited by the end of the connection
	stChunkSize
	stChunkData
	stChunkDataCRLF
	stTrailers
	stUpgraded
	stDead
)

const (
	DefaultMaxHeaderSize = 16 * 1024
	maxHeaderFields      = 1000
)

// Parser parses a stream of messages of one kind.
type Parser struct {
	Kind          Kind
	MaxHeaderSize int
	Lenient       bool // insecureHTTPParser: llhttp's lenient flags
	// LenientValues: httpValidation 'relaxed', header values may hold control characters other
	// than NUL, CR and LF (llhttp's kLenientHeaderValueRelaxed)
	LenientValues bool
	H             Handler

	st   state
	line []byte // partial head line carried between Execute calls
	msg  Message
	hdr  int // bytes counted against MaxHeaderSize (Node's TrackHeader)

	contentLength int64
	hasCL         bool
	hasTE         bool
	chunked       bool
	connClose     bool
	connKeepAlive bool
	connUpgrade   bool
	hasUpgradeHdr bool
	remaining     int64
	skipBody      bool
	// ReqMethod is the method of the request a response answers (client side): HEAD and
	// CONNECT change how the response body is delimited.
	ReqMethod string
	err       *ParseError

	// StartedAt is when the message being received began (Unix ms), 0 between messages;
	// HeadersDone tells whether its head is complete. The server's headersTimeout and
	// requestTimeout checks read them.
	StartedAt   int64
	HeadersDone bool
	begun       bool
}

// NewParser makes a parser for kind with Node's default limits.
func NewParser(kind Kind, h Handler) *Parser {
	return &Parser{Kind: kind, MaxHeaderSize: DefaultMaxHeaderSize, H: h}
}

// Reset readies the parser for a new stream.
func (p *Parser) Reset() {
	p.st = stStart
	p.line = p.line[:0]
	p.err = nil
	p.beginMessage()
}

func (p *Parser) beginMessage() {
	p.StartedAt = 0
	p.HeadersDone = false
	p.begun = false
	p.msg = Message{}
	p.hdr = 0
	p.contentLength = 0
	p.hasCL, p.hasTE, p.chunked = false, false, false
	p.connClose, p.connKeepAlive, p.connUpgrade, p.hasUpgradeHdr = false, false, false, false
	p.skipBody = false
}

// Upgraded reports whether parsing stopped for an upgrade; the bytes after the consumed count
// belong to the new protocol.
func (p *Parser) Upgraded() bool { return p.st == stUpgraded }

// Execute parses data and returns how many bytes it consumed. On error the parser is dead and
// n is llhttp's bytesParsed (where the error was found).
func (p *Parser) Execute(data []byte) (int, *ParseError) {
	if p.err != nil {
		return 0, p.err
	}
	i := 0
	for i < len(data) {
		switch p.st {
		case stStart, stHeaders, stTrailers:
			nl := bytes.IndexByte(data[i:], '\n')
			if nl < 0 {
				if err := p.partialLine(data[i:], i); err != nil {
					return p.fail(err, len(data))
				}
				p.line = append(p.line, data[i:]...)
				return len(data), nil
			}
			var line []byte
			if len(p.line) > 0 {
				p.line = append(p.line, data[i:i+nl+1]...)
				line = p.line
			} else {
				line = data[i : i+nl+1]
			}
			start := i
			i += nl + 1
			pos, err := p.headLine(line)
			p.line = p.line[:0]
			if err != nil {
				at := start + pos - (len(line) - (nl + 1))
				if at < 0 {
					at = 0
				}
				return p.fail(err, at)
			}
			if p.st == stUpgraded {
				return i, nil
			}
		case stBodyLength:
			n := int64(len(data) - i)
			if n > p.remaining {
				n = p.remaining
			}
			p.H.OnBody(data[i : i+int(n)])
			i += int(n)
			p.remaining -= n
			if p.remaining == 0 {
				p.complete()
			}
		case stBodyEOF:
			p.H.OnBody(data[i:])
			return len(data), nil
		case stChunkSize:
			nl := bytes.IndexByte(data[i:], '\n')
			if nl < 0 {
				if err := p.chunkSizeCheck(append(p.line, data[i:]...), false); err != nil {
					return p.fail(err, len(data))
				}
				p.line = append(p.line, data[i:]...)
				return len(data), nil
			}
			line := data[i : i+nl+1]
			if len(p.line) > 0 {
				p.line = append(p.line, line...)
				line = p.line
			}
			i += nl + 1
			if err := p.chunkSizeCheck(line, true); err != nil {
				p.line = p.line[:0]
				return p.fail(err, i-1)
			}
			p.line = p.line[:0]
			if p.remaining == 0 {
				p.st = stTrailers
			} else {
				p.st = stChunkData
			}
		case stChunkData:
			n := int64(len(data) - i)
			if n > p.remaining {
				n = p.remaining
			}
			p.H.OnBody(data[i : i+int(n)])
			i += int(n)
			p.remaining -= n
			if p.remaining == 0 {
				p.st = stChunkDataCRLF
				p.remaining = 2
			}
		case stChunkDataCRLF:
			c := data[i]
			if p.remaining == 2 {
				if c != '\r' {
					if c == '\n' && p.Lenient {
						p.remaining = 0
						i++
						p.st = stChunkSize
						continue
					}
					return p.fail(perr("STRICT", "Expected LF after chunk data"), i)
				}
				p.remaining = 1
				i++
				continue
			}
			if c != '\n' {
				return p.fail(perr("STRICT", "Expected LF after chunk data"), i)
			}
			i++
			p.st = stChunkSize
		case stUpgraded:
			return i, nil
		case stDead:
			return p.fail(perr("CLOSED_CONNECTION", "Data after `Connection: close`"), i)
		}
	}
	return len(data), nil
}

func (p *Parser) fail(err *ParseError, at int) (int, *ParseError) {
	p.err = err
	p.st = stDead
	return at, err
}

// Finish tells the parser the stream ended; a response delimited by EOF completes, a message
// cut short is an error.
func (p *Parser) Finish() *ParseError {
	switch p.st {
	case stBodyEOF:
		p.complete()
		return nil
	case stStart:
		if len(p.line) == 0 {
			return nil
		}
	case stUpgraded, stDead:
		return nil
	}
	if p.Kind == Request && p.st == stStart {
		return nil
	}
	return perr("INVALID_EOF_STATE", "Invalid EOF state")
}

// partialLine checks a head line still being received: the size limit applies before the line
// ends, so a client cannot make the server buffer an endless line.
func (p *Parser) partialLine(b []byte, _ int) *ParseError {
	// the line's framing (method, version, colon, OWS, CR) does not count; allow for it
	const framing = 32
	if p.hdr+len(p.line)+len(b)-framing >= p.MaxHeaderSize {
		return perr("HEADER_OVERFLOW", "Header overflow")
	}
	return nil
}

// headLine handles one complete line (with its LF) of a head; pos is where an error was found.
func (p *Parser) headLine(line []byte) (int, *ParseError) {
	// every line must end in CRLF; a CR anywhere else is an error found where it sits
	body := line[:len(line)-1]
	crlf := len(body) > 0 && body[len(body)-1] == '\r'
	if crlf {
		body = body[:len(body)-1]
	}
	switch p.st {
	case stStart:
		if len(body) == 0 {
			if crlf || p.Lenient {
				return 0, nil // empty lines before a message are skipped, as llhttp does
			}
		}
		if !p.begun {
			// llhttp's on_message_begin: the clock of headersTimeout starts here
			p.begun = true
			p.StartedAt = time.Now().UnixMilli()
		}
		if p.Kind == Request {
			return p.requestLine(body, crlf)
		}
		return p.statusLine(body, crlf)
	case stHeaders, stTrailers:
		if len(body) == 0 {
			if !crlf && !p.Lenient {
				return 0, perr("CR_EXPECTED", "Missing expected CR after header value")
			}
			if p.st == stTrailers {
				p.complete()
				return 0, nil
			}
			return 0, p.headersDone()
		}
		return p.headerLine(body, crlf)
	}
	return 0, nil
}

var methods = map[string]bool{}

// Methods is http.METHODS: what llhttp accepts in a request line, sorted.
var Methods = []string{"ACL", "BIND", "CHECKOUT", "CONNECT", "COPY", "DELETE", "GET", "HEAD", "LINK",
	"LOCK", "M-SEARCH", "MERGE", "MKACTIVITY", "MKCALENDAR", "MKCOL", "MOVE", "NOTIFY", "OPTIONS",
	"PATCH", "POST", "PROPFIND", "PROPPATCH", "PURGE", "PUT", "QUERY", "REBIND", "REPORT", "SEARCH",
	"SOURCE", "SUBSCRIBE", "TRACE", "UNBIND", "UNLINK", "UNLOCK", "UNSUBSCRIBE"}

func init() {
	for _, m := range Methods {
		methods[m] = true
	}
}

// commonMethods avoids allocating the method string for the usual ones.
var commonMethods = map[string]string{"GET": "GET", "POST": "POST", "PUT": "PUT", "HEAD": "HEAD",
	"DELETE": "DELETE", "OPTIONS": "OPTIONS", "PATCH": "PATCH", "CONNECT": "CONNECT"}

func (p *Parser) track(n int) *ParseError {
	p.hdr += n
	if p.hdr >= p.MaxHeaderSize {
		return perr("HEADER_OVERFLOW", "Header overflow")
	}
	return nil
}

func (p *Parser) requestLine(b []byte, crlf bool) (int, *ParseError) {
	sp := 0
	for sp < len(b) && isTokenMethodChar(b[sp]) {
		sp++
	}
	m := b[:sp]
	if !methods[string(m)] {
		if string(m) == "PRI" {
			return sp, perr("PAUSED_H2_UPGRADE", "Pause on PRI/Upgrade")
		}
		// llhttp fails at the first byte that fits no method
		return prefixMismatch(m), perr("INVALID_METHOD", "Invalid method encountered")
	}
	if sp == len(b) || b[sp] != ' ' {
		if sp == len(b) && !crlf {
			return sp, perr("INVALID_METHOD", "Expected space after method")
		}
		return sp, perr("INVALID_METHOD", "Expected space after method")
	}
	if s, ok := commonMethods[string(m)]; ok {
		p.msg.Method = s
	} else {
		p.msg.Method = string(m)
	}
	i := sp
	for i < len(b) && b[i] == ' ' {
		i++
	}
	us := i
	for i < len(b) && b[i] != ' ' {
		c := b[i]
		if c < 0x21 || c == 0x7f || c >= 0x80 {
			if c == '\r' {
				return i, perr("STRICT", "Expected CRLF after version") // bare CR
			}
			if c == '\t' && p.Lenient {
				i++
				continue
			}
			return i, perr("INVALID_URL", "Invalid char in url path")
		}
		i++
	}
	url := b[us:i]
	if len(url) == 0 {
		return i, perr("INVALID_URL", "Unexpected start char in url")
	}
	if p.msg.Method != "CONNECT" && url[0] != '/' && url[0] != '*' {
		if !isAbsoluteURL(url) {
			return us, perr("INVALID_URL", "Unexpected char in url schema")
		}
	}
	p.msg.URL = string(url)
	if err := p.track(len(url)); err != nil {
		return i, err
	}
	if i == len(b) {
		// "GET /" alone is HTTP/0.9: a message without headers
		if !crlf {
			return i, perr("INVALID_VERSION", "Expected CRLF after version")
		}
		p.msg.Major, p.msg.Minor = 0, 9
		p.st = stHeaders
		return 0, p.headersDone()
	}
	i++ // the space
	v := b[i:]
	if !bytes.HasPrefix(v, []byte("HTTP/")) {
		n := 0
		for n < len(v) && n < 5 && v[n] == "HTTP/"[n] {
			n++
		}
		return i + n, perr("INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/")
	}
	i += 5
	major, minor, n, err := parseVersion(b[i:])
	if err != nil {
		return i + n, err
	}
	i += n
	if i != len(b) {
		if b[i] == '\r' {
			return i, perr("STRICT", "Expected CRLF after version")
		}
		return i, perr("INVALID_VERSION", "Expected CRLF after version")
	}
	if !crlf && !p.Lenient {
		return i, perr("INVALID_VERSION", "Expected CRLF after version")
	}
	p.msg.Major, p.msg.Minor = major, minor
	p.st = stHeaders
	return 0, nil
}

func prefixMismatch(m []byte) int {
	best := 0
	for _, name := range Methods {
		n := 0
		for n < len(m) && n < len(name) && m[n] == name[n] {
			n++
		}
		if n > best {
			best = n
		}
	}
	return best
}

func isAbsoluteURL(u []byte) bool {
	i := 0
	for i < len(u) && (u[i] >= 'a' && u[i] <= 'z' || u[i] >= 'A' && u[i] <= 'Z' || i > 0 && (u[i] >= '0' && u[i] <= '9' || u[i] == '+' || u[i] == '-' || u[i] == '.')) {
		i++
	}
	return i > 0 && bytes.HasPrefix(u[i:], []byte("://"))
}

func parseVersion(b []byte) (major, minor, n int, err *ParseError) {
	if len(b) < 3 || !isDigit(b[0]) || b[1] != '.' || !isDigit(b[2]) {
		switch {
		case len(b) == 0 || !isDigit(b[0]):
			return 0, 0, 0, perr("INVALID_VERSION", "Invalid major version")
		case len(b) < 2 || b[1] != '.':
			return 0, 0, 1, perr("INVALID_VERSION", "Expected dot")
		default:
			return 0, 0, 2, perr("INVALID_VERSION", "Invalid minor version")
		}
	}
	major, minor = int(b[0]-'0'), int(b[2]-'0')
	ok := major == 0 && minor == 9 || major == 1 && minor <= 1 || major == 2 && minor == 0
	if !ok {
		return 0, 0, 3, perr("INVALID_VERSION", "Invalid HTTP version")
	}
	return major, minor, 3, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (p *Parser) statusLine(b []byte, crlf bool) (int, *ParseError) {
	if !bytes.HasPrefix(b, []byte("HTTP/")) {
		n := 0
		for n < len(b) && n < 5 && b[n] == "HTTP/"[n] {
			n++
		}
		return n, perr("INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/")
	}
	major, minor, n, err := parseVersion(b[5:])
	if err != nil {
		return 5 + n, err
	}
	i := 5 + n
	if i >= len(b) || b[i] != ' ' {
		return i, perr("INVALID_VERSION", "Expected space after version")
	}
	i++
	if len(b) < i+3 || !isDigit(b[i]) || !isDigit(b[i+1]) || !isDigit(b[i+2]) {
		return i, perr("INVALID_STATUS", "Invalid status code")
	}
	p.msg.Status = int(b[i]-'0')*100 + int(b[i+1]-'0')*10 + int(b[i+2]-'0')
	i += 3
	if i < len(b) {
		if b[i] != ' ' {
			return i, perr("INVALID_STATUS", "Expected space after status code")
		}
		i++
		for j := i; j < len(b); j++ {
			if c := b[j]; c < 0x20 && c != '\t' || c == 0x7f {
				if c == '\r' {
					return j, perr("STRICT", "Expected LF after CR")
				}
				return j, perr("INVALID_STATUS", "Invalid response status")
			}
		}
		p.msg.StatusMessage = string(b[i:])
	}
	if !crlf && !p.Lenient {
		return len(b), perr("CR_EXPECTED", "Missing expected CR after response line")
	}
	if err := p.track(len(p.msg.StatusMessage)); err != nil {
		return len(b), err
	}
	p.msg.Major, p.msg.Minor = major, minor
	p.st = stHeaders
	return 0, nil
}

// tokenChars are RFC 9110 tchars.
var tokenChars = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-32] = true
	}
	for _, c := range "!#$%&'*+-.^_`|~" {
		t[c] = true
	}
	return
}()

func isTokenMethodChar(c byte) bool { return c >= 'A' && c <= 'Z' || c == '-' || c >= 'a' && c <= 'z' }

func (p *Parser) headerLine(b []byte, crlf bool) (int, *ParseError) {
	if b[0] == ' ' || b[0] == '\t' {
		if p.Lenient && len(p.msg.Headers) > 0 {
			// obs-fold joins the previous value (insecureHTTPParser only)
			v := strings.TrimRight(string(b), " \t")
			last := len(p.msg.Headers) - 1
			p.msg.Headers[last] += " " + strings.TrimLeft(v, " \t")
			return 0, nil
		}
		return 0, perr("INVALID_HEADER_TOKEN", "Unexpected whitespace after header value")
	}
	colon := 0
	for colon < len(b) && tokenChars[b[colon]] {
		colon++
	}
	if colon == 0 || colon == len(b) || b[colon] != ':' {
		return colon, perr("INVALID_HEADER_TOKEN", "Invalid header token")
	}
	name := b[:colon]
	i := colon + 1
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	vs := i
	for j := i; j < len(b); j++ {
		c := b[j]
		if c < 0x20 && c != '\t' || c == 0x7f {
			if c == '\r' {
				if p.Lenient {
					continue
				}
				return j + 1, perr("LF_EXPECTED", "Missing expected LF after header value")
			}
			if (p.Lenient || p.LenientValues) && c != 0 {
				continue
			}
			return j, perr("INVALID_HEADER_TOKEN", "Invalid header value char")
		}
	}
	if !crlf && !p.Lenient {
		return len(b), perr("CR_EXPECTED", "Missing expected CR after header value")
	}
	end := len(b)
	for end > vs && (b[end-1] == ' ' || b[end-1] == '\t') {
		end--
	}
	value := b[vs:end]
	if err := p.track(len(name) + len(value)); err != nil {
		return len(b), err
	}
	if (len(p.msg.Headers)+len(p.msg.Trailers))/2 >= maxHeaderFields {
		return 0, perr("HEADER_OVERFLOW", "Header overflow")
	}
	nameS, valueS := internName(name), string(value)
	if p.st == stTrailers {
		p.msg.Trailers = append(p.msg.Trailers, nameS, valueS)
		return 0, nil
	}
	if err := p.special(nameS, value, vs); err != nil {
		return vs, err
	}
	p.msg.Headers = append(p.msg.Headers, nameS, valueS)
	return 0, nil
}

// internName returns the usual spellings of common header names without allocating.
func internName(b []byte) string {
	switch len(b) {
	case 4:
		if string(b) == "Host" {
			return "Host"
		} else if string(b) == "host" {
			return "host"
		}
	case 6:
		if string(b) == "Accept" {
			return "Accept"
		}
	case 10:
		if string(b) == "Connection" {
			return "Connection"
		} else if string(b) == "User-Agent" {
			return "User-Agent"
		} else if string(b) == "connection" {
			return "connection"
		}
	case 12:
		if string(b) == "Content-Type" {
			return "Content-Type"
		}
	case 14:
		if string(b) == "Content-Length" {
			return "Content-Length"
		}
	}
	return string(b)
}

func (p *Parser) special(name string, value []byte, _ int) *ParseError {
	switch len(name) {
	case 14:
		if !strings.EqualFold(name, "content-length") {
			return nil
		}
		if p.hasCL {
			return perr("UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length")
		}
		if len(value) == 0 {
			return perr("INVALID_CONTENT_LENGTH", "Invalid character in Content-Length")
		}
		var n int64
		for _, c := range value {
			if !isDigit(c) {
				return perr("INVALID_CONTENT_LENGTH", "Invalid character in Content-Length")
			}
			if n > (1<<63-1-9)/10 {
				return perr("INVALID_CONTENT_LENGTH", "Content-Length overflow")
			}
			n = n*10 + int64(c-'0')
		}
		p.hasCL = true
		p.contentLength = n
	case 17:
		if !strings.EqualFold(name, "transfer-encoding") {
			return nil
		}
		if p.chunked && !p.Lenient {
			// nothing may follow chunked, not even in another Transfer-Encoding line
			return perr("INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value")
		}
		p.hasTE = true
		p.chunked = false
		for _, tok := range strings.Split(string(value), ",") {
			tok = strings.Trim(tok, " \t")
			if p.chunked {
				if !p.Lenient && p.Kind == Request {
					return perr("INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value")
				}
				p.chunked = false
			}
			if strings.EqualFold(tok, "chunked") {
				p.chunked = true
			}
		}
	case 10:
		if !strings.EqualFold(name, "connection") {
			return nil
		}
		for _, tok := range strings.Split(string(value), ",") {
			tok = strings.Trim(tok, " \t")
			switch {
			case strings.EqualFold(tok, "close"):
				p.connClose = true
			case strings.EqualFold(tok, "keep-alive"):
				p.connKeepAlive = true
			case strings.EqualFold(tok, "upgrade"):
				p.connUpgrade = true
			}
		}
	case 7:
		if strings.EqualFold(name, "upgrade") {
			p.hasUpgradeHdr = true
		}
	}
	return nil
}

func (p *Parser) shouldKeepAlive() bool {
	if p.msg.Major > 0 && p.msg.Minor > 0 {
		if p.connClose {
			return false
		}
	} else if !p.connKeepAlive {
		return false
	}
	return !p.needsEOF()
}

// needsEOF: a response without a length runs to the end of the connection.
func (p *Parser) needsEOF() bool {
	if p.Kind == Request {
		return false
	}
	s := p.msg.Status
	if s/100 == 1 || s == 204 || s == 304 || p.skipBody {
		return false
	}
	if p.hasTE && !p.chunked {
		return true
	}
	return !p.chunked && !p.hasCL
}

func (p *Parser) headersDone() *ParseError {
	m := &p.msg
	if p.hasTE && p.hasCL && !p.Lenient {
		// llhttp: with Transfer-Encoding, Content-Length is an error unless chunked is absent in
		// a response (then the body runs to EOF and the length is ignored)
		if p.Kind == Request || p.chunked {
			return perr("INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length")
		}
	}
	if p.Kind == Request && p.hasTE && !p.chunked && !p.Lenient && (m.Major > 1 || m.Major == 1 && m.Minor >= 1) {
		return perr("INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`")
	}
	m.Upgrade = p.connUpgrade && p.hasUpgradeHdr || p.Kind == Request && m.Method == "CONNECT"
	if p.Kind == Response && m.Status == 101 {
		m.Upgrade = true
	}
	if p.Kind == Response && p.ReqMethod == "CONNECT" && m.Status/100 == 2 {
		m.Upgrade = true
	}
	m.KeepAlive = p.shouldKeepAlive()
	p.HeadersDone = true
	p.st = stHeaders
	ret := p.H.OnHeaders(m)
	if p.err != nil {
		return p.err
	}
	switch {
	case ret == 2 || m.Upgrade && (p.Kind == Request && (m.Method == "CONNECT" || !p.hasBody())) ||
		m.Upgrade && p.Kind == Response && (m.Status == 101 || p.ReqMethod == "CONNECT"):
		if ret != 2 && p.Kind == Request && m.Method != "CONNECT" && p.hasBody() {
			break
		}
		if ret == 0 && p.Kind == Request && m.Upgrade {
			// the handler declined the upgrade: parse on as a plain request
			m.Upgrade = false
			break
		}
		p.H.OnMessageComplete(m)
		p.st = stUpgraded
		return nil
	}
	if ret == 1 {
		p.skipBody = true
	}
	if p.Kind == Response && (m.Status/100 == 1 || m.Status == 204 || m.Status == 304) {
		p.skipBody = true
	}
	switch {
	case p.skipBody:
		p.complete()
	case p.chunked:
		p.st = stChunkSize
	case p.hasCL && !(p.hasTE && p.Kind == Response):
		if p.contentLength == 0 {
			p.complete()
		} else {
			p.remaining = p.contentLength
			p.st = stBodyLength
		}
	case p.needsEOF():
		p.st = stBodyEOF
	default:
		p.complete()
	}
	return nil
}

func (p *Parser) hasBody() bool { return p.chunked || p.hasCL && p.contentLength > 0 }

func (p *Parser) complete() {
	keep := p.msg.KeepAlive
	p.H.OnMessageComplete(&p.msg)
	if p.st == stUpgraded || p.err != nil {
		return
	}
	p.beginMessage()
	if keep || p.Kind == Request {
		p.st = stStart
	} else {
		p.st = stDead
	}
}

// chunkSizeCheck parses a chunk-size line (complete tells whether the LF arrived).
func (p *Parser) chunkSizeCheck(line []byte, complete bool) *ParseError {
	var n int64
	digits := 0
	i := 0
	for ; i < len(line); i++ {
		c := line[i]
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			goto rest
		}
		if n > (1<<63-1)>>4 {
			return perr("INVALID_CHUNK_SIZE", "Chunk size overflow")
		}
		n = n<<4 | int64(d)
		digits++
	}
rest:
	if i == len(line) {
		if len(line) > 64 {
			return perr("INVALID_CHUNK_SIZE", "Chunk size overflow")
		}
		return nil // still receiving
	}
	if digits == 0 {
		return perr("INVALID_CHUNK_SIZE", "Invalid character in chunk size")
	}
	switch line[i] {
	case ';':
		// chunk extensions are skipped; they count against the header limit as in Node
		for j := i; j < len(line); j++ {
			if line[j] == '\r' {
				if j+1 < len(line) && line[j+1] != '\n' {
					return perr("STRICT", "Expected LF after chunk size")
				}
				break
			}
			if line[j] == '\n' {
				return perr("CR_EXPECTED", "Missing expected CR after chunk extension name")
			}
		}
		if len(line)-i > 16*1024 {
			return perr("CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow")
		}
	case '\r':
		if i+1 < len(line) && line[i+1] != '\n' {
			return perr("STRICT", "Expected LF after chunk size")
		}
	case '\n':
		if !p.Lenient {
			return perr("CR_EXPECTED", "Missing expected CR after chunk size")
		}
	default:
		return perr("INVALID_CHUNK_SIZE", "Invalid character in chunk size")
	}
	if complete {
		p.remaining = n
	}
	return nil
}
