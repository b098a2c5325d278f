package tls

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"net/netip"
	"strings"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/node/buffer"
)

// The Go side of crypto.X509Certificate. A certificate crosses into JS as its DER bytes; each
// call parses them again (microseconds), so nothing here keeps state per certificate and the JS
// object owns its bytes.

// parseCertificateInput reads the first certificate of a PEM text, or DER bytes, as OpenSSL's
// PEM-then-DER reader in Node's X509Certificate constructor does.
func parseCertificateInput(data []byte) (*x509.Certificate, error) {
	rest := data
	for {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			break
		}
		if b.Type != "CERTIFICATE" && b.Type != "TRUSTED CERTIFICATE" && b.Type != "X509 CERTIFICATE" {
			continue
		}
		c, err := parseCertLenient(b.Bytes)
		if err != nil {
			return nil, osslErr("0680007B", "asn1 encoding routines", "header too long")
		}
		return c, nil
	}
	if len(data) > 0 && data[0] == 0x30 {
		if c, err := parseCertLenient(data); err == nil {
			return c, nil
		}
	}
	return nil, errNoStartLine
}

// signatureAlgorithmNames are OpenSSL's long names of the signature algorithms.
var signatureAlgorithmNames = map[string]string{
	"1.2.840.113549.1.1.2": "md2WithRSAEncryption", "1.2.840.113549.1.1.4": "md5WithRSAEncryption",
	"1.2.840.113549.1.1.5": "sha1WithRSAEncryption", "1.2.840.113549.1.1.10": "rsassaPss",
	"1.2.840.113549.1.1.11": "sha256WithRSAEncryption", "1.2.840.113549.1.1.12": "sha384WithRSAEncryption",
	"1.2.840.113549.1.1.13": "sha512WithRSAEncryption", "1.2.840.113549.1.1.14": "sha224WithRSAEncryption",
	"1.2.840.10045.4.1": "ecdsa-with-SHA1", "1.2.840.10045.4.3.1": "ecdsa-with-SHA224",
	"1.2.840.10045.4.3.2": "ecdsa-with-SHA256", "1.2.840.10045.4.3.3": "ecdsa-with-SHA384",
	"1.2.840.10045.4.3.4": "ecdsa-with-SHA512", "1.3.101.112": "ED25519", "1.3.101.113": "ED448",
	"1.2.840.10040.4.3": "dsaWithSHA1", "2.16.840.1.101.3.4.3.1": "dsa_with_SHA224",
	"2.16.840.1.101.3.4.3.2": "dsa_with_SHA256",
}

// signatureAlgorithmOID reads the outer signatureAlgorithm of a certificate.
func signatureAlgorithmOID(c *x509.Certificate) asn1.ObjectIdentifier {
	var outer struct {
		TBS    asn1.RawValue
		SigAlg algorithmIdentifier
		Sig    asn1.BitString
	}
	if _, err := asn1.Unmarshal(c.Raw, &outer); err != nil {
		return nil
	}
	return outer.SigAlg.Algorithm
}

