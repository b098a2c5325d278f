package http

import (
	"regexp"
	"testing"
	"unicode/utf8"
)

// The Go checks must agree with the RegExps of Node's _http_common they replace.
var (
	tokenRE       = regexp.MustCompile("^[\\^_`a-zA-Z\\-0-9!#$%&'*+.|~]+$")
	invalidCharRE = regexp.MustCompile("[^\t\x20-\x7e\u0080-\u00ff]")
)

func checkAgainstRegexps(t *testing.T, s string) {
	if got, want := isToken(s), tokenRE.MatchString(s); got != want {
		t.Errorf("isToken(%q) = %v, want %v", s, got, want)
	}
	if !utf8.ValidString(s) {
		return // goja exports JS strings as valid UTF-8
	}
	if got, want := !validHeaderValue(s), invalidCharRE.MatchString(s); got != want {
		t.Errorf("invalid(%q) = %v, want %v", s, got, want)
	}
}

func TestHeaderChecks(t *testing.T) {
	for _, s := range []string{"", "Content-Type", "a b", "x\ty", "\x7f", "caf\u00e9", "\u0100", "\u00ff\u0080",
		"x\r\nInjected: 1", "ok!#$%&'*+.^_`|~", "\x00", "\u20ac", "a:b", "\xc2"} {
		checkAgainstRegexps(t, s)
	}
}

func FuzzHeaderChecks(f *testing.F) {
	for _, s := range []string{"Content-Length", "text/plain; charset=utf-8", "\u00e9\t", "a\x00"} {
		f.Add(s)
	}
	f.Fuzz(checkAgainstRegexps)
}
