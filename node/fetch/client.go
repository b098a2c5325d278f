package fetch

// The HTTP/1.1 client under fetch. It is written on net.Conn rather than net/http's Transport
// because fetch must put the request on the wire exactly as undici does (header order and case
// as the Headers list holds them, host and connection first, content-length last) and must give
// the response's header fields in their order on the wire (Response headers keep insertion
// order for inspect); net/http canonicalizes and reorders both. Redirects are fetch's own
// (the JS side follows them per the Fetch spec); this layer does one exchange per request and
// keeps idle connections per origin for reuse.

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	nodetls "github.com/gnode-dev/gnode/node/tls"
	"io"
	"net"
	"net/http/httputil"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// pool keeps idle keep-alive connections by origin ("http://host:port").
type pool struct {
	mu   sync.Mutex
	idle map[string][]*conn
}

type conn struct {
	nc   net.Conn
	br   *bufio.Reader
	key  string
	used bool // carried a request before: a failure before any response byte is retried
	idle time.Time

	watch      chan bool
	reclaiming atomic.Bool
}

// keepAliveTimeout is undici's default: an idle connection older than this is not reused.
const keepAliveTimeout = 4 * time.Second

func (p *pool) get(key string) *conn {
	for {
		p.mu.Lock()
		list := p.idle[key]
		if len(list) == 0 {
			p.mu.Unlock()
			return nil
		}
		c := list[len(list)-1]
		p.idle[key] = list[:len(list)-1]
		p.mu.Unlock()
		if c.reclaim() && time.Since(c.idle) < keepAliveTimeout {
			return c
		}
		c.nc.Close()
	}
}

// put parks a connection. While idle a goroutine watches it, so a server closing it (or
// sending anything unasked) closes our side too, as undici's idle sockets do; otherwise the
// server's half of the connection would linger until the next request found it dead.
func (p *pool) put(c *conn) {
	c.idle = time.Now()
	c.used = true
	c.watch = make(chan bool, 1)
	p.mu.Lock()
	if p.idle == nil {
		p.idle = map[string][]*conn{}
	}
	p.idle[c.key] = append(p.idle[c.key], c)
	p.mu.Unlock()
	c.nc.SetReadDeadline(c.idle.Add(keepAliveTimeout))
	go func() {
		_, err := c.br.Peek(1)
		if err != nil && isTimeout(err) && c.reclaiming.Load() {
			c.watch <- true
			return
		}
		// EOF, an error or unexpected bytes: the connection is done
		p.mu.Lock()
		list := p.idle[c.key]
		for i, x := range list {
			if x == c {
				p.idle[c.key] = append(list[:i:i], list[i+1:]...)
				break
			}
		}
		p.mu.Unlock()
		c.nc.Close()
		c.watch <- false
	}()
}

// reclaim stops the idle watcher; false when the connection died meanwhile.
func (c *conn) reclaim() bool {
	c.reclaiming.Store(true)
	c.nc.SetReadDeadline(time.Unix(1, 0))
	ok := <-c.watch
	c.nc.SetReadDeadline(time.Time{})
	c.reclaiming.Store(false)
	return ok
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// request is one exchange as the JS side describes it.
type request struct {
	method   string
	scheme   string // "http" or "https"
	host     string // hostname, brackets stripped
	port     string
	target   string // path and query
	hostHdr  string
	headers  []string // name, value, name, value… in wire order, without host/connection/content-length
	body     []byte
	hasBody  bool
	stream   *bodyQueue // streamed body (chunked), closed at its end
	insecure bool
}

// response is a parsed response head with its body reader.
type response struct {
	status     int
	statusText string
	headers    []string
	body       io.Reader
	release    func(reuse bool) // returns the connection to the pool or closes it
	nc         net.Conn
	proto10    bool

	mu       sync.Mutex
	finished bool
}

// finish releases the connection once: to the pool when the body was read cleanly.
func (r *response) finish(clean bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.finished {
		return
	}
	r.finished = true
	r.release(clean)
}

// interrupt closes the connection under a body still being read (an abort), never a
// connection already handed back to the pool.
func (r *response) interrupt() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.finished {
		r.nc.Close()
	}
}

