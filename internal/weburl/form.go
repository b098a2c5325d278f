package weburl

import (
	"strings"
	"unicode/utf8"
)

// ParseForm is the application/x-www-form-urlencoded parser: a flat name, value, ... list.
func ParseForm(s string) []string {
	var out []string
	for len(s) > 0 {
		var seq string
		if i := strings.IndexByte(s, '&'); i >= 0 {
			seq, s = s[:i], s[i+1:]
		} else {
			seq, s = s, ""
		}
		if seq == "" {
			continue
		}
		name, value := seq, ""
		if i := strings.IndexByte(seq, '='); i >= 0 {
			name, value = seq[:i], seq[i+1:]
		}
		out = append(out, formDecode(name), formDecode(value))
	}
	return out
}

func formDecode(s string) string {
	if strings.IndexByte(s, '+') >= 0 {
		s = strings.ReplaceAll(s, "+", " ")
	}
	return DecodeUTF8(PercentDecode(s))
}

// SerializeForm is the application/x-www-form-urlencoded serializer of a flat list.
func SerializeForm(list []string) string {
	n := 0
	for _, s := range list {
		n += len(s) + 1
	}
	b := make([]byte, 0, n+n/4)
	for i, s := range list {
		if i > 0 {
			if i%2 == 0 {
				b = append(b, '&')
			} else {
				b = append(b, '=')
			}
		}
		b = AppendFormEncoded(b, s)
	}
	return string(b)
}

// AppendFormEncoded appends s encoded with the application/x-www-form-urlencoded set, space
// as '+'.
func AppendFormEncoded(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			b = append(b, '+')
		} else {
			b = appendPercentEncoded(b, c, formURLEncodeSet)
		}
	}
	return b
}

// EncodePathChars is how pathToFileURL escapes an absolute path for "file://" + path: the
// characters that would otherwise end the path or change its meaning, controls, and non-ASCII.
func EncodePathChars(p string, windows bool) string {
	const special = "\"#%<>?[\\]^`{|}~"
	var sb strings.Builder
	sb.Grow(len(p) + 8)
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '\\' && windows {
			sb.WriteByte('/')
			continue
		}
		if c <= 0x20 || c >= 0x7f || strings.IndexByte(special, c) >= 0 {
			sb.WriteByte('%')
			sb.WriteByte(upperHex[c>>4])
			sb.WriteByte(upperHex[c&15])
			continue
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

// DecodeUTF8 decodes bytes as the Encoding Standard's UTF-8 decoder does: each maximal
// invalid subpart becomes one U+FFFD.
func DecodeUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || size > 1 {
			sb.WriteString(s[i : i+size])
			i += size
			continue
		}
		c := s[i]
		n := 0
		lo, hi := byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			n = 1
		case c == 0xE0:
			n, lo = 2, 0xA0
		case c == 0xED:
			n, hi = 2, 0x9F
		case c >= 0xE1 && c <= 0xEF:
			n = 2
		case c == 0xF0:
			n, lo = 3, 0x90
		case c >= 0xF1 && c <= 0xF3:
			n = 3
		case c == 0xF4:
			n, hi = 3, 0x8F
		}
		j := i + 1
		for k := 0; k < n && j < len(s); k++ {
			if s[j] < lo || s[j] > hi {
				break
			}
			lo, hi = 0x80, 0xBF
			j++
		}
		sb.WriteRune(utf8.RuneError)
		i = j
	}
	return sb.String()
}
