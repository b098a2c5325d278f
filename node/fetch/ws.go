package fetch

// The WebSocket client's wire side (RFC 6455): the opening handshake, framing with client
// masking, fragmentation, UTF-8 checks of text messages, ping/pong and the closing handshake,
// and permessage-deflate on received messages (undici offers it, so servers such as ws use it).
// JS gets events through one dispatch callback; sends are queued to a writer goroutine.

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/klauspost/compress/flate"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/node/buffer"
)

const wsGUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

const (
	opCont  = 0x0
	opText  = 0x1
	opBin   = 0x2
	opClose = 0x8
	opPing  = 0x9
	opPong  = 0xa
)

// maxPayload bounds one message, as undici's default maxPayloadSize does (128 MiB).
const maxPayload = 128 << 20

// frame is one parsed frame.
type frame struct {
	fin     bool
	rsv     byte
	opcode  byte
	masked  bool
	payload []byte
}

// errProtocol is a frame that breaks RFC 6455; the connection fails with close code 1002.
type errProtocol struct{ msg string }

func (e *errProtocol) Error() string { return e.msg }

// readFrame reads one frame. The reader is untrusted input: lengths are checked against limit
// before anything is allocated.
func readFrame(r io.Reader, limit int64) (*frame, error) {
	var hdr [14]byte
	if _, err := io.ReadFull(r, hdr[:2]); err != nil {
		return nil, err
	}
	f := &frame{fin: hdr[0]&0x80 != 0, rsv: (hdr[0] >> 4) & 7, opcode: hdr[0] & 0x0f, masked: hdr[1]&0x80 != 0}
	n := int64(hdr[1] & 0x7f)
	switch n {
	case 126:
		if _, err := io.ReadFull(r, hdr[2:4]); err != nil {
			return nil, unexpected(err)
		}
		n = int64(binary.BigEndian.Uint16(hdr[2:4]))
	case 127:
		if _, err := io.ReadFull(r, hdr[2:10]); err != nil {
			return nil, unexpected(err)
		}
		u := binary.BigEndian.Uint64(hdr[2:10])
		if u > 1<<63-1 {
			return nil, &errProtocol{"Received payload length > 2^63 bytes."}
		}
		n = int64(u)
	}
	switch f.opcode {
	case opCont, opText, opBin:
	case opClose, opPing, opPong:
		if !f.fin {
			return nil, &errProtocol{"Fragmented frame exceeded 125 bytes."}
		}
		if n > 125 {
			return nil, &errProtocol{"Payload length for control frame exceeded 125 bytes."}
		}
	default:
		return nil, &errProtocol{"Invalid opcode received"}
	}
	if n > limit {
		return nil, &errProtocol{"Payload size exceeds maximum allowed size"}
	}
	var mask [4]byte
	if f.masked {
		if _, err := io.ReadFull(r, mask[:]); err != nil {
			return nil, unexpected(err)
		}
	}
	f.payload = make([]byte, n)
	if _, err := io.ReadFull(r, f.payload); err != nil {
		return nil, unexpected(err)
	}
	if f.masked {
		maskBytes(f.payload, mask)
	}
	return f, nil
}

func unexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

func maskBytes(b []byte, mask [4]byte) {
	for i := range b {
		b[i] ^= mask[i&3]
	}
}

// encodeFrame makes one masked client frame.
func encodeFrame(opcode byte, payload []byte, fin bool) []byte {
	n := len(payload)
	out := make([]byte, 0, n+14)
	b0 := opcode
	if fin {
		b0 |= 0x80
	}
	out = append(out, b0)
	switch {
	case n < 126:
		out = append(out, 0x80|byte(n))
	case n < 65536:
		out = append(out, 0x80|126, byte(n>>8), byte(n))
	default:
		out = append(out, 0x80|127)
		out = binary.BigEndian.AppendUint64(out, uint64(n))
	}
	var mask [4]byte
	rand.Read(mask[:])
	out = append(out, mask[:]...)
	start := len(out)
	out = append(out, payload...)
	maskBytes(out[start:], mask)
	return out
}