// netError is a failure before the response head: the socket-level errors undici reports as
// the cause of "fetch failed".
type netError struct {
	kind    string // "connect" (a system error), "socket" (other side closed), "tls", "parse"
	err     error
	message string
	code    string // OpenSSL's name of a certificate failure, as Node reports it
	host    string // "altname": the name the certificate does not match
	cert    []byte // "altname": the server's certificate (DER)
}

// tlsErrorCode names a certificate failure the way Node's TLS layer (OpenSSL) does.
func tlsErrorCode(err error) (code, message string) {
	var ua x509.UnknownAuthorityError
	var he x509.HostnameError
	var ci x509.CertificateInvalidError
	switch {
	case errors.As(err, &ua):
		if ua.Cert != nil && bytes.Equal(ua.Cert.RawIssuer, ua.Cert.RawSubject) {
			return "DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"
		}
		return "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"
	case errors.As(err, &he):
		return "ERR_TLS_CERT_ALTNAME_INVALID", "Hostname/IP does not match certificate's altnames: Host: " + he.Host + ". is not in the cert's altnames"
	case errors.As(err, &ci) && ci.Reason == x509.Expired:
		return "CERT_HAS_EXPIRED", "certificate has expired"
	}
	return "", err.Error()
}

func (e *netError) Error() string { return e.message }

func dialKey(r *request) string { return r.scheme + "://" + net.JoinHostPort(r.host, r.port) }

func (p *pool) dial(r *request, cancel <-chan struct{}) (*conn, error) {
	d := net.Dialer{}
	type result struct {
		nc  net.Conn
		err error
	}
	ch := make(chan result, 1)
	stop := make(chan struct{})
	go func() {
		nc, err := d.Dial("tcp", net.JoinHostPort(r.host, r.port))
		select {
		case ch <- result{nc, err}:
		case <-stop:
			if nc != nil {
				nc.Close()
			}
		}
	}()
	var res result
	select {
	case res = <-ch:
	case <-cancel:
		close(stop)
		return nil, errAborted
	}
	if res.err != nil {
		return nil, &netError{kind: "connect", err: res.err}
	}
	nc := res.nc
	if tc, ok := nc.(*net.TCPConn); ok {
		tc.SetNoDelay(true)
	}
	if r.scheme == "https" {
		// Verification is Node's, not crypto/tls's: the chain first (OpenSSL's codes, against the
		// default store tls.setDefaultCACertificates may have replaced), then the host name.
		cfg := &tls.Config{ServerName: r.host, NextProtos: []string{"http/1.1"}, InsecureSkipVerify: true}
		if net.ParseIP(r.host) != nil {
			cfg.ServerName = ""
		}
		if !r.insecure {
			host := r.host
			cfg.VerifyConnection = func(cs tls.ConnectionState) error { return verifyServer(cs, host) }
		}
		tc := tls.Client(nc, cfg)
		if err := tc.Handshake(); err != nil {
			nc.Close()
			var ne *netError
			if errors.As(err, &ne) {
				return nil, ne
			}
			code, msg := tlsErrorCode(err)
			return nil, &netError{kind: "tls", err: err, message: msg, code: code}
		}
		nc = tc
	}
	return &conn{nc: nc, br: bufio.NewReaderSize(nc, 64<<10), key: dialKey(r)}, nil
}

var errAborted = errors.New("aborted")

// do runs one exchange. It retries once on a fresh connection when a reused idle connection
// turns out closed before any byte of the response came (the server dropped it while idle).
func (p *pool) do(r *request, cancel <-chan struct{}) (*response, error) {
	key := dialKey(r)
	for attempt := 0; ; attempt++ {
		c := p.get(key)
		if c == nil {
			var err error
			if c, err = p.dial(r, cancel); err != nil {
				return nil, err
			}
		}
		resp, err, retry := p.exchange(c, r, cancel)
		if err != nil {
			c.nc.Close()
			if retry && c.used && attempt == 0 && r.stream == nil {
				continue
			}
			return nil, err
		}
		return resp, nil
	}
}

