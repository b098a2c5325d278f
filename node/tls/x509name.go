package tls

import (
	"crypto/x509"
	"encoding/asn1"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Certificate names and general names printed the way Node prints them through OpenSSL:
// X509Certificate.subject/issuer (X509_NAME_print_ex with Node's multi-line flags), the
// subjectAltName and infoAccess texts (Node's escaping of unsafe names as JSON strings), and the
// legacy objects of getPeerCertificate()/toLegacyObject().

type rawATV struct {
	Type  asn1.ObjectIdentifier
	Value asn1.RawValue
}

// rawRDNSET is one relative distinguished name; encoding/asn1 reads a slice type whose name ends
// in SET as a SET OF.
type rawRDNSET []rawATV

// parseRawName reads a Name in the certificate's own order, keeping multi-valued RDNs and the
// string types as they are encoded (Go's pkix.Name reorders and drops both).
func parseRawName(der []byte) ([]rawRDNSET, bool) {
	var rdns []rawRDNSET
	rest, err := asn1.Unmarshal(der, &rdns)
	if err != nil || len(rest) > 0 {
		return nil, false
	}
	return rdns, true
}

// attrShortName is OpenSSL's short name of an attribute type, or the dotted OID it does not know.
func attrShortName(oid asn1.ObjectIdentifier) string {
	if name, ok := attrNames[oid.String()]; ok {
		return name
	}
	return oid.String()
}

// stringValue decodes a directory string to UTF-8 as ASN1_STRING_to_UTF8 does; ok is false for
// a value that is not a string type.
func stringValue(v asn1.RawValue) (string, bool) {
	if v.Class != asn1.ClassUniversal {
		return "", false
	}
	switch v.Tag {
	case asn1.TagUTF8String:
		return string(v.Bytes), true
	case asn1.TagPrintableString, asn1.TagIA5String, 26 /* VisibleString */, asn1.TagNumericString, asn1.TagT61String, 25 /* GraphicString */, 27 /* GeneralString */, 21 /* VideotexString */ :
		return latin1(v.Bytes), true
	case asn1.TagBMPString:
		if len(v.Bytes)%2 != 0 {
			return latin1(v.Bytes), true
		}
		u := make([]uint16, len(v.Bytes)/2)
		for i := range u {
			u[i] = uint16(v.Bytes[2*i])<<8 | uint16(v.Bytes[2*i+1])
		}
		return string(utf16.Decode(u)), true
	case 28: // UniversalString
		var sb strings.Builder
		for i := 0; i+3 < len(v.Bytes); i += 4 {
			sb.WriteRune(rune(uint32(v.Bytes[i])<<24 | uint32(v.Bytes[i+1])<<16 | uint32(v.Bytes[i+2])<<8 | uint32(v.Bytes[i+3])))
		}
		return sb.String(), true
	}
	return "", false
}

func latin1(b []byte) string {
	if utf8.Valid(b) && !hasHighBit(b) {
		return string(b)
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

func hasHighBit(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// escapeNameValue escapes a value as OpenSSL does with ASN1_STRFLGS_ESC_2253 (and
// ASN1_STRFLGS_ESC_CTRL when ctrl): RFC 2253's specials with a backslash, control characters as
// \XX; characters above 0x7f stay as UTF-8 (Node does not set ASN1_STRFLGS_ESC_MSB).
func escapeNameValue(s string, ctrl bool) string {
	var sb strings.Builder
	runes := []rune(s)
	for i, r := range runes {
		switch {
		case strings.ContainsRune(",+\"\\<>;", r),
			i == 0 && (r == '#' || r == ' '),
			i == len(runes)-1 && r == ' ':
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case ctrl && (r < 0x20 || r == 0x7f):
			fmt.Fprintf(&sb, "\\%02X", r)
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// nameText prints a Name: multiline is Node's X509Certificate.subject form (one RDN a line,
// " + " inside an RDN, control characters escaped); otherwise RFC 2253's (reversed, "," and "+",
// unknown value types dumped as #hex), which Node uses for DirName entries.
func nameText(der []byte, multiline bool) string {
	rdns, ok := parseRawName(der)
	if !ok {
		return ""
	}
	var sb strings.Builder
	for i := range rdns {
		rdn := rdns[i]
		if !multiline {
			rdn = rdns[len(rdns)-1-i]
		}
		if i > 0 {
			if multiline {
				sb.WriteByte('\n')
			} else {
				sb.WriteByte(',')
			}
		}
		for j, atv := range rdn {
			if j > 0 {
				if multiline {
					sb.WriteString(" + ")
				} else {
					sb.WriteByte('+')
				}
			}
			sb.WriteString(attrShortName(atv.Type))
			sb.WriteByte('=')
			if s, ok := stringValue(atv.Value); ok {
				sb.WriteString(escapeNameValue(s, multiline))
			} else {
				sb.WriteString("#" + strings.ToUpper(hex.EncodeToString(atv.Value.FullBytes)))
			}
		}
	}
	return sb.String()
}

// nameFieldsRaw is the legacy object's name: short name and UTF-8 value of every attribute in
// the certificate's order.
func nameFieldsRaw(der []byte) [][2]string {
	rdns, ok := parseRawName(der)
	if !ok {
		return nil
	}
	var out [][2]string
	for _, rdn := range rdns {
		for _, atv := range rdn {
			s, ok := stringValue(atv.Value)
			if !ok {
				s = latin1(atv.Value.Bytes)
			}
			out = append(out, [2]string{attrShortName(atv.Type), s})
		}
	}
	return out
}

// isSafeAltName is Node's test for a name that can be printed as it is in the comma-separated
// list; utf8 names may hold non-ASCII bytes, the IA5String ones may not.
func isSafeAltName(b []byte, utf8 bool) bool {
	for _, c := range b {
		switch {
		case c == '"' || c == '\\' || c == ',' || c == '\'':
			return false
		case utf8 && (c < ' ' || c == 0x7f):
			return false
		case !utf8 && (c < ' ' || c > '~'):
			return false
		}
	}
	return true
}

// altNameText prints a name as Node's PrintAltName does: as it is when safe, else as a JSON
// string (commas as \u002c, other unsafe bytes as \u00XX read as Latin-1) with the prefix inside
// the quotes.
func altNameText(b []byte, utf8 bool, prefix string) string {
	var sb strings.Builder
	if isSafeAltName(b, utf8) {
		if prefix != "" {
			sb.WriteString(prefix + ":")
		}
		sb.Write(b)
		return sb.String()
	}
	sb.WriteByte('"')
	if prefix != "" {
		sb.WriteString(prefix + ":")
	}
	for _, c := range b {
		switch {
		case c == '"' || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case (c >= ' ' && c != ',' && c <= '~') || (utf8 && c&0x80 != 0):
			sb.WriteByte(c)
		default:
			fmt.Fprintf(&sb, "\\u00%02x", c)
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

var (
	oidXmppAddr = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 8, 5}
	oidSRVName  = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 8, 7}
)

// generalNameText prints one GeneralName as Node does (OpenSSL's labels, Node's escaping).
func generalNameText(v asn1.RawValue) string {
	if v.Class != asn1.ClassContextSpecific {
		return "othername:<unsupported>"
	}
	switch v.Tag {
	case 0:
		var typ asn1.ObjectIdentifier
		var wrapper, val asn1.RawValue
		if rest, err := asn1.Unmarshal(v.Bytes, &typ); err == nil {
			if _, err := asn1.Unmarshal(rest, &wrapper); err == nil && wrapper.Class == asn1.ClassContextSpecific && wrapper.Tag == 0 {
				if _, err := asn1.Unmarshal(wrapper.Bytes, &val); err == nil && val.Class == asn1.ClassUniversal {
					switch {
					case typ.Equal(oidXmppAddr) && val.Tag == asn1.TagUTF8String:
						return "othername:" + altNameText(val.Bytes, true, "XmppAddr")
					case typ.Equal(oidSRVName) && val.Tag == asn1.TagIA5String:
						return "othername:" + altNameText(val.Bytes, false, "SRVName")
					}
				}
			}
		}
		return "othername:<unsupported>"
	case 1:
		return "email:" + altNameText(v.Bytes, false, "")
	case 2:
		return "DNS:" + altNameText(v.Bytes, false, "")
	case 3:
		return "X400Name:<unsupported>"
	case 4:
		return "DirName:" + altNameText([]byte(nameText(v.Bytes, false)), true, "")
	case 5:
		return "EdiPartyName:<unsupported>"
	case 6:
		return "URI:" + altNameText(v.Bytes, false, "")
	case 7:
		if len(v.Bytes) != 4 && len(v.Bytes) != 16 {
			return fmt.Sprintf("IP Address:<invalid length=%d>", len(v.Bytes))
		}
		return "IP Address:" + ipText(v.Bytes)
	case 8:
		var oid asn1.ObjectIdentifier
		if _, err := asn1.Unmarshal(append([]byte{6, byte(len(v.Bytes))}, v.Bytes...), &oid); err == nil {
			return "Registered ID:" + oid.String()
		}
		return "Registered ID:<invalid>"
	}
	return "othername:<unsupported>"
}

// generalNames reads a GeneralNames SEQUENCE.
func generalNames(der []byte) ([]asn1.RawValue, bool) {
	var seq asn1.RawValue
	if _, err := asn1.Unmarshal(der, &seq); err != nil {
		return nil, false
	}
	var out []asn1.RawValue
	rest := seq.Bytes
	for len(rest) > 0 {
		var v asn1.RawValue
		var err error
		rest, err = asn1.Unmarshal(rest, &v)
		if err != nil {
			break
		}
		out = append(out, v)
	}
	return out, true
}

func findExtension(c *x509.Certificate, oid asn1.ObjectIdentifier) []byte {
	for _, ext := range c.Extensions {
		if ext.Id.Equal(oid) {
			return ext.Value
		}
	}
	return nil
}

var (
	oidAIA        = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 1, 1}
	oidOCSP       = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 48, 1}
	oidCAIssuers  = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 48, 2}
	oidTimeStamps = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 48, 3}
	oidCARepo     = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 48, 5}
)

// infoAccessText is X509Certificate.infoAccess: "<method> - <general name>" lines, as OpenSSL 3
// prints the Authority Information Access extension.
func infoAccessText(c *x509.Certificate) (string, bool) {
	ext := findExtension(c, oidAIA)
	if ext == nil {
		return "", false
	}
	var ads []struct {
		Method   asn1.ObjectIdentifier
		Location asn1.RawValue
	}
	if _, err := asn1.Unmarshal(ext, &ads); err != nil {
		return "", false
	}
	lines := make([]string, 0, len(ads))
	for _, ad := range ads {
		var method string
		switch {
		case ad.Method.Equal(oidOCSP):
			method = "OCSP"
		case ad.Method.Equal(oidCAIssuers):
			method = "CA Issuers"
		case ad.Method.Equal(oidTimeStamps):
			method = "AD Time Stamping"
		case ad.Method.Equal(oidCARepo):
			method = "CA Repository"
		default:
			method = ad.Method.String()
		}
		lines = append(lines, method+" - "+generalNameText(ad.Location))
	}
	return strings.Join(lines, "\n"), true
}

// subjectAltNames prints the extension as Node does: "DNS:a, IP Address:1.2.3.4, URI:…", in the
// certificate's order.
func subjectAltNames(c *x509.Certificate) (string, bool) {
	ext := findExtension(c, oidSAN)
	if ext == nil {
		return "", false
	}
	names, ok := generalNames(ext)
	if !ok {
		return "", true
	}
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = generalNameText(n)
	}
	return strings.Join(parts, ", "), true
}

// legacyInfoAccess splits the infoAccess text into the legacy object's entries as Node's
// translatePeerCertificate does: "key:value" lines, a quoted value read as a JSON string.
func legacyInfoAccess(text string) [][2]string {
	var out [][2]string
	for _, line := range strings.Split(text, "\n") {
		i := strings.IndexByte(line, ':')
		if i < 0 {
			continue
		}
		key, val := line[:i], line[i+1:]
		if strings.HasPrefix(val, "\"") {
			val = unquoteJSON(val)
		}
		out = append(out, [2]string{key, val})
	}
	return out
}

func unquoteJSON(s string) string {
	if len(s) < 2 || s[len(s)-1] != '"' {
		return s
	}
	s = s[1 : len(s)-1]
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			sb.WriteByte(c)
			continue
		}
		i++
		switch s[i] {
		case 'u':
			if i+4 < len(s) {
				var r rune
				if _, err := fmt.Sscanf(s[i+1:i+5], "%04x", &r); err == nil {
					sb.WriteRune(r)
					i += 4
					continue
				}
			}
			sb.WriteByte('u')
		default:
			sb.WriteByte(s[i])
		}
	}
	return sb.String()
}
