package zlib

// describeCorrupt names the fault of a deflate stream that Go's decoder rejected, in zlib's
// words. Go reports only an offset; zlib's message depends on which check failed, and programs
// (and Node's tests) match on it. The first block's header holds most of the checks random or
// mangled input trips, so it is walked here as inflate would; faults further in are reported as
// the most common of them. "" means the header itself is cut short.
func describeCorrupt(body []byte) string {
	const farBack = "invalid distance too far back"
	const short = ""
	br := bitReader{data: body}
	br.bits(1) // BFINAL
	switch br.bits(2) {
	case 0:
		br.align()
		n, nn := br.bits(16), br.bits(16)
		if br.short {
			return short
		}
		if n != ^nn&0xffff {
			return "invalid stored block lengths"
		}
		return farBack
	case 1:
		return farBack
	case 3:
		return "invalid block type"
	}
	nlen := br.bits(5) + 257
	ndist := br.bits(5) + 1
	ncode := br.bits(4) + 4
	if br.short {
		return short
	}
	if nlen > 286 || ndist > 30 {
		return "too many length or distance symbols"
	}
	order := [19]int{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}
	var clens [19]int
	for i := 0; i < int(ncode); i++ {
		clens[order[i]] = int(br.bits(3))
	}
	if br.short {
		return short
	}
	if !completeCode(clens[:], false) {
		return "invalid code lengths set"
	}
	dec := newHuffDecoder(clens[:])
	lens := make([]int, nlen+ndist)
	for i := 0; i < len(lens); {
		sym := dec.decode(&br)
		if br.short {
			return short
		}
		if sym < 16 {
			lens[i] = sym
			i++
			continue
		}
		var rep, val int
		switch sym {
		case 16:
			if i == 0 {
				return "invalid bit length repeat"
			}
			val, rep = lens[i-1], 3+int(br.bits(2))
		case 17:
			rep = 3 + int(br.bits(3))
		default:
			rep = 11 + int(br.bits(7))
		}
		if i+rep > len(lens) {
			return "invalid bit length repeat"
		}
		for ; rep > 0; rep-- {
			lens[i] = val
			i++
		}
	}
	if lens[256] == 0 {
		return "invalid code -- missing end-of-block"
	}
	if !completeCode(lens[:nlen], true) {
		return "invalid literal/lengths set"
	}
	if !completeCode(lens[nlen:], true) {
		return "invalid distances set"
	}
	return farBack
}

// completeCode reports whether code lengths make a code inflate accepts: never over-subscribed,
// and complete unless (for literal and distance codes) it has a single one-bit code.
func completeCode(lengths []int, allowSingle bool) bool {
	var count [16]int
	maxLen := 0
	for _, l := range lengths {
		count[l]++
		maxLen = max(maxLen, l)
	}
	if maxLen == 0 {
		// inflate accepts an empty code; decoding with it yields zeros
		return true
	}
	left := 1
	for l := 1; l < 16; l++ {
		left <<= 1
		left -= count[l]
		if left < 0 {
			return false
		}
	}
	if left > 0 {
		return allowSingle && maxLen == 1
	}
	return true
}

type bitReader struct {
	data  []byte
	pos   int
	bit   uint
	short bool
}

func (b *bitReader) bits(n uint) uint32 {
	var v uint32
	for i := uint(0); i < n; i++ {
		if b.pos >= len(b.data) {
			b.short = true
			return 0
		}
		v |= uint32(b.data[b.pos]>>b.bit&1) << i
		b.bit++
		if b.bit == 8 {
			b.bit = 0
			b.pos++
		}
	}
	return v
}

func (b *bitReader) align() {
	if b.bit != 0 {
		b.bit = 0
		b.pos++
	}
}

// huffDecoder is a canonical Huffman decoder for the code-length alphabet (19 symbols).
type huffDecoder struct {
	count  [16]int
	symbol []int
}

func newHuffDecoder(lengths []int) *huffDecoder {
	h := &huffDecoder{}
	for _, l := range lengths {
		h.count[l]++
	}
	h.count[0] = 0
	var offs [16]int
	for l := 1; l < 16; l++ {
		offs[l] = offs[l-1] + h.count[l-1]
	}
	h.symbol = make([]int, len(lengths))
	for sym, l := range lengths {
		if l != 0 {
			h.symbol[offs[l]] = sym
			offs[l]++
		}
	}
	return h
}

func (h *huffDecoder) decode(b *bitReader) int {
	if len(h.symbol) == 0 || h.count == [16]int{} {
		b.bits(1)
		return 0
	}
	code, first, index := 0, 0, 0
	for l := 1; l < 16; l++ {
		code |= int(b.bits(1))
		if b.short {
			return 0
		}
		count := h.count[l]
		if code-count < first {
			return h.symbol[index+(code-first)]
		}
		index += count
		first += count
		first <<= 1
		code <<= 1
	}
	b.short = true
	return 0
}
