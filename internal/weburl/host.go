package weburl

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"
)

// encodeSet is a percent-encode set over ASCII; bytes >= 0x80 are always encoded.
type encodeSet [128]bool

func makeSet(base *encodeSet, extra string) *encodeSet {
	var s encodeSet
	if base != nil {
		s = *base
	} else {
		for i := 0; i < 0x20; i++ {
			s[i] = true
		}
		s[0x7f] = true
	}
	for i := 0; i < len(extra); i++ {
		s[extra[i]] = true
	}
	return &s
}

var (
	c0ControlSet     = makeSet(nil, "")
	fragmentSet      = makeSet(c0ControlSet, " \"<>`")
	querySet         = makeSet(c0ControlSet, " \"#<>")
	specialQuerySet  = makeSet(querySet, "'")
	pathSet          = makeSet(querySet, "?^`{}")
	userinfoSet      = makeSet(pathSet, "/:;=@[\\]|")
	componentSet     = makeSet(userinfoSet, "$%&+,")
	formURLEncodeSet = makeSet(componentSet, "!'()~")
)

const upperHex = "0123456789ABCDEF"

func appendPercentEncoded(dst []byte, b byte, set *encodeSet) []byte {
	if b >= 0x80 || set[b] {
		return append(dst, '%', upperHex[b>>4], upperHex[b&15])
	}
	return append(dst, b)
}

func percentEncodeByte(b byte, set *encodeSet) string {
	return string(appendPercentEncoded(nil, b, set))
}

// PercentEncode encodes s (UTF-8) with one of the named sets: "userinfo", "component",
// "form", "path", "query", "special-query", "fragment", "c0".
func PercentEncode(s string, set string) string {
	es := setByName(set)
	i := 0
	for i < len(s) && s[i] < 0x80 && !es[s[i]] {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	b = append(b, s[:i]...)
	for ; i < len(s); i++ {
		b = appendPercentEncoded(b, s[i], es)
	}
	return string(b)
}

func setByName(name string) *encodeSet {
	switch name {
	case "userinfo":
		return userinfoSet
	case "component":
		return componentSet
	case "form":
		return formURLEncodeSet
	case "path":
		return pathSet
	case "query":
		return querySet
	case "special-query":
		return specialQuerySet
	case "fragment":
		return fragmentSet
	}
	return c0ControlSet
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// PercentDecode is the standard's percent-decode (invalid sequences stay as they are).
func PercentDecode(s string) string {
	if strings.IndexByte(s, '%') < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			h, l := hexVal(s[i+1]), hexVal(s[i+2])
			if h >= 0 && l >= 0 {
				b = append(b, byte(h<<4|l))
				i += 2
				continue
			}
		}
		b = append(b, s[i])
	}
	return string(b)
}

func isForbiddenHost(c byte) bool {
	switch c {
	case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|':
		return true
	}
	return false
}

func isForbiddenDomain(c byte) bool {
	return isForbiddenHost(c) || c <= 0x1f || c == '%' || c == 0x7f
}

// ParseHost is the host parser; the result is the serialized host.
func ParseHost(input string, opaque bool) (string, bool) {
	if strings.HasPrefix(input, "[") {
		if !strings.HasSuffix(input, "]") || len(input) < 2 {
			return "", false
		}
		addr, ok := parseIPv6(input[1 : len(input)-1])
		if !ok {
			return "", false
		}
		return "[" + serializeIPv6(addr) + "]", true
	}
	if opaque {
		for i := 0; i < len(input); i++ {
			if isForbiddenHost(input[i]) {
				return "", false
			}
		}
		return PercentEncode(input, "c0"), true
	}
	domain := PercentDecode(input)
	ascii, ok := DomainToASCII(domain, false)
	if !ok {
		return "", false
	}
	if endsInNumber(ascii) {
		v4, ok := parseIPv4(ascii)
		if !ok {
			return "", false
		}
		return serializeIPv4(v4), true
	}
	return ascii, true
}

var idnaProfile = idna.New(
	idna.MapForLookup(),
	idna.BidiRule(),
	idna.CheckJoiners(true),
	idna.CheckHyphens(false),
	idna.StrictDomainName(false),
	idna.Transitional(false),
	idna.VerifyDNSLength(false),
)

var idnaStrictProfile = idna.New(
	idna.MapForLookup(),
	idna.BidiRule(),
	idna.CheckJoiners(true),
	idna.CheckHyphens(false),
	idna.StrictDomainName(true),
	idna.Transitional(false),
	idna.VerifyDNSLength(true),
)

