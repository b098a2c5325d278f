package tls

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/nodeerr"
	gnet "github.com/gnode-dev/gnode/node/net"
)

// tlsWrap is one TLS connection: Node's TLSWrap. Its transport is either the socket of a gnode
// TCP or Pipe handle, taken over in Go so encrypted bytes never reach JS, or a JS stream
// (jsConn). Towards JS it is a stream handle like tcp_wrap's: readStart/readStop, write*,
// shutdown, close, with onread and oncomplete callbacks, plus the TLS queries.
type tlsWrap struct {
	b        *binding
	obj      *goja.Object
	frame    goja.Value
	isServer bool
	ctx      *secureContext
	parent   *goja.Object // the TCP/Pipe handle whose socket this takes over; nil for jsConn
	js       *jsConn

	// options, set before start
	alpn               []string
	servername         string
	requestCert        bool
	rejectUnauthorized bool
	sni                bool
	keylog             bool
	session            *tls.ClientSessionState

	conn        *tls.Conn
	raw         net.Conn
	started     bool
	handshaking bool
	handshook   bool
	state       tls.ConnectionState
	verified    bool
	verifyErr   *verifyError
	chain       []*x509.Certificate // verified chain when verification succeeded
	lastSession []byte
	sniReply    chan sniAnswer
	verifyReply chan bool
	hsPosted    chan struct{} // closed once the handshake's outcome is posted to the loop

	// loop-side stream state
	refed, reading, closed, holdsRef bool
	stash                            []readEvent

	mu          sync.Mutex
	cond        *sync.Cond
	wantRead    bool
	readerAlive bool
	goneClosed  bool
	queue       []*writeOp
	writerAlive bool
	shutdownReq func(error)
}

type readEvent struct {
	data []byte
	err  error
}

type writeOp struct {
	data []byte
	done func(error)
}

type sniAnswer struct {
	ctx *secureContext
	err bool
}

func (w *tlsWrap) sync() {
	// reading counts only once there is a connection to read from, as an unconnected handle
	// keeps no loop alive
	want := w.refed && ((w.reading && w.conn != nil) || w.handshaking) && !w.closed
	if want != w.holdsRef {
		w.holdsRef = want
		if want {
			w.b.h.Loop.Ref()
		} else {
			w.b.h.Loop.Unref()
		}
	}
}

func (w *tlsWrap) call(name string, args ...goja.Value) {
	fn := w.obj.Get(name)
	if fn == nil || goja.IsUndefined(fn) {
		return
	}
	w.b.h.MakeCallbackIn(w.frame, fn, w.obj, args...)
}

// start takes the transport over and runs the handshake in a goroutine.
func (w *tlsWrap) start() {
	if w.started || w.closed {
		return
	}
	w.started = true
	w.handshaking = true
	w.sync()
	if w.js != nil {
		w.begin(w.js)
		return
	}
	gnet.DetachHandle(w.b.vm, w.parent, func(nc net.Conn, pending []byte, err error) {
		if w.closed {
			if nc != nil {
				nc.Close()
			}
			return
		}
		if err != nil {
			w.handshaking = false
			w.sync()
			w.call("onerror", w.b.failure(handshakeFailure{errno: "ECONNRESET"}))
			return
		}
		var c net.Conn = nc
		if len(pending) > 0 {
			c = &prefixConn{Conn: nc, prefix: pending}
		}
		w.begin(c)
	})
}

func (w *tlsWrap) clientConfig() *tls.Config {
	certs, _ := w.ctx.certificates()
	cfg := &tls.Config{
		InsecureSkipVerify: true, // verified after the handshake, as Node does (verifyError)
		Certificates:       certs,
		MinVersion:         w.ctx.minVer,
		MaxVersion:         w.ctx.maxVer,
		NextProtos:         w.alpn,
		ServerName:         w.servername,
		CipherSuites:       w.ctx.suites,
		ClientSessionCache: &sessionCache{w: w, session: w.session},
	}
	// TLS 1.3 clients check the server before their Finished goes out, as Node's do in effect
	// (its client rejects before the Finished is flushed): a rejected server never sees the
	// handshake complete.
	cfg.VerifyConnection = func(cs tls.ConnectionState) error {
		if cs.Version != tls.VersionTLS13 {
			return nil
		}
		reply := make(chan bool, 1)
		w.b.h.Loop.Post(func() {
			if w.closed {
				reply <- false
				return
			}
			w.state = cs
			w.handshook = true
			w.verifyReply = reply
			w.call("onverify")
			if w.verifyReply != nil {
				w.verifyReply = nil
				reply <- !w.closed
			}
		})
		if !<-reply {
			return errors.New("tls: verification failed")
		}
		return nil
	}
	if len(certs) > 0 {
		// the server's CA list is not consulted, as OpenSSL sends the configured certificate
		c := certs[0]
		cfg.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return &c, nil }
	}
	return cfg
}

