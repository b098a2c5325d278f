package weburl

// CanonicalOffsets recognises, without parsing, the most common input of all: a special URL
// (http, https, ws, wss, ftp) that is already its own serialization, with a lowercase ASCII
// domain, no credentials, no port, no dot segments and nothing to percent-encode. For such an
// input the href is the input itself and the offsets come from one scan. Anything else (and
// anything in doubt) reports false and goes through the parser. The fuzz target
// FuzzCanonicalOffsets holds this to what Parse returns.
func CanonicalOffsets(in string) (Offsets, bool) {
	var o Offsets
	colon := 0
	for colon < len(in) && colon < 6 && in[colon] >= 'a' && in[colon] <= 'z' {
		colon++
	}
	switch in[:colon] {
	case "http", "https", "ws", "wss", "ftp":
	default:
		return o, false
	}
	if len(in) < colon+3 || in[colon] != ':' || in[colon+1] != '/' || in[colon+2] != '/' {
		return o, false
	}
	o.ProtocolEnd = int32(colon + 1)
	hostStart := colon + 3
	p := hostStart
	// the host: dot-separated labels of [a-z0-9-], not punycode (which needs validating), and
	// not ending in a number (an IPv4 address)
	labelStart := p
	for ; p < len(in); p++ {
		c := in[p]
		if c == '/' {
			break
		}
		switch {
		case c >= 'a' && c <= 'z', c == '-':
		case c >= '0' && c <= '9':
		case c == '.':
			if p == labelStart {
				return o, false
			}
			labelStart = p + 1
		default:
			return o, false
		}
		if p == labelStart+3 && in[labelStart:p+1] == "xn--" {
			return o, false
		}
	}
	if p == hostStart || p == len(in) || labelStart == p || (in[labelStart] >= '0' && in[labelStart] <= '9') {
		return o, false
	}
	o.UsernameStart, o.UsernameEnd, o.PasswordStart, o.PasswordEnd = int32(hostStart), int32(hostStart), int32(hostStart), int32(hostStart)
	o.HostStart, o.HostEnd, o.PortStart, o.PathStart = int32(hostStart), int32(p), int32(p), int32(p)
	// the path: segments of characters kept as they are, none of them a dot segment
	segStart := p + 1
	for p++; ; p++ {
		if p == len(in) || in[p] == '/' || in[p] == '?' || in[p] == '#' {
			if isDotSegmentLike(in[segStart:p]) {
				return o, false
			}
			if p == len(in) || in[p] != '/' {
				break
			}
			segStart = p + 1
			continue
		}
		if !pathKept(in[p]) {
			return o, false
		}
	}
	o.SearchStart = int32(p)
	if p < len(in) && in[p] == '?' {
		for p++; p < len(in) && in[p] != '#'; p++ {
			if !queryKept(in[p]) {
				return o, false
			}
		}
	}
	o.HashStart = int32(p)
	if p < len(in) {
		for p++; p < len(in); p++ {
			if !fragmentKept(in[p]) {
				return o, false
			}
		}
	}
	return o, true
}

// isDotSegmentLike is true for segments the parser might treat as "." or ".." (or percent-
// encoded dots anywhere, to stay simple).
func isDotSegmentLike(s string) bool {
	if s == "." || s == ".." {
		return true
	}
	for i := 0; i+2 < len(s); i++ {
		if s[i] == '%' && s[i+1] == '2' && (s[i+2] == 'e' || s[i+2] == 'E') {
			return true
		}
	}
	return false
}

func isUnreservedOrSubDelim(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	switch c {
	case '-', '.', '_', '~', '!', '$', '&', '(', ')', '*', '+', ',', ';', '=', ':', '@', '%':
		return true
	}
	return false
}

func pathKept(c byte) bool { return isUnreservedOrSubDelim(c) || c == '\'' }

func queryKept(c byte) bool { return isUnreservedOrSubDelim(c) || c == '/' || c == '?' }

func fragmentKept(c byte) bool {
	return isUnreservedOrSubDelim(c) || c == '/' || c == '?' || c == '#' || c == '\''
}