// wsConn is one connection.
type wsConn struct {
	id     int
	nc     net.Conn
	br     *bufio.Reader
	out    chan outFrame
	mu     sync.Mutex
	closed bool // writer stopped

	sentClose bool // loop side
	inflate   *inflater

	destroyed bool // under mu: close() came while connecting

	// A frame the writer has handed to the kernel may already be answered: its 'sent' (which
	// lowers bufferedAmount) must reach the loop before the answer, as Node's write callback
	// runs before any later read. The reader waits for a write in progress to post it.
	wmu     sync.Mutex
	writing chan struct{} // closed when the write in progress has posted its 'sent'
}

// awaitWriter lets the write in progress (if any) post first, waiting at most a moment: a
// write blocked on a peer that does not read must not hold back what was received.
func (wc *wsConn) awaitWriter() {
	wc.wmu.Lock()
	ch := wc.writing
	wc.wmu.Unlock()
	if ch == nil {
		return
	}
	t := time.NewTimer(20 * time.Millisecond)
	select {
	case <-ch:
	case <-t.C:
	}
	t.Stop()
}

type inflater struct {
	r      io.ReadCloser
	window []byte
}

func (z *inflater) decode(payload []byte) ([]byte, error) {
	src := io.MultiReader(bytes.NewReader(payload), bytes.NewReader([]byte{0, 0, 0xff, 0xff}))
	if z.r == nil {
		z.r = flate.NewReader(src)
	} else {
		z.r.(flate.Resetter).Reset(src, z.window)
	}
	var out bytes.Buffer
	_, err := io.Copy(&out, io.LimitReader(z.r, maxPayload+1))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, err
	}
	if out.Len() > maxPayload {
		return nil, &errProtocol{"Payload size exceeds maximum allowed size"}
	}
	b := out.Bytes()
	z.window = append(z.window, b...)
	if len(z.window) > 32<<10 {
		z.window = append([]byte(nil), z.window[len(z.window)-32<<10:]...)
	}
	return b, nil
}

type wsState struct {
	h    *host.Host
	vm   *goja.Runtime
	next int
	live map[int]*wsConn
}

func wsBinding(h *host.Host) *goja.Object {
	st := &wsState{h: h, vm: h.VM, live: map[int]*wsConn{}}
	o := h.VM.NewObject()
	h.SetFuncs(o, map[string]host.Func{
		"connect":   st.connect,
		"send":      st.send,
		"close":     st.close,
		"destroy":   st.destroy,
		"isBadPort": isBadPort(h.VM),
	})
	return o
}

