package zlib

import (
	"errors"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"
)

// brotli parameters (BROTLI_PARAM_*) by number
const (
	brotliParamMode        = 0
	brotliParamQuality     = 1
	brotliParamLGWin       = 2
	brotliParamLGBlock     = 3
	brotliParamSizeHint    = 5
	brotliParamLargeWindow = 6
)

type brotliEnc struct {
	opts     brotli.WriterOptions
	w        *brotli.Writer
	fwd      forward
	finished bool
}

func newBrotliEnc(params map[int]uint32) *brotliEnc {
	e := &brotliEnc{opts: brotli.WriterOptions{Quality: 11, LGWin: 22}}
	if q, ok := params[brotliParamQuality]; ok {
		e.opts.Quality = int(q)
	}
	if w, ok := params[brotliParamLGWin]; ok {
		e.opts.LGWin = int(w)
	}
	return e
}

func (e *brotliEnc) process(in []byte, flush int, last bool, out *sink) (int, error) {
	return 0, e.encode(in, flush, last, out)
}

func (e *brotliEnc) encode(in []byte, flush int, last bool, out *sink) error {
	if e.finished {
		return nil
	}
	e.fwd.s = out
	defer func() { e.fwd.s = nil }()
	if e.w == nil {
		e.w = brotli.NewWriterOptions(&e.fwd, e.opts)
	}
	if len(in) > 0 {
		if _, err := e.w.Write(in); err != nil {
			return encErr(err)
		}
	}
	switch flush {
	case flushSync:
		if err := e.w.Flush(); err != nil {
			return encErr(err)
		}
	case flushFinish:
		if err := e.w.Close(); err != nil {
			return encErr(err)
		}
		e.finished = true
	}
	return nil
}

func encErr(err error) error {
	if errors.Is(err, errTooLarge) {
		return errTooLarge
	}
	return &codecError{msg: "Compression failed", errno: -1, code: "ERR_BROTLI_COMPRESSION_FAILED"}
}

func (e *brotliEnc) reset() error {
	e.w, e.finished = nil, false
	return nil
}

func (e *brotliEnc) params(int, int) error { return nil }
func (e *brotliEnc) close()                {}

// zstd parameters (ZSTD_c_*) by number
const (
	zstdCompressionLevel = 100
	zstdWindowLog        = 101
	zstdChecksumFlag     = 201
	zstdContentSizeFlag  = 200
)

type zstdEnc struct {
	level    int
	checksum bool
	window   int
	pledged  int64
	dict     []byte
	w        *zstd.Encoder
	fwd      forward
	finished bool
	written  int64
}

func newZstdEnc(params map[int]uint32, pledged int64, dict []byte) *zstdEnc {
	e := &zstdEnc{level: 3, pledged: pledged, dict: dict}
	if l, ok := params[zstdCompressionLevel]; ok {
		e.level = int(int32(l))
	}
	if c, ok := params[zstdChecksumFlag]; ok {
		e.checksum = c != 0
	}
	if w, ok := params[zstdWindowLog]; ok && w >= 10 && w <= 31 {
		e.window = 1 << w
	}
	return e
}

func (e *zstdEnc) process(in []byte, flush int, last bool, out *sink) (int, error) {
	return 0, e.encode(in, flush, last, out)
}

func (e *zstdEnc) encode(in []byte, flush int, last bool, out *sink) error {
	if e.finished {
		return nil
	}
	e.fwd.s = out
	defer func() { e.fwd.s = nil }()
	if e.w == nil {
		level := e.level
		if level <= 0 {
			level = 3
		}
		opts := []zstd.EOption{
			zstd.WithEncoderLevel(zstd.EncoderLevelFromZstd(level)),
			zstd.WithEncoderConcurrency(1),
			zstd.WithEncoderCRC(e.checksum),
			zstd.WithZeroFrames(true),
			zstd.WithLowerEncoderMem(true),
		}
		if len(e.dict) > 0 {
			if isZstdDict(e.dict) {
				opts = append(opts, zstd.WithEncoderDict(e.dict))
			} else {
				opts = append(opts, zstd.WithEncoderDictRaw(0, e.dict))
			}
		}
		if e.window > 0 {
			w := min(max(e.window, zstd.MinWindowSize), zstd.MaxWindowSize)
			opts = append(opts, zstd.WithWindowSize(w))
		}
		w, err := zstd.NewWriter(nil, opts...)
		if err != nil {
			return &codecError{msg: "Initialization failed", errno: -1, code: "ERR_ZLIB_INITIALIZATION_FAILED"}
		}
		e.w = w
		switch {
		case e.pledged >= 0:
			w.ResetContentSize(&e.fwd, e.pledged)
		case last && flush == flushFinish:
			// a one-shot call knows its size, and zstd records it in the frame as the C library
			// does for ZSTD_compress2
			w.ResetContentSize(&e.fwd, int64(len(in)))
		default:
			w.Reset(&e.fwd)
		}
	}
	e.written += int64(len(in))
	if e.pledged >= 0 && (e.written > e.pledged || flush == flushFinish && e.written != e.pledged) {
		// the frame header promised another size
		return zencErr(zstd.ErrFrameSizeMismatch)
	}
	if len(in) > 0 {
		if _, err := e.w.Write(in); err != nil {
			return zencErr(err)
		}
	}
	switch flush {
	case flushSync:
		if err := e.w.Flush(); err != nil {
			return zencErr(err)
		}
	case flushFinish:
		if err := e.w.Close(); err != nil {
			return zencErr(err)
		}
		e.finished = true
	}
	return nil
}

func zencErr(err error) error {
	if errors.Is(err, errTooLarge) {
		return errTooLarge
	}
	if errors.Is(err, zstd.ErrFrameSizeMismatch) {
		return &codecError{msg: "Src size is incorrect", errno: 72, code: "ZSTD_error_srcSize_wrong"}
	}
	return &codecError{msg: "Compression failed", errno: 1, code: "ZSTD_error_GENERIC"}
}

func (e *zstdEnc) reset() error {
	e.w, e.finished, e.written = nil, false, 0
	return nil
}

func (e *zstdEnc) params(int, int) error { return nil }
func (e *zstdEnc) close()                {}

// isZstdDict tells a trained zstd dictionary (it starts with the dictionary magic) from raw
// content, which zstd uses as a prefix.
func isZstdDict(d []byte) bool {
	return len(d) >= 8 && d[0] == 0x37 && d[1] == 0xa4 && d[2] == 0x30 && d[3] == 0xec
}
