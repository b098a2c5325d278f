package weburl

import "testing"

// FuzzParse: no input panics the parser, and a parsed URL's href parses back to itself.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"http://a/b?c#d", "https://user:pw@[::1]:8080/x/../y", "file:///C|/x", "sc:a b?x#y",
		"http://0x7f.1/", "non-spec:/..//p", "http://b\u00fccher.de/", "\t\nhttp://a\\b", "blob:http://x/y", "//x", "?q"} {
		f.Add(s, "http://base/a/b")
	}
	f.Fuzz(func(t *testing.T, input, base string) {
		b, _ := Parse(base, nil)
		u, ok := Parse(input, b)
		if !ok {
			return
		}
		href := u.Href()
		u2, ok := Parse(href, nil)
		if !ok {
			t.Fatalf("href %q of %q does not parse", href, input)
		}
		if h2 := u2.Href(); h2 != href {
			t.Fatalf("href %q of %q reparses as %q", href, input, h2)
		}
		for _, attr := range []string{"protocol", "username", "host", "hostname", "port", "pathname", "search", "hash"} {
			c := *u2
			c.Path = append([]string(nil), u2.Path...)
			Set(&c, attr, input)
			h := c.Href()
			if u3, ok := Parse(h, nil); !ok || u3.Href() != h {
				t.Fatalf("after %s=%q on %q: href %q does not round-trip", attr, input, href, h)
			}
		}
		_ = u.Origin()
	})
}

// FuzzForm: the form parser and serializer never panic, and serialization is stable.
func FuzzForm(f *testing.F) {
	f.Add("a=1&b=%zz+c&%E2%98%83=x")
	f.Fuzz(func(t *testing.T, s string) {
		l := ParseForm(s)
		out := SerializeForm(l)
		if SerializeForm(ParseForm(out)) != out {
			t.Fatalf("form %q: serialization %q not stable", s, out)
		}
	})
}
