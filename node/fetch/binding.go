package fetch

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"net"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/andybalholm/brotli"
	"github.com/dop251/goja"
	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/zlib"
	"github.com/klauspost/compress/zstd"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
	"github.com/gnode-dev/gnode/node/buffer"
)

// exchange is one request in flight and then its response body, as the JS side holds it by id.
type exchange struct {
	id     int
	cancel chan struct{}
	once   sync.Once
	stream *bodyQueue // streamed request body
	res    *response

	// body delivery
	started atomic.Bool
	paused  atomic.Bool
	resume  chan struct{}
	refed   bool // loop side: holds a loop ref while the body flows
	done    bool // loop side: the body ended or failed

}

func (e *exchange) finish(clean bool) {
	if isCancelled(e.cancel) {
		clean = false
	}
	e.res.finish(clean)
}

func (e *exchange) interrupt() {
	if e.res != nil {
		e.res.interrupt()
	}
}

func (e *exchange) abort() {
	e.once.Do(func() {
		close(e.cancel)
		if e.stream != nil {
			e.stream.close()
		}
	})
}

type state struct {
	h    *host.Host
	vm   *goja.Runtime
	pool *pool
	next int
	live map[int]*exchange
}

var sharedPool = &pool{}

func binding(h *host.Host) *goja.Object {
	st := &state{h: h, vm: h.VM, pool: sharedPool, live: map[int]*exchange{}}
	o := h.VM.NewObject()
	h.SetFuncs(o, map[string]host.Func{
		"request":   st.request,
		"write":     st.write,
		"end":       st.end,
		"abort":     st.abortFn,
		"readAll":   st.readAll,
		"flow":      st.flow,
		"pause":     st.pause,
		"isBadPort": isBadPort(h.VM),
	})
	return o
}

func (st *state) get(v goja.Value) *exchange { return st.live[int(v.ToInteger())] }

// request(method, scheme, host, port, target, hostHeader, headers[], body|null, streamed, insecure, cb) -> id
// cb(err, status, statusText, headers[]) runs once on the loop.
func (st *state) request(c goja.FunctionCall) goja.Value {
	r := &request{
		method:  c.Argument(0).String(),
		scheme:  c.Argument(1).String(),
		host:    c.Argument(2).String(),
		port:    c.Argument(3).String(),
		target:  c.Argument(4).String(),
		hostHdr: c.Argument(5).String(),
	}
	if hs, ok := c.Argument(6).(*goja.Object); ok {
		n := int(hs.Get("length").ToInteger())
		r.headers = make([]string, n)
		for i := 0; i < n; i++ {
			r.headers[i] = hs.Get(itoa(i)).String()
		}
	}
	if b := c.Argument(7); !goja.IsNull(b) && !goja.IsUndefined(b) {
		r.body = append([]byte(nil), buffer.Bytes(b)...)
		r.hasBody = true
	}
	e := &exchange{cancel: make(chan struct{}), resume: make(chan struct{}, 1)}
	if c.Argument(8).ToBoolean() {
		e.stream = newBodyQueue()
		r.stream = e.stream
	}
	r.insecure = c.Argument(9).ToBoolean()
	cb := c.Argument(10)
	st.next++
	e.id = st.next
	st.live[e.id] = e
	frame := st.h.AsyncFrame
	loop := st.h.Loop
	loop.Ref()
	go func() {
		res, err := st.pool.do(r, e.cancel)
		loop.Post(func() {
			loop.Unref()
			if err != nil {
				delete(st.live, e.id)
				st.call(frame, cb, st.errValue(err, r))
				return
			}
			e.res = res
			hs := make([]any, len(res.headers))
			for i, s := range res.headers {
				hs[i] = s
			}
			if isCancelled(e.cancel) {
				e.finish(false)
			}
			st.call(frame, cb, goja.Null(), st.vm.ToValue(res.status), st.vm.ToValue(res.statusText), st.vm.ToValue(hs))
		})
	}()
	return st.vm.ToValue(e.id)
}

func (st *state) call(frame goja.Value, cb goja.Value, args ...goja.Value) {
	st.h.MakeCallbackIn(frame, cb, goja.Undefined(), args...)
}

