package http

import (
	"fmt"
	"strings"
	"testing"
)

// hostile is the table of requests with the verdict of Node v24.21.0's parser, recorded with raw
// sockets against the reference node (a server counting 'request' events and printing the
// 'clientError' code and message). reqs is how many requests Node's server handled; for the
// nohost_*, connect and expect_other cases Node answers without a 'request' event, so there it is
// the parser's message count that this table states.
var hostile = []struct {
	name, req, err string
	reqs           int
}{
	{"nohost_simple", "GET / HTTP/1.1\r\n\r\n", "", 0},
	{"nohost_head", "HEAD / HTTP/1.1\r\n\r\n", "", 0},
	{"simple", "GET / HTTP/1.1\r\nHost: h\r\nHost: a\r\n\r\n", "", 1},
	{"http10", "GET / HTTP/1.0\r\n\r\n", "", 1},
	{"http10_keepalive", "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", "", 1},
	{"connection_close", "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n", "", 1},
	{"bad_method", "FOO / HTTP/1.1\r\nHost: h\r\n\r\n", "HPE_INVALID_METHOD: Invalid method encountered", 0},
	{"lower_method", "get / HTTP/1.1\r\nHost: h\r\n\r\n", "HPE_INVALID_METHOD: Invalid method encountered", 0},
	{"bad_version", "GET / HTTP/1.2\r\n\r\n", "HPE_INVALID_VERSION: Invalid HTTP version", 0},
	{"http2_version", "GET / HTTP/2.0\r\n\r\n", "", 1},
	{"http09", "GET /\r\n\r\n", "", 1},
	{"no_url", "GET  HTTP/1.1\r\nHost: h\r\n\r\n", "HPE_INVALID_URL: Unexpected char in url schema", 0},
	{"space_in_url", "GET /a b HTTP/1.1\r\nHost: h\r\n\r\n", "HPE_INVALID_CONSTANT: Expected HTTP/, RTSP/ or ICE/", 0},
	{"garbage", "hello\r\n\r\n", "HPE_INVALID_METHOD: Invalid method encountered", 0},
	{"cl_and_te", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "HPE_INVALID_TRANSFER_ENCODING: Transfer-Encoding can't be present with Content-Length", 0},
	{"dup_cl_same", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc", "HPE_UNEXPECTED_CONTENT_LENGTH: Duplicate Content-Length", 0},
	{"dup_cl_diff", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", "HPE_UNEXPECTED_CONTENT_LENGTH: Duplicate Content-Length", 0},
	{"cl_list", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3, 3\r\n\r\nabc", "HPE_INVALID_CONTENT_LENGTH: Invalid character in Content-Length", 0},
	{"cl_negative", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n", "HPE_INVALID_CONTENT_LENGTH: Invalid character in Content-Length", 0},
	{"cl_plus", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: +3\r\n\r\nabc", "HPE_INVALID_CONTENT_LENGTH: Invalid character in Content-Length", 0},
	{"cl_hex", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0x3\r\n\r\nabc", "HPE_INVALID_CONTENT_LENGTH: Invalid character in Content-Length", 0},
	{"cl_space_inside", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1 2\r\n\r\n", "HPE_INVALID_CONTENT_LENGTH: Invalid character in Content-Length", 0},
	{"cl_huge", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n", "HPE_INVALID_CONTENT_LENGTH: Content-Length overflow", 0},
	{"cl_trailing_ws", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3 \r\n\r\nabc", "", 1},
	{"te_chunked", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n", "", 1},
	{"te_chunked_trailers", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-T: 1\r\nY-T: 2\r\n\r\n", "", 1},
	{"te_chunk_ext", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3;foo=bar\r\nabc\r\n0\r\n\r\n", "", 1},
	{"te_gzip_chunked", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", "", 1},
	{"te_chunked_gzip", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n", "HPE_INVALID_TRANSFER_ENCODING: Invalid `Transfer-Encoding` header value", 0},
	{"te_identity", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: identity\r\n\r\n", "HPE_INVALID_TRANSFER_ENCODING: Request has invalid `Transfer-Encoding`", 1},
	{"te_dup", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "HPE_INVALID_TRANSFER_ENCODING: Invalid `Transfer-Encoding` header value", 0},
	{"te_CHUNKED", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: CHUNKED\r\n\r\n0\r\n\r\n", "", 1},
	{"te_space_chunked", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding:  chunked \r\n\r\n0\r\n\r\n", "", 1},
	{"te_xchunked", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\n", "HPE_INVALID_TRANSFER_ENCODING: Request has invalid `Transfer-Encoding`", 1},
	{"te_http10", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "", 1},
	{"chunk_bad_size", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n", "HPE_INVALID_CHUNK_SIZE: Invalid character in chunk size", 1},
	{"chunk_size_overflow", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFF\r\nabc\r\n0\r\n\r\n", "HPE_INVALID_CHUNK_SIZE: Chunk size overflow", 1},
	{"chunk_missing_crlf", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n", "HPE_STRICT: Expected LF after chunk data", 1},
	{"chunk_lf_only", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\n0\n\n", "HPE_CR_EXPECTED: Missing expected CR after chunk size", 1},
	{"chunk_size_space", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3 \r\nabc\r\n0\r\n\r\n", "HPE_INVALID_CHUNK_SIZE: Invalid character in chunk size", 1},
	{"obs_fold", "GET / HTTP/1.1\r\nHost: h\r\nX-A: a\r\n b\r\n\r\n", "HPE_INVALID_HEADER_TOKEN: Unexpected whitespace after header value", 0},
	{"bare_lf", "GET / HTTP/1.1\nHost: a\n\n", "HPE_INVALID_VERSION: Expected CRLF after version", 0},
	{"bare_lf_header", "GET / HTTP/1.1\r\nHost: h\r\nHost: a\n\r\n", "HPE_CR_EXPECTED: Missing expected CR after header value", 0},
	{"bare_cr", "GET / HTTP/1.1\r\nHost: h\r\nHost: a\rX: b\r\n\r\n", "HPE_LF_EXPECTED: Missing expected LF after header value", 0},
	{"bare_cr_reqline", "GET / HTTP/1.1\rHost: a\r\n\r\n", "HPE_STRICT: Expected CRLF after version", 0},
	{"space_before_colon", "GET / HTTP/1.1\r\nHost: h\r\nHost : a\r\n\r\n", "HPE_INVALID_HEADER_TOKEN: Invalid header token", 0},
	{"empty_header_name", "GET / HTTP/1.1\r\nHost: h\r\n: a\r\n\r\n", "HPE_INVALID_HEADER_TOKEN: Invalid header token", 0},
	{"header_no_colon", "GET / HTTP/1.1\r\nHost: h\r\nHost\r\n\r\n", "HPE_INVALID_HEADER_TOKEN: Invalid header token", 0},
	{"header_ctl_value", "GET / HTTP/1.1\r\nHost: h\r\nX: a\x01b\r\n\r\n", "HPE_INVALID_HEADER_TOKEN: Invalid header value char", 0},
	{"header_del_value", "GET / HTTP/1.1\r\nHost: h\r\nX: a\x7fb\r\n\r\n", "HPE_INVALID_HEADER_TOKEN: Invalid header value char", 0},
	{"header_tab_value", "GET / HTTP/1.1\r\nHost: h\r\nX: a\tb\r\n\r\n", "", 1},
	{"header_highbit_value", "GET / HTTP/1.1\r\nHost: h\r\nX: a\xffb\r\n\r\n", "", 1},
	{"header_nul_value", "GET / HTTP/1.1\r\nHost: h\r\nX: a\x00b\r\n\r\n", "HPE_INVALID_HEADER_TOKEN: Invalid header value char", 0},
	{"header_bad_name", "GET / HTTP/1.1\r\nHost: h\r\nX(y): a\r\n\r\n", "HPE_INVALID_HEADER_TOKEN: Invalid header token", 0},
	{"header_empty_value", "GET / HTTP/1.1\r\nHost: h\r\nX:\r\n\r\n", "", 1},
	{"header_ws_value", "GET / HTTP/1.1\r\nHost: h\r\nX:  a b  \r\n\r\n", "", 1},
	{"leading_crlf", "\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n", "", 1},
	{"url_ctl", "GET /\x01 HTTP/1.1\r\nHost: h\r\n\r\n", "HPE_INVALID_URL: Invalid char in url path", 0},
	{"url_highbit", "GET /\xff HTTP/1.1\r\nHost: h\r\n\r\n", "HPE_INVALID_URL: Invalid char in url path", 0},
	{"url_star", "OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n", "", 1},
	{"url_absolute", "GET http://x.com/a?b HTTP/1.1\r\nHost: h\r\n\r\n", "", 1},
	{"connect", "CONNECT a:80 HTTP/1.1\r\nHost: h\r\n\r\n", "", 0},
	{"upgrade", "GET / HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n", "", 1},
	{"pipeline", "GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\nPOST /3 HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nhiGET /4 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n", "", 4},
	{"tab_reqline", "GET\t/ HTTP/1.1\r\nHost: h\r\n\r\n", "HPE_INVALID_METHOD: Expected space after method", 0},
	{"double_space_reqline", "GET  / HTTP/1.1\r\nHost: h\r\n\r\n", "", 1},
	{"trailing_space_version", "GET / HTTP/1.1 \r\n\r\n", "HPE_INVALID_VERSION: Expected CRLF after version", 0},
	{"version_lower", "GET / http/1.1\r\n\r\n", "HPE_INVALID_CONSTANT: Expected HTTP/, RTSP/ or ICE/", 0},
	{"expect_100", "POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nhi", "", 1},
	{"expect_other", "POST / HTTP/1.1\r\nHost: h\r\nExpect: foo\r\nContent-Length: 2\r\n\r\nhi", "", 0},
	{"body_in_get", "GET / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nhi", "", 1},
	{"trailer_bad", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX T: 1\r\n\r\n", "HPE_INVALID_HEADER_TOKEN: Invalid header token", 1},
	{"header_dups", "GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\nx-a: 2\r\nCookie: a\r\nCookie: b\r\nSet-Cookie: c\r\nSet-Cookie: d\r\nHost: h1\r\nHost: h2\r\nAccept: x\r\nAccept: y\r\n\r\n", "", 1},
	{"keepalive_then_bad", "GET / HTTP/1.1\r\nHost: h\r\n\r\nBAD\r\n\r\n", "HPE_INVALID_METHOD: Invalid method encountered", 1},
	{"connection_mixed", "GET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, close\r\n\r\n", "", 1},
	{"head_method", "HEAD / HTTP/1.1\r\nHost: h\r\n\r\n", "", 1},
	{"method_source", "SOURCE / HTTP/1.1\r\nHost: h\r\n\r\n", "", 1},
	{"method_query", "QUERY / HTTP/1.1\r\nHost: h\r\n\r\n", "", 1},
	{"method_link", "LINK / HTTP/1.1\r\nHost: h\r\n\r\n", "", 1},
	{"method_PRI", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "HPE_PAUSED_H2_UPGRADE: Pause on PRI/Upgrade", 0}, {"big_headers", "GET / HTTP/1.1\r\nHost: h\r\nX: " + strings.Repeat("a", 17000) + "\r\n\r\n", "HPE_HEADER_OVERFLOW: Header overflow", 0},
	{"headers_16k_ok", "GET / HTTP/1.1\r\nHost: h\r\nX: " + strings.Repeat("a", 16300) + "\r\n\r\n", "", 1},
	{"header_limit_exact", "GET / HTTP/1.1\r\nHost: h\r\nX: " + strings.Repeat("a", 16377) + "\r\n\r\n", "HPE_HEADER_OVERFLOW: Header overflow", 0},
	{"header_limit_below", "GET / HTTP/1.1\r\nHost: h\r\nX: " + strings.Repeat("a", 16376) + "\r\n\r\n", "", 1},
	{"url_limit_exact", "GET /" + strings.Repeat("a", 16378) + " HTTP/1.1\r\nHost: h\r\n\r\n", "HPE_HEADER_OVERFLOW: Header overflow", 0},
	{"url_limit_below", "GET /" + strings.Repeat("a", 16377) + " HTTP/1.1\r\nHost: h\r\n\r\n", "", 1},
	{"fields_1000", "GET / HTTP/1.1\r\nHost: h\r\n" + strings.Repeat("a: b\r\n", 999) + "\r\n", "", 1},
	{"fields_1001", "GET / HTTP/1.1\r\nHost: h\r\n" + strings.Repeat("a: b\r\n", 1000) + "\r\n", "HPE_HEADER_OVERFLOW: Header overflow", 0},
}

type recorder struct {
	msgs   []string
	body   strings.Builder
	upgr   bool
	onHead func(m *Message) int
}

func (r *recorder) OnHeaders(m *Message) int {
	if r.onHead != nil {
		return r.onHead(m)
	}
	return 0
}
func (r *recorder) OnBody(b []byte) { r.body.Write(b) }
func (r *recorder) OnMessageComplete(m *Message) {
	r.msgs = append(r.msgs, fmt.Sprintf("%s %s %d.%d %q body=%q trailers=%q ka=%v up=%v",
		m.Method, m.URL, m.Major, m.Minor, m.Headers, r.body.String(), m.Trailers, m.KeepAlive, m.Upgrade))
	r.body.Reset()
}

func runParser(t testing.TB, req string, split int) (*recorder, *ParseError) {
	r := &recorder{}
	p := NewParser(Request, r)
	data := []byte(req)
	var err *ParseError
	for len(data) > 0 && err == nil && !p.Upgraded() {
		n := len(data)
		if split > 0 && n > split {
			n = split
		}
		var used int
		used, err = p.Execute(data[:n])
		if err == nil && used < n && !p.Upgraded() {
			t.Fatalf("consumed %d of %d without error", used, n)
		}
		data = data[n:]
	}
	return r, err
}

func TestHostileRequests(t *testing.T) {
	for _, tc := range hostile {
		for _, split := range []int{0, 1, 7} {
			r, err := runParser(t, tc.req, split)
			got := ""
			if err != nil {
				got = err.Code + ": " + err.Reason
			}
			if got != tc.err {
				t.Errorf("%s (split %d): error %q, want %q", tc.name, split, got, tc.err)
				continue
			}
			want := tc.reqs
			switch tc.name {
			case "nohost_simple", "nohost_head", "connect", "expect_other":
				want = 1
			}
			if err == nil && len(r.msgs) != want {
				t.Errorf("%s (split %d): %d messages, want %d: %q", tc.name, split, len(r.msgs), want, r.msgs)
			}
		}
	}
}

func TestParseDetails(t *testing.T) {
	r, err := runParser(t, "POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3;a=b\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nX-T:  1 \r\n\r\nGET /y HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`POST /x 1.1 ["Host" "h" "Transfer-Encoding" "chunked"] body="abc0123456789abcdef" trailers=["X-T" "1"] ka=true up=false`,
		`GET /y 1.0 ["Connection" "keep-alive"] body="" trailers=[] ka=true up=false`,
	}
	if fmt.Sprint(r.msgs) != fmt.Sprint(want) {
		t.Fatalf("got\n%q\nwant\n%q", r.msgs, want)
	}
}

func TestUpgradeStops(t *testing.T) {
	r := &recorder{onHead: func(m *Message) int {
		if m.Upgrade {
			return 2
		}
		return 0
	}}
	p := NewParser(Request, r)
	req := "GET / HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\nRAWBYTES"
	n, err := p.Execute([]byte(req))
	if err != nil || !p.Upgraded() || req[n:] != "RAWBYTES" {
		t.Fatalf("n=%d err=%v upgraded=%v", n, err, p.Upgraded())
	}
}

func TestResponses(t *testing.T) {
	cases := []struct{ method, resp, want string }{
		{"GET", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi", "200 OK body=hi ka=true"},
		{"GET", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n", "200 OK body=hi ka=true"},
		{"HEAD", "HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\n", "200 OK body= ka=true"},
		{"GET", "HTTP/1.1 204 No Content\r\n\r\n", "204 No Content body= ka=true"},
		{"GET", "HTTP/1.0 200 OK\r\n\r\nuntil eof", "200 OK body=until eof ka=false"},
		{"GET", "HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\n", "304 Not Modified body= ka=true"},
	}
	for _, c := range cases {
		var got string
		var body strings.Builder
		h := &funcHandler{
			head: func(m *Message) int {
				if c.method == "HEAD" {
					return 1
				}
				return 0
			},
			body: func(b []byte) { body.Write(b) },
			done: func(m *Message) {
				got = fmt.Sprintf("%d %s body=%s ka=%v", m.Status, m.StatusMessage, body.String(), m.KeepAlive)
			},
		}
		p := NewParser(Response, h)
		p.ReqMethod = c.method
		if _, err := p.Execute([]byte(c.resp)); err != nil {
			t.Fatalf("%q: %v", c.resp, err)
		}
		if err := p.Finish(); err != nil {
			t.Fatalf("%q: finish %v", c.resp, err)
		}
		if got != c.want {
			t.Errorf("%q: got %q want %q", c.resp, got, c.want)
		}
	}
}

type funcHandler struct {
	head func(*Message) int
	body func([]byte)
	done func(*Message)
}

func (f *funcHandler) OnHeaders(m *Message) int     { return f.head(m) }
func (f *funcHandler) OnBody(b []byte)              { f.body(b) }
func (f *funcHandler) OnMessageComplete(m *Message) { f.done(m) }

func FuzzParseRequest(f *testing.F) {
	for _, tc := range hostile {
		if len(tc.req) < 400 {
			f.Add([]byte(tc.req), uint8(0))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, split uint8) {
		whole, errWhole := runParser(t, string(data), 0)
		parts, errParts := runParser(t, string(data), int(split%16))
		// feeding the bytes in pieces must not change the verdict or the messages
		if (errWhole == nil) != (errParts == nil) {
			t.Fatalf("split %d changed the verdict: %v vs %v", split%16, errWhole, errParts)
		}
		if errWhole == nil && fmt.Sprint(whole.msgs) != fmt.Sprint(parts.msgs) {
			t.Fatalf("split %d changed the messages:\n%q\n%q", split%16, whole.msgs, parts.msgs)
		}
	})
}

// httpValidation 'relaxed' (LenientValues) lets control characters into header values, except
// NUL (and CR, which ends the line); Node v24.21.0 answers \x01 and \x7f with a request.
func TestRelaxedHeaderValues(t *testing.T) {
	for _, tc := range []struct {
		value   string
		relaxed bool
		ok      bool
	}{
		{"a\x01b", false, false},
		{"a\x01b", true, true},
		{"a\x7fb", true, true},
		{"a\x00b", true, false},
		{"caf\xe9", false, true},
	} {
		r := &recorder{}
		p := NewParser(Request, r)
		p.LenientValues = tc.relaxed
		_, err := p.Execute([]byte("GET / HTTP/1.1\r\nHost: h\r\nX: " + tc.value + "\r\n\r\n"))
		if (err == nil) != tc.ok || (tc.ok && len(r.msgs) != 1) {
			t.Errorf("value %q relaxed=%v: err %v, %d messages", tc.value, tc.relaxed, err, len(r.msgs))
		}
	}
}
