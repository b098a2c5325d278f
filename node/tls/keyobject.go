package tls

import (
	"crypto"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"math/big"
	"strings"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/node/buffer"
)

// The Go side of crypto's asymmetric KeyObjects (createPublicKey, createPrivateKey,
// X509Certificate.publicKey). A public key crosses into JS as its SPKI DER, a private key as its
// PKCS#8 DER; each call parses them again.

var errInterrupted = osslErr("07880109", "common libcrypto routines", "interrupted or cancelled")

// parsePublicInput reads a public key from PEM (a public key, an RSA public key, a certificate or
// a private key) or DER of the given type.
func parsePublicInput(data []byte, format, typ string, pass []byte) (crypto.PublicKey, error) {
	if format == "der" {
		var k any
		var err error
		switch typ {
		case "pkcs1":
			k, err = x509.ParsePKCS1PublicKey(data)
		default:
			k, err = x509.ParsePKIXPublicKey(data)
		}
		if err != nil {
			return nil, errDecoderUnsupp
		}
		return k, nil
	}
	rest := data
	for {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			return nil, errDecoderUnsupp
		}
		switch {
		case b.Type == "PUBLIC KEY":
			k, err := x509.ParsePKIXPublicKey(b.Bytes)
			if err != nil {
				return nil, errDecoderUnsupp
			}
			return k, nil
		case b.Type == "RSA PUBLIC KEY":
			k, err := x509.ParsePKCS1PublicKey(b.Bytes)
			if err != nil {
				return nil, errDecoderUnsupp
			}
			return k, nil
		case b.Type == "CERTIFICATE":
			c, err := x509.ParseCertificate(b.Bytes)
			if err != nil {
				return nil, errDecoderUnsupp
			}
			return c.PublicKey, nil
		case strings.HasSuffix(b.Type, "PRIVATE KEY"):
			k, err := parsePrivateInput(pem.EncodeToMemory(b), "pem", "", pass)
			if err != nil {
				return nil, err
			}
			return k.Public(), nil
		}
	}
}

// parsePrivateInput reads a private key from PEM (PKCS#8, PKCS#1, SEC1, encrypted with pass) or
// DER of the given type.
func parsePrivateInput(data []byte, format, typ string, pass []byte) (crypto.Signer, error) {
	if format == "der" {
		var k any
		var err error
		switch typ {
		case "pkcs1":
			k, err = x509.ParsePKCS1PrivateKey(data)
		case "sec1":
			k, err = x509.ParseECPrivateKey(data)
		default:
			k, err = x509.ParsePKCS8PrivateKey(data)
		}
		if err != nil {
			return nil, errDecoderUnsupp
		}
		if s, ok := k.(crypto.Signer); ok {
			return s, nil
		}
		return nil, errUnsupportedKey
	}
	if pass == nil {
		if b, _ := pem.Decode(data); b != nil && (b.Type == "ENCRYPTED PRIVATE KEY" || x509.IsEncryptedPEMBlock(b)) { //nolint:staticcheck // legacy keys still exist
			return nil, errInterrupted
		}
	}
	return parsePrivateKey(data, pass)
}

// keyFacts are asymmetricKeyType and asymmetricKeyDetails.
func (b *binding) keyFacts(k any) goja.Value {
	vm := b.vm
	o := vm.NewObject()
	details := vm.NewObject()
	switch k := k.(type) {
	case *rsa.PublicKey:
		_ = o.Set("type", "rsa")
		_ = details.Set("modulusLength", k.N.BitLen())
		_ = details.Set("publicExponent", vm.ToValue(big.NewInt(int64(k.E))))
	case *ecdsa.PublicKey:
		_ = o.Set("type", "ec")
		_ = details.Set("namedCurve", curveName(k.Curve))
	case ed25519.PublicKey:
		_ = o.Set("type", "ed25519")
	case *ecdh.PublicKey:
		_ = o.Set("type", "x25519")
	default:
		return goja.Undefined()
	}
	_ = o.Set("details", details)
	return o
}

func curveName(c elliptic.Curve) string {
	switch c {
	case elliptic.P224():
		return "secp224r1"
	case elliptic.P256():
		return "prime256v1"
	case elliptic.P384():
		return "secp384r1"
	case elliptic.P521():
		return "secp521r1"
	}
	return c.Params().Name
}

func jwkCurve(c elliptic.Curve) string {
	switch c {
	case elliptic.P256():
		return "P-256"
	case elliptic.P384():
		return "P-384"
	case elliptic.P521():
		return "P-521"
	}
	return ""
}

