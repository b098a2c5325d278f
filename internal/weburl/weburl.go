// Package weburl is the WHATWG URL Standard's parser and serializer (the basic URL parser with
// its state overrides, host parsing, percent-encoding) as Node's URL class exposes it. It
// works on UTF-8 bytes: every state decision is about ASCII, and a non-ASCII code point is
// percent-encoded as its UTF-8 bytes, which is what the standard does code point by code point.
package weburl

import (
	"strconv"
	"strings"
)

// URL is a URL record. Path segments are kept for hierarchical URLs, OpaquePath for URLs
// with an opaque path ("mailto:x").
type URL struct {
	Scheme      string
	Username    string
	Password    string
	Host        string // serialized host
	HasHost     bool
	Port        int // -1: none
	Path        []string
	Opaque      bool
	OpaquePath  string
	Query       string
	HasQuery    bool
	Fragment    string
	HasFragment bool
}

// SpecialPort is the default port of a special scheme; special reports whether the scheme is
// special at all.
func SpecialPort(scheme string) (port int, special bool) {
	switch scheme {
	case "http", "ws":
		return 80, true
	case "https", "wss":
		return 443, true
	case "ftp":
		return 21, true
	case "file":
		return -1, true
	}
	return -1, false
}

// IsSpecial reports whether the URL's scheme is special.
func (u *URL) IsSpecial() bool {
	_, s := SpecialPort(u.Scheme)
	return s
}

type state int

const (
	noOverride state = iota
	schemeStartState
	schemeState
	noSchemeState
	specialRelativeOrAuthorityState
	pathOrAuthorityState
	relativeState
	relativeSlashState
	specialAuthoritySlashesState
	specialAuthorityIgnoreSlashesState
	authorityState
	hostState
	hostnameState
	portState
	fileState
	fileSlashState
	fileHostState
	pathStartState
	pathState
	opaquePathState
	queryState
	fragmentState
)

// Exported state overrides for the setters.
const (
	OverrideScheme   = int(schemeStartState)
	OverrideHost     = int(hostState)
	OverrideHostname = int(hostnameState)
	OverridePort     = int(portState)
	OverridePath     = int(pathStartState)
	OverrideQuery    = int(queryState)
	OverrideFragment = int(fragmentState)
)

