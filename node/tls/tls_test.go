package tls

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"io"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

type testCert struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
}

func makeCert(t testing.TB, tmpl *x509.Certificate, parent *testCert) *testCert {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, parentCert := key, tmpl
	if parent != nil {
		signer, parentCert = parent.key, parent.cert
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parentCert, &key.PublicKey, signer)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return &testCert{cert: c, key: key}
}

func caTemplate() *x509.Certificate {
	return &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "Test CA", Organization: []string{"gnode"}},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
}

func leafTemplate(serial int64, notBefore, notAfter time.Time) *x509.Certificate {
	return &x509.Certificate{
		SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: "localhost"},
		NotBefore: notBefore, NotAfter: notAfter, DNSNames: []string{"localhost"},
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1"), net.ParseIP("::1")},
	}
}

func TestVerifyChainNamesFailuresAsOpenSSL(t *testing.T) {
	now := time.Now()
	ca := makeCert(t, caTemplate(), nil)
	otherCA := makeCert(t, caTemplate(), nil)
	good := makeCert(t, leafTemplate(2, now.Add(-time.Minute), now.Add(time.Hour)), ca)
	expired := makeCert(t, leafTemplate(3, now.Add(-2*time.Hour), now.Add(-time.Hour)), ca)
	future := makeCert(t, leafTemplate(4, now.Add(time.Hour), now.Add(2*time.Hour)), ca)
	selfSigned := makeCert(t, leafTemplate(5, now.Add(-time.Minute), now.Add(time.Hour)), nil)
	roots := x509.NewCertPool()
	roots.AddCert(ca.cert)
	for _, tc := range []struct {
		name  string
		chain []*x509.Certificate
		roots *x509.CertPool
		want  *verifyError
	}{
		{"trusted", []*x509.Certificate{good.cert}, roots, nil},
		{"expired", []*x509.Certificate{expired.cert}, roots, errExpired},
		{"not yet valid", []*x509.Certificate{future.cert}, roots, errNotYetValid},
		{"self-signed", []*x509.Certificate{selfSigned.cert}, roots, errSelfSigned},
		{"unknown issuer", []*x509.Certificate{good.cert}, x509.NewCertPool(), errLeafSignature},
		{"CA in chain", []*x509.Certificate{good.cert, ca.cert}, x509.NewCertPool(), errSelfSignedChain},
		{"other CA", []*x509.Certificate{good.cert}, func() *x509.CertPool { p := x509.NewCertPool(); p.AddCert(otherCA.cert); return p }(), errLeafSignature},
		{"no certificate", nil, roots, errNoPeerCert},
	} {
		if got := verifyChain(tc.chain, tc.roots, now); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
	if got := errLeafSignature.text(); !strings.HasSuffix(got, "--use-system-ca") {
		t.Errorf("leaf signature message lacks Node's hint: %q", got)
	}
	if got := errLocalIssuer.text(); got != "unable to get local issuer certificate" {
		t.Errorf("an unknown intermediate gets no hint in Node: %q", got)
	}
	if got := errExpired.text(); got != "certificate has expired" {
		t.Errorf("expired message: %q", got)
	}
}

func TestDescribeCert(t *testing.T) {
	ca := makeCert(t, caTemplate(), nil)
	leaf := makeCert(t, leafTemplate(0x1001, time.Date(2026, 11, 6, 0, 9, 30, 0, time.UTC), time.Date(2036, 1, 23, 0, 0, 0, 0, time.UTC)), ca)
	ci := describeCert(leaf.cert)
	if ci.subjectAltName != "DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1" || !ci.hasSAN {
		t.Errorf("subjectaltname %q", ci.subjectAltName)
	}
	if ci.serialNumber != "1001" || ci.validFrom != "Nov  6 00:09:30 2026 GMT" || ci.validTo != "Jan 23 00:00:00 2036 GMT" {
		t.Errorf("serial/dates: %q %q %q", ci.serialNumber, ci.validFrom, ci.validTo)
	}
	if ci.bits != 256 || ci.asn1Curve != "prime256v1" || ci.nistCurve != "P-256" || len(ci.pubkey) != 65 {
		t.Errorf("key facts: %d %s %s %d", ci.bits, ci.asn1Curve, ci.nistCurve, len(ci.pubkey))
	}
	if len(strings.Split(ci.fingerprint256, ":")) != 32 || ci.ca {
		t.Errorf("fingerprint256 %q ca %v", ci.fingerprint256, ci.ca)
	}
	if caInfo := describeCert(ca.cert); !caInfo.ca || caInfo.serialNumber != "01" || caInfo.hasSAN {
		t.Errorf("CA: ca=%v serial=%q san=%v", caInfo.ca, caInfo.serialNumber, caInfo.hasSAN)
	}
	if !isSelfSigned(ca.cert) || isSelfSigned(leaf.cert) {
		t.Error("isSelfSigned")
	}
}

func TestAltNameText(t *testing.T) {
	// expectations from Node's test-x509-escaping.js
	for _, c := range []struct {
		in     string
		utf8   bool
		prefix string
		want   string
	}{
		{"a.com", false, "", "a.com"},
		{"a:b", false, "", "a:b"},
		{"good.example.com, DNS:evil.example.com", false, "", `"good.example.com\u002c DNS:evil.example.com"`},
		{"ex\xe4mple.com", false, "", `"ex\u00e4mple.com"`},
		{`"evil.example.com"`, false, "", `"\"evil.example.com\""`},
		{"abc123, DNS:good.example.com", true, "XmppAddr", `"XmppAddr:abc123\u002c DNS:good.example.com"`},
		{"abc123", false, "SRVName", "SRVName:abc123"},
		{"L=M\xc3\xbcnchen,C=DE", true, "", "\"L=M\xc3\xbcnchen\\u002cC=DE\""},
	} {
		if got := altNameText([]byte(c.in), c.utf8, c.prefix); got != c.want {
			t.Errorf("altNameText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := escapeNameValue("M\u00fcnchen\\\nCN=x, y", true); got != "M\u00fcnchen\\\\\\0ACN=x\\, y" {
		t.Errorf("escapeNameValue: %q", got)
	}
}

func TestSuitesFor(t *testing.T) {
	s, ok := suitesFor("ECDHE-ECDSA-AES128-GCM-SHA256:!aNULL:HIGH")
	if !ok || len(s) != 1 || s[0] != tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 {
		t.Errorf("got %v %v", s, ok)
	}
	if _, ok := suitesFor("nonsense"); ok {
		t.Error("nonsense matched")
	}
	if _, ok := suitesFor("TLS_AES_128_GCM_SHA256"); !ok {
		t.Error("TLS 1.3 suite not accepted")
	}
}

func TestClassifyHandshakeError(t *testing.T) {
	for _, tc := range []struct {
		err      error
		server   bool
		code     string
		errno    string
		reasonIn string
	}{
		{io.EOF, true, "", "EOF", ""},
		{&net.OpError{Op: "read", Err: syscall.ECONNRESET}, false, "", "ECONNRESET", ""},
		{&net.OpError{Op: "remote error", Err: errors.New("tls: protocol version not supported")}, false, "ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION", "", "tlsv1 alert protocol version"},
		{errors.New("tls: client offered only unsupported versions: [303]"), true, "ERR_SSL_UNSUPPORTED_PROTOCOL", "", "unsupported protocol"},
		{errors.New("tls: client didn't provide a certificate"), true, "ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE", "", ""},
		{tls.RecordHeaderError{Msg: "x", RecordHeader: [5]byte{'G', 'E', 'T', ' ', '/'}}, true, "ERR_SSL_HTTP_REQUEST", "", ""},
		{tls.RecordHeaderError{Msg: "x", RecordHeader: [5]byte{'H', 'T', 'T', 'P', '/'}}, false, "ERR_SSL_WRONG_VERSION_NUMBER", "", ""},
	} {
		f := classifyHandshakeError(tc.err, tc.server)
		if f.errno != tc.errno || (tc.code != "" && (f.ssl == nil || f.ssl.code != tc.code)) {
			t.Errorf("%v: got %+v %+v", tc.err, f, f.ssl)
		}
		if tc.reasonIn != "" && f.ssl.reason != tc.reasonIn {
			t.Errorf("%v: reason %q", tc.err, f.ssl.reason)
		}
	}
	if got := sslReason(0x42E, "tlsv1 alert protocol version").Error(); got != "error:0A00042E:SSL routines::tlsv1 alert protocol version" {
		t.Errorf("message %q", got)
	}
}

func TestParsePrivateKeyForms(t *testing.T) {
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	pkcs8, _ := x509.MarshalPKCS8PrivateKey(key)
	sec1, _ := x509.MarshalECPrivateKey(key)
	for name, p := range map[string][]byte{
		"pkcs8": pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: pkcs8}),
		"sec1":  pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: sec1}),
		"after a certificate": append(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: []byte{1}}),
			pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: pkcs8})...),
	} {
		k, err := parsePrivateKey(p, nil)
		if err != nil || !publicKeysEqual(k.Public(), key.Public()) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := parsePrivateKey([]byte("garbage"), nil); err != errDecoderUnsupp {
		t.Errorf("garbage: %v", err)
	}
}

