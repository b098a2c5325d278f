package loader

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gnode-dev/gnode/internal/uniprops"
)

// The engine cannot parse regexp literals with the v flag, so esbuild turns them into
// `new RegExp(pattern, flags)` calls, which node/language translates. A v pattern V8 rejects
// is an early SyntaxError in Node (the file does not run); checkRegExpLiterals finds those
// calls in esbuild's output, checks their patterns, and reports the first bad one at the
// literal's place in the source, so the file fails to load as in Node.

const regexpCall = "new RegExp("

func checkRegExpLiterals(src, code string) *transformError {
	if !strings.Contains(code, regexpCall) {
		return nil
	}
	for at := 0; ; {
		k := strings.Index(code[at:], regexpCall)
		if k < 0 {
			return nil
		}
		at += k + len(regexpCall)
		pattern, n, ok := readJSString(code[at:])
		if !ok || !strings.HasPrefix(code[at+n:], ", ") {
			continue
		}
		flags, m, ok := readJSString(code[at+n+2:])
		if !ok || !strings.HasPrefix(code[at+n+2+m:], ")") || !strings.Contains(flags, "v") {
			continue
		}
		literal := "/" + pattern + "/" + flags
		msg := "Invalid regular expression flags"
		if !strings.Contains(flags, "u") {
			_, errText := uniprops.RewriteV(pattern, strings.Contains(flags, "i"))
			if errText == "" {
				continue
			}
			msg = "Invalid regular expression: " + literal + ": " + errText
		}
		pos := strings.Index(src, literal)
		if pos < 0 {
			continue // not written as a literal: the constructor throws at run time
		}
		line := strings.Count(src[:pos], "\n") + 1
		col := pos - (strings.LastIndexByte(src[:pos], '\n') + 1)
		return &transformError{Msg: msg, Line: line, Col: col + 1, Len: len(literal)}
	}
}

// readJSString decodes the string literal esbuild printed at the start of s; n is its length.
func readJSString(s string) (string, int, bool) {
	if s == "" || (s[0] != '"' && s[0] != '\'' && s[0] != '`') {
		return "", 0, false
	}
	q := s[0]
	var sb strings.Builder
	for i := 1; i < len(s); {
		c := s[i]
		switch {
		case c == q:
			return sb.String(), i + 1, true
		case c == '\n' || (q == '`' && c == '$'):
			return "", 0, false
		case c != '\\':
			_, size := utf8.DecodeRuneInString(s[i:])
			sb.WriteString(s[i : i+size])
			i += size
			continue
		}
		if i+1 >= len(s) {
			return "", 0, false
		}
		e := s[i+1]
		i += 2
		switch e {
		case 'n':
			sb.WriteByte('\n')
		case 'r':
			sb.WriteByte('\r')
		case 't':
			sb.WriteByte('\t')
		case 'b':
			sb.WriteByte('\b')
		case 'f':
			sb.WriteByte('\f')
		case 'v':
			sb.WriteByte('\v')
		case '0':
			sb.WriteByte(0)
		case 'x':
			if i+2 > len(s) {
				return "", 0, false
			}
			v, err := strconv.ParseUint(s[i:i+2], 16, 8)
			if err != nil {
				return "", 0, false
			}
			sb.WriteRune(rune(v))
			i += 2
		case 'u':
			var v uint64
			var err error
			if i < len(s) && s[i] == '{' {
				end := strings.IndexByte(s[i:], '}')
				if end < 0 {
					return "", 0, false
				}
				v, err = strconv.ParseUint(s[i+1:i+end], 16, 32)
				i += end + 1
			} else {
				if i+4 > len(s) {
					return "", 0, false
				}
				v, err = strconv.ParseUint(s[i:i+4], 16, 16)
				i += 4
				if err == nil && v >= 0xD800 && v <= 0xDBFF && strings.HasPrefix(s[i:], `\u`) && i+6 <= len(s) {
					if lo, err2 := strconv.ParseUint(s[i+2:i+6], 16, 16); err2 == nil && lo >= 0xDC00 && lo <= 0xDFFF {
						v = (v-0xD800)<<10 + (lo - 0xDC00) + 0x10000
						i += 6
					}
				}
			}
			if err != nil {
				return "", 0, false
			}
			sb.WriteRune(rune(v))
		case '\n':
		default:
			sb.WriteByte(e)
		}
	}
	return "", 0, false
}
