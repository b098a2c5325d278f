package tls

import (
	"crypto/tls"
	"crypto/x509"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
	"github.com/gnode-dev/gnode/node/buffer"
)

// binding is internalBinding('internal/tls_wrap') of one runtime.
type binding struct {
	h           *host.Host
	vm          *goja.Runtime
	contexts    map[*goja.Object]*secureContext
	wraps       map[*goja.Object]*tlsWrap
	wrapProto   *goja.Object
	bufferProto *goja.Object
	u8Ctor      goja.Value
}

func (b *binding) newBuffer(data []byte) goja.Value {
	o, err := b.vm.New(b.u8Ctor, b.vm.ToValue(b.vm.NewArrayBuffer(data)))
	if err != nil {
		panic(err)
	}
	if b.bufferProto != nil {
		o.SetPrototype(b.bufferProto)
	}
	return o
}

// sslErrorValue is the plain description JS turns into Node's error object.
func (b *binding) sslErrorValue(e *sslError) goja.Value {
	o := b.vm.NewObject()
	_ = o.Set("message", e.Error())
	_ = o.Set("code", e.code)
	_ = o.Set("library", e.library)
	_ = o.Set("reason", e.reason)
	return o
}

func (b *binding) failure(f handshakeFailure) goja.Value {
	if f.ssl != nil {
		return b.sslErrorValue(f.ssl)
	}
	o := b.vm.NewObject()
	_ = o.Set("errno", f.errno)
	return o
}

// result is undefined on success, or the error description JS throws.
func (b *binding) result(err error) goja.Value {
	if err == nil {
		return goja.Undefined()
	}
	if se, ok := err.(*sslError); ok {
		return b.sslErrorValue(se)
	}
	return b.sslErrorValue(osslErr("1E08010C", "DECODER routines", "unsupported"))
}

func (b *binding) ctxOf(v goja.Value) *secureContext {
	if o, ok := v.(*goja.Object); ok {
		return b.contexts[o]
	}
	return nil
}

func (b *binding) wrapOf(c goja.FunctionCall) *tlsWrap {
	if o, ok := c.This.(*goja.Object); ok {
		if w := b.wraps[o]; w != nil {
			return w
		}
	}
	panic(b.vm.NewTypeError("Illegal invocation"))
}

