package zlib

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"io"
	"sync"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/zstd"
)

// source is what the pull decoders read: a *bytes.Reader for a one-shot call over the whole
// input, a *bufio.Reader over pushed chunks otherwise. Both are concrete types flate's decoder has
// fast paths for.
type source interface {
	io.Reader
	io.ByteReader
	UnreadByte() error
}

// pullDecoder decodes everything src holds, in the natural pull style of Go's readers, and
// returns nil when its stream (all of it: every gzip member) has ended.
type pullDecoder interface {
	run(src source, out *sink, finishing bool) error
}

// ---- deflate family ----

type inflater struct {
	mode       int
	windowBits int
	dict       []byte
	fr         io.ReadCloser
	// body is the whole input of a one-shot call, so a corrupt stream can be described the way
	// zlib would (see describeCorrupt); nil for pushed input.
	whole []byte
}

// inflaters keeps decoders (each holds a 32 KB window and tables) for the next stream.
var inflaters sync.Pool

type pooledReader struct{ io.ReadCloser }

func (d *inflater) run(src source, out *sink, finishing bool) error {
	defer func() {
		if d.fr != nil {
			_ = d.fr.(flate.Resetter).Reset(bytes.NewReader(nil), nil)
			inflaters.Put(&pooledReader{d.fr})
			d.fr = nil
		}
	}()
	switch d.mode {
	case modeInflateRaw:
		return d.body(src, out, d.dict, nil)
	case modeInflate:
		cmf, err := src.ReadByte()
		if err != nil {
			return eofErr(err)
		}
		flg, err := src.ReadByte()
		if err != nil {
			return eofErr(err)
		}
		return d.zlibMember(src, out, cmf, flg)
	case modeGunzip:
		return d.gzipMembers(src, out, false)
	case modeUnzip:
		b0, err := src.ReadByte()
		if err != nil {
			return eofErr(err)
		}
		b1, err := src.ReadByte()
		if err != nil {
			return eofErr(err)
		}
		if b0 == 0x1f && b1 == 0x8b {
			return d.gzipMembers(src, out, true)
		}
		return d.zlibMember(src, out, b0, b1)
	}
	return nil
}

func eofErr(err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return errUnexpectedEOF
	}
	return err
}

func (d *inflater) zlibMember(src source, out *sink, cmf, flg byte) error {
	if (uint16(cmf)<<8|uint16(flg))%31 != 0 {
		return zerr(-3, "incorrect header check")
	}
	if cmf&0x0f != 8 {
		return zerr(-3, "unknown compression method")
	}
	wb := d.windowBits
	if wb == 0 {
		wb = 15
	}
	if int(cmf>>4)+8 > wb {
		return zerr(-3, "invalid window size")
	}
	var dict []byte
	if flg&0x20 != 0 {
		var id [4]byte
		if _, err := io.ReadFull(src, id[:]); err != nil {
			return eofErr(err)
		}
		if len(d.dict) == 0 {
			return zerr(2, "Missing dictionary")
		}
		if adler32.Checksum(d.dict) != binary.BigEndian.Uint32(id[:]) {
			return zerr(2, "Bad dictionary")
		}
		dict = d.dict
	}
	sum := adler32.New()
	if err := d.body(src, out, dict, func(p []byte) { sum.Write(p) }); err != nil {
		return err
	}
	var tail [4]byte
	if _, err := io.ReadFull(src, tail[:]); err != nil {
		return eofErr(err)
	}
	if binary.BigEndian.Uint32(tail[:]) != sum.Sum32() {
		return zerr(-3, "incorrect data check")
	}
	return nil
}