func (p *pool) exchange(c *conn, r *request, cancel <-chan struct{}) (resp *response, err error, retry bool) {
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-cancel:
			c.nc.Close()
		case <-done:
		}
	}()
	var head bytes.Buffer
	head.Grow(256)
	head.WriteString(r.method)
	head.WriteByte(' ')
	head.WriteString(r.target)
	head.WriteString(" HTTP/1.1\r\nhost: ")
	head.WriteString(r.hostHdr)
	head.WriteString("\r\nconnection: keep-alive\r\n")
	for i := 0; i+1 < len(r.headers); i += 2 {
		head.WriteString(r.headers[i])
		head.WriteString(": ")
		head.WriteString(r.headers[i+1])
		head.WriteString("\r\n")
	}
	switch {
	case r.stream != nil:
		head.WriteString("transfer-encoding: chunked\r\n")
	case r.hasBody:
		head.WriteString("content-length: ")
		head.WriteString(strconv.Itoa(len(r.body)))
		head.WriteString("\r\n")
	case r.method == "POST" || r.method == "PUT":
		head.WriteString("content-length: 0\r\n")
	}
	head.WriteString("\r\n")
	if r.stream == nil && len(r.body) <= 64<<10 {
		head.Write(r.body)
		_, err = c.nc.Write(head.Bytes())
	} else {
		_, err = c.nc.Write(head.Bytes())
		if err == nil && r.stream == nil {
			_, err = c.nc.Write(r.body)
		}
		if err == nil && r.stream != nil {
			err = writeChunked(c.nc, r.stream, cancel)
		}
	}
	if err != nil {
		if isCancelled(cancel) {
			return nil, errAborted, false
		}
		return nil, &netError{kind: "socket", err: err, message: "other side closed"}, true
	}
	var res *response
	for {
		res, err = readHead(c.br)
		if err != nil {
			if isCancelled(cancel) {
				return nil, errAborted, false
			}
			return nil, err, errors.Is(err, errClosedBeforeHead)
		}
		// 1xx informational responses other than 101 are skipped, as undici does
		if res.status >= 100 && res.status < 200 && res.status != 101 {
			continue
		}
		break
	}
	res.nc = c.nc
	reusable := true
	var body io.Reader
	cl, hasCL := int64(-1), false
	chunked, closeConn := false, false
	for i := 0; i+1 < len(res.headers); i += 2 {
		switch strings.ToLower(res.headers[i]) {
		case "content-length":
			if n, perr := strconv.ParseInt(strings.TrimSpace(res.headers[i+1]), 10, 64); perr == nil && n >= 0 {
				if hasCL && n != cl {
					return nil, &netError{kind: "parse", message: "Response does not match the HTTP/1.1 protocol (Duplicate Content-Length)"}, false
				}
				cl, hasCL = n, true
			} else {
				return nil, &netError{kind: "parse", message: "Response does not match the HTTP/1.1 protocol (Invalid character in Content-Length)"}, false
			}
		case "transfer-encoding":
			if strings.Contains(strings.ToLower(res.headers[i+1]), "chunked") {
				chunked = true
			}
		case "connection":
			if strings.Contains(strings.ToLower(res.headers[i+1]), "close") {
				closeConn = true
			}
		}
	}
	noBody := r.method == "HEAD" || res.status == 204 || res.status == 304 || res.status == 101
	switch {
	case noBody:
		body = bytes.NewReader(nil)
	case chunked:
		body = &chunkedBody{r: httputil.NewChunkedReader(c.br), br: c.br}
	case hasCL:
		body = io.LimitReader(c.br, cl)
	default:
		body = c.br
		reusable = false
	}
	if closeConn || res.proto10 {
		reusable = false
	}
	res.release = func(clean bool) {
		if clean && reusable {
			p.put(c)
		} else {
			c.nc.Close()
		}
	}
	fr := &framedReader{r: body, limited: hasCL && !chunked, remaining: cl}
	if noBody {
		res.body = fr
	} else {
		res.body = newPrefetch(fr, func() { res.finish(true) })
	}
	return res, nil, false
}