// DomainToASCII is the standard's domain to ASCII (UTS #46 ToASCII with the URL Standard's
// flags) followed by the forbidden domain code point check.
func DomainToASCII(domain string, beStrict bool) (string, bool) {
	fast := true
	for i := 0; i < len(domain); i++ {
		c := domain[i]
		if c >= 0x80 || isForbiddenDomain(c) {
			fast = false
			break
		}
	}
	var result string
	var lower string
	if fast {
		lower = strings.ToLower(domain)
	}
	if fast && !beStrict && !strings.Contains(lower, "xn--") {
		result = lower
	} else {
		if !utf8.ValidString(domain) {
			domain = DecodeUTF8(domain)
		}
		domain = premapUTS46v16(domain)
		p := idnaProfile
		if beStrict {
			p = idnaStrictProfile
		}
		r, err := p.ToASCII(domain)
		if err != nil || decodesToACEPrefix(r) {
			return "", false
		}
		result = r
	}
	if result == "" {
		return "", false
	}
	for i := 0; i < len(result); i++ {
		if isForbiddenDomain(result[i]) {
			return "", false
		}
	}
	return result, true
}

// DomainToUnicode is UTS #46 ToUnicode with the URL Standard's flags; errors keep the
// processed text, as the standard asks.
func DomainToUnicode(domain string) string {
	r, _ := idnaProfile.ToUnicode(domain)
	return r
}

func endsInNumber(s string) bool {
	if strings.HasSuffix(s, ".") {
		if len(s) == 1 {
			return false
		}
		s = s[:len(s)-1]
	}
	last := s[strings.LastIndexByte(s, '.')+1:]
	if last != "" {
		allDigits := true
		for i := 0; i < len(last); i++ {
			if !isASCIIDigit(int(last[i])) {
				allDigits = false
				break
			}
		}
		if allDigits {
			return true
		}
	}
	_, ok := parseIPv4Number(last)
	return ok
}

func parseIPv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	base := 10
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
		base = 16
	} else if len(s) >= 2 && s[0] == '0' {
		s = s[1:]
		base = 8
	}
	if s == "" {
		return 0, true
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		d := hexVal(s[i])
		if d < 0 || d >= base {
			return 0, false
		}
		v = v*uint64(base) + uint64(d)
		if v > 1<<40 {
			v = 1 << 40 // saturate: any value this big fails the range checks
		}
	}
	return v, true
}

func parseIPv4(s string) (uint32, bool) {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return 0, false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		v, ok := parseIPv4Number(p)
		if !ok {
			return 0, false
		}
		nums[i] = v
	}
	for i := 0; i < len(nums)-1; i++ {
		if nums[i] > 255 {
			return 0, false
		}
	}
	last := nums[len(nums)-1]
	if last >= uint64(1)<<(8*(5-len(nums))) {
		return 0, false
	}
	v := last
	for i := 0; i < len(nums)-1; i++ {
		v += nums[i] << (8 * (3 - i))
	}
	return uint32(v), true
}

func serializeIPv4(v uint32) string {
	return strconv.Itoa(int(v>>24)) + "." + strconv.Itoa(int(v>>16&255)) + "." + strconv.Itoa(int(v>>8&255)) + "." + strconv.Itoa(int(v&255))
}