// x509Info is every property of an X509Certificate, in one object (JS caches it).
func (b *binding) x509Info(c *x509.Certificate) *goja.Object {
	vm := b.vm
	o := vm.NewObject()
	undef := goja.Undefined()
	_ = o.Set("subject", nameText(c.RawSubject, true))
	_ = o.Set("issuer", nameText(c.RawIssuer, true))
	if san, ok := subjectAltNames(c); ok {
		_ = o.Set("subjectAltName", san)
	} else {
		_ = o.Set("subjectAltName", undef)
	}
	if ia, ok := infoAccessText(c); ok {
		_ = o.Set("infoAccess", ia)
	} else {
		_ = o.Set("infoAccess", undef)
	}
	_ = o.Set("validFrom", opensslTime(c.NotBefore))
	_ = o.Set("validTo", opensslTime(c.NotAfter))
	_ = o.Set("validFromMs", c.NotBefore.UnixMilli())
	_ = o.Set("validToMs", c.NotAfter.UnixMilli())
	s1 := sha1.Sum(c.Raw)
	s256 := sha256.Sum256(c.Raw)
	s512 := sha512.Sum512(c.Raw)
	_ = o.Set("fingerprint", colonHex(s1[:]))
	_ = o.Set("fingerprint256", colonHex(s256[:]))
	_ = o.Set("fingerprint512", colonHex(s512[:]))
	if findExtension(c, asn1.ObjectIdentifier{2, 5, 29, 37}) != nil {
		var usages []any
		for _, u := range c.ExtKeyUsage {
			if oid, ok := extKeyUsageOIDs[u]; ok {
				usages = append(usages, oid)
			}
		}
		for _, u := range c.UnknownExtKeyUsage {
			usages = append(usages, u.String())
		}
		_ = o.Set("keyUsage", vm.NewArray(usages...))
	} else {
		_ = o.Set("keyUsage", undef)
	}
	serial := strings.ToUpper(c.SerialNumber.Text(16))
	if len(serial)%2 == 1 {
		serial = "0" + serial
	}
	_ = o.Set("serialNumber", serial)
	if oid := signatureAlgorithmOID(c); oid != nil {
		if name, ok := signatureAlgorithmNames[oid.String()]; ok {
			_ = o.Set("signatureAlgorithm", name)
		} else {
			_ = o.Set("signatureAlgorithm", undef)
		}
		_ = o.Set("signatureAlgorithmOid", oid.String())
	}
	_ = o.Set("ca", c.BasicConstraintsValid && c.IsCA)
	return o
}

// OpenSSL's X509_CHECK_FLAG_* values, as Node passes them.
const (
	checkAlwaysSubject      = 0x1
	checkNoWildcards        = 0x2
	checkNoPartialWildcards = 0x4
	checkMultiLabelWildcard = 0x8
	checkSingleLabelSubdoms = 0x10
	checkNeverSubject       = 0x20
)

// matchHostPattern is OpenSSL's equal_wildcard: a "*" in the leftmost label (alone or, unless
// forbidden, with a prefix/suffix), at least two labels after it, never in an IDNA A-label.
func matchHostPattern(pattern, host string, flags int) bool {
	pattern, host = strings.ToLower(pattern), strings.ToLower(host)
	if pattern == host {
		return true
	}
	if flags&checkSingleLabelSubdoms != 0 && strings.HasPrefix(pattern, ".") && strings.HasSuffix(host, pattern) {
		return true
	}
	if flags&checkNoWildcards != 0 {
		return false
	}
	star := strings.IndexByte(pattern, '*')
	if star < 0 || strings.IndexByte(pattern[star+1:], '*') >= 0 {
		return false
	}
	dot := strings.IndexByte(pattern, '.')
	if dot < 0 || star > dot {
		return false
	}
	label := pattern[:dot]
	if label != "*" && (flags&checkNoPartialWildcards != 0 || strings.HasPrefix(label, "xn--")) {
		return false
	}
	suffix := pattern[dot:]
	if strings.Count(suffix, ".") < 2 || !strings.HasSuffix(host, suffix) {
		return false
	}
	prefix, after := label[:star], label[star+1:]
	hostLabel := host[:len(host)-len(suffix)]
	if hostLabel == "" || strings.HasPrefix(hostLabel, "xn--") && label != "*" {
		return false
	}
	if strings.Contains(hostLabel, ".") && flags&checkMultiLabelWildcard == 0 {
		return false
	}
	return len(hostLabel) >= len(prefix)+len(after) && strings.HasPrefix(hostLabel, prefix) && strings.HasSuffix(hostLabel, after)
}

var (
	oidCN    = asn1.ObjectIdentifier{2, 5, 4, 3}
	oidEmail = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 1}
)

