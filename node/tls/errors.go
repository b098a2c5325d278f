package tls

import (
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"
)

// alertReasons are OpenSSL's reason texts for alerts received from the peer; the reason code is
// 1000 + the alert number.
var alertReasons = map[string]struct {
	num    int
	reason string
}{
	"close notify":                    {0, "sslv3 alert close notify"},
	"unexpected message":              {10, "sslv3 alert unexpected message"},
	"bad record MAC":                  {20, "sslv3 alert bad record mac"},
	"handshake failure":               {40, "sslv3 alert handshake failure"},
	"bad certificate":                 {42, "sslv3 alert bad certificate"},
	"unsupported certificate":         {43, "sslv3 alert unsupported certificate"},
	"revoked certificate":             {44, "sslv3 alert certificate revoked"},
	"expired certificate":             {45, "sslv3 alert certificate expired"},
	"unknown certificate":             {46, "sslv3 alert certificate unknown"},
	"illegal parameter":               {47, "sslv3 alert illegal parameter"},
	"unknown certificate authority":   {48, "tlsv1 alert unknown ca"},
	"access denied":                   {49, "tlsv1 alert access denied"},
	"error decoding message":          {50, "tlsv1 alert decode error"},
	"error decrypting message":        {51, "tlsv1 alert decrypt error"},
	"protocol version not supported":  {70, "tlsv1 alert protocol version"},
	"insufficient security level":     {71, "tlsv1 alert insufficient security"},
	"internal error":                  {80, "tlsv1 alert internal error"},
	"inappropriate fallback":          {86, "tlsv1 alert inappropriate fallback"},
	"user canceled":                   {90, "tlsv1 alert user cancelled"},
	"no renegotiation":                {100, "sslv3 alert no renegotiation"},
	"missing extension":               {109, "tlsv13 alert missing extension"},
	"unsupported extension":           {110, "tlsv1 alert unsupported extension"},
	"unrecognized name":               {112, "tlsv1 unrecognized name"},
	"certificate required":            {116, "tlsv13 alert certificate required"},
	"no application protocol":         {120, "tlsv1 alert no application protocol"},
	"bad certificate status response": {113, "tlsv1 bad certificate status response"},
}

// handshakeFailure is what JS gets for a failed handshake: an OpenSSL-style error, or a system
// error code (ECONNRESET, EOF) that the JS side words as Node does.
type handshakeFailure struct {
	ssl   *sslError
	errno string // "ECONNRESET", "EOF", "EPIPE"…
}

func sslReason(hexCode int, reason string) *sslError {
	return osslErr(fmt.Sprintf("0A%06X", hexCode), "SSL routines", reason)
}

func classifyHandshakeError(err error, isServer bool) handshakeFailure {
	var rh tls.RecordHeaderError
	if errors.As(err, &rh) {
		// OpenSSL servers name a plain HTTP request; everything else is a bad record version
		h := string(rh.RecordHeader[:])
		if isServer && (strings.HasPrefix(h, "GET ") || strings.HasPrefix(h, "POST ") || strings.HasPrefix(h, "HEAD ") ||
			strings.HasPrefix(h, "PUT ") || strings.HasPrefix(h, "DELET") || strings.HasPrefix(h, "OPTIO") || strings.HasPrefix(h, "PATCH")) {
			return handshakeFailure{ssl: sslReason(0x9C, "http request")}
		}
		if isServer && strings.HasPrefix(h, "CONNE") {
			return handshakeFailure{ssl: sslReason(0x9B, "https proxy request")}
		}
		return handshakeFailure{ssl: sslReason(0x10B, "wrong version number")}
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return handshakeFailure{errno: "EOF"}
	}
	if errors.Is(err, syscall.ECONNRESET) || errors.Is(err, net.ErrClosed) {
		return handshakeFailure{errno: "ECONNRESET"}
	}
	if errors.Is(err, syscall.EPIPE) {
		return handshakeFailure{errno: "EPIPE"}
	}
	msg := err.Error()
	if i := strings.Index(msg, "remote error: tls: "); i >= 0 {
		desc := msg[i+len("remote error: tls: "):]
		if a, ok := alertReasons[desc]; ok {
			return handshakeFailure{ssl: sslReason(1000+a.num, a.reason)}
		}
		return handshakeFailure{ssl: sslReason(1000+40, "sslv3 alert handshake failure")}
	}
	switch {
	case strings.Contains(msg, "didn't provide a certificate"):
		return handshakeFailure{ssl: sslReason(0xC7, "peer did not return a certificate")}
	case strings.Contains(msg, "unsupported versions"), strings.Contains(msg, "unsupported protocol version"),
		strings.Contains(msg, "no supported versions"), strings.Contains(msg, "downgrade attempt"):
		return handshakeFailure{ssl: sslReason(0x102, "unsupported protocol")}
	case strings.Contains(msg, "unsupported application protocols"):
		return handshakeFailure{ssl: sslReason(0xEB, "no application protocol")}
	case strings.Contains(msg, "no cipher suite supported"), strings.Contains(msg, "no certificates configured"):
		return handshakeFailure{ssl: sslReason(0xC1, "no shared cipher")}
	case strings.Contains(msg, "first record does not look like a TLS handshake"):
		return handshakeFailure{ssl: sslReason(0x9C, "http request")}
	case strings.Contains(msg, "server selected unadvertised ALPN protocol"):
		return handshakeFailure{ssl: sslReason(0x6E, "unexpected extension")}
	case strings.Contains(msg, "unsupported certificate"), strings.Contains(msg, "certificate"):
		return handshakeFailure{ssl: sslReason(0x86, "certificate verify failed")}
	}
	return handshakeFailure{ssl: sslReason(0x10B, "wrong version number")}
}