func parseIPv6(s string) ([8]uint16, bool) {
	var a [8]uint16
	piece, compress := 0, -1
	p := 0
	n := len(s)
	at := func(i int) int {
		if i < n {
			return int(s[i])
		}
		return -1
	}
	if at(p) == ':' {
		if at(p+1) != ':' {
			return a, false
		}
		p += 2
		piece++
		compress = piece
	}
	for at(p) != -1 {
		if piece == 8 {
			return a, false
		}
		if at(p) == ':' {
			if compress != -1 {
				return a, false
			}
			p++
			piece++
			compress = piece
			continue
		}
		value, length := 0, 0
		for length < 4 && at(p) != -1 && isASCIIHex(at(p)) {
			value = value*16 + hexVal(s[p])
			p++
			length++
		}
		if at(p) == '.' {
			if length == 0 {
				return a, false
			}
			p -= length
			if piece > 6 {
				return a, false
			}
			numbersSeen := 0
			for at(p) != -1 {
				v4 := -1
				if numbersSeen > 0 {
					if at(p) == '.' && numbersSeen < 4 {
						p++
					} else {
						return a, false
					}
				}
				if at(p) == -1 || !isASCIIDigit(at(p)) {
					return a, false
				}
				for at(p) != -1 && isASCIIDigit(at(p)) {
					num := at(p) - '0'
					if v4 == -1 {
						v4 = num
					} else if v4 == 0 {
						return a, false
					} else {
						v4 = v4*10 + num
					}
					if v4 > 255 {
						return a, false
					}
					p++
				}
				a[piece] = a[piece]*0x100 + uint16(v4)
				numbersSeen++
				if numbersSeen == 2 || numbersSeen == 4 {
					piece++
				}
			}
			if numbersSeen != 4 {
				return a, false
			}
			break
		} else if at(p) == ':' {
			p++
			if at(p) == -1 {
				return a, false
			}
		} else if at(p) != -1 {
			return a, false
		}
		a[piece] = uint16(value)
		piece++
	}
	if compress != -1 {
		swaps := piece - compress
		piece = 7
		for piece != 0 && swaps > 0 {
			a[piece], a[compress+swaps-1] = a[compress+swaps-1], a[piece]
			piece--
			swaps--
		}
	} else if piece != 8 {
		return a, false
	}
	return a, true
}

func serializeIPv6(a [8]uint16) string {
	// the first longest run of two or more zero pieces is compressed
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		if a[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && a[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	var sb strings.Builder
	ignore0 := false
	for i := 0; i < 8; i++ {
		if ignore0 && a[i] == 0 {
			continue
		}
		ignore0 = false
		if best == i {
			if i == 0 {
				sb.WriteString("::")
			} else {
				sb.WriteByte(':')
			}
			ignore0 = true
			continue
		}
		sb.WriteString(strconv.FormatUint(uint64(a[i]), 16))
		if i != 7 {
			sb.WriteByte(':')
		}
	}
	return sb.String()
}

// premapUTS46v16 applies the UTS #46 mapping changes of Unicode 15.1 and 16 that
// golang.org/x/net/idna's Unicode 15 tables (used with Go < 1.27) lack, so hosts map as in
// Node: Georgian capitals and a few others now map to lowercase, and some default-ignorable
// code points (Hangul fillers, Khmer inherent vowels, musical formatting) map to nothing.
func premapUTS46v16(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0x10A0 && r <= 0x10C5:
			return r - 0x10A0 + 0x2D00
		case r == 0x10C7:
			return 0x2D27
		case r == 0x10CD:
			return 0x2D2D
		case r == 0x1E9E:
			return 0xDF
		case r == 0x04C0:
			return 0x04CF
		case r == 0x2183:
			return 0x2184
		case r == 0x2F868: // CJK compatibility ideographs remapped in Unicode 15.1
			return 0x36FC
		case r == 0x2F874:
			return 0x5F53
		case r == 0x2F91F:
			return 0x243AB
		case r == 0x2F95F:
			return 0x7AEE
		case r == 0x2F9BF:
			return 0x45D7
		case r == 0x180E, r == 0x206B, r == 0x115F, r == 0x1160, r == 0xFFA0, r == 0x3164,
			r == 0x17B4, r == 0x17B5, r >= 0x1D173 && r <= 0x1D17A:
			return -1
		}
		return r
	}, s)
}

// decodesToACEPrefix reports whether an A-label decodes to a label that itself starts with
// "xn--", which UTS #46 (since 15.1) rejects when CheckHyphens is off.
func decodesToACEPrefix(domain string) bool {
	if !strings.Contains(domain, "xn--") {
		return false
	}
	for _, label := range strings.Split(domain, ".") {
		if !strings.HasPrefix(label, "xn--") {
			continue
		}
		if u, err := idna.Punycode.ToUnicode(label); err == nil && strings.HasPrefix(u, "xn--") {
			return true
		}
	}
	return false
}

var lenientProfile = idna.New(idna.MapForLookup(), idna.StrictDomainName(false), idna.CheckHyphens(false), idna.Transitional(false))

// LenientToASCII is the host conversion of Node's legacy url.parse: ASCII stays as it is,
// anything else is mapped and punycoded, keeping the result even where a label is invalid.
func LenientToASCII(host string) string {
	ascii := true
	for i := 0; i < len(host); i++ {
		if host[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return host
	}
	r, _ := lenientProfile.ToASCII(premapUTS46v16(DecodeUTF8(host)))
	return r
}