func newBinding(h *host.Host) *goja.Object {
	vm := h.VM
	b := &binding{h: h, vm: vm, contexts: map[*goja.Object]*secureContext{}, wraps: map[*goja.Object]*tlsWrap{}}
	b.u8Ctor = vm.Get("Uint8Array")
	obj := vm.NewObject()
	_ = obj.Set("setBufferPrototype", func(c goja.FunctionCall) goja.Value {
		b.bufferProto, _ = c.Argument(0).(*goja.Object)
		return goja.Undefined()
	})
	_ = obj.Set("SecureContext", b.secureContextCtor())
	b.wrapProto = vm.NewObject()
	b.wrapMethods(b.wrapProto)
	_ = obj.Set("TLSWrap", b.wrapProto)
	// wrap(parentHandle | null, context, isServer): a TLS handle over a gnode socket handle, or
	// over a JS stream when parent is null
	_ = obj.Set("wrap", func(c goja.FunctionCall) goja.Value {
		ctx := b.ctxOf(c.Argument(1))
		if ctx == nil {
			panic(vm.NewTypeError("invalid SecureContext"))
		}
		o := vm.NewObject()
		o.SetPrototype(b.wrapProto)
		w := &tlsWrap{b: b, obj: o, frame: h.AsyncFrame, ctx: ctx, isServer: c.Argument(2).ToBoolean(), refed: true}
		w.cond = newCond(&w.mu)
		if p, ok := c.Argument(0).(*goja.Object); ok {
			w.parent = p
		} else {
			w.js = newJSConn(h.Loop)
			w.js.onWrite = func(data []byte) {
				if !w.closed {
					w.call("onjswrite", b.newBuffer(data))
				}
			}
			w.js.onShutdown = func() {
				if !w.closed {
					w.call("onjsshutdown")
				}
			}
		}
		b.wraps[o] = w
		return o
	})
	// setDefaultCACertificates(pems[]) -> number kept
	_ = obj.Set("setDefaultCACertificates", func(c goja.FunctionCall) goja.Value {
		var pems []string
		if arr, ok := c.Argument(0).(*goja.Object); ok {
			n := int(arr.Get("length").ToInteger())
			for i := 0; i < n; i++ {
				pems = append(pems, arr.Get(strconv.Itoa(i)).String())
			}
		}
		return vm.ToValue(setDefaultCAs(pems))
	})
	_ = obj.Set("getDefaultCACertificates", func(goja.FunctionCall) goja.Value {
		pems := defaultCAs()
		out := make([]any, len(pems))
		for i, p := range pems {
			out[i] = p
		}
		return vm.NewArray(out...)
	})
	// certFromDER(bytes): the certificate object getPeerCertificate() gives, for the checks
	// fetch runs in JS
	_ = obj.Set("certFromDER", func(c goja.FunctionCall) goja.Value {
		cert, err := x509.ParseCertificate(buffer.Bytes(c.Argument(0)))
		if err != nil {
			return goja.Undefined()
		}
		return b.certObject(describeCert(cert))
	})
	b.x509Methods(obj)
	b.keyMethods(obj)
	_ = obj.Set("getRootCertificates", func(goja.FunctionCall) goja.Value {
		pems := defaultRootPEMs()
		out := make([]any, len(pems))
		for i, p := range pems {
			out[i] = p
		}
		return vm.NewArray(out...)
	})
	return obj
}