// connect(scheme, host, port, target, hostHeader, protocols, insecure, dispatch) -> id.
// dispatch(type, a, b, c): 'open'(protocol, extensions), 'message'(isText, arrayBuffer),
// 'sent'(bytes), 'error'(message), 'closing'(code, reason) when the server's close frame
// came, 'close'(code, reason, wasClean).
func (st *wsState) connect(c goja.FunctionCall) goja.Value {
	r := &request{
		scheme:  c.Argument(0).String(),
		host:    c.Argument(1).String(),
		port:    c.Argument(2).String(),
		target:  c.Argument(3).String(),
		hostHdr: c.Argument(4).String(),
	}
	protocols := c.Argument(5).String()
	r.insecure = c.Argument(6).ToBoolean()
	dispatch := c.Argument(7)
	st.next++
	wc := &wsConn{id: st.next, out: make(chan outFrame, 64)}
	st.live[wc.id] = wc
	frame := st.h.AsyncFrame
	loop := st.h.Loop
	loop.Ref()
	emit := func(args ...goja.Value) { st.h.MakeCallbackIn(frame, dispatch, goja.Undefined(), args...) }
	str := func(s string) goja.Value { return st.vm.ToValue(s) }
	go func() {
		var p pool
		cn, err := p.dial(r, make(chan struct{}))
		if err != nil {
			loop.Post(func() {
				loop.Unref()
				delete(st.live, wc.id)
				emit(str("error"), str(""))
				emit(str("close"), st.vm.ToValue(1006), str(""), st.vm.ToValue(false))
			})
			return
		}
		wc.mu.Lock()
		wc.nc, wc.br = cn.nc, cn.br
		destroyed := wc.destroyed
		wc.mu.Unlock()
		if destroyed {
			wc.nc.Close()
		}
		proto, exts, err := wsHandshake(wc, r, protocols)
		if err != nil {
			wc.nc.Close()
			loop.Post(func() {
				loop.Unref()
				delete(st.live, wc.id)
				emit(str("error"), str(err.Error()))
				emit(str("close"), st.vm.ToValue(1006), str(""), st.vm.ToValue(false))
			})
			return
		}
		if strings.Contains(exts, "permessage-deflate") {
			wc.inflate = &inflater{}
		}
		go wc.writer(loop, st, emit)
		loop.Post(func() { emit(str("open"), str(proto), str(exts)) })
		wc.reader(loop, st, emit)
	}()
	return st.vm.ToValue(wc.id)
}

func wsHandshake(wc *wsConn, r *request, protocols string) (proto, exts string, err error) {
	var keyBytes [16]byte
	rand.Read(keyBytes[:])
	key := base64.StdEncoding.EncodeToString(keyBytes[:])
	var b strings.Builder
	b.WriteString("GET " + r.target + " HTTP/1.1\r\nhost: " + r.hostHdr + "\r\n")
	b.WriteString("connection: upgrade\r\nupgrade: websocket\r\nsec-websocket-key: " + key + "\r\n")
	b.WriteString("sec-websocket-version: 13\r\n")
	if protocols != "" {
		b.WriteString("sec-websocket-protocol: " + protocols + "\r\n")
	}
	b.WriteString("sec-websocket-extensions: permessage-deflate; client_max_window_bits\r\n")
	b.WriteString("accept: */*\r\naccept-language: *\r\nsec-fetch-mode: websocket\r\nuser-agent: node\r\n")
	b.WriteString("pragma: no-cache\r\ncache-control: no-cache\r\naccept-encoding: gzip, deflate\r\n\r\n")
	if _, err := io.WriteString(wc.nc, b.String()); err != nil {
		return "", "", err
	}
	res, err := readHead(wc.br)
	if err != nil {
		return "", "", err
	}
	if res.status != 101 {
		return "", "", errors.New("Received network error or non-101 status code.")
	}
	get := func(name string) (string, bool) {
		for i := 0; i+1 < len(res.headers); i += 2 {
			if strings.EqualFold(res.headers[i], name) {
				return res.headers[i+1], true
			}
		}
		return "", false
	}
	if v, _ := get("upgrade"); !strings.EqualFold(v, "websocket") {
		return "", "", errors.New(`Server did not set Upgrade header to "websocket".`)
	}
	if v, _ := get("connection"); !strings.EqualFold(v, "upgrade") {
		return "", "", errors.New(`Server did not set Connection header to "upgrade".`)
	}
	sum := sha1.Sum([]byte(key + wsGUID))
	if v, _ := get("sec-websocket-accept"); v != base64.StdEncoding.EncodeToString(sum[:]) {
		return "", "", errors.New("Incorrect hash received in Sec-WebSocket-Accept header.")
	}
	exts, _ = get("sec-websocket-extensions")
	if exts != "" && !strings.HasPrefix(strings.TrimSpace(strings.ToLower(exts)), "permessage-deflate") {
		return "", "", errors.New("Received different permessage-deflate than the one set.")
	}
	proto, hasProto := get("sec-websocket-protocol")
	if hasProto {
		ok := false
		for _, p := range strings.Split(protocols, ",") {
			if strings.TrimSpace(p) == proto {
				ok = true
			}
		}
		if !ok {
			return "", "", errors.New("Protocol was not set in the opening handshake.")
		}
	} else if protocols != "" {
		return "", "", errors.New("Server did not respond with sent protocols.")
	}
	return proto, exts, nil
}