// subjectValues are the subject's values of one attribute.
func subjectValues(c *x509.Certificate, oid asn1.ObjectIdentifier) []string {
	rdns, _ := parseRawName(c.RawSubject)
	var out []string
	for _, rdn := range rdns {
		for _, atv := range rdn {
			if atv.Type.Equal(oid) {
				if s, ok := stringValue(atv.Value); ok {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// checkName is X509_check_host/X509_check_email: the SAN entries of one kind, then the subject's
// attribute when the flags (or the absence of such SAN entries) say so; it returns the matching
// name as the certificate has it.
func checkName(c *x509.Certificate, tag int, attr asn1.ObjectIdentifier, flags int, match func(string) bool) (string, bool) {
	sawKind := false
	if ext := findExtension(c, oidSAN); ext != nil {
		names, _ := generalNames(ext)
		for _, n := range names {
			if n.Class != asn1.ClassContextSpecific || n.Tag != tag {
				continue
			}
			sawKind = true
			if match(string(n.Bytes)) {
				return string(n.Bytes), true
			}
		}
	}
	if flags&checkNeverSubject != 0 || (sawKind && flags&checkAlwaysSubject == 0) {
		return "", false
	}
	for _, v := range subjectValues(c, attr) {
		if match(v) {
			return v, true
		}
	}
	return "", false
}

func matchEmail(pattern, addr string) bool {
	pa, pd, ok1 := strings.Cut(pattern, "@")
	aa, ad, ok2 := strings.Cut(addr, "@")
	if !ok1 || !ok2 {
		return pattern == addr
	}
	return pa == aa && strings.EqualFold(pd, ad)
}

// checkIssued is X509_check_issued: names, key identifiers and the issuer's key usage.
func checkIssued(issuer, subject *x509.Certificate) bool {
	if !bytes.Equal(issuer.RawSubject, subject.RawIssuer) {
		return false
	}
	if len(subject.AuthorityKeyId) > 0 && len(issuer.SubjectKeyId) > 0 && !bytes.Equal(subject.AuthorityKeyId, issuer.SubjectKeyId) {
		return false
	}
	if issuer.KeyUsage != 0 && issuer.KeyUsage&x509.KeyUsageCertSign == 0 {
		return false
	}
	return true
}

// verifySignature is X509_verify: the certificate's signature checked with a given key, any
// digest OpenSSL accepts (Go's own CheckSignature refuses SHA-1).
func verifySignature(c *x509.Certificate, pub crypto.PublicKey) bool {
	var h crypto.Hash
	switch c.SignatureAlgorithm {
	case x509.SHA1WithRSA, x509.ECDSAWithSHA1:
		h = crypto.SHA1
	case x509.SHA256WithRSA, x509.ECDSAWithSHA256, x509.SHA256WithRSAPSS:
		h = crypto.SHA256
	case x509.SHA384WithRSA, x509.ECDSAWithSHA384, x509.SHA384WithRSAPSS:
		h = crypto.SHA384
	case x509.SHA512WithRSA, x509.ECDSAWithSHA512, x509.SHA512WithRSAPSS:
		h = crypto.SHA512
	case x509.PureEd25519:
		k, ok := pub.(ed25519.PublicKey)
		return ok && ed25519.Verify(k, c.RawTBSCertificate, c.Signature)
	default:
		return false
	}
	d := h.New()
	d.Write(c.RawTBSCertificate)
	sum := d.Sum(nil)
	switch k := pub.(type) {
	case *rsa.PublicKey:
		switch c.SignatureAlgorithm {
		case x509.SHA256WithRSAPSS, x509.SHA384WithRSAPSS, x509.SHA512WithRSAPSS:
			return rsa.VerifyPSS(k, h, sum, c.Signature, &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthAuto}) == nil
		case x509.SHA1WithRSA, x509.SHA256WithRSA, x509.SHA384WithRSA, x509.SHA512WithRSA:
			return rsa.VerifyPKCS1v15(k, h, sum, c.Signature) == nil
		}
	case *ecdsa.PublicKey:
		switch c.SignatureAlgorithm {
		case x509.ECDSAWithSHA1, x509.ECDSAWithSHA256, x509.ECDSAWithSHA384, x509.ECDSAWithSHA512:
			return ecdsa.VerifyASN1(k, sum, c.Signature)
		}
	}
	return false
}

// x509Methods adds X509Certificate's natives to the binding. Every function takes the
// certificate's DER bytes first.
func (b *binding) x509Methods(obj *goja.Object) {
	vm := b.vm
	cert := func(v goja.Value) *x509.Certificate {
		c, err := parseCertLenient(buffer.Bytes(v))
		if err != nil {
			panic(vm.NewTypeError("invalid certificate"))
		}
		return c
	}
	// x509Parse(bytes) -> DER, or an error description
	_ = obj.Set("x509Parse", func(c goja.FunctionCall) goja.Value {
		crt, err := parseCertificateInput(buffer.Bytes(c.Argument(0)))
		if err != nil {
			o := vm.NewObject()
			_ = o.Set("error", b.result(err))
			return o
		}
		return b.newBuffer(bytes.Clone(crt.Raw))
	})
	_ = obj.Set("x509Info", func(c goja.FunctionCall) goja.Value {
		return b.x509Info(cert(c.Argument(0)))
	})
	_ = obj.Set("x509Legacy", func(c goja.FunctionCall) goja.Value {
		return b.certObject(describeCert(cert(c.Argument(0))))
	})
	_ = obj.Set("x509PEM", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: buffer.Bytes(c.Argument(0))})))
	})
	// x509PublicKey(der) -> SPKI DER, or undefined when the key cannot be read
	_ = obj.Set("x509PublicKey", func(c goja.FunctionCall) goja.Value {
		crt := cert(c.Argument(0))
		if len(crt.RawSubjectPublicKeyInfo) == 0 {
			return goja.Undefined()
		}
		return b.newBuffer(bytes.Clone(crt.RawSubjectPublicKeyInfo))
	})
	// x509CheckHost(der, name, flags) -> matched name | undefined
	_ = obj.Set("x509CheckHost", func(c goja.FunctionCall) goja.Value {
		crt, name, flags := cert(c.Argument(0)), c.Argument(1).String(), int(c.Argument(2).ToInteger())
		if m, ok := checkName(crt, 2, oidCN, flags, func(p string) bool { return matchHostPattern(p, name, flags) }); ok {
			return vm.ToValue(m)
		}
		return goja.Undefined()
	})
	_ = obj.Set("x509CheckEmail", func(c goja.FunctionCall) goja.Value {
		crt, name, flags := cert(c.Argument(0)), c.Argument(1).String(), int(c.Argument(2).ToInteger())
		// unlike X509_check_host, X509_check_email gives no peer name: Node returns the argument
		if _, ok := checkName(crt, 1, oidEmail, flags, func(p string) bool { return matchEmail(p, name) }); ok {
			return vm.ToValue(name)
		}
		return goja.Undefined()
	})
	// x509CheckIP(der, ip) -> true | false | null when ip is not an address
	_ = obj.Set("x509CheckIP", func(c goja.FunctionCall) goja.Value {
		crt := cert(c.Argument(0))
		ip, err := netip.ParseAddr(c.Argument(1).String())
		if err != nil || ip.Zone() != "" {
			return goja.Null()
		}
		want := ip.AsSlice()
		if ext := findExtension(crt, oidSAN); ext != nil {
			names, _ := generalNames(ext)
			for _, n := range names {
				if n.Class == asn1.ClassContextSpecific && n.Tag == 7 && bytes.Equal(n.Bytes, want) {
					return vm.ToValue(true)
				}
			}
		}
		return vm.ToValue(false)
	})
	_ = obj.Set("x509CheckIssued", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(checkIssued(cert(c.Argument(1)), cert(c.Argument(0))))
	})
	// x509Verify(der, spkiDER)
	_ = obj.Set("x509Verify", func(c goja.FunctionCall) goja.Value {
		pub, err := x509.ParsePKIXPublicKey(buffer.Bytes(c.Argument(1)))
		if err != nil {
			return vm.ToValue(false)
		}
		return vm.ToValue(verifySignature(cert(c.Argument(0)), pub))
	})
	// x509CheckPrivateKey(der, pkcs8DER)
	_ = obj.Set("x509CheckPrivateKey", func(c goja.FunctionCall) goja.Value {
		k, err := x509.ParsePKCS8PrivateKey(buffer.Bytes(c.Argument(1)))
		if err != nil {
			return vm.ToValue(false)
		}
		s, ok := k.(crypto.Signer)
		return vm.ToValue(ok && publicKeysEqual(s.Public(), cert(c.Argument(0)).PublicKey))
	})
}

