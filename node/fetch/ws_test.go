package fetch

import (
	"bytes"
	"testing"
)

func TestFrameRoundTrip(t *testing.T) {
	for _, n := range []int{0, 5, 125, 126, 65535, 65536, 70000} {
		payload := bytes.Repeat([]byte{'x'}, n)
		enc := encodeFrame(opBin, payload, true)
		f, err := readFrame(bytes.NewReader(enc), maxPayload)
		if err != nil {
			t.Fatalf("%d: %v", n, err)
		}
		if !f.fin || f.opcode != opBin || !f.masked || !bytes.Equal(f.payload, payload) {
			t.Fatalf("%d: frame %+v", n, f)
		}
	}
}

func TestFrameErrors(t *testing.T) {
	cases := map[string][]byte{
		"big control":       {0x89, 126, 0, 200},
		"fragmented ping":   {0x09, 0},
		"reserved opcode":   {0x83, 0},
		"over limit":        {0x82, 127, 0, 0, 0, 1, 0, 0, 0, 0},
		"length bit 63 set": {0x82, 127, 0x80, 0, 0, 0, 0, 0, 0, 0},
	}
	for name, b := range cases {
		if _, err := readFrame(bytes.NewReader(b), maxPayload); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func FuzzReadFrame(f *testing.F) {
	f.Add(encodeFrame(opText, []byte("hello"), true))
	f.Add(encodeFrame(opBin, bytes.Repeat([]byte{1}, 300), false))
	f.Add([]byte{0x88, 0x02, 0x03, 0xe8})
	f.Add([]byte{0x82, 127, 0, 0, 0, 0, 0, 1, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := bytes.NewReader(data)
		for {
			fr, err := readFrame(r, 1<<16)
			if err != nil {
				return
			}
			if fr.opcode >= 8 && len(fr.payload) > 125 {
				t.Fatalf("control frame with %d bytes accepted", len(fr.payload))
			}
			if len(fr.payload) > 1<<16 {
				t.Fatal("limit ignored")
			}
		}
	})
}

func TestInflate(t *testing.T) {
	z := &inflater{}
	// "Hello" compressed with permessage-deflate (RFC 7692 section 7.2.3.1)
	out, err := z.decode([]byte{0xf2, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00})
	if err != nil || string(out) != "Hello" {
		t.Fatalf("%q %v", out, err)
	}
	// the same message again, using the shared window (section 7.2.3.2)
	out, err = z.decode([]byte{0xf2, 0x00, 0x11, 0x00, 0x00})
	if err != nil || string(out) != "Hello" {
		t.Fatalf("second: %q %v", out, err)
	}
}
