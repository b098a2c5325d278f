package intl

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// decimal is an exact decimal: value = 0.digits × 10^dp (digits without leading or trailing
// zeros; empty digits is zero). ICU formats doubles from their shortest round-trip decimal, so
// rounding works on these digits, never on the binary value.
type decimal struct {
	neg    bool
	digits []byte
	dp     int
	nan    bool
	inf    bool
}

func decimalFromFloat(f float64) decimal {
	var d decimal
	if math.IsNaN(f) {
		d.nan = true
		return d
	}
	d.neg = math.Signbit(f)
	if math.IsInf(f, 0) {
		d.inf = true
		return d
	}
	if f == 0 {
		return d
	}
	var buf [32]byte
	s := strconv.AppendFloat(buf[:0], math.Abs(f), 'e', -1, 64)
	e := 0
	i := 0
	for ; i < len(s) && s[i] != 'e'; i++ {
		if s[i] != '.' {
			d.digits = append(d.digits, s[i])
		}
	}
	e, _ = strconv.Atoi(string(s[i+1:]))
	d.dp = e + 1
	d.trim()
	return d
}

// decimalFromString reads a StringNumericLiteral exactly; ok is false when it is not a decimal
// literal (the caller then goes through Number).
func decimalFromString(s string) (decimal, bool) {
	var d decimal
	s = strings.TrimSpace(s)
	if s == "" {
		return d, true
	}
	if s[0] == '-' || s[0] == '+' {
		d.neg = s[0] == '-'
		s = s[1:]
	}
	if s == "Infinity" {
		d.inf = true
		return d, true
	}
	mant, exp := s, 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant = s[:i]
		e, err := strconv.Atoi(s[i+1:])
		if err != nil || s[i+1:] == "" {
			return d, false
		}
		exp = e
	}
	intPart, frac := mant, ""
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		intPart, frac = mant[:i], mant[i+1:]
	}
	if intPart == "" && frac == "" {
		return d, false
	}
	for _, p := range []string{intPart, frac} {
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return d, false
			}
		}
	}
	d.digits = []byte(intPart + frac)
	d.dp = len(intPart) + exp
	d.trim()
	// beyond a double's range V8 formats the value as the double it becomes
	if d.dp > 309 {
		d.digits, d.dp, d.inf = nil, 0, true
	} else if d.dp < -330 {
		d.digits, d.dp = nil, 0
	}
	return d, true
}

func decimalFromBigIntString(s string) decimal {
	var d decimal
	if strings.HasPrefix(s, "-") {
		d.neg = true
		s = s[1:]
	}
	d.digits = []byte(s)
	d.dp = len(s)
	d.trim()
	return d
}

func (d *decimal) trim() {
	lead := 0
	for lead < len(d.digits) && d.digits[lead] == '0' {
		lead++
	}
	d.digits = d.digits[lead:]
	d.dp -= lead
	end := len(d.digits)
	for end > 0 && d.digits[end-1] == '0' {
		end--
	}
	d.digits = d.digits[:end]
	if len(d.digits) == 0 {
		d.dp = 0
	}
}

func (d *decimal) isZero() bool { return !d.nan && !d.inf && len(d.digits) == 0 }

// magnitude is floor(log10(|d|)); meaningless for zero.
func (d *decimal) magnitude() int { return d.dp - 1 }

// roundAt keeps digits down to 10^-frac (frac may be negative), rounding with mode.
func (d *decimal) roundAt(frac int, mode string) {
	if d.nan || d.inf {
		return
	}
	keep := d.dp + frac // number of digits kept
	if keep >= len(d.digits) {
		return
	}
	if keep < 0 {
		// everything is dropped, and the dropped part is below half
		up := roundUp(mode, d.neg, false, -1, true)
		d.digits = d.digits[:0]
		if up {
			d.digits = append(d.digits, '1')
			d.dp = -frac + 1
		} else {
			d.dp = 0
		}
		return
	}
	first := d.digits[keep]
	rest := false
	for _, c := range d.digits[keep+1:] {
		if c != '0' {
			rest = true
			break
		}
	}
	cmp := 0 // dropped part vs half
	switch {
	case first > '5' || first == '5' && rest:
		cmp = 1
	case first < '5':
		cmp = -1
	}
	lastOdd := keep > 0 && (d.digits[keep-1]-'0')%2 == 1
	up := roundUp(mode, d.neg, lastOdd, cmp, false)
	// copies share digits: never write into the shared array
	d.digits = append(make([]byte, 0, keep+1), d.digits[:keep]...)
	if up {
		i := keep - 1
		for i >= 0 && d.digits[i] == '9' {
			d.digits[i] = '0'
			i--
		}
		if i < 0 {
			d.digits = append([]byte{'1'}, d.digits...)
			d.dp++
		} else {
			d.digits[i]++
		}
	}
	d.trim()
	if len(d.digits) == 0 {
		d.dp = 0
	}
}