// errValue describes a failure for the JS side, which builds undici's error objects from it.
func (st *state) errValue(err error, r *request) goja.Value {
	o := st.vm.NewObject()
	if errors.Is(err, errAborted) {
		o.Set("kind", "abort")
		return o
	}
	var ne *netError
	if !errors.As(err, &ne) {
		o.Set("kind", "socket")
		o.Set("message", err.Error())
		return o
	}
	o.Set("kind", ne.kind)
	o.Set("message", ne.message)
	if ne.code != "" {
		o.Set("code", ne.code)
	}
	if ne.kind == "altname" {
		o.Set("host", ne.host)
		o.Set("cert", st.vm.NewArrayBuffer(ne.cert))
	}
	if ne.kind == "connect" {
		se := nodeerr.FromGo(ne.err, "connect")
		o.Set("errno", se.Errno)
		o.Set("code", se.Code)
		addr, port := r.host, r.port
		var op *net.OpError
		if errors.As(ne.err, &op) && op.Addr != nil {
			if h, p, err := net.SplitHostPort(op.Addr.String()); err == nil {
				addr, port = h, p
			}
		}
		o.Set("address", addr)
		o.Set("port", port)
		var dnsErr *net.DNSError
		if errors.As(ne.err, &dnsErr) {
			o.Set("kind", "dns")
			o.Set("hostname", r.host)
			if dnsErr.IsNotFound {
				o.Set("code", "ENOTFOUND")
			} else {
				o.Set("code", "EAI_AGAIN")
			}
		}
	}
	return o
}

func (st *state) write(c goja.FunctionCall) goja.Value {
	if e := st.get(c.Argument(0)); e != nil && e.stream != nil {
		e.stream.push(append([]byte(nil), buffer.Bytes(c.Argument(1))...))
	}
	return goja.Undefined()
}

func (st *state) end(c goja.FunctionCall) goja.Value {
	if e := st.get(c.Argument(0)); e != nil && e.stream != nil {
		e.stream.close()
	}
	return goja.Undefined()
}

func (st *state) abortFn(c goja.FunctionCall) goja.Value {
	if e := st.get(c.Argument(0)); e != nil {
		e.abort()
		if e.res != nil && !e.started.Load() {
			e.finish(false)
			delete(st.live, e.id)
		} else {
			e.interrupt()
		}
		if e.paused.Load() {
			select {
			case e.resume <- struct{}{}:
			default:
			}
		}
	}
	return goja.Undefined()
}

// decoded wraps the body in the decoders its content-encoding names (applied last first), as
// undici does; an unknown coding leaves the body as it is.
func decoded(body io.Reader, encoding string) (io.Reader, error) {
	if encoding == "" {
		return body, nil
	}
	codings := strings.Split(strings.ToLower(encoding), ",")
	if len(codings) > 5 {
		return nil, errors.New("too many content-encodings in response: " + itoa(len(codings)) + ", maximum allowed is 5")
	}
	r := body
	for i := len(codings) - 1; i >= 0; i-- {
		switch strings.TrimSpace(codings[i]) {
		case "gzip", "x-gzip":
			r = &lazyReader{open: func(src io.Reader) (io.Reader, error) { return gzip.NewReader(src) }, src: r}
		case "deflate":
			r = &lazyReader{open: openDeflate, src: r}
		case "br":
			r = brotli.NewReader(r)
		case "zstd":
			r = &lazyReader{open: func(src io.Reader) (io.Reader, error) {
				d, err := zstd.NewReader(src, zstd.WithDecoderConcurrency(1))
				if err != nil {
					return nil, err
				}
				return d.IOReadCloser(), nil
			}, src: r}
		default:
			return body, nil
		}
	}
	return r, nil
}

// lazyReader opens its decoder on the first Read, so an empty body is not an error.
type lazyReader struct {
	open func(io.Reader) (io.Reader, error)
	src  io.Reader
	r    io.Reader
}

func (l *lazyReader) Read(p []byte) (int, error) {
	if l.r == nil {
		br := &peekReader{r: l.src}
		if _, err := br.peek(); err == io.EOF {
			return 0, io.EOF
		} else if err != nil {
			return 0, err
		}
		r, err := l.open(br)
		if err != nil {
			return 0, err
		}
		l.r = r
	}
	return l.r.Read(p)
}

type peekReader struct {
	r    io.Reader
	b    []byte
	read bool
}

func (p *peekReader) peek() (byte, error) {
	if !p.read {
		var one [1]byte
		n, err := io.ReadFull(p.r, one[:])
		p.read = true
		if n == 1 {
			p.b = one[:]
		} else {
			return 0, err
		}
	}
	return p.b[0], nil
}

func (p *peekReader) Read(b []byte) (int, error) {
	if len(p.b) > 0 {
		n := copy(b, p.b)
		p.b = p.b[n:]
		return n, nil
	}
	return p.r.Read(b)
}

// openDeflate takes a zlib stream or, when the first byte is no zlib header, raw deflate.
func openDeflate(src io.Reader) (io.Reader, error) {
	pr := src.(*peekReader)
	first, _ := pr.peek()
	if first&0x0f == 0x08 {
		return zlib.NewReader(pr)
	}
	return flate.NewReader(pr), nil
}