func b64u(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

func padded(n *big.Int, size int) []byte { return n.FillBytes(make([]byte, size)) }

// jwk is the key as a JSON Web Key in Node's property order.
func (b *binding) jwk(pub crypto.PublicKey, priv crypto.Signer) (goja.Value, error) {
	vm := b.vm
	o := vm.NewObject()
	switch k := pub.(type) {
	case *rsa.PublicKey:
		_ = o.Set("kty", "RSA")
		_ = o.Set("n", b64u(k.N.Bytes()))
		_ = o.Set("e", b64u(big.NewInt(int64(k.E)).Bytes()))
		if p, ok := priv.(*rsa.PrivateKey); ok {
			p.Precompute()
			_ = o.Set("d", b64u(p.D.Bytes()))
			_ = o.Set("p", b64u(p.Primes[0].Bytes()))
			_ = o.Set("q", b64u(p.Primes[1].Bytes()))
			_ = o.Set("dp", b64u(p.Precomputed.Dp.Bytes()))
			_ = o.Set("dq", b64u(p.Precomputed.Dq.Bytes()))
			_ = o.Set("qi", b64u(p.Precomputed.Qinv.Bytes()))
		}
	case *ecdsa.PublicKey:
		crv := jwkCurve(k.Curve)
		if crv == "" {
			return nil, errUnsupportedKey
		}
		size := (k.Curve.Params().BitSize + 7) / 8
		_ = o.Set("kty", "EC")
		_ = o.Set("x", b64u(padded(k.X, size)))
		_ = o.Set("y", b64u(padded(k.Y, size)))
		_ = o.Set("crv", crv)
		if p, ok := priv.(*ecdsa.PrivateKey); ok {
			_ = o.Set("d", b64u(padded(p.D, size)))
		}
	case ed25519.PublicKey:
		_ = o.Set("crv", "Ed25519")
		if p, ok := priv.(ed25519.PrivateKey); ok {
			_ = o.Set("d", b64u(p.Seed()))
		}
		_ = o.Set("x", b64u(k))
		_ = o.Set("kty", "OKP")
	default:
		return nil, errUnsupportedKey
	}
	return o, nil
}

// keyMethods adds the KeyObject natives to the binding. Results that can fail are an object
// with error (the description JS throws) or value.
func (b *binding) keyMethods(obj *goja.Object) {
	vm := b.vm
	fail := func(err error) goja.Value {
		o := vm.NewObject()
		_ = o.Set("error", b.result(err))
		return o
	}
	ok := func(v goja.Value) goja.Value {
		o := vm.NewObject()
		_ = o.Set("value", v)
		return o
	}
	passOf := func(v goja.Value) []byte {
		if goja.IsUndefined(v) || goja.IsNull(v) {
			return nil
		}
		if s, isStr := v.Export().(string); isStr {
			return []byte(s)
		}
		return buffer.Bytes(v)
	}
	// keyParsePublic(data, format, type, passphrase) -> { value: SPKI DER } | { error }
	_ = obj.Set("keyParsePublic", func(c goja.FunctionCall) goja.Value {
		k, err := parsePublicInput(buffer.Bytes(c.Argument(0)), c.Argument(1).String(), c.Argument(2).String(), passOf(c.Argument(3)))
		if err != nil {
			return fail(err)
		}
		der, err := x509.MarshalPKIXPublicKey(k)
		if err != nil {
			return fail(errUnsupportedKey)
		}
		return ok(b.newBuffer(der))
	})
	// keyParsePrivate(data, format, type, passphrase) -> { value: PKCS#8 DER } | { error }
	_ = obj.Set("keyParsePrivate", func(c goja.FunctionCall) goja.Value {
		k, err := parsePrivateInput(buffer.Bytes(c.Argument(0)), c.Argument(1).String(), c.Argument(2).String(), passOf(c.Argument(3)))
		if err != nil {
			return fail(err)
		}
		der, err := x509.MarshalPKCS8PrivateKey(k)
		if err != nil {
			return fail(errUnsupportedKey)
		}
		return ok(b.newBuffer(der))
	})
	pubOf := func(kind string, der []byte) (crypto.PublicKey, crypto.Signer) {
		if kind == "private" {
			k, err := x509.ParsePKCS8PrivateKey(der)
			if err != nil {
				panic(vm.NewTypeError("invalid key"))
			}
			s := k.(crypto.Signer)
			return s.Public(), s
		}
		k, err := x509.ParsePKIXPublicKey(der)
		if err != nil {
			panic(vm.NewTypeError("invalid key"))
		}
		return k, nil
	}
	// keyFacts(kind, der) -> { type, details } | undefined
	_ = obj.Set("keyFacts", func(c goja.FunctionCall) goja.Value {
		pub, _ := pubOf(c.Argument(0).String(), buffer.Bytes(c.Argument(1)))
		return b.keyFacts(pub)
	})
	// keyPublicOf(pkcs8DER) -> SPKI DER
	_ = obj.Set("keyPublicOf", func(c goja.FunctionCall) goja.Value {
		pub, _ := pubOf("private", buffer.Bytes(c.Argument(0)))
		der, _ := x509.MarshalPKIXPublicKey(pub)
		return b.newBuffer(der)
	})
	// keyExport(kind, der, format, type) -> { value: string | Buffer | JWK } | { error }
	_ = obj.Set("keyExport", func(c goja.FunctionCall) goja.Value {
		kind, der, format, typ := c.Argument(0).String(), buffer.Bytes(c.Argument(1)), c.Argument(2).String(), c.Argument(3).String()
		pub, priv := pubOf(kind, der)
		if format == "jwk" {
			v, err := b.jwk(pub, priv)
			if err != nil {
				return fail(err)
			}
			return ok(v)
		}
		var out []byte
		var pemType string
		switch {
		case kind == "public" && typ == "spki":
			out, pemType = der, "PUBLIC KEY"
		case kind == "public" && typ == "pkcs1":
			out, pemType = x509.MarshalPKCS1PublicKey(pub.(*rsa.PublicKey)), "RSA PUBLIC KEY"
		case typ == "pkcs8":
			out, pemType = der, "PRIVATE KEY"
		case typ == "pkcs1":
			out, pemType = x509.MarshalPKCS1PrivateKey(priv.(*rsa.PrivateKey)), "RSA PRIVATE KEY"
		case typ == "sec1":
			var err error
			out, err = x509.MarshalECPrivateKey(priv.(*ecdsa.PrivateKey))
			if err != nil {
				return fail(errUnsupportedKey)
			}
			pemType = "EC PRIVATE KEY"
		}
		if format == "pem" {
			return ok(vm.ToValue(string(pem.EncodeToMemory(&pem.Block{Type: pemType, Bytes: out}))))
		}
		return ok(b.newBuffer(append([]byte(nil), out...)))
	})
}
