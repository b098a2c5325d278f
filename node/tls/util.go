package tls

import (
	"crypto/rand"
	"crypto/x509"
	"sync"

	"github.com/dop251/goja"
)

func newCond(mu *sync.Mutex) *sync.Cond { return sync.NewCond(mu) }

func randomKey() [32]byte {
	var k [32]byte
	_, _ = rand.Read(k[:])
	return k
}

func (w *tlsWrap) localLeaf() *x509.Certificate {
	if w.handshook && w.isServer {
		certs, _ := w.ctx.certificates()
		if len(certs) > 0 {
			return certs[0].Leaf
		}
	}
	if len(w.ctx.chains) > 0 {
		return w.ctx.chains[0][0]
	}
	return nil
}

// certObject builds Node's certificate object.
func (b *binding) certObject(ci *certInfo) *goja.Object {
	vm := b.vm
	o := vm.NewObject()
	name := func(fields [][2]string) *goja.Object {
		n := vm.NewObject()
		n.SetPrototype(nil)
		for _, f := range fields {
			prev := n.Get(f[0])
			switch {
			case prev == nil:
				_ = n.Set(f[0], f[1])
			default:
				if arr, ok := prev.Export().([]any); ok {
					_ = n.Set(f[0], vm.NewArray(append(arr, f[1])...))
				} else {
					_ = n.Set(f[0], vm.NewArray(prev.Export(), f[1]))
				}
			}
		}
		return n
	}
	undef := goja.Undefined()
	_ = o.Set("subject", name(ci.subject))
	_ = o.Set("issuer", name(ci.issuer))
	if ci.hasSAN {
		_ = o.Set("subjectaltname", ci.subjectAltName)
	} else {
		_ = o.Set("subjectaltname", undef)
	}
	if len(ci.infoAccess) > 0 {
		ia := vm.NewObject()
		ia.SetPrototype(nil)
		for _, f := range ci.infoAccess {
			prev := ia.Get(f[0])
			if prev == nil {
				_ = ia.Set(f[0], vm.NewArray(f[1]))
			} else {
				_ = ia.Set(f[0], vm.NewArray(append(prev.Export().([]any), f[1])...))
			}
		}
		_ = o.Set("infoAccess", ia)
	} else {
		_ = o.Set("infoAccess", undef)
	}
	_ = o.Set("ca", ci.ca)
	if ci.modulus != "" {
		_ = o.Set("modulus", ci.modulus)
		_ = o.Set("exponent", ci.exponent)
	} else {
		_ = o.Set("modulus", undef)
		_ = o.Set("exponent", undef)
	}
	if ci.pubkey != nil {
		_ = o.Set("pubkey", b.newBuffer(ci.pubkey))
		_ = o.Set("bits", ci.bits)
	} else {
		_ = o.Set("pubkey", undef)
		_ = o.Set("bits", undef)
	}
	_ = o.Set("valid_from", ci.validFrom)
	_ = o.Set("valid_to", ci.validTo)
	_ = o.Set("fingerprint", ci.fingerprint)
	_ = o.Set("fingerprint256", ci.fingerprint256)
	_ = o.Set("fingerprint512", ci.fingerprint512)
	if ci.extKeyUsage != nil {
		arr := make([]any, len(ci.extKeyUsage))
		for i, s := range ci.extKeyUsage {
			arr[i] = s
		}
		_ = o.Set("ext_key_usage", vm.NewArray(arr...))
	} else {
		_ = o.Set("ext_key_usage", undef)
	}
	_ = o.Set("serialNumber", ci.serialNumber)
	_ = o.Set("raw", b.newBuffer(ci.raw))
	if ci.asn1Curve != "" {
		_ = o.Set("asn1Curve", ci.asn1Curve)
		_ = o.Set("nistCurve", ci.nistCurve)
	} else {
		_ = o.Set("asn1Curve", undef)
		_ = o.Set("nistCurve", undef)
	}
	return o
}

// certChain is getPeerCertificate(true): each certificate links its issuer; a self-signed top
// links itself, as in Node.
func (b *binding) certChain(chain []*x509.Certificate) *goja.Object {
	objs := make([]*goja.Object, len(chain))
	for i, c := range chain {
		objs[i] = b.certObject(describeCert(c))
	}
	for i := range objs {
		if i+1 < len(objs) {
			_ = objs[i].Set("issuerCertificate", objs[i+1])
		} else if isSelfSigned(chain[i]) {
			_ = objs[i].Set("issuerCertificate", objs[i])
		}
	}
	return objs[0]
}