// parseCertLenient is x509.ParseCertificate, except that a certificate Go refuses only for the
// content of its subjectAltName or authorityInfoAccess extension (an IP address of the wrong
// length, a malformed DNS name: OpenSSL reads those and Node prints them) is read without those
// extensions and gets them back afterwards, raw.
func parseCertLenient(der []byte) (*x509.Certificate, error) {
	c, err := x509.ParseCertificate(der)
	if err == nil {
		return c, nil
	}
	var outer struct {
		TBS    asn1.RawValue
		SigAlg asn1.RawValue
		Sig    asn1.RawValue
	}
	if rest, e := asn1.Unmarshal(der, &outer); e != nil || len(rest) > 0 {
		return nil, err
	}
	var fields []asn1.RawValue
	for rest := outer.TBS.Bytes; len(rest) > 0; {
		var f asn1.RawValue
		var e error
		if rest, e = asn1.Unmarshal(rest, &f); e != nil {
			return nil, err
		}
		fields = append(fields, f)
	}
	if len(fields) == 0 {
		return nil, err
	}
	last := &fields[len(fields)-1]
	if last.Class != asn1.ClassContextSpecific || last.Tag != 3 {
		return nil, err
	}
	var exts []x509ext
	if _, e := asn1.Unmarshal(last.Bytes, &exts); e != nil {
		return nil, err
	}
	var kept, removed []x509ext
	for _, x := range exts {
		if x.ID.Equal(oidSAN) || x.ID.Equal(oidAIA) {
			removed = append(removed, x)
		} else {
			kept = append(kept, x)
		}
	}
	if len(removed) == 0 {
		return nil, err
	}
	inner, e := asn1.Marshal(kept)
	if e != nil {
		return nil, err
	}
	fields[len(fields)-1] = asn1.RawValue{Class: asn1.ClassContextSpecific, Tag: 3, IsCompound: true, Bytes: inner}
	var tbs []byte
	for _, f := range fields {
		b, e := asn1.Marshal(f)
		if e != nil {
			return nil, err
		}
		tbs = append(tbs, b...)
	}
	tbsDER, e := asn1.Marshal(asn1.RawValue{Class: asn1.ClassUniversal, Tag: asn1.TagSequence, IsCompound: true, Bytes: tbs})
	if e != nil {
		return nil, err
	}
	rebuilt, e := asn1.Marshal(struct {
		TBS    asn1.RawValue
		SigAlg asn1.RawValue
		Sig    asn1.RawValue
	}{asn1.RawValue{FullBytes: tbsDER}, outer.SigAlg, outer.Sig})
	if e != nil {
		return nil, err
	}
	c, e = x509.ParseCertificate(rebuilt)
	if e != nil {
		return nil, err
	}
	c.Raw, c.RawTBSCertificate = der, outer.TBS.FullBytes
	for _, x := range removed {
		c.Extensions = append(c.Extensions, pkix.Extension{Id: x.ID, Critical: x.Critical, Value: x.Value})
	}
	return c, nil
}

type x509ext struct {
	ID       asn1.ObjectIdentifier
	Critical bool `asn1:"optional"`
	Value    []byte
}
