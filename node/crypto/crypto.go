// Package crypto serves node:crypto: digests, HMACs and randomness are computed in Go (the
// standard library and golang.org/x/crypto); the JS glue gives them Node's API and errors.
package crypto

import (
	crand "crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"hash"
	"strings"
	"unsafe"

	_ "embed"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/node/buffer"
)

//go:embed js/crypto.js
var cryptoJS string

//go:embed js/webcrypto.js
var webcryptoJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "crypto", Source: cryptoJS, Binding: binding},
		{ID: "internal/crypto/webcrypto", Source: webcryptoJS},
	}
}

// digester is the Go state behind one Hash or Hmac object.
type digester struct {
	alg    *algorithm
	h      hash.Hash
	outLen int // bytes digest() returns (an XOF's outputLength)
}

// Digest encodings Go produces directly; anything else comes back as bytes for the glue.
const (
	encBuffer = iota
	encHex
	encBase64
	encBase64URL
)

// dataBytes is the bytes of an update: a string is taken as UTF-8 (other encodings reach here
// already as Buffers), a view as its shared memory.
func dataBytes(v goja.Value) []byte {
	if o, ok := v.(*goja.Object); ok {
		return buffer.Bytes(o)
	}
	s := v.String()
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

func encodeDigest(vm *goja.Runtime, sum []byte, enc int64) goja.Value {
	switch enc {
	case encHex:
		return vm.ToValue(hex.EncodeToString(sum))
	case encBase64:
		return vm.ToValue(base64.StdEncoding.EncodeToString(sum))
	case encBase64URL:
		return vm.ToValue(base64.RawURLEncoding.EncodeToString(sum))
	}
	return vm.ToValue(vm.NewArrayBuffer(sum))
}

func (d *digester) sum() []byte {
	if s, ok := d.h.(*shakeHash); ok {
		return s.read(d.outLen)
	}
	return d.h.Sum(nil)
}

// Results of newHash other than a handle.
const (
	hashUnsupported = 0 // "Digest method not supported"
	hashBadLength   = 1 // outputLength on a fixed-size digest that differs from its size
	hashLegacy      = 2 // in OpenSSL's legacy provider, which Node does not load
)

func missing(vm *goja.Runtime, name string) goja.Value {
	if legacyNames[strings.ToLower(name)] {
		return vm.ToValue(hashLegacy)
	}
	return vm.ToValue(hashUnsupported)
}

func binding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	set := func(name string, fn host.Func) { _ = b.Set(name, fn) }
	// Handles show in util.inspect as Node's do (`Hash {}`): the glue gives their prototypes.
	var hashProto, hmacProto *goja.Object
	set("setHandleProtos", func(c goja.FunctionCall) goja.Value {
		hashProto, _ = c.Argument(0).(*goja.Object)
		hmacProto, _ = c.Argument(1).(*goja.Object)
		return goja.Undefined()
	})
	wrap := func(d *digester, proto *goja.Object) goja.Value {
		o := vm.ToValue(d).(*goja.Object)
		if proto != nil {
			_ = o.SetPrototype(proto)
		}
		return o
	}
	handle := func(v goja.Value) *digester {
		if o, ok := v.(*goja.Object); ok {
			if d, ok := o.Export().(*digester); ok {
				return d
			}
		}
		panic(vm.NewTypeError("invalid hash handle"))
	}
	// outLen reads an optional outputLength (-1: none given) against a's size.
	outLen := func(a *algorithm, v goja.Value) (int, bool) {
		n := int(v.ToInteger())
		if n < 0 {
			return a.size, true
		}
		if a.xof {
			return n, true
		}
		return a.size, n == a.size
	}

	// newHash(algorithm, outputLength) -> handle | hashUnsupported | hashBadLength
	set("newHash", func(c goja.FunctionCall) goja.Value {
		name := c.Argument(0).String()
		a := lookup(name)
		if a == nil {
			return missing(vm, name)
		}
		n, ok := outLen(a, c.Argument(1))
		if !ok {
			return vm.ToValue(hashBadLength)
		}
		return wrap(&digester{alg: a, h: a.make(), outLen: n}, hashProto)
	})
	// newHmac(algorithm, key) -> handle | hashUnsupported | hashBadLength (an XOF)
	set("newHmac", func(c goja.FunctionCall) goja.Value {
		name := c.Argument(0).String()
		a := lookup(name)
		if a == nil {
			return missing(vm, name)
		}
		if a.xof {
			return vm.ToValue(hashBadLength)
		}
		key := dataBytes(c.Argument(1))
		return wrap(&digester{alg: a, h: newHMAC(a, key), outLen: a.size}, hmacProto)
	})
	set("update", func(c goja.FunctionCall) goja.Value {
		d := handle(c.Argument(0))
		d.h.Write(dataBytes(c.Argument(1)))
		return goja.Undefined()
	})
	set("digest", func(c goja.FunctionCall) goja.Value {
		d := handle(c.Argument(0))
		return encodeDigest(vm, d.sum(), c.Argument(1).ToInteger())
	})
	// copy(handle, outputLength) -> handle | hashBadLength
	set("copy", func(c goja.FunctionCall) goja.Value {
		d := handle(c.Argument(0))
		n, ok := outLen(d.alg, c.Argument(1))
		if !ok {
			return vm.ToValue(hashBadLength)
		}
		hc, err := cloneHash(d.h)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return wrap(&digester{alg: d.alg, h: hc, outLen: n}, hashProto)
	})
	// oneShot(algorithm, data, encoding, outputLength) -> digest | hashUnsupported | hashBadLength
	set("oneShot", func(c goja.FunctionCall) goja.Value {
		a := lookup(c.Argument(0).String())
		if a == nil {
			return vm.ToValue(hashUnsupported)
		}
		n, ok := outLen(a, c.Argument(3))
		if !ok {
			return vm.ToValue(hashBadLength)
		}
		d := digester{alg: a, h: a.make(), outLen: n}
		d.h.Write(dataBytes(c.Argument(1)))
		return encodeDigest(vm, d.sum(), c.Argument(2).ToInteger())
	})
	set("hashNames", func(goja.FunctionCall) goja.Value {
		out := make([]any, len(hashNames))
		for i, n := range hashNames {
			out[i] = n
		}
		return vm.NewArray(out...)
	})
	set("hashInfo", func(c goja.FunctionCall) goja.Value {
		a := lookup(c.Argument(0).String())
		if a == nil {
			return goja.Undefined()
		}
		o := vm.NewObject()
		_ = o.Set("size", a.size)
		_ = o.Set("xof", a.xof)
		return o
	})
	set("randomUUID", func(goja.FunctionCall) goja.Value { return vm.ToValue(uuidV4()) })

	// randomFill(view, offset, size[, done]): fills now, or on a goroutine and then calls done
	// on the loop.
	set("randomFill", func(c goja.FunctionCall) goja.Value {
		mem := buffer.Bytes(c.Argument(0))
		off, n := int(c.Argument(1).ToInteger()), int(c.Argument(2).ToInteger())
		if off < 0 || n < 0 || off+n > len(mem) {
			panic(vm.NewTypeError("randomFill: range outside the buffer"))
		}
		dst := mem[off : off+n]
		done, ok := c.Argument(3).(*goja.Object)
		if !ok {
			fill(dst)
			return goja.Undefined()
		}
		l := h.Loop
		l.Ref()
		frame := h.AsyncFrame
		h.QueueWork(func() {
			fill(dst)
			l.Post(func() {
				l.Unref()
				h.MakeCallbackIn(frame, done, goja.Undefined())
			})
		})
		return goja.Undefined()
	})
	set("timingSafeEqual", func(c goja.FunctionCall) goja.Value {
		x, y := buffer.Bytes(c.Argument(0)), buffer.Bytes(c.Argument(1))
		return vm.ToValue(subtle.ConstantTimeCompare(x, y) == 1)
	})
	return b
}

// uuidV4 is a random (version 4, variant 1) UUID in its canonical text form.
func uuidV4() string {
	var u [16]byte
	fill(u[:])
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	var out [36]byte
	hex.Encode(out[0:8], u[0:4])
	out[8] = '-'
	hex.Encode(out[9:13], u[4:6])
	out[13] = '-'
	hex.Encode(out[14:18], u[6:8])
	out[18] = '-'
	hex.Encode(out[19:23], u[8:10])
	out[23] = '-'
	hex.Encode(out[24:], u[10:])
	return string(out[:])
}

// fill reads the system's CSPRNG; crypto/rand.Read never fails on supported systems.
func fill(p []byte) {
	_, _ = crand.Read(p)
}