func (d *inflater) gzipMembers(src source, out *sink, magicRead bool) error {
	for {
		if err := gzipHeader(src, magicRead); err != nil {
			return err
		}
		magicRead = false
		var crc, size uint32
		err := d.body(src, out, nil, func(p []byte) {
			crc = crc32.Update(crc, crc32.IEEETable, p)
			size += uint32(len(p))
		})
		if err != nil {
			return err
		}
		var tail [8]byte
		if _, err := io.ReadFull(src, tail[:]); err != nil {
			return eofErr(err)
		}
		if binary.LittleEndian.Uint32(tail[:4]) != crc {
			return zerr(-3, "incorrect data check")
		}
		if binary.LittleEndian.Uint32(tail[4:]) != size {
			return zerr(-3, "incorrect length check")
		}
		// Another member may follow; zlib's gunzip in Node stops at a zero byte (padding) and
		// treats anything else as the start of a member.
		b, err := src.ReadByte()
		if err != nil {
			return nil
		}
		if b == 0 {
			return nil
		}
		_ = src.UnreadByte()
	}
}

func gzipHeader(src source, magicRead bool) error {
	var h [10]byte
	start := 0
	if magicRead {
		h[0], h[1] = 0x1f, 0x8b
		start = 2
	}
	for i := start; i < 10; i++ {
		b, err := src.ReadByte()
		if err != nil {
			return eofErr(err)
		}
		h[i] = b
		switch i {
		case 1:
			if h[0] != 0x1f || h[1] != 0x8b {
				return zerr(-3, "incorrect header check")
			}
		case 2:
			if b != 8 {
				return zerr(-3, "unknown compression method")
			}
		case 3:
			if b&0xe0 != 0 {
				return zerr(-3, "unknown header flags set")
			}
		}
	}
	flags := h[3]
	hcrc := crc32.Update(0, crc32.IEEETable, h[:])
	readN := func(n int) error {
		buf := make([]byte, n)
		if _, err := io.ReadFull(src, buf); err != nil {
			return eofErr(err)
		}
		hcrc = crc32.Update(hcrc, crc32.IEEETable, buf)
		return nil
	}
	if flags&0x04 != 0 { // FEXTRA
		var l [2]byte
		if _, err := io.ReadFull(src, l[:]); err != nil {
			return eofErr(err)
		}
		hcrc = crc32.Update(hcrc, crc32.IEEETable, l[:])
		if err := readN(int(binary.LittleEndian.Uint16(l[:]))); err != nil {
			return err
		}
	}
	for _, bit := range []byte{0x08, 0x10} { // FNAME, FCOMMENT: zero-terminated
		if flags&bit == 0 {
			continue
		}
		for {
			b, err := src.ReadByte()
			if err != nil {
				return eofErr(err)
			}
			hcrc = crc32.Update(hcrc, crc32.IEEETable, []byte{b})
			if b == 0 {
				break
			}
		}
	}
	if flags&0x02 != 0 { // FHCRC
		var c [2]byte
		if _, err := io.ReadFull(src, c[:]); err != nil {
			return eofErr(err)
		}
		if binary.LittleEndian.Uint16(c[:]) != uint16(hcrc) {
			return zerr(-3, "header crc mismatch")
		}
	}
	return nil
}

// body inflates one deflate stream from src into out, passing each decoded piece to sum.
func (d *inflater) body(src source, out *sink, dict []byte, sum func([]byte)) error {
	start := -1
	if br, ok := src.(*bytes.Reader); ok && d.whole != nil {
		start = int(br.Size()) - br.Len()
	}
	if d.fr == nil {
		if r, ok := inflaters.Get().(*pooledReader); ok {
			d.fr = r.ReadCloser
		}
	}
	if d.fr == nil {
		d.fr = flate.NewReaderDict(src, dict)
	} else if err := d.fr.(flate.Resetter).Reset(src, dict); err != nil {
		return zerr(-2, err.Error())
	}
	for {
		_, err := pump(d.fr, out, sum)
		switch {
		case err == nil:
		case err == errTooLarge:
			return err
		case err == io.EOF:
			return nil
		case err == io.ErrUnexpectedEOF:
			return errUnexpectedEOF
		case errors.Is(err, errAborted):
			return errAborted
		default:
			var ce flate.CorruptInputError
			if errors.As(err, &ce) {
				if start >= 0 {
					if msg := describeCorrupt(d.whole[start:]); msg != "" {
						return zerr(-3, msg)
					}
					return errUnexpectedEOF
				}
				return zerr(-3, "invalid distance too far back")
			}
			return zerr(-3, err.Error())
		}
	}
}