func (w *tlsWrap) serverConfig() *tls.Config {
	base := w.ctx.serverConfig(w.requestCert, w.rejectUnauthorized, w.alpn)
	if !w.sni && !w.keylog {
		return base
	}
	cfg := base.Clone()
	if w.sni {
		cfg.GetConfigForClient = func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
			reply := make(chan sniAnswer, 1)
			name := hello.ServerName
			w.b.h.Loop.Post(func() {
				if w.closed {
					reply <- sniAnswer{err: true}
					return
				}
				w.sniReply = reply
				w.call("onsni", w.b.vm.ToValue(name))
			})
			ans := <-reply
			if ans.err {
				return nil, errors.New("tls: SNI callback failed")
			}
			if ans.ctx == nil || ans.ctx == w.ctx {
				return nil, nil
			}
			c := ans.ctx.serverConfig(w.requestCert, w.rejectUnauthorized, w.alpn)
			if w.keylog {
				c = c.Clone()
				c.KeyLogWriter = keylogWriter{w}
			}
			return c, nil
		}
	}
	if w.keylog {
		cfg.KeyLogWriter = keylogWriter{w}
	}
	return cfg
}

func (c *secureContext) serverConfig(requestCert, reject bool, alpn []string) *tls.Config {
	key := serverKey{requestCert: requestCert, rejectUnauthorized: reject}
	for _, p := range alpn {
		key.alpn += p + "\x00"
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if cfg := c.servers[key]; cfg != nil {
		return cfg
	}
	certs, _ := c.certificates()
	cfg := &tls.Config{
		Certificates: certs,
		MinVersion:   c.minVer,
		MaxVersion:   c.maxVer,
		NextProtos:   alpn,
		CipherSuites: c.suites,
	}
	if requestCert {
		cfg.ClientAuth = tls.RequestClientCert
		if reject {
			cfg.ClientAuth = tls.RequireAnyClientCert
		}
		cfg.ClientCAs = c.roots
	}
	// explicit keys: per-connection clones of this config (SNI, keylog) must share them, and
	// crypto/tls would otherwise make fresh automatic keys in each clone
	if len(c.ticketKs) == 0 {
		c.ticketKs = [][32]byte{randomKey()}
	}
	cfg.SetSessionTicketKeys(c.ticketKs)
	if c.servers == nil {
		c.servers = map[serverKey]*tls.Config{}
	}
	c.servers[key] = cfg
	return cfg
}

type keylogWriter struct{ w *tlsWrap }

func (k keylogWriter) Write(p []byte) (int, error) {
	line := append([]byte(nil), p...)
	w := k.w
	w.b.h.Loop.Post(func() {
		if !w.closed {
			w.call("onkeylog", w.b.newBuffer(line))
		}
	})
	return len(p), nil
}

// sessionCache gives crypto/tls the session set with setSession and reports new ones (Node's
// 'session' event).
type sessionCache struct {
	w       *tlsWrap
	session *tls.ClientSessionState
}

func (s *sessionCache) Get(string) (*tls.ClientSessionState, bool) {
	return s.session, s.session != nil
}

func (s *sessionCache) Put(_ string, cs *tls.ClientSessionState) {
	if cs == nil {
		return
	}
	data := encodeSession(cs)
	if data == nil {
		return
	}
	w := s.w
	w.b.h.Loop.Post(func() {
		w.lastSession = data
		if !w.closed {
			w.call("onnewsession", w.b.newBuffer(data))
		}
	})
}

// encodeSession serializes a client session: the ticket's length (4 bytes), the ticket and the
// session state.
func encodeSession(cs *tls.ClientSessionState) []byte {
	ticket, st, err := cs.ResumptionState()
	if err != nil || st == nil {
		return nil
	}
	sb, err := st.Bytes()
	if err != nil {
		return nil
	}
	out := make([]byte, 4, 4+len(ticket)+len(sb))
	out[0], out[1], out[2], out[3] = byte(len(ticket)>>24), byte(len(ticket)>>16), byte(len(ticket)>>8), byte(len(ticket))
	out = append(out, ticket...)
	return append(out, sb...)
}

func decodeSession(data []byte) *tls.ClientSessionState {
	if len(data) < 4 {
		return nil
	}
	n := int(data[0])<<24 | int(data[1])<<16 | int(data[2])<<8 | int(data[3])
	if n < 0 || 4+n > len(data) {
		return nil
	}
	st, err := tls.ParseSessionState(data[4+n:])
	if err != nil {
		return nil
	}
	cs, err := tls.NewResumptionState(append([]byte(nil), data[4:4+n]...), st)
	if err != nil {
		return nil
	}
	return cs
}

func (w *tlsWrap) begin(transport net.Conn) {
	w.raw = transport
	if w.isServer {
		w.conn = tls.Server(transport, w.serverConfig())
	} else {
		cfg := w.clientConfig()
		if w.keylog {
			cfg.KeyLogWriter = keylogWriter{w}
		}
		w.conn = tls.Client(transport, cfg)
	}
	conn := w.conn
	posted := make(chan struct{})
	w.hsPosted = posted
	w.kickWriter()
	go func() {
		err := conn.HandshakeContext(context.Background())
		var st tls.ConnectionState
		if err == nil {
			st = conn.ConnectionState()
		}
		w.b.h.Loop.Post(func() { w.handshakeDone(st, err) })
		close(posted)
	}()
}

func (w *tlsWrap) handshakeDone(st tls.ConnectionState, err error) {
	w.handshaking = false
	w.sync()
	if w.closed {
		return
	}
	if err != nil {
		w.call("onerror", w.b.failure(classifyHandshakeError(err, w.isServer)))
		return
	}
	w.handshook = true
	w.state = st
	if w.reading {
		w.startReader()
	}
	w.call("onhandshakedone")
}

// verify checks the peer's chain once, against the context's CA list or the default roots.
func (w *tlsWrap) verify() *verifyError {
	if w.verified || !w.handshook {
		return w.verifyErr
	}
	w.verified = true
	peer := w.state.PeerCertificates
	if len(peer) == 0 {
		if w.isServer && !w.requestCert {
			return nil
		}
		w.verifyErr = errNoPeerCert
		return w.verifyErr
	}
	roots := w.ctx.roots
	if roots == nil {
		roots = DefaultRoots()
	}
	w.verifyErr = verifyChain(peer, roots, time.Now())
	if w.verifyErr == nil {
		inter := x509.NewCertPool()
		for _, c := range peer[1:] {
			inter.AddCert(c)
		}
		chains, err := peer[0].Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter,
			KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}})
		if err == nil && len(chains) > 0 {
			w.chain = chains[0]
		}
	}
	return w.verifyErr
}

