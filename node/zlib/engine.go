package zlib

import (
	"encoding/binary"
	"errors"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"sync"

	"github.com/klauspost/compress/flate"
)

// Node's stream modes (node_zlib_mode), numerically as zlib.constants has them.
const (
	modeDeflate = iota + 1
	modeInflate
	modeGzip
	modeGunzip
	modeDeflateRaw
	modeInflateRaw
	modeUnzip
	modeBrotliDecode
	modeBrotliEncode
	modeZstdCompress
	modeZstdDecompress
)

// The three things a flush value can ask of an engine, whatever its family's numbering:
// zlib's Z_NO_FLUSH..Z_BLOCK, brotli's BROTLI_OPERATION_*, zstd's ZSTD_e_*.
const (
	flushNone = iota
	flushSync
	flushFinish
)

func normalizeFlush(mode, flush int) int {
	switch mode {
	case modeBrotliEncode, modeBrotliDecode:
		switch flush {
		case 1:
			return flushSync
		case 2:
			return flushFinish
		}
		return flushNone
	case modeZstdCompress, modeZstdDecompress:
		switch flush {
		case 1:
			return flushSync
		case 2:
			return flushFinish
		}
		return flushNone
	}
	switch flush {
	case 0:
		return flushNone
	case 4:
		return flushFinish
	}
	return flushSync
}

// codecError is what Node reports for a failed (de)compression: the library's message, its errno
// and the code name Node puts on the error.
type codecError struct {
	msg   string
	errno int
	code  string
}

func (e *codecError) Error() string { return e.msg }

func zerr(errno int, msg string) *codecError {
	code := "Z_DATA_ERROR"
	switch errno {
	case -5:
		code = "Z_BUF_ERROR"
	case 2:
		code = "Z_NEED_DICT"
	case -2:
		code = "Z_STREAM_ERROR"
	case -4:
		code = "Z_MEM_ERROR"
	}
	return &codecError{msg: msg, errno: errno, code: code}
}

var (
	errUnexpectedEOF = zerr(-5, "unexpected end of file")
	// errTooLarge stops a decoder whose output passed maxOutputLength.
	errTooLarge = errors.New("output larger than maxOutputLength")
	// errAborted ends a decoder goroutine whose handle was closed.
	errAborted = errors.New("handle closed")
)

// sink collects output, refusing to grow past limit (maxOutputLength) when limit > 0.
type sink struct {
	buf   []byte
	limit int
	// private: decoded bytes go through scratch, never straight into buf's spare room (see pump)
	private bool
	scratch []byte
	// pauseAt: a pushed decoder stops (pause) once it holds this much output; 0: never
	pauseAt int
	pause   func() error
}

func (s *sink) Write(p []byte) (int, error) {
	if s.limit > 0 && len(s.buf)+len(p) > s.limit {
		return 0, errTooLarge
	}
	s.buf = append(s.buf, p...)
	return len(p), nil
}

// spare returns the free room at the end of buf, for readers that decode straight into the
// output, growing buf by at least n bytes when it is full.
func (s *sink) spare(n int) []byte {
	if cap(s.buf) == len(s.buf) {
		grown := make([]byte, len(s.buf), max(2*cap(s.buf), len(s.buf)+n))
		copy(grown, s.buf)
		s.buf = grown
	}
	return s.buf[len(s.buf):cap(s.buf)]
}

// forward is the io.Writer an encoder keeps for its life; it writes into whichever sink the
// current call gave.
type forward struct{ s *sink }

func (f *forward) Write(p []byte) (int, error) { return f.s.Write(p) }

// codec is one (de)compression stream. process consumes all of in (a decoder whose stream has
// ended drops the rest), applies flush, and appends what it produced to out.
type codec interface {
	process(in []byte, flush int, last bool, out *sink) (int, error)
	reset() error
	params(level, strategy int) error
	close()
}

// ---- deflate family encoders ----