// framedReader turns an early EOF inside a Content-Length body into an error, as undici's
// "other side closed" does.
type framedReader struct {
	r         io.Reader
	limited   bool
	remaining int64
}

var errPrematureClose = errors.New("other side closed")

func (f *framedReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if f.limited {
		f.remaining -= int64(n)
		if err == io.EOF && f.remaining > 0 {
			err = errPrematureClose
		}
	}
	if err != nil && err != io.EOF {
		var ne net.Error
		if errors.As(err, &ne) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, os.ErrClosed) {
			err = errPrematureClose
		}
	}
	return n, err
}

func isCancelled(cancel <-chan struct{}) bool {
	select {
	case <-cancel:
		return true
	default:
		return false
	}
}

// bodyQueue carries a streamed request body from the loop to the writing goroutine; pushes
// never block the loop.
type bodyQueue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	chunks [][]byte
	closed bool
}

func newBodyQueue() *bodyQueue {
	q := &bodyQueue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *bodyQueue) push(b []byte) {
	q.mu.Lock()
	q.chunks = append(q.chunks, b)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *bodyQueue) close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

// take waits for queued chunks; none and ok false once closed and drained.
func (q *bodyQueue) take() (chunks [][]byte, ok bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.chunks) == 0 && !q.closed {
		q.cond.Wait()
	}
	chunks, q.chunks = q.chunks, nil
	return chunks, len(chunks) > 0 || !q.closed
}

func writeChunked(w io.Writer, q *bodyQueue, cancel <-chan struct{}) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	for {
		chunks, ok := q.take()
		if isCancelled(cancel) {
			return errAborted
		}
		if !ok {
			bw.WriteString("0\r\n\r\n")
			return bw.Flush()
		}
		for _, chunk := range chunks {
			if len(chunk) == 0 {
				continue
			}
			fmt.Fprintf(bw, "%x\r\n", len(chunk))
			bw.Write(chunk)
			bw.WriteString("\r\n")
		}
		if err := bw.Flush(); err != nil {
			return err
		}
	}
}

var errClosedBeforeHead = &netError{kind: "socket", message: "other side closed"}

// readHead parses a status line and header fields, keeping their order and case.
func readHead(br *bufio.Reader) (*response, error) {
	line, err := readLine(br)
	if err != nil {
		if len(line) == 0 && (err == io.EOF || isReset(err)) {
			return nil, errClosedBeforeHead
		}
		return nil, &netError{kind: "socket", err: err, message: "other side closed"}
	}
	res := &response{}
	// HTTP/1.x NNN reason
	if len(line) < 12 || !strings.HasPrefix(line, "HTTP/1.") || line[8] != ' ' {
		return nil, &netError{kind: "parse", message: "Response does not match the HTTP/1.1 protocol (Expected HTTP/, RTSP/ or ICE/)"}
	}
	res.proto10 = line[7] == '0'
	code, err := strconv.Atoi(line[9:12])
	if err != nil || (len(line) > 12 && line[12] != ' ') {
		return nil, &netError{kind: "parse", message: "Response does not match the HTTP/1.1 protocol (Invalid status code)"}
	}
	res.status = code
	if len(line) > 13 {
		res.statusText = line[13:]
	}
	total := len(line)
	for {
		l, err := readLine(br)
		if err != nil {
			return nil, &netError{kind: "socket", err: err, message: "other side closed"}
		}
		if l == "" {
			break
		}
		total += len(l)
		if total > 16<<10 {
			return nil, &netError{kind: "headers-overflow", message: "Headers Overflow Error"}
		}
		i := strings.IndexByte(l, ':')
		if i <= 0 {
			return nil, &netError{kind: "parse", message: "Response does not match the HTTP/1.1 protocol (Invalid header token)"}
		}
		res.headers = append(res.headers, l[:i], strings.Trim(l[i+1:], " \t"))
	}
	return res, nil
}