func isASCIIAlpha(c int) bool    { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isASCIIDigit(c int) bool    { return c >= '0' && c <= '9' }
func isASCIIHex(c int) bool      { return isASCIIDigit(c) || ((c|0x20) >= 'a' && (c|0x20) <= 'f') }
func isAlnum(c int) bool         { return isASCIIAlpha(c) || isASCIIDigit(c) }
func lowerByte(c byte) byte      { return c | 0x20 }
func isTabOrNewline(c byte) bool { return c == '\t' || c == '\n' || c == '\r' }

// trimInput strips leading and trailing C0 controls and spaces and removes tabs and newlines.
func trimInput(s string) string {
	start, end := 0, len(s)
	for start < end && s[start] <= 0x20 {
		start++
	}
	for end > start && s[end-1] <= 0x20 {
		end--
	}
	s = s[start:end]
	if strings.IndexAny(s, "\t\n\r") < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if !isTabOrNewline(s[i]) {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// Parse parses input against an optional base (nil: none). ok is false on failure.
func Parse(input string, base *URL) (*URL, bool) {
	u := &URL{Port: -1}
	if !u.parse(trimInput(input), base, noOverride) {
		return nil, false
	}
	return u, true
}

// ParseString is Parse with a base given as a string.
func ParseString(input, base string, hasBase bool) (*URL, bool) {
	var b *URL
	if hasBase {
		var ok bool
		if b, ok = Parse(base, nil); !ok {
			return nil, false
		}
	}
	return Parse(input, b)
}

// SetWith runs the basic URL parser on value with a state override (one of the Override*
// constants), as the URL setters do. Like the standard's, it changes the URL in place, so a
// failure late in the input keeps what was set before it (the host of "example.com:65536").
func (u *URL) SetWith(value string, override int) bool {
	if strings.IndexAny(value, "\t\n\r") >= 0 {
		value = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, value)
	}
	return u.parse(value, nil, state(override))
}

func isWindowsDriveLetter(s string, normalizedOnly bool) bool {
	if len(s) != 2 || !isASCIIAlpha(int(s[0])) {
		return false
	}
	return s[1] == ':' || (!normalizedOnly && s[1] == '|')
}

// startsWithWindowsDriveLetter is the standard's check on the remaining input at pointer.
func startsWithWindowsDriveLetter(s string, i int) bool {
	if len(s)-i < 2 || !isASCIIAlpha(int(s[i])) || (s[i+1] != ':' && s[i+1] != '|') {
		return false
	}
	if len(s)-i == 2 {
		return true
	}
	switch s[i+2] {
	case '/', '\\', '?', '#':
		return true
	}
	return false
}

func (u *URL) shortenPath() {
	if u.Scheme == "file" && len(u.Path) == 1 && isWindowsDriveLetter(u.Path[0], true) {
		return
	}
	if len(u.Path) > 0 {
		u.Path = u.Path[:len(u.Path)-1]
	}
}

func isSingleDot(s string) bool {
	return s == "." || strings.EqualFold(s, "%2e")
}

func isDoubleDot(s string) bool {
	switch len(s) {
	case 2:
		return s == ".."
	case 4:
		return strings.EqualFold(s, ".%2e") || strings.EqualFold(s, "%2e.")
	case 6:
		return strings.EqualFold(s, "%2e%2e")
	}
	return false
}

func (u *URL) parse(in string, base *URL, override state) bool {
	st := override
	if st == noOverride {
		st = schemeStartState
	}
	buf := make([]byte, 0, len(in))
	if u.Path == nil && override == noOverride {
		u.Path = make([]string, 0, strings.Count(in, "/"))
	}
	atSignSeen, insideBrackets, passwordTokenSeen := false, false, false
	n := len(in)
	for p := 0; p <= n; p++ {
		c := -1
		if p < n {
			c = int(in[p])
		}
		switch st {
		case schemeStartState:
			if c >= 0 && isASCIIAlpha(c) {
				buf = append(buf, lowerByte(byte(c)))
				st = schemeState
			} else if override == noOverride {
				st = noSchemeState
				p--
			} else {
				return false
			}
		case schemeState:
			if c >= 0 && (isAlnum(c) || c == '+' || c == '-' || c == '.') {
				buf = append(buf, lowerByte(byte(c)))
				if c == '+' || c == '-' || c == '.' || isASCIIDigit(c) {
					buf[len(buf)-1] = byte(c)
				}
			} else if c == ':' {
				scheme := string(buf)
				if override != noOverride {
					_, wasSpecial := SpecialPort(u.Scheme)
					_, isSpecial := SpecialPort(scheme)
					if wasSpecial != isSpecial {
						return true
					}
					if (u.Username != "" || u.Password != "" || u.Port >= 0) && scheme == "file" {
						return true
					}
					if u.Scheme == "file" && u.HasHost && u.Host == "" {
						return true
					}
				}
				u.Scheme = scheme
				if override != noOverride {
					if dp, _ := SpecialPort(scheme); dp == u.Port {
						u.Port = -1
					}
					return true
				}
				buf = buf[:0]
				if u.Scheme == "file" {
					st = fileState
				} else if u.IsSpecial() && base != nil && base.Scheme == u.Scheme {
					st = specialRelativeOrAuthorityState
				} else if u.IsSpecial() {
					st = specialAuthoritySlashesState
				} else if p+1 < n && in[p+1] == '/' {
					st = pathOrAuthorityState
					p++
				} else {
					u.Opaque = true
					st = opaquePathState
				}
			} else if override == noOverride {
				buf = buf[:0]
				st = noSchemeState
				p = -1
			} else {
				return false
			}
		case noSchemeState:
			if base == nil || (base.Opaque && c != '#') {
				return false
			} else if base.Opaque && c == '#' {
				u.Scheme = base.Scheme
				u.Opaque = true
				u.OpaquePath = base.OpaquePath
				u.Query, u.HasQuery = base.Query, base.HasQuery
				u.Fragment, u.HasFragment = "", true
				st = fragmentState
			} else if base.Scheme != "file" {
				st = relativeState
				p--
			} else {
				st = fileState
				p--
			}
		case specialRelativeOrAuthorityState:
			if c == '/' && p+1 < n && in[p+1] == '/' {
				st = specialAuthorityIgnoreSlashesState
				p++
			} else {
				st = relativeState
				p--
			}
		case pathOrAuthorityState:
			if c == '/' {
				st = authorityState
			} else {
				st = pathState
				p--
			}
		case relativeState:
			u.Scheme = base.Scheme
			if c == '/' {
				st = relativeSlashState
			} else if u.IsSpecial() && c == '\\' {
				st = relativeSlashState
			} else {
				u.Username, u.Password = base.Username, base.Password
				u.Host, u.HasHost, u.Port = base.Host, base.HasHost, base.Port
				u.Path = append([]string(nil), base.Path...)
				u.Query, u.HasQuery = base.Query, base.HasQuery
				if c == '?' {
					u.Query, u.HasQuery = "", true
					st = queryState
				} else if c == '#' {
					u.Fragment, u.HasFragment = "", true
					st = fragmentState
				} else if c != -1 {
					u.Query, u.HasQuery = "", false
					u.shortenPath()
					st = pathState
					p--
				}
			}
		case relativeSlashState:
			if u.IsSpecial() && (c == '/' || c == '\\') {
				st = specialAuthorityIgnoreSlashesState
			} else if c == '/' {
				st = authorityState
			} else {
				u.Username, u.Password = base.Username, base.Password
				u.Host, u.HasHost, u.Port = base.Host, base.HasHost, base.Port
				st = pathState
				p--
			}
		case specialAuthoritySlashesState:
			if c == '/' && p+1 < n && in[p+1] == '/' {
				st = specialAuthorityIgnoreSlashesState
				p++
			} else {
				st = specialAuthorityIgnoreSlashesState
				p--
			}
		case specialAuthorityIgnoreSlashesState:
			if c != '/' && c != '\\' {
				st = authorityState
				p--
			}
		case authorityState:
			if c == '@' {
				if atSignSeen {
					buf = append([]byte("%40"), buf...)
				}
				atSignSeen = true
				for i := 0; i < len(buf); i++ {
					if buf[i] == ':' && !passwordTokenSeen {
						passwordTokenSeen = true
						continue
					}
					if passwordTokenSeen {
						u.Password += percentEncodeByte(buf[i], userinfoSet)
					} else {
						u.Username += percentEncodeByte(buf[i], userinfoSet)
					}
				}
				buf = buf[:0]
			} else if c == -1 || c == '/' || c == '?' || c == '#' || (u.IsSpecial() && c == '\\') {
				if atSignSeen && len(buf) == 0 {
					return false
				}
				p -= len(buf) + 1
				buf = buf[:0]
				st = hostState
			} else {
				buf = append(buf, byte(c))
			}
		case hostState, hostnameState:
			if override != noOverride && u.Scheme == "file" {
				p--
				st = fileHostState
			} else if c == ':' && !insideBrackets {
				if len(buf) == 0 {
					return false
				}
				if override == hostnameState {
					return false
				}
				h, ok := ParseHost(string(buf), !u.IsSpecial())
				if !ok {
					return false
				}
				u.Host, u.HasHost = h, true
				buf = buf[:0]
				st = portState
			} else if c == -1 || c == '/' || c == '?' || c == '#' || (u.IsSpecial() && c == '\\') {
				p--
				if u.IsSpecial() && len(buf) == 0 {
					return false
				} else if override != noOverride && len(buf) == 0 && (u.Username != "" || u.Password != "" || u.Port >= 0) {
					return false
				}
				h, ok := ParseHost(string(buf), !u.IsSpecial())
				if !ok {
					return false
				}
				u.Host, u.HasHost = h, true
				buf = buf[:0]
				st = pathStartState
				if override != noOverride {
					return true
				}
			} else {
				if c == '[' {
					insideBrackets = true
				} else if c == ']' {
					insideBrackets = false
				}
				buf = append(buf, byte(c))
			}
		case portState:
			if c >= 0 && isASCIIDigit(c) {
				buf = append(buf, byte(c))
			} else if c == -1 || c == '/' || c == '?' || c == '#' || (u.IsSpecial() && c == '\\') || override != noOverride {
				if len(buf) != 0 {
					port := 0
					for _, d := range buf {
						port = port*10 + int(d-'0')
						if port > 65535 {
							return false
						}
					}
					if dp, _ := SpecialPort(u.Scheme); dp == port {
						u.Port = -1
					} else {
						u.Port = port
					}
					buf = buf[:0]
					if override != noOverride {
						return true
					}
				}
				if override != noOverride {
					return false
				}
				st = pathStartState
				p--
			} else {
				return false
			}
		case fileState:
			u.Scheme = "file"
			u.Host, u.HasHost = "", true
			if c == '/' || c == '\\' {
				st = fileSlashState
			} else if base != nil && base.Scheme == "file" {
				u.Host, u.HasHost = base.Host, base.HasHost
				u.Path = append([]string(nil), base.Path...)
				u.Query, u.HasQuery = base.Query, base.HasQuery
				if c == '?' {
					u.Query, u.HasQuery = "", true
					st = queryState
				} else if c == '#' {
					u.Fragment, u.HasFragment = "", true
					st = fragmentState
				} else if c != -1 {
					u.Query, u.HasQuery = "", false
					if !startsWithWindowsDriveLetter(in, p) {
						u.shortenPath()
					} else {
						u.Path = u.Path[:0]
					}
					st = pathState
					p--
				}
			} else {
				st = pathState
				p--
			}
		case fileSlashState:
			if c == '/' || c == '\\' {
				st = fileHostState
			} else {
				if base != nil && base.Scheme == "file" {
					u.Host, u.HasHost = base.Host, base.HasHost
					if !startsWithWindowsDriveLetter(in, p) && len(base.Path) > 0 && isWindowsDriveLetter(base.Path[0], true) {
						u.Path = append(u.Path, base.Path[0])
					}
				}
				st = pathState
				p--
			}
		case fileHostState:
			if c == -1 || c == '/' || c == '\\' || c == '?' || c == '#' {
				p--
				if override == noOverride && isWindowsDriveLetter(string(buf), false) {
					st = pathState
				} else if len(buf) == 0 {
					u.Host, u.HasHost = "", true
					if override != noOverride {
						return true
					}
					st = pathStartState
				} else {
					h, ok := ParseHost(string(buf), !u.IsSpecial())
					if !ok {
						return false
					}
					if h == "localhost" {
						h = ""
					}
					u.Host, u.HasHost = h, true
					if override != noOverride {
						return true
					}
					buf = buf[:0]
					st = pathStartState
				}
			} else {
				buf = append(buf, byte(c))
			}
		case pathStartState:
			if u.IsSpecial() {
				st = pathState
				if c != '/' && c != '\\' {
					p--
				}
			} else if override == noOverride && c == '?' {
				u.Query, u.HasQuery = "", true
				st = queryState
			} else if override == noOverride && c == '#' {
				u.Fragment, u.HasFragment = "", true
				st = fragmentState
			} else if c != -1 {
				st = pathState
				if c != '/' {
					p--
				}
			} else if override != noOverride && !u.HasHost {
				u.Path = append(u.Path, "")
			}
		case pathState:
			special := u.IsSpecial()
			if c == -1 || c == '/' || (special && c == '\\') || (override == noOverride && (c == '?' || c == '#')) {
				seg := string(buf)
				slash := c == '/' || (special && c == '\\')
				if isDoubleDot(seg) {
					u.shortenPath()
					if !slash {
						u.Path = append(u.Path, "")
					}
				} else if isSingleDot(seg) && !slash {
					u.Path = append(u.Path, "")
				} else if !isSingleDot(seg) {
					if u.Scheme == "file" && len(u.Path) == 0 && isWindowsDriveLetter(seg, false) {
						seg = seg[:1] + ":"
					}
					u.Path = append(u.Path, seg)
				}
				buf = buf[:0]
				if c == '?' {
					u.Query, u.HasQuery = "", true
					st = queryState
				}
				if c == '#' {
					u.Fragment, u.HasFragment = "", true
					st = fragmentState
				}
			} else {
				buf = appendPercentEncoded(buf, byte(c), pathSet)
			}
		case opaquePathState:
			if c == '?' {
				u.OpaquePath = string(buf)
				buf = buf[:0]
				u.Query, u.HasQuery = "", true
				st = queryState
			} else if c == '#' {
				u.OpaquePath = string(buf)
				buf = buf[:0]
				u.Fragment, u.HasFragment = "", true
				st = fragmentState
			} else if c == ' ' {
				if p+1 < n && (in[p+1] == '?' || in[p+1] == '#') {
					buf = append(buf, "%20"...)
				} else {
					buf = append(buf, ' ')
				}
			} else if c != -1 {
				buf = appendPercentEncoded(buf, byte(c), c0ControlSet)
			} else {
				u.OpaquePath = string(buf)
				buf = buf[:0]
			}
		case queryState:
			if (override == noOverride && c == '#') || c == -1 {
				set := querySet
				if u.IsSpecial() {
					set = specialQuerySet
				}
				q := make([]byte, 0, len(u.Query)+len(buf))
				q = append(q, u.Query...)
				for _, b := range buf {
					q = appendPercentEncoded(q, b, set)
				}
				u.Query = string(q)
				buf = buf[:0]
				if c == '#' {
					u.Fragment, u.HasFragment = "", true
					st = fragmentState
				}
			} else if c != -1 {
				buf = append(buf, byte(c))
			}
		case fragmentState:
			if c != -1 {
				buf = appendPercentEncoded(buf, byte(c), fragmentSet)
			} else {
				u.Fragment += string(buf)
				buf = buf[:0]
			}
		}
	}
	return true
}

// Pathname is the URL path serializer.
func (u *URL) Pathname() string {
	if u.Opaque {
		return u.OpaquePath
	}
	n := 0
	for _, s := range u.Path {
		n += len(s) + 1
	}
	var sb strings.Builder
	sb.Grow(n)
	for _, s := range u.Path {
		sb.WriteByte('/')
		sb.WriteString(s)
	}
	return sb.String()
}

// Offsets locate the components inside Href, so a URL object can hold one string. Each
// component runs up to the next one's start; a missing component is empty there.
type Offsets struct {
	ProtocolEnd   int32 // after ':'
	UsernameStart int32
	UsernameEnd   int32
	PasswordStart int32
	PasswordEnd   int32
	HostStart     int32
	HostEnd       int32
	PortStart     int32 // after ':' of the port, or PortEnd when there is none
	PathStart     int32 // also the end of the port
	SearchStart   int32 // '?' or PathEnd
	HashStart     int32 // '#' or len(Href)
}

// Serialize returns the href and the offsets of its parts.
func (u *URL) Serialize() (string, Offsets) {
	var o Offsets
	var sb strings.Builder
	sb.Grow(len(u.Scheme) + len(u.Username) + len(u.Password) + len(u.Host) + len(u.Query) + len(u.Fragment) + len(u.OpaquePath) + 16 + 8*len(u.Path))
	sb.WriteString(u.Scheme)
	sb.WriteByte(':')
	o.ProtocolEnd = int32(sb.Len())
	if u.HasHost {
		sb.WriteString("//")
		o.UsernameStart = int32(sb.Len())
		sb.WriteString(u.Username)
		o.UsernameEnd = int32(sb.Len())
		if u.Password != "" {
			sb.WriteByte(':')
			o.PasswordStart = int32(sb.Len())
			sb.WriteString(u.Password)
		} else {
			o.PasswordStart = int32(sb.Len())
		}
		o.PasswordEnd = int32(sb.Len())
		if u.Username != "" || u.Password != "" {
			sb.WriteByte('@')
		}
		o.HostStart = int32(sb.Len())
		sb.WriteString(u.Host)
		o.HostEnd = int32(sb.Len())
		if u.Port >= 0 {
			sb.WriteByte(':')
			o.PortStart = int32(sb.Len())
			sb.WriteString(strconv.Itoa(u.Port))
		} else {
			o.PortStart = int32(sb.Len())
		}
	} else {
		if !u.Opaque && len(u.Path) > 1 && u.Path[0] == "" {
			sb.WriteString("/.")
		}
		l := int32(sb.Len())
		o.UsernameStart, o.UsernameEnd, o.PasswordStart, o.PasswordEnd = l, l, l, l
		o.HostStart, o.HostEnd, o.PortStart = l, l, l
	}
	o.PathStart = int32(sb.Len())
	if u.Opaque {
		sb.WriteString(u.OpaquePath)
	} else {
		for _, s := range u.Path {
			sb.WriteByte('/')
			sb.WriteString(s)
		}
	}
	o.SearchStart = int32(sb.Len())
	if u.HasQuery {
		sb.WriteByte('?')
		sb.WriteString(u.Query)
	}
	o.HashStart = int32(sb.Len())
	if u.HasFragment {
		sb.WriteByte('#')
		sb.WriteString(u.Fragment)
	}
	return sb.String(), o
}

// Href is the URL serializer.
func (u *URL) Href() string {
	h, _ := u.Serialize()
	return h
}

// Origin is the ASCII serialization of the URL's origin ("null" for an opaque origin).
func (u *URL) Origin() string {
	switch u.Scheme {
	case "blob":
		if u.Opaque || true {
			inner, ok := Parse(u.Pathname(), nil)
			if ok && (inner.Scheme == "http" || inner.Scheme == "https") {
				return inner.Origin()
			}
		}
		return "null"
	case "ftp", "http", "https", "ws", "wss":
		s := u.Scheme + "://" + u.Host
		if u.Port >= 0 {
			s += ":" + strconv.Itoa(u.Port)
		}
		return s
	}
	return "null"
}

// CannotHaveCredentialsOrPort is the standard's "cannot have a username/password/port".
func (u *URL) CannotHaveCredentialsOrPort() bool {
	return !u.HasHost || u.Host == "" || u.Scheme == "file"
}

// Set runs the URL API setter of one attribute ("href" excluded: that is a new parse). It
// reports false where the setter would throw (only href does).
func Set(u *URL, attr, value string) bool {
	switch attr {
	case "href":
		nu, ok := Parse(value, nil)
		if !ok {
			return false
		}
		*u = *nu
	case "protocol":
		u.SetWith(value+":", OverrideScheme)
	case "username":
		if !u.CannotHaveCredentialsOrPort() {
			u.Username = PercentEncode(value, "userinfo")
		}
	case "password":
		if !u.CannotHaveCredentialsOrPort() {
			u.Password = PercentEncode(value, "userinfo")
		}
	case "host":
		if !u.Opaque {
			u.SetWith(value, OverrideHost)
		}
	case "hostname":
		if !u.Opaque {
			u.SetWith(value, OverrideHostname)
		}
	case "port":
		if u.CannotHaveCredentialsOrPort() {
			break
		}
		if value == "" {
			u.Port = -1
		} else {
			u.SetWith(value, OverridePort)
		}
	case "pathname":
		if u.Opaque {
			break
		}
		u.Path = nil
		u.SetWith(value, OverridePath)
	case "search":
		if value == "" {
			u.Query, u.HasQuery = "", false
			break
		}
		value = strings.TrimPrefix(value, "?")
		u.Query, u.HasQuery = "", true
		u.SetWith(value, OverrideQuery)
	case "hash":
		if value == "" {
			u.Fragment, u.HasFragment = "", false
			break
		}
		value = strings.TrimPrefix(value, "#")
		u.Fragment, u.HasFragment = "", true
		u.SetWith(value, OverrideFragment)
	}
	return true
}
