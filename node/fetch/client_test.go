package fetch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

func requestFor(t *testing.T, raw string) *request {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	host, port, _ := net.SplitHostPort(u.Host)
	return &request{method: "GET", scheme: u.Scheme, host: host, port: port, target: u.RequestURI(), hostHdr: u.Host,
		headers: []string{"accept", "*/*"}}
}

func readAllBody(t *testing.T, res *response) string {
	t.Helper()
	b, err := io.ReadAll(res.body)
	if err != nil {
		t.Fatal(err)
	}
	res.finish(true)
	return string(b)
}

func TestClientKeepAliveReuse(t *testing.T) {
	var conns int
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "hello "+r.URL.Path)
	}))
	srv.Config.ConnState = func(c net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns++
		}
	}
	srv.Start()
	defer srv.Close()
	p := &pool{}
	for i := 0; i < 3; i++ {
		res, err := p.do(requestFor(t, srv.URL+"/x"), make(chan struct{}))
		if err != nil {
			t.Fatal(err)
		}
		if got := readAllBody(t, res); got != "hello /x" || res.status != 200 {
			t.Fatalf("got %d %q", res.status, got)
		}
	}
	if conns != 1 {
		t.Fatalf("%d connections for 3 sequential requests", conns)
	}
}

func TestClientHTTPS(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Proto", r.Proto)
		io.WriteString(w, "secure")
	}))
	defer srv.Close()
	p := &pool{}
	r := requestFor(t, srv.URL+"/")
	if _, err := p.do(r, make(chan struct{})); err == nil {
		t.Fatal("self-signed certificate accepted")
	}
	r.insecure = true
	res, err := p.do(r, make(chan struct{}))
	if err != nil {
		t.Fatal(err)
	}
	if got := readAllBody(t, res); got != "secure" {
		t.Fatalf("got %q", got)
	}
}

func TestClientHeaderOrderAndChunkedUpload(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	got := make(chan string, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		var buf bytes.Buffer
		tmp := make([]byte, 4096)
		for !strings.Contains(buf.String(), "0\r\n\r\n") {
			n, err := c.Read(tmp)
			if err != nil {
				break
			}
			buf.Write(tmp[:n])
		}
		got <- buf.String()
		io.WriteString(c, "HTTP/1.1 200 OK\r\nX-B: 1\r\nx-a: 2\r\nContent-Length: 0\r\n\r\n")
	}()
	r := requestFor(t, "http://"+ln.Addr().String()+"/up")
	r.method = "POST"
	r.headers = []string{"X-Custom", "One", "accept", "*/*"}
	q := newBodyQueue()
	r.stream = q
	q.push([]byte("abc"))
	q.push([]byte("de"))
	q.close()
	res, err := (&pool{}).do(r, make(chan struct{}))
	if err != nil {
		t.Fatal(err)
	}
	wire := <-got
	want := "POST /up HTTP/1.1\r\nhost: " + ln.Addr().String() + "\r\nconnection: keep-alive\r\nX-Custom: One\r\naccept: */*\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
	if wire != want {
		t.Fatalf("wire:\n%q\nwant:\n%q", wire, want)
	}
	if strings.Join(res.headers, "|") != "X-B|1|x-a|2|Content-Length|0" {
		t.Fatalf("headers %q", res.headers)
	}
}

func TestDecodedStack(t *testing.T) {
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	io.WriteString(w, "payload")
	w.Close()
	r, err := decoded(bytes.NewReader(gz.Bytes()), "gzip")
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(r)
	if err != nil || string(b) != "payload" {
		t.Fatalf("%q %v", b, err)
	}
	// an empty body with a coding is no error
	r, _ = decoded(bytes.NewReader(nil), "gzip")
	if b, err := io.ReadAll(r); err != nil || len(b) != 0 {
		t.Fatalf("empty: %q %v", b, err)
	}
	// unknown codings leave the body alone
	r, _ = decoded(strings.NewReader("raw"), "gzip, foo")
	if b, _ := io.ReadAll(r); string(b) != "raw" {
		t.Fatalf("unknown: %q", b)
	}
	if _, err := decoded(nil, "gzip,gzip,gzip,gzip,gzip,gzip"); err == nil {
		t.Fatal("six codings accepted")
	}
}

func TestReadHeadErrors(t *testing.T) {
	for _, raw := range []string{"", "garbage\r\n\r\n", "HTTP/1.1 2x0 OK\r\n\r\n", "HTTP/1.1 200 OK\r\nno colon\r\n\r\n"} {
		if _, err := readHead(bufio.NewReader(strings.NewReader(raw))); err == nil {
			t.Errorf("%q: no error", raw)
		}
	}
}

func FuzzReadHead(f *testing.F) {
	f.Add("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi")
	f.Add("HTTP/1.0 404 Not Found\r\nX: y\r\n\r\n")
	f.Add("HTTP/1.1 101 Switching\r\nUpgrade: websocket\r\n\r\n")
	f.Fuzz(func(t *testing.T, raw string) {
		res, err := readHead(bufio.NewReader(strings.NewReader(raw)))
		if err != nil {
			return
		}
		if res.status < 0 || res.status > 999 || len(res.headers)%2 != 0 {
			t.Fatalf("bad head %+v", res)
		}
	})
}

func TestChunkedResponseReuse(t *testing.T) {
	var conns int
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "part1")
		w.(http.Flusher).Flush() // no Content-Length: chunked
		io.WriteString(w, "part2")
	}))
	srv.Config.ConnState = func(c net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns++
		}
	}
	srv.Start()
	defer srv.Close()
	p := &pool{}
	for i := 0; i < 3; i++ {
		res, err := p.do(requestFor(t, srv.URL+"/"), make(chan struct{}))
		if err != nil {
			t.Fatal(err)
		}
		if got := readAllBody(t, res); got != "part1part2" {
			t.Fatalf("got %q", got)
		}
	}
	if conns != 1 {
		t.Fatalf("%d connections for 3 sequential chunked responses", conns)
	}
}