// ---- brotli and zstd ----

type brotliDecoder struct{}

func (brotliDecoder) run(src source, out *sink, finishing bool) error {
	r := brotli.NewReader(src)
	for {
		_, err := pump(r, out, nil)
		if err == errTooLarge {
			return err
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if err.Error() == "brotli: excessive input" {
				// data after the end of the stream is ignored, as the C decoder stops there
				return nil
			}
			return brotliErr(err)
		}
	}
}

func brotliErr(err error) error {
	switch {
	case err == io.ErrUnexpectedEOF:
		return errUnexpectedEOF
	case errors.Is(err, errAborted):
		return errAborted
	}
	msg := err.Error()
	const prefix = "brotli: "
	if len(msg) > len(prefix) && msg[:len(prefix)] == prefix {
		name := msg[len(prefix):]
		if errno, ok := brotliErrnos[name]; ok {
			kind := "_ERROR_FORMAT_"
			if errno <= -19 {
				kind = "_ERROR_"
				if errno >= -30 && errno <= -21 {
					kind = "_ERROR_ALLOC_"
				}
			}
			return &codecError{msg: "Decompression failed", errno: errno, code: "ERR_" + kind + name}
		}
	}
	// excessive input and the decoder's own state errors
	return &codecError{msg: "Decompression failed", errno: -31, code: "ERR__ERROR_UNREACHABLE"}
}

var brotliErrnos = map[string]int{
	"EXUBERANT_NIBBLE": -1, "RESERVED": -2, "EXUBERANT_META_NIBBLE": -3, "SIMPLE_HUFFMAN_ALPHABET": -4,
	"SIMPLE_HUFFMAN_SAME": -5, "CL_SPACE": -6, "HUFFMAN_SPACE": -7, "CONTEXT_MAP_REPEAT": -8,
	"BLOCK_LENGTH_1": -9, "BLOCK_LENGTH_2": -10, "TRANSFORM": -11, "DICTIONARY": -12,
	"WINDOW_BITS": -13, "PADDING_1": -14, "PADDING_2": -15, "DISTANCE": -16,
	"DICTIONARY_NOT_SET": -19, "INVALID_ARGUMENTS": -20, "CONTEXT_MODES": -21, "TREE_GROUPS": -22,
	"CONTEXT_MAP": -25, "RING_BUFFER_1": -26, "RING_BUFFER_2": -27, "BLOCK_TYPE_TREES": -30,
	"UNREACHABLE": -31,
}

type zstdDecoder struct {
	dict      []byte
	maxWindow uint64
}

func (z zstdDecoder) run(src source, out *sink, finishing bool) error {
	opts := []zstd.DOption{zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true)}
	if z.maxWindow > 0 {
		opts = append(opts, zstd.WithDecoderMaxWindow(z.maxWindow))
	}
	if len(z.dict) > 0 {
		if isZstdDict(z.dict) {
			opts = append(opts, zstd.WithDecoderDicts(z.dict))
		} else {
			opts = append(opts, zstd.WithDecoderDictRaw(0, z.dict))
		}
	}
	frame := &zstdFrame{src: src}
	r, err := zstd.NewReader(frame, opts...)
	if err != nil {
		return zstdErr(err)
	}
	defer r.Close()
	for {
		_, err := pump(r, out, nil)
		if err == errTooLarge {
			return err
		}
		if err == io.EOF {
			if !frame.done && !frame.through {
				return errUnexpectedEOF
			}
			return nil
		}
		if err != nil {
			return zstdErr(err)
		}
	}
}