func (b *binding) secureContextCtor() *goja.Object {
	vm := b.vm
	ctor := vm.ToValue(func(c goja.ConstructorCall) *goja.Object {
		b.contexts[c.This] = &secureContext{minVer: tls.VersionTLS12, maxVer: tls.VersionTLS13}
		return nil
	}).(*goja.Object)
	_ = ctor.DefineDataProperty("name", vm.ToValue("SecureContext"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	proto := ctor.Get("prototype").(*goja.Object)
	this := func(c goja.FunctionCall) *secureContext {
		if sc := b.ctxOf(c.This); sc != nil {
			return sc
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	bytesOf := func(v goja.Value) []byte {
		if bb := buffer.Bytes(v); bb != nil {
			return bb
		}
		return []byte(v.String())
	}
	set := func(name string, fn host.Func) { _ = proto.Set(name, fn) }
	// init(minVersion, maxVersion) with names as Node's ("TLSv1.2")
	set("init", func(c goja.FunctionCall) goja.Value {
		sc := this(c)
		if v, ok := versionNames[c.Argument(0).String()]; ok {
			sc.minVer = v
		}
		if v, ok := versionNames[c.Argument(1).String()]; ok {
			sc.maxVer = v
		}
		return goja.Undefined()
	})
	set("setMinProto", func(c goja.FunctionCall) goja.Value {
		if v, ok := versionNames[c.Argument(0).String()]; ok {
			this(c).minVer = v
		}
		return goja.Undefined()
	})
	set("setMaxProto", func(c goja.FunctionCall) goja.Value {
		if v, ok := versionNames[c.Argument(0).String()]; ok {
			this(c).maxVer = v
		}
		return goja.Undefined()
	})
	set("getMinProto", func(c goja.FunctionCall) goja.Value { return vm.ToValue(versionName(this(c).minVer)) })
	set("getMaxProto", func(c goja.FunctionCall) goja.Value { return vm.ToValue(versionName(this(c).maxVer)) })
	set("setKey", func(c goja.FunctionCall) goja.Value {
		sc := this(c)
		var pass []byte
		if !goja.IsUndefined(c.Argument(1)) && !goja.IsNull(c.Argument(1)) {
			pass = bytesOf(c.Argument(1))
		}
		k, err := parsePrivateKey(bytesOf(c.Argument(0)), pass)
		if err != nil {
			return b.result(err)
		}
		sc.keys = append(sc.keys, k)
		return b.checkPairs(sc)
	})
	set("setCert", func(c goja.FunctionCall) goja.Value {
		sc := this(c)
		certs, err := parseCerts(bytesOf(c.Argument(0)))
		if err != nil {
			return b.result(err)
		}
		sc.chains = append(sc.chains, certs)
		return b.checkPairs(sc)
	})
	set("addCACert", func(c goja.FunctionCall) goja.Value {
		this(c).addCA(bytesOf(c.Argument(0)))
		return goja.Undefined()
	})
	set("addRootCerts", func(c goja.FunctionCall) goja.Value { return goja.Undefined() })
	set("setCiphers", func(c goja.FunctionCall) goja.Value {
		suites, ok := suitesFor(c.Argument(0).String())
		if !ok {
			return b.result(errNoCipherMatch)
		}
		this(c).suites = suites
		return goja.Undefined()
	})
	set("setTicketKeys", func(c goja.FunctionCall) goja.Value {
		data := buffer.Bytes(c.Argument(0))
		sc := this(c)
		var k [32]byte
		copy(k[:], data)
		sc.ticketKs = [][32]byte{k}
		sc.mu.Lock()
		sc.servers = nil
		sc.mu.Unlock()
		return goja.Undefined()
	})
	set("getTicketKeys", func(c goja.FunctionCall) goja.Value {
		sc := this(c)
		if len(sc.ticketKs) == 0 {
			sc.ticketKs = [][32]byte{randomKey()}
		}
		out := make([]byte, 48)
		copy(out, sc.ticketKs[0][:])
		return b.newBuffer(out)
	})
	set("getCertificate", func(c goja.FunctionCall) goja.Value {
		sc := this(c)
		if len(sc.chains) == 0 {
			return goja.Null()
		}
		return b.newBuffer(sc.chains[0][0].Raw)
	})
	set("getIssuer", func(c goja.FunctionCall) goja.Value {
		sc := this(c)
		if len(sc.chains) == 0 || len(sc.chains[0]) < 2 {
			return goja.Null()
		}
		return b.newBuffer(sc.chains[0][1].Raw)
	})
	for _, name := range []string{"setSessionIdContext", "setSessionTimeout", "setOptions", "setECDHCurve",
		"setSigalgs", "setDHParam", "setCipherSuites", "setAllowPartialTrustChain", "addCRL", "close",
		"enableTicketKeyCallback", "setCertificateCompression"} {
		set(name, func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	}
	return ctor
}

// checkPairs reports OpenSSL's "key values mismatch" once both a key and a certificate are set
// and no key matches the newest certificate.
func (b *binding) checkPairs(sc *secureContext) goja.Value {
	if len(sc.keys) == 0 || len(sc.chains) == 0 {
		return goja.Undefined()
	}
	leaf := sc.chains[len(sc.chains)-1][0]
	for _, k := range sc.keys {
		if publicKeysEqual(leaf.PublicKey, k.Public()) {
			return goja.Undefined()
		}
	}
	k := sc.keys[len(sc.keys)-1]
	for _, ch := range sc.chains {
		if publicKeysEqual(ch[0].PublicKey, k.Public()) {
			return goja.Undefined()
		}
	}
	return b.result(errKeyMismatch)
}

// stringBytes encodes a JS string as a stream handle's write*String does.
func stringBytes(v goja.Value, enc string) []byte {
	s := v.String()
	switch enc {
	case "latin1", "ascii":
		u := utf16.Encode([]rune(s))
		out := make([]byte, len(u))
		for i, r := range u {
			out[i] = byte(r)
		}
		return out
	case "ucs2":
		u := utf16.Encode([]rune(s))
		out := make([]byte, 2*len(u))
		for i, r := range u {
			out[2*i], out[2*i+1] = byte(r), byte(r>>8)
		}
		return out
	}
	return []byte(s)
}

func normEnc(e string) string {
	switch e {
	case "latin1", "binary":
		return "latin1"
	case "ascii":
		return "ascii"
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return "ucs2"
	}
	return "utf8"
}

func (b *binding) wrapMethods(p *goja.Object) {
	vm := b.vm
	set := func(name string, fn host.Func) { _ = p.Set(name, fn) }
	errno := func(err error) goja.Value {
		if err == nil {
			return vm.ToValue(0)
		}
		return vm.ToValue(nodeerr.FromGo(err, "").Errno)
	}
	undef := goja.Undefined()

	set("start", func(c goja.FunctionCall) goja.Value { b.wrapOf(c).start(); return undef })
	set("setALPNProtocols", func(c goja.FunctionCall) goja.Value {
		w := b.wrapOf(c)
		w.alpn = nil
		if o, ok := c.Argument(0).(*goja.Object); ok {
			n := int(o.Get("length").ToInteger())
			for i := 0; i < n; i++ {
				w.alpn = append(w.alpn, o.Get(strconv.Itoa(i)).String())
			}
		}
		return undef
	})
	set("setServername", func(c goja.FunctionCall) goja.Value { b.wrapOf(c).servername = c.Argument(0).String(); return undef })
	set("setVerifyMode", func(c goja.FunctionCall) goja.Value {
		w := b.wrapOf(c)
		w.requestCert, w.rejectUnauthorized = c.Argument(0).ToBoolean(), c.Argument(1).ToBoolean()
		return undef
	})
	set("enableSNI", func(c goja.FunctionCall) goja.Value { b.wrapOf(c).sni = true; return undef })
	set("enableKeylog", func(c goja.FunctionCall) goja.Value { b.wrapOf(c).keylog = true; return undef })
	// sniDone(context | null, failed)
	set("sniDone", func(c goja.FunctionCall) goja.Value {
		w := b.wrapOf(c)
		if w.sniReply != nil {
			w.sniReply <- sniAnswer{ctx: b.ctxOf(c.Argument(0)), err: c.Argument(1).ToBoolean()}
			w.sniReply = nil
		}
		return undef
	})
	set("verifyDone", func(c goja.FunctionCall) goja.Value {
		w := b.wrapOf(c)
		if w.verifyReply != nil {
			w.verifyReply <- c.Argument(0).ToBoolean() && !w.closed
			w.verifyReply = nil
		}
		return undef
	})
	set("setSession", func(c goja.FunctionCall) goja.Value {
		w := b.wrapOf(c)
		w.session = decodeSession(buffer.Bytes(c.Argument(0)))
		return vm.ToValue(w.session != nil)
	})
	set("getSession", func(c goja.FunctionCall) goja.Value {
		w := b.wrapOf(c)
		if w.lastSession == nil {
			if w.session != nil && w.state.DidResume {
				if data := encodeSession(w.session); data != nil {
					return b.newBuffer(data)
				}
			}
			return undef
		}
		return b.newBuffer(w.lastSession)
	})
	set("isSessionReused", func(c goja.FunctionCall) goja.Value { return vm.ToValue(b.wrapOf(c).state.DidResume) })
	set("getProtocol", func(c goja.FunctionCall) goja.Value {
		w := b.wrapOf(c)
		if !w.handshook {
			// before the handshake OpenSSL reports the highest version the context allows
			return vm.ToValue(versionName(w.ctx.maxVer))
		}
		return vm.ToValue(versionName(w.state.Version))
	})
	set("getCipher", func(c goja.FunctionCall) goja.Value {
		w := b.wrapOf(c)
		if !w.handshook {
			return undef
		}
		o := vm.NewObject()
		names, ok := openSSLCipherNames[w.state.CipherSuite]
		if !ok {
			names = [2]string{tls.CipherSuiteName(w.state.CipherSuite), tls.CipherSuiteName(w.state.CipherSuite)}
		}
		_ = o.Set("name", names[0])
		_ = o.Set("standardName", names[1])
		// the version that introduced the suite, as OpenSSL reports it
		ver := "TLSv1.2"
		switch {
		case w.state.Version == tls.VersionTLS13:
			ver = "TLSv1.3"
		case strings.HasSuffix(names[1], "_CBC_SHA"):
			ver = "TLSv1.0"
		}
		_ = o.Set("version", ver)
		return o
	})
	set("getServername", func(c goja.FunctionCall) goja.Value {
		w := b.wrapOf(c)
		if w.isServer {
			if w.state.ServerName == "" {
				return vm.ToValue(false)
			}
			return vm.ToValue(w.state.ServerName)
		}
		if w.servername == "" {
			return vm.ToValue(false)
		}
		return vm.ToValue(w.servername)
	})
	set("getALPNNegotiatedProtocol", func(c goja.FunctionCall) goja.Value {
		w := b.wrapOf(c)
		if w.state.NegotiatedProtocol == "" {
			return vm.ToValue(false)
		}
		return vm.ToValue(w.state.NegotiatedProtocol)
	})
	set("verifyError", func(c goja.FunctionCall) goja.Value {
		e := b.wrapOf(c).verify()
		if e == nil {
			return goja.Null()
		}
		o := vm.NewObject()
		_ = o.Set("message", e.text())
		_ = o.Set("code", e.code)
		return o
	})
	set("getPeerCertificate", func(c goja.FunctionCall) goja.Value {
		w := b.wrapOf(c)
		w.verify()
		peer := w.state.PeerCertificates
		if len(peer) == 0 {
			return undef
		}
		if !c.Argument(0).ToBoolean() {
			return b.certObject(describeCert(peer[0]))
		}
		chain := peer
		if w.chain != nil {
			chain = w.chain
		}
		return b.certChain(chain)
	})
	set("getCertificate", func(c goja.FunctionCall) goja.Value {
		w := b.wrapOf(c)
		var leaf = w.localLeaf()
		if leaf == nil {
			return undef
		}
		return b.certObject(describeCert(leaf))
	})
	// getPeerX509Chain() -> the DER certificates the peer presented, leaf first (Node links an
	// X509Certificate's issuerCertificate through them)
	set("getPeerX509Chain", func(c goja.FunctionCall) goja.Value {
		w := b.wrapOf(c)
		w.verify()
		peer := w.state.PeerCertificates
		if len(peer) == 0 {
			return undef
		}
		out := make([]any, len(peer))
		for i, crt := range peer {
			out[i] = b.newBuffer(crt.Raw)
		}
		return vm.NewArray(out...)
	})
	set("getX509Certificate", func(c goja.FunctionCall) goja.Value {
		leaf := b.wrapOf(c).localLeaf()
		if leaf == nil {
			return undef
		}
		return b.newBuffer(leaf.Raw)
	})
	set("exportKeyingMaterial", func(c goja.FunctionCall) goja.Value {
		w := b.wrapOf(c)
		var ctxBytes []byte
		if !goja.IsUndefined(c.Argument(2)) {
			ctxBytes = buffer.Bytes(c.Argument(2))
		}
		out, err := w.state.ExportKeyingMaterial(c.Argument(1).String(), ctxBytes, int(c.Argument(0).ToInteger()))
		if err != nil {
			return undef
		}
		return b.newBuffer(out)
	})
	// feed(buffer) / feedEnd(): encrypted bytes from a JS transport. The transport's last
	// events may come after the TLS socket closed its handle (a JS Duplex emits 'close' on a
	// later tick): they are dropped, as a closed TLSWrap drops them.
	openWrap := func(c goja.FunctionCall) *tlsWrap {
		if o, ok := c.This.(*goja.Object); ok {
			return b.wraps[o]
		}
		return nil
	}
	set("feed", func(c goja.FunctionCall) goja.Value {
		w := openWrap(c)
		if w != nil && w.js != nil {
			w.js.Feed(append([]byte(nil), buffer.Bytes(c.Argument(0))...), false)
		}
		return undef
	})
	set("feedEnd", func(c goja.FunctionCall) goja.Value {
		w := openWrap(c)
		if w != nil && w.js != nil {
			w.js.Feed(nil, true)
		}
		return undef
	})

	// the stream handle interface node:net drives
	set("readStart", func(c goja.FunctionCall) goja.Value { b.wrapOf(c).readStart(); return vm.ToValue(0) })
	set("readStop", func(c goja.FunctionCall) goja.Value { b.wrapOf(c).readStop(); return vm.ToValue(0) })
	write := func(c goja.FunctionCall, data []byte) goja.Value {
		w := b.wrapOf(c)
		req := c.Argument(0).ToObject(vm)
		_ = req.Set("bytes", len(data))
		_ = req.Set("async", true)
		err := w.write(data, func(err error) {
			fn := req.Get("oncomplete")
			if fn == nil || goja.IsUndefined(fn) {
				return
			}
			b.h.MakeCallbackIn(w.frame, fn, req, errno(err), w.obj, undef)
		})
		if err != nil {
			_ = req.Set("async", false)
		}
		return errno(err)
	}
	set("writeBuffer", func(c goja.FunctionCall) goja.Value {
		return write(c, append([]byte(nil), buffer.Bytes(c.Argument(1))...))
	})
	for enc, name := range map[string]string{"utf8": "writeUtf8String", "latin1": "writeLatin1String", "ascii": "writeAsciiString", "ucs2": "writeUcs2String"} {
		enc := enc
		set(name, func(c goja.FunctionCall) goja.Value { return write(c, stringBytes(c.Argument(1), enc)) })
	}
	set("writev", func(c goja.FunctionCall) goja.Value {
		chunks := c.Argument(1).ToObject(vm)
		all := c.Argument(2).ToBoolean()
		n := int(chunks.Get("length").ToInteger())
		var data []byte
		if all {
			for i := 0; i < n; i++ {
				data = append(data, buffer.Bytes(chunks.Get(strconv.Itoa(i)))...)
			}
		} else {
			for i := 0; i+1 < n; i += 2 {
				v := chunks.Get(strconv.Itoa(i))
				if bb := buffer.Bytes(v); bb != nil {
					data = append(data, bb...)
				} else {
					data = append(data, stringBytes(v, normEnc(chunks.Get(strconv.Itoa(i+1)).String()))...)
				}
			}
		}
		return write(c, data)
	})
	set("shutdown", func(c goja.FunctionCall) goja.Value {
		w := b.wrapOf(c)
		req := c.Argument(0).ToObject(vm)
		return errno(w.shutdown(func(err error) {
			fn := req.Get("oncomplete")
			if fn != nil && !goja.IsUndefined(fn) {
				b.h.MakeCallbackIn(w.frame, fn, req, errno(err), w.obj, undef)
			}
		}))
	})
	set("close", func(c goja.FunctionCall) goja.Value {
		w := b.wrapOf(c)
		if w.closed {
			return undef
		}
		w.close()
		delete(b.wraps, w.obj)
		cb := c.Argument(0)
		if _, ok := goja.AssertFunction(cb); ok {
			b.h.Loop.OnClose(func() { b.h.MakeCallbackIn(w.frame, cb, w.obj) })
		}
		return undef
	})
	set("ref", func(c goja.FunctionCall) goja.Value { w := b.wrapOf(c); w.refed = true; w.sync(); return undef })
	set("unref", func(c goja.FunctionCall) goja.Value { w := b.wrapOf(c); w.refed = false; w.sync(); return undef })
	set("hasRef", func(c goja.FunctionCall) goja.Value { return vm.ToValue(b.wrapOf(c).refed) })
	set("getWriteQueueSize", func(c goja.FunctionCall) goja.Value { return vm.ToValue(b.wrapOf(c).writeQueueSize()) })
}