// TestEncryptedPKCS8 decrypts keys made by the system's openssl (PBES2 with AES and 3DES), as
// Node reads them; without openssl it is skipped.
func TestEncryptedPKCS8(t *testing.T) {
	openssl, err := exec.LookPath("openssl")
	if err != nil {
		t.Skip("openssl not installed")
	}
	dir := t.TempDir()
	plain := filepath.Join(dir, "k.pem")
	if out, err := exec.Command(openssl, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", plain).CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	data, _ := os.ReadFile(plain)
	want, err := parsePrivateKey(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, cipher := range []string{"-aes256", "-aes128", "-des3"} {
		enc := filepath.Join(dir, "enc"+cipher+".pem")
		if out, err := exec.Command(openssl, "pkey", "-in", plain, cipher, "-passout", "pass:sesame", "-out", enc).CombinedOutput(); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		data, _ := os.ReadFile(enc)
		got, err := parsePrivateKey(data, []byte("sesame"))
		if err != nil || !publicKeysEqual(got.Public(), want.Public()) {
			t.Errorf("%s: %v", cipher, err)
		}
		if _, err := parsePrivateKey(data, []byte("wrong")); err != errBadDecrypt {
			t.Errorf("%s wrong passphrase: %v", cipher, err)
		}
	}
}

func TestSessionEncoding(t *testing.T) {
	if decodeSession(nil) != nil || decodeSession([]byte{0, 0, 0, 9, 1}) != nil || decodeSession([]byte{0, 0, 0, 0, 1, 2}) != nil {
		t.Error("malformed sessions decoded")
	}
}

func FuzzParsePrivateKey(f *testing.F) {
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	pkcs8, _ := x509.MarshalPKCS8PrivateKey(key)
	f.Add(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: pkcs8}), []byte(""))
	f.Add(pem.EncodeToMemory(&pem.Block{Type: "ENCRYPTED PRIVATE KEY", Bytes: []byte{0x30, 0x03, 0x02, 0x01, 0x01}}), []byte("x"))
	f.Fuzz(func(t *testing.T, data, pass []byte) {
		_, _ = parsePrivateKey(data, pass)
		_, _ = parseCerts(data)
		_ = decodeSession(data)
	})
}

// FuzzX509Texts feeds arbitrary bytes to the certificate reader and the name printers of
// crypto.X509Certificate: none may panic.
func FuzzX509Texts(f *testing.F) {
	f.Add([]byte{0x30, 0x03, 0x02, 0x01, 0x00})
	f.Add([]byte{0x30, 0x0b, 0x31, 0x09, 0x30, 0x07, 0x06, 0x03, 0x55, 0x04, 0x03, 0x0c, 0x00})
	f.Add([]byte{0xa0, 0x0a, 0x06, 0x03, 0x2b, 0x06, 0x01, 0xa0, 0x03, 0x0c, 0x01, 0x41})
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = nameText(data, true)
		_ = nameText(data, false)
		_ = nameFieldsRaw(data)
		_, _ = generalNames(data)
		var v asn1.RawValue
		if _, err := asn1.Unmarshal(data, &v); err == nil {
			_ = generalNameText(v)
		}
		_ = legacyInfoAccess(string(data))
		if c, err := parseCertLenient(data); err == nil {
			_, _ = subjectAltNames(c)
			_, _ = infoAccessText(c)
			_ = describeCert(c)
		}
	})
}