type deflateEnc struct {
	mode       int
	level      int
	strategy   int
	windowBits int
	dict       []byte

	fw      flateWriter
	fwd     forward
	pending []byte // output of a params() flush, handed out by the next process
	// pooled: fw came from flateWriters[poolIndex(poolLevel)] and goes back there when done
	pooled    bool
	poolLevel int
	started   bool
	finished  bool
	crc       uint32
	adler     hash.Hash32
	size      uint32
}

func newDeflateEnc(mode, level, windowBits, strategy int, dict []byte) *deflateEnc {
	if level < 0 {
		level = 6
	}
	if windowBits == 8 {
		// zlib silently uses a 512-byte window when asked for 256
		windowBits = 9
	}
	return &deflateEnc{mode: mode, level: level, strategy: strategy, windowBits: windowBits, dict: dict}
}

func (e *deflateEnc) newWriter(withDict bool) error {
	var err error
	level := e.level
	if e.strategy == 2 && level != 0 { // Z_HUFFMAN_ONLY
		level = flate.HuffmanOnly
	}
	e.pooled = false
	switch {
	case level == 0:
		e.fw = &storedWriter{w: &e.fwd}
	case e.windowBits > 0 && e.windowBits < 15 && level != flate.HuffmanOnly:
		e.fw, err = flate.NewWriterWindow(&e.fwd, 1<<e.windowBits)
	case withDict && len(e.dict) > 0 && e.mode != modeGzip:
		e.fw, err = flate.NewWriterDict(&e.fwd, level, e.dict)
	default:
		e.fw, err = getFlateWriter(&e.fwd, level)
		e.pooled, e.poolLevel = true, level
	}
	return err
}

// Building a deflate writer allocates its hash tables (hundreds of KB), which dominates small
// calls; finished writers are kept per level for the next stream.
var flateWriters [12]sync.Pool

func poolIndex(level int) int {
	if level == flate.HuffmanOnly {
		return 10
	}
	return level
}

func getFlateWriter(dst *forward, level int) (*flate.Writer, error) {
	if level < flate.HuffmanOnly || level > 9 {
		return flate.NewWriter(dst, level)
	}
	if w, ok := flateWriters[poolIndex(level)].Get().(*pooledWriter); ok {
		w.Reset(dst)
		return w.Writer, nil
	}
	return flate.NewWriter(dst, level)
}

type pooledWriter struct{ *flate.Writer }

// release hands a finished writer back to its pool.
func (e *deflateEnc) release() {
	if w, ok := e.fw.(*flate.Writer); ok && e.pooled {
		w.Reset(nil)
		flateWriters[poolIndex(e.poolLevel)].Put(&pooledWriter{w})
	}
	e.fw = nil
}

func (e *deflateEnc) header(out *sink) {
	switch e.mode {
	case modeGzip:
		xfl := byte(0)
		if e.level == 9 {
			xfl = 2
		} else if e.level < 2 || e.strategy >= 2 {
			xfl = 4
		}
		out.buf = append(out.buf, 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3)
	case modeDeflate:
		wb := e.windowBits
		if wb == 0 {
			wb = 15
		}
		cmf := byte((wb-8)<<4 | 8)
		var flevel byte
		switch {
		case e.strategy >= 2 || e.level < 2:
			flevel = 0
		case e.level < 6:
			flevel = 1
		case e.level == 6:
			flevel = 2
		default:
			flevel = 3
		}
		flg := flevel << 6
		if len(e.dict) > 0 {
			flg |= 0x20
		}
		flg += byte(31 - (uint16(cmf)<<8|uint16(flg))%31)
		out.buf = append(out.buf, cmf, flg)
		if len(e.dict) > 0 {
			out.buf = binary.BigEndian.AppendUint32(out.buf, adler32.Checksum(e.dict))
		}
		e.adler = adler32.New()
	}
}

func (e *deflateEnc) process(in []byte, flush int, last bool, out *sink) (int, error) {
	return 0, e.encode(in, flush, last, out)
}

