package tls

import (
	"crypto/x509"
	"encoding/pem"
	"strings"
	"sync"
	"time"
)

// The process-wide default CA store: the system's roots until tls.setDefaultCACertificates
// replaces it. Contexts without a ca option, fetch and WebSocket verify against it.
var (
	defaultCAMu   sync.Mutex
	defaultCASet  bool
	defaultCAPool *x509.CertPool // with defaultCASet; nil otherwise (the system's roots)
	defaultCAPEMs []string
)

// DefaultRoots is the pool a client without its own CA list trusts; nil means the system's roots.
func DefaultRoots() *x509.CertPool {
	defaultCAMu.Lock()
	defer defaultCAMu.Unlock()
	return defaultCAPool
}

// setDefaultCAs replaces the default store with the certificates in pems (duplicates dropped,
// unreadable entries skipped) and reports how many it kept.
func setDefaultCAs(pems []string) int {
	pool := x509.NewCertPool()
	var out []string
	seen := map[string]bool{}
	for _, text := range pems {
		certs, err := parseCerts([]byte(text))
		if err != nil {
			continue
		}
		for _, c := range certs {
			if seen[string(c.Raw)] {
				continue
			}
			seen[string(c.Raw)] = true
			pool.AddCert(c)
			out = append(out, string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})))
		}
	}
	if len(out) == 0 && len(pems) > 0 {
		return 0
	}
	defaultCAMu.Lock()
	defaultCASet, defaultCAPool, defaultCAPEMs = true, pool, out
	defaultCAMu.Unlock()
	return len(out)
}

// defaultCAs is tls.getCACertificates('default'): what setDefaultCACertificates set, else the
// system's roots.
func defaultCAs() []string {
	defaultCAMu.Lock()
	set, pems := defaultCASet, defaultCAPEMs
	defaultCAMu.Unlock()
	if set {
		return pems
	}
	return defaultRootPEMs()
}

// VerifyServerChain checks a server's chain against the default store as a client without a ca
// option does (Node's tls.connect, fetch): ok, or OpenSSL's code and Node's message for the
// first failure. Host names are not checked.
func VerifyServerChain(chain []*x509.Certificate) (code, message string, ok bool) {
	e := verifyChain(chain, DefaultRoots(), time.Now())
	if e == nil {
		return "", "", true
	}
	return e.code, e.text(), false
}

// HostMatches reports whether a certificate names host as Node's checkServerIdentity decides:
// IP SANs for an IP, DNS SANs (with wildcards) for a name, and the subject CN only when the
// certificate has no DNS SAN.
func HostMatches(c *x509.Certificate, host string) bool {
	if c.VerifyHostname(host) == nil {
		return true
	}
	if len(c.DNSNames) > 0 || strings.Contains(host, ":") || isIPv4Text(host) {
		return false
	}
	cn := c.Subject.CommonName
	return cn != "" && (strings.EqualFold(cn, host) || wildcardMatch(cn, host))
}

func isIPv4Text(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}

func wildcardMatch(pattern, host string) bool {
	if !strings.HasPrefix(pattern, "*.") {
		return false
	}
	i := strings.IndexByte(host, '.')
	return i > 0 && strings.EqualFold(pattern[1:], host[i:])
}
