package tls

import (
	"crypto"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"os"
	"strings"
	"sync"
)

// secureContext is the Go side of tls.SecureContext: certificates and keys, trusted roots and
// protocol limits. Connections build their crypto/tls configuration from it; servers share one
// configuration per context and options so session tickets resume across connections.
type secureContext struct {
	keys     []crypto.Signer
	chains   [][]*x509.Certificate
	roots    *x509.CertPool // nil: the default root store
	minVer   uint16
	maxVer   uint16
	suites   []uint16 // TLS 1.2 cipher suites; nil: Go's defaults
	ticketKs [][32]byte

	mu      sync.Mutex
	servers map[serverKey]*tls.Config
}

type serverKey struct {
	requestCert, rejectUnauthorized bool
	alpn                            string
}

// certificates pairs every chain with the key that matches its leaf.
func (c *secureContext) certificates() ([]tls.Certificate, error) {
	var out []tls.Certificate
	for _, chain := range c.chains {
		var key crypto.Signer
		for _, k := range c.keys {
			if publicKeysEqual(chain[0].PublicKey, k.Public()) {
				key = k
				break
			}
		}
		if key == nil {
			if len(c.keys) == 0 {
				continue
			}
			return nil, errKeyMismatch
		}
		tc := tls.Certificate{PrivateKey: key, Leaf: chain[0]}
		for _, x := range chain {
			tc.Certificate = append(tc.Certificate, x.Raw)
		}
		out = append(out, tc)
	}
	return out, nil
}

func (c *secureContext) addCA(data []byte) {
	certs, err := parseCerts(data)
	if err != nil {
		return // Node ignores CA entries it cannot read
	}
	if c.roots == nil {
		c.roots = x509.NewCertPool()
	}
	for _, x := range certs {
		c.roots.AddCert(x)
	}
}

var (
	rootsOnce sync.Once
	rootPEMs  []string
)

// defaultRootPEMs is the system's trust store as PEM texts, for tls.rootCertificates. Node ships
// Mozilla's list; gnode uses the system's copy of it.
func defaultRootPEMs() []string {
	rootsOnce.Do(func() {
		for _, f := range []string{"/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt",
			"/etc/ssl/ca-bundle.pem", "/etc/ssl/cert.pem"} {
			data, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			for {
				var b *pem.Block
				b, data = pem.Decode(data)
				if b == nil {
					break
				}
				if b.Type == "CERTIFICATE" {
					rootPEMs = append(rootPEMs, strings.TrimSuffix(string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: b.Bytes})), "\n"))
				}
			}
			break
		}
	})
	return rootPEMs
}

var versionNames = map[string]uint16{
	"TLSv1": tls.VersionTLS10, "TLSv1.1": tls.VersionTLS11, "TLSv1.2": tls.VersionTLS12, "TLSv1.3": tls.VersionTLS13,
}

func versionName(v uint16) string {
	switch v {
	case tls.VersionTLS10:
		return "TLSv1"
	case tls.VersionTLS11:
		return "TLSv1.1"
	case tls.VersionTLS12:
		return "TLSv1.2"
	case tls.VersionTLS13:
		return "TLSv1.3"
	}
	return "unknown"
}

// openSSLCipherNames maps Go's suites to OpenSSL's names (what getCipher().name reports) and
// the IANA ones (standardName).
var openSSLCipherNames = map[uint16][2]string{
	tls.TLS_AES_128_GCM_SHA256:                        {"TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256"},
	tls.TLS_AES_256_GCM_SHA384:                        {"TLS_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384"},
	tls.TLS_CHACHA20_POLY1305_SHA256:                  {"TLS_CHACHA20_POLY1305_SHA256", "TLS_CHACHA20_POLY1305_SHA256"},
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256:       {"ECDHE-ECDSA-AES128-GCM-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"},
	tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384:       {"ECDHE-ECDSA-AES256-GCM-SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"},
	tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256:         {"ECDHE-RSA-AES128-GCM-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"},
	tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384:         {"ECDHE-RSA-AES256-GCM-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"},
	tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256: {"ECDHE-ECDSA-CHACHA20-POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"},
	tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256:   {"ECDHE-RSA-CHACHA20-POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"},
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA:          {"ECDHE-ECDSA-AES128-SHA", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"},
	tls.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA:          {"ECDHE-ECDSA-AES256-SHA", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA"},
	tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA:            {"ECDHE-RSA-AES128-SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"},
	tls.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA:            {"ECDHE-RSA-AES256-SHA", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"},
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256:       {"ECDHE-ECDSA-AES128-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"},
	tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256:         {"ECDHE-RSA-AES128-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"},
	tls.TLS_RSA_WITH_AES_128_GCM_SHA256:               {"AES128-GCM-SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256"},
	tls.TLS_RSA_WITH_AES_256_GCM_SHA384:               {"AES256-GCM-SHA384", "TLS_RSA_WITH_AES_256_GCM_SHA384"},
	tls.TLS_RSA_WITH_AES_128_CBC_SHA:                  {"AES128-SHA", "TLS_RSA_WITH_AES_128_CBC_SHA"},
	tls.TLS_RSA_WITH_AES_256_CBC_SHA:                  {"AES256-SHA", "TLS_RSA_WITH_AES_256_CBC_SHA"},
	tls.TLS_RSA_WITH_AES_128_CBC_SHA256:               {"AES128-SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA256"},
}

// suitesFor reads an OpenSSL cipher list ("ECDHE-RSA-AES128-GCM-SHA256:…") into the TLS 1.2
// suites Go can use; keywords and suites Go lacks are skipped. ok is false when nothing matched,
// as OpenSSL's "no cipher match".
func suitesFor(list string) (suites []uint16, ok bool) {
	names := map[string]uint16{}
	for id, n := range openSSLCipherNames {
		names[n[0]] = id
	}
	matchedAny := false
	start := 0
	for i := 0; i <= len(list); i++ {
		if i < len(list) && list[i] != ':' && list[i] != ',' && list[i] != ' ' {
			continue
		}
		item := list[start:i]
		start = i + 1
		// "ALL@SECLEVEL=0": a command may follow a cipher string without a separator
		if at := strings.IndexByte(item, '@'); at > 0 {
			item = item[:at]
		}
		if item == "" || item[0] == '!' || item[0] == '-' || item[0] == '+' || item[0] == '@' {
			continue
		}
		switch item {
		case "HIGH", "DEFAULT", "ALL", "ECDHE", "EECDH", "AES", "AESGCM", "CHACHA20", "aRSA", "aECDSA", "kECDHE", "SHA256", "SHA384":
			matchedAny = true
			continue
		}
		if len(item) > 4 && item[:4] == "TLS_" {
			matchedAny = true // TLS 1.3 suites are not configurable in crypto/tls
			continue
		}
		if id, found := names[item]; found {
			suites = append(suites, id)
			matchedAny = true
		}
	}
	return suites, matchedAny
}