func zstdErr(err error) error {
	switch {
	case err == io.ErrUnexpectedEOF || errors.Is(err, io.ErrUnexpectedEOF):
		return errUnexpectedEOF
	case errors.Is(err, errAborted):
		return errAborted
	case errors.Is(err, zstd.ErrMagicMismatch):
		return &codecError{msg: "Unknown frame descriptor", errno: 10, code: "ZSTD_error_prefix_unknown"}
	case errors.Is(err, zstd.ErrCRCMismatch):
		return &codecError{msg: "Restored data doesn't match checksum", errno: 22, code: "ZSTD_error_checksum_wrong"}
	case errors.Is(err, zstd.ErrWindowSizeExceeded), errors.Is(err, zstd.ErrDecoderSizeExceeded):
		return &codecError{msg: "Frame requires too much memory for decoding", errno: 16, code: "ZSTD_error_frameParameter_windowTooLarge"}
	case errors.Is(err, zstd.ErrUnknownDictionary):
		return &codecError{msg: "Dictionary mismatch", errno: 32, code: "ZSTD_error_dictionary_wrong"}
	}
	return &codecError{msg: "Data corruption detected", errno: 20, code: "ZSTD_error_corruption_detected"}
}

// ---- push driver: pull decoders fed chunk by chunk ----

// pushMsg is one piece of input for a decoder goroutine; eof ends its input.
type pushMsg struct {
	data []byte
	eof  bool
	cont bool // go on decoding after an outputFull pause
}

// needInput is the event a decoder goroutine sends when it has consumed all input so far.
var needInput = errors.New("need input")

// chunkReader is the decoder goroutine's view of the pushed input: Read blocks, after telling
// the driver so, until the next chunk arrives.
type chunkReader struct {
	cur []byte
	eof bool
	in  <-chan pushMsg
	ev  chan<- error
}

func (r *chunkReader) Read(p []byte) (int, error) {
	for len(r.cur) == 0 {
		if r.eof {
			return 0, io.EOF
		}
		r.ev <- needInput
		m, ok := <-r.in
		if !ok {
			return 0, errAborted
		}
		r.cur, r.eof = m.data, m.eof
	}
	n := copy(p, r.cur)
	r.cur = r.cur[n:]
	return n, nil
}

// closer ends a decoder goroutine once: on close() or when its handle is collected.
type closer struct {
	once sync.Once
	in   chan pushMsg
}

func (c *closer) close() { c.once.Do(func() { close(c.in) }) }

// decoder adapts a pullDecoder to codec. A stream whose whole input arrives in one final call
// (every sync and callback convenience call) is decoded inline from a bytes.Reader; otherwise a
// goroutine runs the pull decoder over the chunks as they come, and each call returns when the
// goroutine has used up its chunk.
type decoder struct {
	newPull func() pullDecoder

	started bool
	ended   bool
	err     error

	in      chan pushMsg
	ev      chan error
	cl      *closer
	primed  bool // the goroutine's first request for input has been taken
	paused  bool // stopped on outputFull with input left
	eofSent bool
	left    int // input bytes the ended stream did not use, of the call that ended it
	// gout is the goroutine's output; the loop side takes it after every step (while the
	// goroutine waits), so the two never touch it at once.
	gout sink
}

func (d *decoder) process(in []byte, flush int, last bool, out *sink) (int, error) {
	if d.ended {
		return len(in), d.err
	}
	if !d.started && last {
		d.started, d.ended = true, true
		p := d.newPull()
		if inf, ok := p.(*inflater); ok {
			inf.whole = in
		}
		if inf, ok := p.(*inflater); ok && len(out.buf) == 0 {
			out.buf = make([]byte, 0, inf.sizeHint(in, out.limit))
		}
		src := bytes.NewReader(in)
		err := p.run(src, out, flush == flushFinish)
		if err == errUnexpectedEOF && flush != flushFinish {
			err = nil
		}
		d.err = err
		return src.Len(), err
	}
	if !d.started {
		d.start()
	}
	switch {
	case d.paused:
		d.paused = false
		if err := d.step(pushMsg{cont: true}, out); err != nil || d.ended {
			return d.left, err
		}
	case len(in) > 0:
		if err := d.step(pushMsg{data: in}, out); err != nil || d.ended {
			return d.left, err
		}
	}
	if d.paused {
		return 1, nil
	}
	if flush == flushFinish && !d.eofSent {
		d.eofSent = true
		err := d.step(pushMsg{eof: true}, out)
		if d.paused {
			return 1, err
		}
		return 0, err
	}
	return 0, nil
}

