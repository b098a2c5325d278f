package tls

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"encoding/asn1"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net"
	"strings"
	"time"
)

// certInfo is a certificate in the shape of Node's getPeerCertificate() object, built in Go and
// turned into a JS object by the binding. Fields are in Node's order.
type certInfo struct {
	subject, issuer [][2]string
	subjectAltName  string
	hasSAN          bool
	infoAccess      [][2]string
	ca              bool
	modulus         string
	exponent        string
	pubkey          []byte
	bits            int
	validFrom       string
	validTo         string
	fingerprint     string
	fingerprint256  string
	fingerprint512  string
	extKeyUsage     []string
	serialNumber    string
	raw             []byte
	asn1Curve       string
	nistCurve       string
}

var attrNames = map[string]string{
	"2.5.4.6": "C", "2.5.4.8": "ST", "2.5.4.7": "L", "2.5.4.10": "O", "2.5.4.11": "OU", "2.5.4.3": "CN",
	"2.5.4.5": "serialNumber", "2.5.4.9": "street", "2.5.4.17": "postalCode", "2.5.4.4": "SN",
	"2.5.4.42": "GN", "2.5.4.12": "title", "2.5.4.46": "dnQualifier", "2.5.4.43": "initials",
	"2.5.4.65": "pseudonym", "2.5.4.44": "generationQualifier", "1.2.840.113549.1.9.1": "emailAddress",
	"0.9.2342.19200300.100.1.25": "DC", "0.9.2342.19200300.100.1.1": "UID", "2.5.4.97": "organizationIdentifier",
	"1.3.6.1.4.1.311.60.2.1.3": "jurisdictionC", "2.5.4.15": "businessCategory",
}

func colonHex(b []byte) string {
	h := strings.ToUpper(hex.EncodeToString(b))
	var sb strings.Builder
	for i := 0; i < len(h); i += 2 {
		if i > 0 {
			sb.WriteByte(':')
		}
		sb.WriteString(h[i : i+2])
	}
	return sb.String()
}

// opensslTime is ASN1_TIME_print's format: "Nov 26 00:09:30 2026 GMT".
func opensslTime(t time.Time) string {
	t = t.UTC()
	return fmt.Sprintf("%s %2d %02d:%02d:%02d %d GMT", t.Format("Jan"), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Year())
}

var oidSAN = asn1.ObjectIdentifier{2, 5, 29, 17}

func ipText(b []byte) string {
	switch len(b) {
	case 4:
		return net.IP(b).String()
	case 16:
		parts := make([]string, 8)
		for i := 0; i < 8; i++ {
			parts[i] = strings.ToUpper(fmt.Sprintf("%x", int(b[2*i])<<8|int(b[2*i+1])))
		}
		return strings.Join(parts, ":")
	}
	return "<invalid>"
}

var extKeyUsageOIDs = map[x509.ExtKeyUsage]string{
	x509.ExtKeyUsageServerAuth: "1.3.6.1.5.5.7.3.1", x509.ExtKeyUsageClientAuth: "1.3.6.1.5.5.7.3.2",
	x509.ExtKeyUsageCodeSigning: "1.3.6.1.5.5.7.3.3", x509.ExtKeyUsageEmailProtection: "1.3.6.1.5.5.7.3.4",
	x509.ExtKeyUsageTimeStamping: "1.3.6.1.5.5.7.3.8", x509.ExtKeyUsageOCSPSigning: "1.3.6.1.5.5.7.3.9",
	x509.ExtKeyUsageAny: "2.5.29.37.0",
}

func describeCert(c *x509.Certificate) *certInfo {
	ci := &certInfo{
		subject: nameFieldsRaw(c.RawSubject),
		issuer:  nameFieldsRaw(c.RawIssuer),
		ca:      c.BasicConstraintsValid && c.IsCA,
		raw:     c.Raw,
	}
	ci.subjectAltName, ci.hasSAN = subjectAltNames(c)
	if text, ok := infoAccessText(c); ok {
		ci.infoAccess = legacyInfoAccess(text)
	}
	switch k := c.PublicKey.(type) {
	case *rsa.PublicKey:
		ci.modulus = strings.ToUpper(k.N.Text(16))
		ci.exponent = "0x" + big.NewInt(int64(k.E)).Text(16)
		ci.bits = k.N.BitLen()
		ci.pubkey, _ = x509.MarshalPKIXPublicKey(k)
	case *ecdsa.PublicKey:
		ci.bits = k.Curve.Params().BitSize
		if b, err := k.Bytes(); err == nil {
			ci.pubkey = b
		}
		switch k.Curve {
		case elliptic.P256():
			ci.asn1Curve, ci.nistCurve = "prime256v1", "P-256"
		case elliptic.P384():
			ci.asn1Curve, ci.nistCurve = "secp384r1", "P-384"
		case elliptic.P521():
			ci.asn1Curve, ci.nistCurve = "secp521r1", "P-521"
		case elliptic.P224():
			ci.asn1Curve, ci.nistCurve = "secp224r1", "P-224"
		}
	case ed25519.PublicKey:
		ci.bits = 0
	}
	ci.validFrom = opensslTime(c.NotBefore)
	ci.validTo = opensslTime(c.NotAfter)
	s1 := sha1.Sum(c.Raw)
	s256 := sha256.Sum256(c.Raw)
	s512 := sha512.Sum512(c.Raw)
	ci.fingerprint, ci.fingerprint256, ci.fingerprint512 = colonHex(s1[:]), colonHex(s256[:]), colonHex(s512[:])
	for _, u := range c.ExtKeyUsage {
		if oid, ok := extKeyUsageOIDs[u]; ok {
			ci.extKeyUsage = append(ci.extKeyUsage, oid)
		}
	}
	for _, u := range c.UnknownExtKeyUsage {
		ci.extKeyUsage = append(ci.extKeyUsage, u.String())
	}
	serial := strings.ToUpper(c.SerialNumber.Text(16))
	if len(serial)%2 == 1 {
		serial = "0" + serial
	}
	ci.serialNumber = serial
	return ci
}

