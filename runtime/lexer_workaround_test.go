package runtime

import "testing"

func TestSpellMaxCodePoint(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`"\u{10FFFF}"`, `"\uDBFF\uDFFF"`},
		{`'a\u{0010ffff}b' + "\u{10FFFF}"`, `'a\uDBFF\uDFFFb' + "\uDBFF\uDFFF"`},
		{`"\\u{10FFFF}"`, `"\\u{10FFFF}"`},
		{`"\\\u{10FFFF}"`, `"\\\uDBFF\uDFFF"`},
		{`"\u{10FFFE}" "\u{10FFFF0}" "\u{110000}"`, `"\u{10FFFE}" "\u{10FFFF0}" "\u{110000}"`},
		{`/\u{10FFFF}/u`, `/\uDBFF\uDFFF/u`},
		{`no escapes`, `no escapes`},
		{`"\u{10FFF`, `"\u{10FFF`},
	} {
		if got := spellMaxCodePoint(c.in); got != c.want {
			t.Errorf("spellMaxCodePoint(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}

func FuzzSpellMaxCodePoint(f *testing.F) {
	f.Add(`"\u{10FFFF}"`)
	f.Add(`\\u{0000010ffff}`)
	f.Fuzz(func(t *testing.T, s string) {
		out := spellMaxCodePoint(s)
		if len(out) < len(s)-8 {
			t.Fatalf("lost text: %q -> %q", s, out)
		}
	})
}