// outputFull is the event of a decoder goroutine that has produced a chunk of output and waits
// for the stream to want more (backpressure: a small input can decode to gigabytes).
var outputFull = errors.New("output full")

// isPaused reports whether the last process stopped on outputFull with input left to decode;
// the next process call (with no new input) continues it.
func (d *decoder) isPaused() bool { return d.paused }

func (d *decoder) start() {
	d.started = true
	d.in = make(chan pushMsg)
	d.ev = make(chan error, 1)
	d.cl = &closer{in: d.in}
	pull := d.newPull()
	cr := &chunkReader{in: d.in, ev: d.ev}
	src := bufio.NewReaderSize(cr, 32*1024)
	go func() {
		var err error
		defer func() {
			if p := recover(); p != nil {
				err = zerr(-2, fmt.Sprint("internal error: ", p))
			}
			d.ev <- doneEvent{err: err, left: src.Buffered() + len(cr.cur)}
		}()
		// the first read asks for input, so nothing runs before the first step
		d.gout.private = true
		d.gout.pause = func() error {
			d.ev <- outputFull
			if _, ok := <-d.in; !ok {
				return errAborted
			}
			return nil
		}
		err = pull.run(src, &d.gout, false)
	}()
}

// doneEvent ends a decoder goroutine: its error, and how many input bytes it left unread.
type doneEvent struct {
	err  error
	left int
}

func (doneEvent) Error() string { return "done" }

func (d *decoder) step(m pushMsg, out *sink) error {
	if d.in == nil {
		return nil
	}
	if !d.primed {
		// the first event of a fresh goroutine is its request for input
		d.primed = true
		if ev := <-d.ev; ev != needInput {
			return d.finish(ev, out)
		}
	}
	if out.limit > 0 {
		d.gout.limit = max(out.limit-len(out.buf), 1)
	}
	d.gout.pauseAt = out.pauseAt
	d.in <- m
	ev := <-d.ev
	d.take(out)
	switch ev {
	case needInput:
		return nil
	case outputFull:
		d.paused = true
		return nil
	}
	return d.finish(ev, out)
}

func (d *decoder) take(out *sink) {
	if len(out.buf) == 0 {
		out.buf = d.gout.buf
	} else {
		out.buf = append(out.buf, d.gout.buf...)
	}
	d.gout.buf = nil
}

func (d *decoder) finish(ev error, out *sink) error {
	d.take(out)
	d.ended = true
	if de, ok := ev.(doneEvent); ok {
		d.err, d.left = de.err, de.left
	} else {
		d.err = ev
	}
	d.cl.close()
	return d.err
}

func (d *decoder) reset() error {
	d.close()
	*d = decoder{newPull: d.newPull}
	return nil
}

func (d *decoder) params(int, int) error { return nil }

func (d *decoder) close() {
	if d.cl != nil {
		d.cl.close()
	}
}

// zstdFrame passes exactly one zstd frame of src through and then reports EOF: Node's zstd
// decoder stops after the first frame and ignores what follows, while Go's decoder would go on
// to the next. The frame is walked by its headers; block contents are copied without decoding.
type zstdFrame struct {
	src       source
	started   bool
	pending   []byte // header bytes read and not yet passed on
	remaining int    // bytes of the current block body or checksum still to pass
	inBody    bool
	last      bool
	checksum  bool
	done      bool
	through   bool // not a frame this walker knows: pass everything through
}

func (z *zstdFrame) readN(n int) error {
	for i := 0; i < n; i++ {
		b, err := z.src.ReadByte()
		if err != nil {
			if err == io.EOF {
				return io.ErrUnexpectedEOF
			}
			return err
		}
		z.pending = append(z.pending, b)
	}
	return nil
}