func (wc *wsConn) writer(loop interface{ Post(func()) }, st *wsState, emit func(...goja.Value)) {
	for b := range wc.out {
		ch := make(chan struct{})
		wc.wmu.Lock()
		wc.writing = ch
		wc.wmu.Unlock()
		_, err := wc.nc.Write(b.frame)
		if err == nil && b.data > 0 {
			n := b.data
			loop.Post(func() { emit(st.vm.ToValue("sent"), st.vm.ToValue(n)) })
		}
		wc.wmu.Lock()
		wc.writing = nil
		wc.wmu.Unlock()
		close(ch)
		if err != nil {
			for range wc.out {
			}
			return
		}
	}
}

// outFrame is an encoded frame and the message bytes it carries (for bufferedAmount).
type outFrame struct {
	frame []byte
	data  int
}

// queue hands a frame to the writer; false once the writer is gone.
func (wc *wsConn) queue(frame []byte) bool { return wc.queueData(frame, 0) }

func (wc *wsConn) queueData(frame []byte, data int) bool {
	b := outFrame{frame, data}
	wc.mu.Lock()
	defer wc.mu.Unlock()
	if wc.closed {
		return false
	}
	select {
	case wc.out <- b:
	default:
		go func() {
			wc.mu.Lock()
			defer wc.mu.Unlock()
			if !wc.closed {
				wc.out <- b
			}
		}()
	}
	return true
}

func (wc *wsConn) stopWriter() {
	wc.mu.Lock()
	defer wc.mu.Unlock()
	if !wc.closed {
		wc.closed = true
		close(wc.out)
	}
}

func closePayload(code int, reason string) []byte {
	if code < 0 {
		return nil
	}
	p := []byte{byte(code >> 8), byte(code)}
	return append(p, reason...)
}