func (e *deflateEnc) encode(in []byte, flush int, last bool, out *sink) error {
	if e.finished {
		return nil
	}
	e.fwd.s = out
	defer func() { e.fwd.s = nil }()
	if !e.started {
		if e.fw == nil {
			if err := e.newWriter(true); err != nil {
				return zerr(-2, err.Error())
			}
		}
		e.header(out)
		e.started = true
	}
	if len(e.pending) > 0 {
		out.buf = append(out.buf, e.pending...)
		e.pending = nil
	}
	if len(in) > 0 {
		if _, err := e.fw.Write(in); err != nil {
			return e.writeErr(err)
		}
		switch e.mode {
		case modeGzip:
			e.crc = crc32.Update(e.crc, crc32.IEEETable, in)
			e.size += uint32(len(in))
		case modeDeflate:
			e.adler.Write(in)
		}
	}
	switch flush {
	case flushSync:
		if err := e.fw.Flush(); err != nil {
			return e.writeErr(err)
		}
	case flushFinish:
		if err := e.fw.Close(); err != nil {
			return e.writeErr(err)
		}
		switch e.mode {
		case modeGzip:
			out.buf = binary.LittleEndian.AppendUint32(out.buf, e.crc)
			out.buf = binary.LittleEndian.AppendUint32(out.buf, e.size)
		case modeDeflate:
			out.buf = binary.BigEndian.AppendUint32(out.buf, e.adler.Sum32())
		}
		e.finished = true
		e.release()
	}
	if out.limit > 0 && len(out.buf) > out.limit {
		return errTooLarge
	}
	return nil
}

func (e *deflateEnc) writeErr(err error) error {
	if errors.Is(err, errTooLarge) {
		return errTooLarge
	}
	return zerr(-2, err.Error())
}

func (e *deflateEnc) reset() error {
	e.started, e.finished = false, false
	e.crc, e.size = 0, 0
	e.fw, e.pending = nil, nil
	return nil
}

// params switches level and strategy mid-stream the way deflateParams does: what was written
// so far is flushed as its own blocks, later data is compressed with the new settings.
func (e *deflateEnc) params(level, strategy int) error {
	if level < 0 {
		level = 6
	}
	if level == e.level && strategy == e.strategy {
		return nil
	}
	e.level, e.strategy = level, strategy
	if !e.started || e.finished {
		e.fw = nil
		return nil
	}
	held := sink{buf: e.pending}
	e.fwd.s = &held
	err := e.fw.Flush()
	e.fwd.s = nil
	if err != nil {
		return zerr(-2, err.Error())
	}
	e.pending = held.buf
	// the new writer continues the stream without the preset dictionary: its matches may only
	// point into data it has seen itself
	return e.newWriter(false)
}

func (e *deflateEnc) close() {}

type flateWriter interface {
	Write(p []byte) (int, error)
	Flush() error
	Close() error
}

// storedWriter is level 0: the input in stored blocks of at most 65535 bytes, the last one
// marked final, which is what zlib writes for small inputs byte for byte.
type storedWriter struct {
	w   *forward
	buf []byte
}

const maxStored = 65535

func (s *storedWriter) block(data []byte, final bool) error {
	hdr := [5]byte{0, byte(len(data)), byte(len(data) >> 8), ^byte(len(data)), ^byte(len(data) >> 8)}
	if final {
		hdr[0] = 1
	}
	if _, err := s.w.Write(hdr[:]); err != nil {
		return err
	}
	_, err := s.w.Write(data)
	return err
}

func (s *storedWriter) Write(p []byte) (int, error) {
	s.buf = append(s.buf, p...)
	for len(s.buf) > maxStored {
		if err := s.block(s.buf[:maxStored], false); err != nil {
			return 0, err
		}
		s.buf = s.buf[maxStored:]
	}
	return len(p), nil
}

func (s *storedWriter) Flush() error {
	if len(s.buf) > 0 {
		if err := s.block(s.buf, false); err != nil {
			return err
		}
		s.buf = nil
	}
	return s.block(nil, false)
}

func (s *storedWriter) Close() error {
	err := s.block(s.buf, true)
	s.buf = nil
	return err
}