// ---- reading and writing, as node/net's Conn but over the tls.Conn ----

func (w *tlsWrap) readStart() {
	if w.closed {
		return
	}
	w.reading = true
	w.sync()
	if len(w.stash) > 0 {
		w.b.h.Loop.Post(w.drainStash)
	}
	if w.handshook {
		w.startReader()
	}
}

func (w *tlsWrap) startReader() {
	w.mu.Lock()
	w.wantRead = true
	if !w.readerAlive {
		w.readerAlive = true
		go w.readLoop()
	} else {
		w.cond.Signal()
	}
	w.mu.Unlock()
}

func (w *tlsWrap) readStop() {
	w.reading = false
	w.sync()
	w.mu.Lock()
	w.wantRead = false
	w.mu.Unlock()
}

func (w *tlsWrap) drainStash() {
	for w.reading && !w.closed && len(w.stash) > 0 {
		ev := w.stash[0]
		w.stash = w.stash[1:]
		w.emit(ev)
	}
}

func (w *tlsWrap) deliver(ev readEvent) {
	if w.closed {
		return
	}
	if !w.reading || len(w.stash) > 0 {
		w.stash = append(w.stash, ev)
		return
	}
	w.emit(ev)
}

func (w *tlsWrap) emit(ev readEvent) {
	if ev.err != nil {
		w.reading = false
		w.sync()
	}
	if ev.err == nil {
		w.call("onread", w.b.vm.ToValue(len(ev.data)), w.b.newBuffer(ev.data))
		return
	}
	if errors.Is(ev.err, io.EOF) || errors.Is(ev.err, io.ErrUnexpectedEOF) {
		w.call("onread", w.b.vm.ToValue(eofErrno), goja.Undefined())
		return
	}
	var ne *net.OpError
	if errors.As(ev.err, &ne) && ne.Op != "remote error" && ne.Op != "local error" {
		w.call("onread", w.b.vm.ToValue(nodeerr.FromGo(ev.err, "").Errno), goja.Undefined())
		return
	}
	if errors.Is(ev.err, syscall.ECONNRESET) {
		w.call("onread", w.b.vm.ToValue(nodeerr.FromGo(ev.err, "").Errno), goja.Undefined())
		return
	}
	w.call("onerror", w.b.failure(classifyHandshakeError(ev.err, w.isServer)))
}

var eofErrno, _ = nodeerr.UVErrno("EOF")