func (z *zstdFrame) Read(p []byte) (int, error) {
	for {
		if len(z.pending) > 0 {
			n := copy(p, z.pending)
			z.pending = z.pending[n:]
			return n, nil
		}
		switch {
		case z.through:
			return z.src.Read(p)
		case z.done:
			return 0, io.EOF
		case !z.started:
			z.started = true
			if err := z.readN(5); err != nil {
				return 0, err
			}
			if binary.LittleEndian.Uint32(z.pending) != 0xFD2FB528 {
				z.through = true
				continue
			}
			fhd := z.pending[4]
			single := fhd>>5&1 == 1
			z.checksum = fhd>>2&1 == 1
			n := [4]int{0, 1, 2, 4}[fhd&3]
			if !single {
				n++
			}
			switch fhd >> 6 {
			case 0:
				if single {
					n++
				}
			case 1:
				n += 2
			case 2:
				n += 4
			case 3:
				n += 8
			}
			if err := z.readN(n); err != nil {
				return 0, err
			}
		case z.inBody:
			if z.remaining == 0 {
				z.inBody = false
				if z.last {
					if z.checksum {
						z.checksum = false
						if err := z.readN(4); err != nil {
							return 0, err
						}
					}
					z.done = true
				}
				continue
			}
			n, err := z.src.Read(p[:min(len(p), z.remaining)])
			z.remaining -= n
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			if n > 0 {
				return n, nil
			}
			return 0, err
		default:
			if err := z.readN(3); err != nil {
				return 0, err
			}
			h := uint32(z.pending[0]) | uint32(z.pending[1])<<8 | uint32(z.pending[2])<<16
			z.last = h&1 == 1
			size := int(h >> 3)
			switch h >> 1 & 3 {
			case 1: // RLE: one byte repeated
				size = 1
			case 3:
				z.through = true
				continue
			}
			z.remaining, z.inBody = size, true
		}
	}
}

// pump does one Read of r into out and reports what Read returned (errTooLarge when out would
// pass its limit). A sink the loop side may take between calls (pushed input) is written only
// through a private buffer, so a Read blocked for input never holds the loop's memory.
func pump(r io.Reader, out *sink, sum func([]byte)) (int, error) {
	var room []byte
	if out.private {
		if out.scratch == nil {
			out.scratch = make([]byte, 32*1024)
		}
		room = out.scratch
	} else {
		room = out.spare(min(32*1024, max(2048, len(out.buf))))
	}
	if out.limit > 0 && len(out.buf)+len(room) > out.limit {
		room = room[:max(out.limit-len(out.buf)+1, 0)]
		if len(room) == 0 {
			return 0, errTooLarge
		}
	}
	n, err := r.Read(room)
	if n > 0 {
		if out.limit > 0 && len(out.buf)+n > out.limit {
			return n, errTooLarge
		}
		if sum != nil {
			sum(room[:n])
		}
		if out.private {
			out.buf = append(out.buf, room[:n]...)
		} else {
			out.buf = out.buf[:len(out.buf)+n]
		}
		if out.pause != nil && out.pauseAt > 0 && len(out.buf) >= out.pauseAt && err == nil {
			if perr := out.pause(); perr != nil {
				return n, perr
			}
		}
	}
	return n, err
}

// sizeHint guesses the decoded size of a whole input so the output is allocated once: a gzip
// member records its length (mod 2^32) in its last four bytes; other formats start at four
// times the input and grow.
func (d *inflater) sizeHint(in []byte, limit int) int {
	hint := 4 * len(in)
	if (d.mode == modeGunzip || d.mode == modeUnzip) && len(in) >= 18 && in[0] == 0x1f && in[1] == 0x8b {
		if isize := int(binary.LittleEndian.Uint32(in[len(in)-4:])); isize > 0 {
			hint = isize + 1
		}
	}
	if limit > 0 {
		hint = min(hint, limit+1)
	}
	return min(max(hint, 512), 1<<30)
}