func readLine(br *bufio.Reader) (string, error) {
	b, err := br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		return "", &netError{kind: "headers-overflow", message: "Headers Overflow Error"}
	}
	if err != nil {
		return string(b), err
	}
	b = b[:len(b)-1]
	if len(b) > 0 && b[len(b)-1] == '\r' {
		b = b[:len(b)-1]
	}
	return string(b), nil
}

func isReset(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, io.ErrUnexpectedEOF)
}

// verifyServer checks a server's certificate as Node's TLS client does for fetch.
func verifyServer(cs tls.ConnectionState, host string) error {
	code, msg, ok := nodetls.VerifyServerChain(cs.PeerCertificates)
	if !ok {
		return &netError{kind: "tls", message: msg, code: code}
	}
	if leaf := cs.PeerCertificates[0]; !nodetls.HostMatches(leaf, host) {
		// JS words the error with tls.checkServerIdentity, from the certificate
		return &netError{kind: "altname", message: "Hostname/IP does not match certificate's altnames", host: host, cert: leaf.Raw}
	}
	return nil
}

// prefetch reads the start of a body (up to 64 KiB) as soon as the head is in, as undici's
// socket does: a small body that nobody reads still completes, and its connection goes back
// to the pool. Reads take what is buffered (never waiting for the whole 64 KiB).
type prefetch struct {
	mu      sync.Mutex
	cond    *sync.Cond
	chunks  [][]byte // as they came off the connection: a stream sees the same pieces
	size    int
	err     error
	running bool
	r       io.Reader
	length  int64
}

const prefetchSize = 64 << 10

func newPrefetch(r io.Reader, onEOF func()) *prefetch {
	p := &prefetch{r: r, running: true, length: -1}
	if fr, ok := r.(*framedReader); ok && fr.limited {
		p.length = fr.remaining
	}
	p.cond = sync.NewCond(&p.mu)
	go func() {
		tmp := make([]byte, prefetchSize)
		for len(tmp) > 0 {
			m, err := r.Read(tmp)
			p.mu.Lock()
			if m > 0 {
				p.chunks = append(p.chunks, tmp[:m:m])
				p.size += m
				tmp = tmp[m:]
			}
			if err != nil {
				p.err = err
			}
			p.cond.Broadcast()
			p.mu.Unlock()
			if err != nil {
				if err == io.EOF {
					onEOF()
				}
				break
			}
		}
		p.mu.Lock()
		p.running = false
		p.cond.Broadcast()
		p.mu.Unlock()
	}()
	return p
}

func (p *prefetch) Read(b []byte) (int, error) {
	p.mu.Lock()
	for len(p.chunks) == 0 && p.err == nil && p.running {
		p.cond.Wait()
	}
	if len(p.chunks) > 0 {
		n := copy(b, p.chunks[0])
		p.size -= n
		if n == len(p.chunks[0]) {
			p.chunks = p.chunks[1:]
		} else {
			p.chunks[0] = p.chunks[0][n:]
		}
		p.mu.Unlock()
		return n, nil
	}
	if p.err != nil {
		err := p.err
		p.mu.Unlock()
		return 0, err
	}
	p.mu.Unlock()
	return p.r.Read(b)
}

// limit is the Content-Length of the body, for sizing a whole-body buffer; -1 unknown.
func (p *prefetch) limit() int64 { return p.length }

// chunkedBody reads the trailer section after the last chunk (httputil's reader stops at the
// zero-length chunk), so the connection is left at the next response and can be reused.
type chunkedBody struct {
	r    io.Reader
	br   *bufio.Reader
	done bool
}

func (c *chunkedBody) Read(p []byte) (int, error) {
	if c.done {
		return 0, io.EOF
	}
	n, err := c.r.Read(p)
	if err == io.EOF {
		for {
			line, lerr := readLine(c.br)
			if lerr != nil {
				return n, errPrematureClose
			}
			if line == "" {
				break
			}
		}
		c.done = true
	}
	return n, err
}