func (w *tlsWrap) readLoop() {
	buf := make([]byte, 16<<10)
	for {
		w.mu.Lock()
		for !w.wantRead && !w.goneClosed {
			w.cond.Wait()
		}
		if w.goneClosed {
			w.readerAlive = false
			w.mu.Unlock()
			return
		}
		w.mu.Unlock()
		n, err := w.conn.Read(buf)
		var ev readEvent
		if n > 0 {
			ev.data = append([]byte(nil), buf[:n]...)
		} else if err != nil {
			ev.err = err
		} else {
			continue
		}
		w.mu.Lock()
		gone := w.goneClosed
		w.mu.Unlock()
		if gone {
			w.mu.Lock()
			w.readerAlive = false
			w.mu.Unlock()
			return
		}
		w.b.h.Loop.Post(func() { w.deliver(ev) })
		if ev.err != nil {
			w.mu.Lock()
			w.readerAlive = false
			w.mu.Unlock()
			return
		}
	}
}

// write queues data for the writer goroutine; done runs on the loop when it is written.
// Writes made before the transport is taken over wait in the queue (Node's TLSWrap encrypts
// them once the handshake is done; crypto/tls's Write waits for it too).
func (w *tlsWrap) write(data []byte, done func(error)) error {
	if w.closed {
		return syscall.EBADF
	}
	w.b.h.Loop.Ref()
	op := &writeOp{data: data, done: func(err error) { w.b.h.Loop.Unref(); done(err) }}
	w.mu.Lock()
	w.queue = append(w.queue, op)
	w.mu.Unlock()
	// The writer starts after the current callback, as Node's TLSWrap flushes its encrypted
	// output later: a destroy() in the same tick closes the socket before the bytes go out
	// (tls.Socket.write('x'); destroy() sends nothing in Node).
	w.b.h.Loop.Post(w.kickWriter)
	return nil
}

func (w *tlsWrap) kickWriter() {
	if w.conn == nil {
		return
	}
	w.mu.Lock()
	if !w.writerAlive && (len(w.queue) > 0 || w.shutdownReq != nil) {
		w.writerAlive = true
		go w.writeLoop()
	}
	w.mu.Unlock()
}

func (w *tlsWrap) writeLoop() {
	for {
		w.mu.Lock()
		if len(w.queue) == 0 {
			w.writerAlive = false
			shut := w.shutdownReq
			w.shutdownReq = nil
			w.mu.Unlock()
			if shut != nil {
				err := w.closeWrite()
				w.b.h.Loop.Post(func() { shut(err) })
			}
			return
		}
		op := w.queue[0]
		w.queue = w.queue[1:]
		w.mu.Unlock()
		_, err := w.conn.Write(op.data)
		if err != nil {
			<-w.hsPosted // a failed handshake is reported before the writes it failed
		}
		w.b.h.Loop.Post(func() { op.done(err) })
	}
}

func (w *tlsWrap) closeWrite() error {
	err := w.conn.CloseWrite()
	if cw, ok := w.raw.(interface{ CloseWrite() error }); ok {
		if e := cw.CloseWrite(); err == nil {
			err = e
		}
	}
	return err
}

func (w *tlsWrap) shutdown(done func(error)) error {
	if w.closed {
		return syscall.ENOTCONN
	}
	w.b.h.Loop.Ref()
	wrapped := func(err error) { w.b.h.Loop.Unref(); done(err) }
	w.mu.Lock()
	if w.writerAlive || w.conn == nil || len(w.queue) > 0 {
		w.shutdownReq = wrapped
		w.mu.Unlock()
		w.kickWriter()
		return nil
	}
	w.writerAlive = true
	w.mu.Unlock()
	go func() {
		err := w.closeWrite()
		w.mu.Lock()
		w.writerAlive = false
		w.mu.Unlock()
		w.b.h.Loop.Post(func() { wrapped(err) })
	}()
	return nil
}

func (w *tlsWrap) writeQueueSize() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := 0
	for _, op := range w.queue {
		n += len(op.data)
	}
	return n
}

// close drops the connection without a close_notify, as Node's destroy does.
func (w *tlsWrap) close() {
	if w.closed {
		return
	}
	w.closed = true
	w.sync()
	w.stash = nil
	w.mu.Lock()
	w.goneClosed = true
	w.cond.Broadcast()
	w.mu.Unlock()
	// The transport closes before a handshake waiting on JS is told to fail: otherwise
	// crypto/tls could still send its alert, where Node's destroyed socket just resets.
	if w.raw != nil {
		_ = w.raw.Close()
	}
	if w.js != nil {
		_ = w.js.Close()
	}
	if w.verifyReply != nil {
		w.verifyReply <- false
		w.verifyReply = nil
	}
	if w.sniReply != nil {
		select {
		case w.sniReply <- sniAnswer{err: true}:
		default:
		}
	}
}