func (st *state) body(e *exchange) io.Reader {
	res := e.res
	enc := ""
	for i := 0; i+1 < len(res.headers); i += 2 {
		if strings.EqualFold(res.headers[i], "content-encoding") {
			if enc != "" {
				enc += ", "
			}
			enc += res.headers[i+1]
		}
	}
	r, err := decoded(res.body, enc)
	if err != nil {
		return errReader{err}
	}
	return r
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// readAll(id, decode, cb): the whole body in one buffer; cb(err, arrayBuffer).
func (st *state) readAll(c goja.FunctionCall) goja.Value {
	e := st.get(c.Argument(0))
	decode := c.Argument(1).ToBoolean()
	cb := c.Argument(2)
	if e == nil || e.res == nil || !e.started.CompareAndSwap(false, true) {
		return goja.Undefined()
	}
	frame := st.h.AsyncFrame
	loop := st.h.Loop
	loop.Ref()
	r := e.res.body
	if decode {
		r = st.body(e)
	}
	go func() {
		var buf bytes.Buffer
		if p, ok := e.res.body.(*prefetch); ok && !decode {
			if n := p.limit(); n > 0 && n < 1<<30 {
				buf.Grow(int(n))
			}
		}
		_, err := buf.ReadFrom(r)
		if isCancelled(e.cancel) {
			err = errAborted
		}
		e.finish(err == nil)
		loop.Post(func() {
			loop.Unref()
			delete(st.live, e.id)
			if err != nil {
				st.call(frame, cb, st.bodyErr(err))
				return
			}
			st.call(frame, cb, goja.Null(), st.vm.ToValue(st.vm.NewArrayBuffer(buf.Bytes())))
		})
	}()
	return goja.Undefined()
}

func (st *state) bodyErr(err error) goja.Value {
	o := st.vm.NewObject()
	switch {
	case errors.Is(err, errAborted):
		o.Set("kind", "abort")
	case errors.Is(err, errPrematureClose):
		o.Set("kind", "socket")
		o.Set("message", "other side closed")
	default:
		o.Set("kind", "decode")
		o.Set("message", err.Error())
	}
	return o
}

// flow(id, decode, ondata): the body is pushed as it arrives, ondata(arrayBuffer) per chunk,
// ondata(null) at its end, ondata(undefined, err) on failure; pause(id) holds it back until the
// next flow call.
func (st *state) flow(c goja.FunctionCall) goja.Value {
	e := st.get(c.Argument(0))
	if e == nil || e.res == nil || e.done {
		return goja.Undefined()
	}
	if e.started.Load() {
		if e.paused.CompareAndSwap(true, false) {
			if !e.refed {
				e.refed = true
				st.h.Loop.Ref()
			}
			select {
			case e.resume <- struct{}{}:
			default:
			}
		}
		return goja.Undefined()
	}
	e.started.Store(true)
	decode := c.Argument(1).ToBoolean()
	ondata := c.Argument(2)
	frame := st.h.AsyncFrame
	loop := st.h.Loop
	loop.Ref()
	e.refed = true
	r := e.res.body
	if decode {
		r = st.body(e)
	}
	finish := func() {
		e.done = true
		delete(st.live, e.id)
		if e.refed {
			e.refed = false
			loop.Unref()
		}
	}
	go func() {
		scratch := make([]byte, 1<<20)
		for {
			for e.paused.Load() {
				select {
				case <-e.resume:
				case <-e.cancel:
				}
				if isCancelled(e.cancel) {
					break
				}
			}
			if isCancelled(e.cancel) {
				e.finish(false)
				loop.Post(func() { finish() })
				return
			}
			n, err := r.Read(scratch)
			if n > 0 {
				var chunk []byte
				if n >= len(scratch)/2 {
					chunk = scratch[:n]
					scratch = make([]byte, 1<<20)
				} else {
					chunk = append([]byte(nil), scratch[:n]...)
				}
				loop.Post(func() {
					if e.done {
						return
					}
					st.call(frame, ondata, st.vm.ToValue(st.vm.NewArrayBuffer(chunk)))
				})
			}
			if err != nil {
				if isCancelled(e.cancel) {
					e.finish(false)
					loop.Post(func() { finish() })
					return
				}
				clean := err == io.EOF
				e.finish(clean)
				loop.Post(func() {
					if e.done {
						return
					}
					finish()
					if clean {
						st.call(frame, ondata, goja.Null())
					} else {
						st.call(frame, ondata, goja.Undefined(), st.bodyErr(err))
					}
				})
				return
			}
		}
	}()
	return goja.Undefined()
}

func (st *state) pause(c goja.FunctionCall) goja.Value {
	e := st.get(c.Argument(0))
	if e == nil || e.done {
		return goja.Undefined()
	}
	e.paused.Store(true)
	if e.refed {
		e.refed = false
		st.h.Loop.Unref()
	}
	return goja.Undefined()
}