// reader runs the receive side until the connection ends, then reports the close.
func (wc *wsConn) reader(loop interface{ Post(func()) }, st *wsState, emit func(...goja.Value)) {
	vm := st.vm
	str := func(s string) goja.Value { return vm.ToValue(s) }
	var msg []byte
	var msgOp byte
	var compressed bool
	closeCode, closeReason, gotClose := 1005, "", false
	fail := func(code int, why string) {
		wc.queue(encodeFrame(opClose, closePayload(code, ""), true))
		wc.stopWriter()
		wc.nc.Close()
		loop.Post(func() {
			emit(str("error"), str(why))
		})
	}
	var failed bool
	for {
		f, err := readFrame(wc.br, maxPayload)
		if err != nil {
			var pe *errProtocol
			if errors.As(err, &pe) {
				fail(1002, pe.msg)
				failed = true
			}
			break
		}
		if f.masked {
			fail(1002, "Received masked frame")
			failed = true
			break
		}
		if f.rsv != 0 && !(f.rsv == 4 && wc.inflate != nil && (f.opcode == opText || f.opcode == opBin)) {
			fail(1002, "RSV1, RSV2, RSV3 must be clear")
			failed = true
			break
		}
		switch f.opcode {
		case opPing:
			wc.queue(encodeFrame(opPong, f.payload, true))
			continue
		case opPong:
			continue
		case opClose:
			if len(f.payload) == 1 {
				fail(1002, "Received close frame with a 1-byte body.")
				failed = true
				break
			}
			if len(f.payload) >= 2 {
				closeCode = int(binary.BigEndian.Uint16(f.payload))
				closeReason = string(f.payload[2:])
				if !utf8.Valid(f.payload[2:]) {
					fail(1007, "Invalid UTF-8 in close reason")
					failed = true
					break
				}
			}
			gotClose = true
			code, reason := closeCode, closeReason
			done := make(chan bool, 1)
			loop.Post(func() {
				echo := !wc.sentClose
				wc.sentClose = true
				done <- echo
				emit(str("closing"), vm.ToValue(code), str(reason))
			})
			if <-done {
				// echo the close frame with the status code received
				var p []byte
				if code != 1005 {
					p = closePayload(code, "")
				}
				wc.queue(encodeFrame(opClose, p, true))
			}
			wc.stopWriter()
		case opText, opBin:
			if msgOp != 0 {
				fail(1002, "Expected continuation frame")
				failed = true
				break
			}
			msgOp = f.opcode
			compressed = f.rsv == 4
			msg = f.payload
		case opCont:
			if msgOp == 0 {
				fail(1002, "Unexpected continuation frame")
				failed = true
				break
			}
			if int64(len(msg))+int64(len(f.payload)) > maxPayload {
				fail(1009, "Payload size exceeds maximum allowed size")
				failed = true
				break
			}
			msg = append(msg, f.payload...)
		}
		if failed || gotClose {
			break
		}
		if msgOp != 0 && f.fin && f.opcode != opPing && f.opcode != opPong {
			data := msg
			if compressed {
				if data, err = wc.inflate.decode(msg); err != nil {
					fail(1007, err.Error())
					failed = true
					break
				}
			}
			isText := msgOp == opText
			if isText && !utf8.Valid(data) {
				fail(1007, "Received invalid UTF-8 in text frame.")
				failed = true
				break
			}
			msg, msgOp = nil, 0
			wc.awaitWriter()
			loop.Post(func() {
				emit(str("message"), vm.ToValue(isText), vm.ToValue(vm.NewArrayBuffer(data)))
			})
		}
	}
	if gotClose {
		// the server closes the TCP connection after the closing handshake; wait for it briefly
		// by reading to EOF, as undici ends its side and waits for the close
		io.Copy(io.Discard, wc.br)
	}
	wc.stopWriter()
	wc.nc.Close()
	loop.Post(func() {
		wasClean := gotClose && wc.sentClose
		code, reason := closeCode, closeReason
		if !gotClose || failed {
			code, reason = 1006, ""
			wasClean = false
		}
		delete(st.live, wc.id)
		st.h.Loop.Unref()
		emit(str("close"), vm.ToValue(code), str(reason), vm.ToValue(wasClean))
	})
}

func (st *wsState) conn(v goja.Value) *wsConn { return st.live[int(v.ToInteger())] }

// send(id, isText, data)
func (st *wsState) send(c goja.FunctionCall) goja.Value {
	wc := st.conn(c.Argument(0))
	if wc == nil || wc.sentClose {
		return goja.Undefined()
	}
	op := byte(opBin)
	if c.Argument(1).ToBoolean() {
		op = opText
	}
	data := buffer.Bytes(c.Argument(2))
	wc.queueData(encodeFrame(op, data, true), len(data))
	return goja.Undefined()
}

// close(id, code (-1 for none), reason): starts the closing handshake.
func (st *wsState) close(c goja.FunctionCall) goja.Value {
	wc := st.conn(c.Argument(0))
	if wc == nil || wc.sentClose {
		return goja.Undefined()
	}
	wc.sentClose = true
	code := int(c.Argument(1).ToInteger())
	wc.queue(encodeFrame(opClose, closePayload(code, c.Argument(2).String()), true))
	return goja.Undefined()
}

// destroy(id): drops the connection (closing while still connecting).
func (st *wsState) destroy(c goja.FunctionCall) goja.Value {
	if wc := st.conn(c.Argument(0)); wc != nil {
		wc.mu.Lock()
		wc.destroyed = true
		if wc.nc != nil {
			wc.nc.Close()
		}
		wc.mu.Unlock()
	}
	return goja.Undefined()
}

var _ = strconv.Itoa
