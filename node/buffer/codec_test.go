package buffer

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"os"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// codecCases is testdata/codec_cases.json, recorded from Node v24.21.0 by testdata/gen_codec.js.
type codecCases struct {
	Base64 [][3]string       `json:"base64"`
	UTF8   []json.RawMessage `json:"utf8"`
	Hex    [][2]string       `json:"hex"`
	Latin1 []json.RawMessage `json:"latin1"`
}

func loadCases(t *testing.T) codecCases {
	t.Helper()
	data, err := os.ReadFile("testdata/codec_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var c codecCases
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

func units(s string) []uint16 { return utf16.Encode([]rune(s)) }

// encodeString runs the encoder the binding runs for a JS string given as Go text.
func encodeString(s string, enc int) []byte {
	u := units(s)
	ascii := true
	for _, c := range u {
		if c >= 0x80 {
			ascii = false
		}
	}
	var str string
	if ascii {
		str, u = s, nil
	}
	dst := make([]byte, encodedLen(str, u, ascii, enc))
	return dst[:encodeInto(dst, str, u, ascii, enc)]
}

func TestBase64Recorded(t *testing.T) {
	c := loadCases(t)
	for _, tc := range c.Base64 {
		for i, enc := range []int{encBase64, encBase64URL} {
			got := hex.EncodeToString(encodeString(tc[0], enc))
			if got != tc[1+i] {
				t.Errorf("Buffer.from(%q, %d) = %s, node gives %s", tc[0], enc, got, tc[1+i])
			}
		}
	}
}

func TestUTF8DecodeRecorded(t *testing.T) {
	c := loadCases(t)
	for _, raw := range c.UTF8 {
		var tc []json.RawMessage
		_ = json.Unmarshal(raw, &tc)
		var hx string
		var want []uint16
		_ = json.Unmarshal(tc[0], &hx)
		_ = json.Unmarshal(tc[1], &want)
		b, _ := hex.DecodeString(hx)
		got := decodeUTF8(b)
		if len(got) != len(want) || (len(got) > 0 && !equalUnits(got, want)) {
			t.Errorf("toString(<%s>) = %x, node gives %x", hx, got, want)
		}
	}
}

func equalUnits(a, b []uint16) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestHexRecorded(t *testing.T) {
	c := loadCases(t)
	for _, tc := range c.Hex {
		if got := hex.EncodeToString(encodeString(tc[0], encHex)); got != tc[1] {
			t.Errorf("Buffer.from(%q, 'hex') = %s, node gives %s", tc[0], got, tc[1])
		}
	}
}

func TestLatin1AndUTF8EncodeRecorded(t *testing.T) {
	c := loadCases(t)
	for _, raw := range c.Latin1 {
		var tc []json.RawMessage
		_ = json.Unmarshal(raw, &tc)
		var u []uint16
		var wantLatin1, wantUTF8 string
		_ = json.Unmarshal(tc[0], &u)
		_ = json.Unmarshal(tc[1], &wantLatin1)
		_ = json.Unmarshal(tc[2], &wantUTF8)
		l := make([]byte, len(u))
		encodeInto(l, "", u, false, encLatin1)
		if got := hex.EncodeToString(l); got != wantLatin1 {
			t.Errorf("latin1 %x = %s, node gives %s", u, got, wantLatin1)
		}
		d := make([]byte, utf8LenUnits(u))
		n, _ := utf8EncodeUnits(d, u)
		if got := hex.EncodeToString(d[:n]); got != wantUTF8 || n != len(d) {
			t.Errorf("utf8 %x = %s, node gives %s", u, got, wantUTF8)
		}
	}
}

// Hand-picked cases checked against the reference node.
func TestCodecTable(t *testing.T) {
	for _, tc := range []struct {
		in   string
		enc  int
		want string // hex
	}{
		{"aGVsbG8=", encBase64, "68656c6c6f"},
		{"aGVsbG8", encBase64, "68656c6c6f"},
		{"aGV sbG\n8=", encBase64, "68656c6c6f"},
		{"QQ=a", encBase64, "41"},
		{"Q Q\nQ=QQQQ", encBase64, "4104"},
		{"\u0141\u0141\u0141\u0141", encBase64, "000000"},
		{"-_-_", encBase64, "fbffbf"},
		{"+/+/", encBase64URL, "fbffbf"},
		{"QUJD?REVG", encBase64, "414243444546"},
		{"Q", encBase64, ""},
		{"abzz", encHex, "ab"},
		{"abc", encHex, "ab"},
		{"zzab", encHex, ""},
		{"\u0141\u00e9", encLatin1, "41e9"},
		{"\u0141\u00e9", encASCII, "41e9"},
		{"\u20ac", encUCS2, "ac20"},
	} {
		if got := hex.EncodeToString(encodeString(tc.in, tc.enc)); got != tc.want {
			t.Errorf("encode(%q, %d) = %s, want %s", tc.in, tc.enc, got, tc.want)
		}
	}
	for _, tc := range []struct {
		in   string // hex
		want string
	}{
		{"e28241f09f98eda080c0af", "\ufffdA\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd"},
		{"f09f9880", "\U0001F600"},
		{"f4908080", "\ufffd\ufffd\ufffd\ufffd"},
		{"e08080", "\ufffd\ufffd\ufffd"},
		{"c3", "\ufffd"},
	} {
		b, _ := hex.DecodeString(tc.in)
		if got := DecodeUTF8(b); got != tc.want {
			t.Errorf("decode(%s) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestBase64EncodeMatchesStd(t *testing.T) {
	for n := 0; n < 70; n++ {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i*37 + n)
		}
		out := make([]byte, base64EncodedLen(n, false))
		base64Encode(out, b, false)
		if string(out) != base64.StdEncoding.EncodeToString(b) {
			t.Fatalf("base64 of %x = %s", b, out)
		}
		out = make([]byte, base64EncodedLen(n, true))
		base64Encode(out, b, true)
		if string(out) != base64.RawURLEncoding.EncodeToString(b) {
			t.Fatalf("base64url of %x = %s", b, out)
		}
	}
}

// FuzzBase64Decode: the decoder of untrusted input never panics, never writes past its
// estimate, round-trips what it encodes, and its fast path agrees with the slow one.
func FuzzBase64Decode(f *testing.F) {
	for _, s := range []string{"", "aGVsbG8=", "QQ=a", "Q Q\nQ", "-_+/", "====", "a", "QUJD?REVG"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Base64Decode(s)
		at := func(i int) uint16 { return uint16(s[i]) }
		if len(got) > base64DecodedLen(len(s), at) {
			t.Fatalf("decoded %d bytes, estimate %d", len(got), base64DecodedLen(len(s), at))
		}
		slow := make([]byte, base64DecodedLen(len(s), at))
		slow = slow[:base64DecodeSlow(slow, 0, len(s), at)]
		if !bytes.Equal(got, slow) {
			t.Fatalf("fast %x != slow %x for %q", got, slow, s)
		}
		enc := make([]byte, base64EncodedLen(len(s), false))
		base64Encode(enc, []byte(s), false)
		if back := Base64Decode(string(enc)); !bytes.Equal(back, []byte(s)) {
			t.Fatalf("round trip of %q gave %q", s, back)
		}
	})
}

// FuzzUTF8Decode: the decoder always yields well-formed UTF-16 whose UTF-8 is valid, agrees with
// Go on valid input, and gives one U+FFFD at least per invalid stretch (never more than bytes).
func FuzzUTF8Decode(f *testing.F) {
	for _, s := range []string{"", "hello", "h\u00e9llo", "\xe2\x82A", "\xf0\x9f\x98", "\xed\xa0\x80", "\xc0\xaf", "\U0001F600"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		u := decodeUTF8(b)
		if len(u) > len(b) {
			t.Fatalf("%d units from %d bytes", len(u), len(b))
		}
		for i := 0; i < len(u); i++ {
			c := u[i]
			if c >= 0xDC00 && c <= 0xDFFF {
				t.Fatalf("lone low surrogate in %x", u)
			}
			if c >= 0xD800 && c <= 0xDBFF {
				if i+1 >= len(u) || u[i+1] < 0xDC00 || u[i+1] > 0xDFFF {
					t.Fatalf("lone high surrogate in %x", u)
				}
				i++
			}
		}
		s := DecodeUTF8(b)
		if !utf8.ValidString(s) {
			t.Fatalf("invalid output for %x", b)
		}
		if utf8.Valid(b) && s != string(b) {
			t.Fatalf("valid %x decoded to %q", b, s)
		}
		// encoding the result again gives back valid input unchanged
		d := make([]byte, utf8LenUnits(u))
		n, _ := utf8EncodeUnits(d, u)
		if utf8.Valid(b) && !bytes.Equal(d[:n], b) {
			t.Fatalf("re-encode of %x gave %x", b, d[:n])
		}
	})
}

func TestFastViewLayout(t *testing.T) {
	initLazy()
	if !fastView.ok {
		t.Fatal("goja's typed array layout was not recognised: every view access takes Export")
	}
	if !fastView.abValOk {
		t.Fatal("goja's ArrayBuffer layout was not recognised: Uint8Window always fails")
	}
}

func TestUnicodeValueRecognised(t *testing.T) {
	if !unicodeOK {
		t.Fatal("goja's UTF-16 string layout was not recognised: decoded strings take StringFromUTF16")
	}
}

func TestNoZeroRecognised(t *testing.T) {
	if !noZeroOK {
		t.Fatal("strings.Builder's layout was not recognised: encoders clear their output first")
	}
	b := makeNoZero(5000)
	if len(b) != 5000 {
		t.Fatal(len(b))
	}
}