// verifyError is a certificate verification failure as OpenSSL names it (X509_V_ERR_*): the code
// Node puts on the error and the message.
type verifyError struct{ code, message string }

var (
	errLeafSignature   = &verifyError{"UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"}
	errLocalIssuer     = &verifyError{"UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate"}
	errSelfSigned      = &verifyError{"DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"}
	errSelfSignedChain = &verifyError{"SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain"}
	errExpired         = &verifyError{"CERT_HAS_EXPIRED", "certificate has expired"}
	errNotYetValid     = &verifyError{"CERT_NOT_YET_VALID", "certificate is not yet valid"}
	errSignature       = &verifyError{"CERT_SIGNATURE_FAILURE", "certificate signature failure"}
	errInvalidCA       = &verifyError{"INVALID_CA", "invalid CA certificate"}
	errPurpose         = &verifyError{"INVALID_PURPOSE", "unsupported certificate purpose"}
	errNoPeerCert      = &verifyError{"UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate"}
)

// systemCAHint is what Node appends to the messages of the failures a missing root explains:
// only those at the leaf (a chain that ends at an unknown intermediate gets no hint).
const systemCAHint = "; if the root CA is installed locally, try running Node.js with --use-system-ca"

func (e *verifyError) text() string {
	switch e {
	case errLeafSignature, errSelfSigned:
		return e.message + systemCAHint
	}
	return e.message
}

func isSelfSigned(c *x509.Certificate) bool {
	// CheckSignatureFrom would insist on the CA flag, which self-signed leaves lack
	return bytes.Equal(c.RawIssuer, c.RawSubject) && c.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature) == nil
}

// verifyChain checks a peer's chain against roots as OpenSSL's X509_verify_cert would and names
// the first failure the way OpenSSL does. Hostnames are not checked here (checkServerIdentity does
// that in JS).
func verifyChain(chain []*x509.Certificate, roots *x509.CertPool, now time.Time) *verifyError {
	if len(chain) == 0 {
		return errNoPeerCert
	}
	leaf := chain[0]
	inter := x509.NewCertPool()
	for _, c := range chain[1:] {
		inter.AddCert(c)
	}
	opts := x509.VerifyOptions{Roots: roots, Intermediates: inter, CurrentTime: now,
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}}
	_, err := leaf.Verify(opts)
	if err == nil {
		return nil
	}
	// Build the chain ignoring time to tell date failures from trust failures.
	opts.CurrentTime = leaf.NotBefore.Add(leaf.NotAfter.Sub(leaf.NotBefore) / 2)
	_, terr := leaf.Verify(opts)
	if terr == nil {
		if now.Before(leaf.NotBefore) {
			return errNotYetValid
		}
		return errExpired
	}
	var ua x509.UnknownAuthorityError
	var ci x509.CertificateInvalidError
	switch {
	case errors.As(err, &ua):
		if isSelfSigned(leaf) {
			if len(chain) == 1 {
				return errSelfSigned
			}
			return errSelfSigned
		}
		for _, c := range chain[1:] {
			if isSelfSigned(c) {
				return errSelfSignedChain
			}
		}
		if len(chain) > 1 {
			return errLocalIssuer
		}
		return errLeafSignature
	case errors.As(err, &ci):
		switch ci.Reason {
		case x509.Expired:
			if now.Before(leaf.NotBefore) {
				return errNotYetValid
			}
			return errExpired
		case x509.NotAuthorizedToSign, x509.CANotAuthorizedForThisName, x509.TooManyIntermediates:
			return errInvalidCA
		case x509.IncompatibleUsage:
			return errPurpose
		}
	}
	var se x509.InsecureAlgorithmError
	if errors.As(err, &se) {
		return errSignature
	}
	return errLeafSignature
}
