package weburl

import "testing"

var canonicalSeeds = []string{
	"https://example.com/", "https://www.google.com/index.html?q=node#top", "http://a.b-c.d/x/y/z/?a=1&b=2#/route/a?b",
	"https://example.com/%7Euser/file%20name.pdf", "https://example.com/a/./b", "https://example.com/a/%2e%2E/b",
	"https://127.0.0.1/", "https://1.2.3/", "https://a.0x1/", "https://xn--n3h.com/", "https://a..b/", "https://a.b./",
	"https://example.com", "https://example.com?x", "ws://a/", "wss://a/b", "ftp://a/b", "file:///x", "HTTP://A/",
	"https://a/b'c?d'e#f'g", "https://a/b?c#d#e", "https://a/?", "https://a/#", "https://a-/", "https://-a/",
	"https://a/b c", "https://a/\\", "https://a/..", "https://a/.", "https://a/b/..", "https://a/%2e",
}

// TestCanonicalOffsets: where the fast path accepts an input, the parser gives the input back as
// the href, with the same offsets.
func TestCanonicalOffsets(t *testing.T) {
	accepted := 0
	for _, in := range canonicalSeeds {
		if checkCanonical(t, in) {
			accepted++
		}
	}
	var cases []any
	loadJSON(t, "urltestdata.json", &cases)
	for _, c := range cases {
		if m, ok := c.(map[string]any); ok {
			if in, ok := m["input"].(string); ok && checkCanonical(t, in) {
				accepted++
			}
			if href, ok := m["href"].(string); ok && checkCanonical(t, href) {
				accepted++
			}
		}
	}
	t.Logf("fast path accepted %d inputs", accepted)
}

func checkCanonical(t testing.TB, in string) bool {
	o, ok := CanonicalOffsets(in)
	if !ok {
		return false
	}
	u, parsed := Parse(in, nil)
	if !parsed {
		t.Fatalf("fast path accepted %q, which does not parse", in)
	}
	href, want := u.Serialize()
	if href != in || o != want {
		t.Fatalf("fast path on %q: offsets %+v, parser %q %+v", in, o, href, want)
	}
	return true
}

func FuzzCanonicalOffsets(f *testing.F) {
	for _, s := range canonicalSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) { checkCanonical(t, in) })
}
