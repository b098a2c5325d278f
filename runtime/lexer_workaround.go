package runtime

import "strings"

// The engine's scanner stops reading a `\u{…}` escape as soon as its value reaches U+10FFFF, so
// the closing brace of `\u{10FFFF}` is counted as one more character and the parser then panics
// ("unexpected unicode length") on a valid string, template or regexp literal. spellMaxCodePoint
// rewrites that one escape as the surrogate pair it denotes, which every literal kind reads as
// the same code point. Only the raw text of a tagged template (String.raw) can tell the difference.

const maxCodePointPair = `\uDBFF\uDFFF`

func spellMaxCodePoint(src string) string {
	if !strings.Contains(src, "u{") {
		return src
	}
	var out strings.Builder
	last := 0
	for at := 0; ; {
		k := strings.Index(src[at:], "u{")
		if k < 0 {
			break
		}
		u := at + k
		at = u + 2
		if !escapedU(src, u) {
			continue
		}
		end, ok := maxCodePointDigits(src, at)
		if !ok {
			continue
		}
		if out.Len() == 0 {
			out.Grow(len(src) + 2)
		}
		out.WriteString(src[last : u-1])
		out.WriteString(maxCodePointPair)
		last, at = end, end
	}
	if last == 0 {
		return src
	}
	out.WriteString(src[last:])
	return out.String()
}

// escapedU reports whether the 'u' at src[u] follows an odd run of backslashes (an escape, not
// an escaped backslash followed by a letter u).
func escapedU(src string, u int) bool {
	n := 0
	for i := u - 1; i >= 0 && src[i] == '\\'; i-- {
		n++
	}
	return n%2 == 1
}

// maxCodePointDigits reads hex digits from src[at] up to a closing brace and reports where the
// escape ends when their value is exactly 0x10FFFF (leading zeros allowed).
func maxCodePointDigits(src string, at int) (int, bool) {
	i := at
	for i < len(src) && src[i] == '0' {
		i++
	}
	const digits = "10ffff"
	if len(src) < i+len(digits)+1 || !strings.EqualFold(src[i:i+len(digits)], digits) || src[i+len(digits)] != '}' {
		return 0, false
	}
	return i + len(digits) + 1, true
}