// roundUp decides whether the kept magnitude grows; cmp compares the dropped part with half.
func roundUp(mode string, neg, lastOdd bool, cmp int, belowHalf bool) bool {
	switch mode {
	case "ceil":
		return !neg
	case "floor":
		return neg
	case "expand":
		return true
	case "trunc":
		return false
	case "halfCeil":
		return cmp > 0 || cmp == 0 && !neg
	case "halfFloor":
		return cmp > 0 || cmp == 0 && neg
	case "halfTrunc":
		return cmp > 0
	case "halfEven":
		return cmp > 0 || cmp == 0 && lastOdd
	default: // halfExpand
		return cmp >= 0
	}
}

// roundIncrement rounds to a multiple of incr × 10^-frac.
func (d *decimal) roundIncrement(frac, incr int, mode string) {
	if d.nan || d.inf || d.isZero() {
		return
	}
	// scaled = |d| × 10^frac as a rational n/10^k
	n := new(big.Int)
	n.SetString(string(d.digits), 10)
	k := len(d.digits) - d.dp - frac // scaled = n / 10^k
	den := big.NewInt(1)
	if k > 0 {
		den.Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
	} else if k < 0 {
		n.Mul(n, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-k)), nil))
	}
	den.Mul(den, big.NewInt(int64(incr)))
	q, r := new(big.Int).QuoRem(n, den, new(big.Int))
	cmp := new(big.Int).Mul(r, big.NewInt(2)).Cmp(den)
	if r.Sign() != 0 {
		if roundUp(mode, d.neg, q.Bit(0) == 1, cmp, false) {
			q.Add(q, big.NewInt(1))
		}
	}
	q.Mul(q, big.NewInt(int64(incr)))
	s := q.String()
	if s == "0" {
		d.digits, d.dp = nil, 0
		return
	}
	d.digits = []byte(s)
	d.dp = len(s) - frac
	d.trim()
}

// intFrac splits into integer digits (at least minInt) and fraction digits (at least minFrac).
func (d *decimal) intFrac(minInt, minFrac int) (string, string) {
	var ib, fb []byte
	if d.dp > 0 {
		for i := 0; i < d.dp; i++ {
			if i < len(d.digits) {
				ib = append(ib, d.digits[i])
			} else {
				ib = append(ib, '0')
			}
		}
	}
	for len(ib) < minInt {
		ib = append([]byte{'0'}, ib...)
	}
	if d.dp < 0 {
		for i := 0; i < -d.dp; i++ {
			fb = append(fb, '0')
		}
	}
	if len(d.digits) > d.dp {
		start := d.dp
		if start < 0 {
			start = 0
		}
		fb = append(fb, d.digits[start:]...)
	}
	for len(fb) < minFrac {
		fb = append(fb, '0')
	}
	return string(ib), string(fb)
}

// plain is the number as "123.45" (no sign), for plural operands.
func (d *decimal) plain(minFrac int) string {
	i, f := d.intFrac(1, minFrac)
	if f == "" {
		return i
	}
	return i + "." + f
}

func (d *decimal) shift(n int) {
	if len(d.digits) > 0 {
		d.dp += n
	}
}

func (d *decimal) cmpAbs(o *decimal) int {
	if d.isZero() || o.isZero() {
		switch {
		case d.isZero() && o.isZero():
			return 0
		case d.isZero():
			return -1
		default:
			return 1
		}
	}
	if d.dp != o.dp {
		if d.dp < o.dp {
			return -1
		}
		return 1
	}
	return strings.Compare(string(d.digits), string(o.digits))
}

func (d *decimal) cmp(o *decimal) int {
	if d.isZero() && o.isZero() {
		return 0
	}
	dn := d.neg && !d.isZero()
	on := o.neg && !o.isZero()
	if dn != on {
		if dn {
			return -1
		}
		return 1
	}
	c := d.cmpAbs(o)
	if dn {
		return -c
	}
	return c
}
