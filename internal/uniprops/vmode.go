package uniprops

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The v flag (unicodeSets). The engine knows only u, so a v pattern is parsed here, every
// character class computed as a set of code points and strings (nested classes, --, &&, \q{…},
// \p{…} including the properties of strings), and the pattern rewritten into a u pattern with
// the same matches: a class without strings becomes explicit ranges, one with strings the
// alternation (?:longest|…|[ranges]) the specification describes. Outside classes v and u
// share their syntax, which is copied as written once checked, so error texts are V8's.

//go:embed strprops.txt
var strPropsText string

// vset is what a v-mode class matches: code points, and strings of zero or several code points.
type vset struct {
	cps  []runeRange
	strs map[string]bool
}

func (s vset) hasStrings() bool { return len(s.strs) > 0 }

func setUnion(a, b vset) vset {
	out := vset{cps: union(a.cps, b.cps)}
	if len(a.strs)+len(b.strs) > 0 {
		out.strs = map[string]bool{}
		for k := range a.strs {
			out.strs[k] = true
		}
		for k := range b.strs {
			out.strs[k] = true
		}
	}
	return out
}

func setIntersect(a, b vset) vset {
	out := vset{cps: intersect(a.cps, b.cps)}
	for k := range a.strs {
		if b.strs[k] {
			if out.strs == nil {
				out.strs = map[string]bool{}
			}
			out.strs[k] = true
		}
	}
	return out
}

func setMinus(a, b vset) vset {
	out := vset{cps: minus(a.cps, b.cps)}
	for k := range a.strs {
		if !b.strs[k] {
			if out.strs == nil {
				out.strs = map[string]bool{}
			}
			out.strs[k] = true
		}
	}
	return out
}

var (
	strPropsOnce sync.Once
	strProps     map[string]vset
)

func loadStrProps() {
	strProps = map[string]vset{}
	var all vset
	for _, line := range strings.Split(strPropsText, "\n") {
		name, rest, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		ranges, strs, _ := strings.Cut(rest, "|")
		s := vset{strs: map[string]bool{}}
		for _, f := range strings.Fields(ranges) {
			lo, hi, isRange := strings.Cut(f, "-")
			a, _ := strconv.ParseUint(lo, 16, 32)
			b := a
			if isRange {
				b, _ = strconv.ParseUint(hi, 16, 32)
			}
			s.cps = append(s.cps, runeRange{rune(a), rune(b)})
		}
		for _, f := range strings.Fields(strs) {
			var sb strings.Builder
			for _, h := range strings.Split(f, ".") {
				c, _ := strconv.ParseUint(h, 16, 32)
				sb.WriteRune(rune(c))
			}
			s.strs[sb.String()] = true
		}
		strProps[name] = s
		all = setUnion(all, s)
	}
	strProps["RGI_Emoji"] = all
}

// stringProperty is the set of a property of strings (RGI_Emoji, Basic_Emoji…).
func stringProperty(name string) (vset, bool) {
	strPropsOnce.Do(loadStrProps)
	s, ok := strProps[name]
	return s, ok
}

// vError is a pattern error, worded as V8 words it.
type vError string

type vparser struct {
	p          []rune
	i          int
	icase      bool
	groups     int
	names      map[string]bool
	refs       []string
	out        strings.Builder
	emitted    int // p[:emitted] is in out
	maxBackref int
	// umode checks a u-mode pattern (ClassRanges classes, fewer class escapes) and emits nothing
	umode bool
}

// RewriteV returns the u-mode pattern for a v-mode one, or V8's error text ("Invalid set
// operation in character class"…). ignoreCase is the i flag: v mode folds the operands of set
// operations before computing them.
func RewriteV(pattern string, ignoreCase bool) (string, string) {
	key := pattern
	if ignoreCase {
		key = "i\x00" + pattern
	}
	vcacheMu.Lock()
	out, ok := vcache[key]
	vcacheMu.Unlock()
	if ok {
		return out, ""
	}
	vp := &vparser{p: []rune(pattern), icase: ignoreCase, names: map[string]bool{}}
	vp.countGroups()
	if err := vp.disjunction(); err != "" {
		return "", string(err)
	}
	for _, n := range vp.refs {
		if !vp.names[n] {
			return "", "Invalid named capture referenced"
		}
	}
	vp.flush(len(vp.p))
	out = vp.out.String()
	vcacheMu.Lock()
	if len(vcache) > 1024 {
		clear(vcache)
	}
	vcache[key] = out
	vcacheMu.Unlock()
	return out, ""
}

var (
	vcacheMu sync.Mutex
	vcache   = map[string]string{}
)

func (vp *vparser) flush(upTo int) {
	vp.out.WriteString(string(vp.p[vp.emitted:upTo]))
	vp.emitted = upTo
}

func (vp *vparser) peek(k int) rune {
	if vp.i+k < len(vp.p) {
		return vp.p[vp.i+k]
	}
	return -1
}

func (vp *vparser) eof() bool { return vp.i >= len(vp.p) }

// countGroups counts capturing groups first, as V8 does, so \2 before the group is a
// back reference.
func (vp *vparser) countGroups() {
	inClass := 0
	for i := 0; i < len(vp.p); i++ {
		switch vp.p[i] {
		case '\\':
			i++
		case '[':
			inClass++
		case ']':
			if inClass > 0 {
				inClass--
			}
		case '(':
			if inClass == 0 && (i+1 >= len(vp.p) || vp.p[i+1] != '?' || (i+2 < len(vp.p) && vp.p[i+2] == '<' && i+3 < len(vp.p) && vp.p[i+3] != '=' && vp.p[i+3] != '!')) {
				vp.groups++
			}
		}
	}
}

func (vp *vparser) disjunction() vError {
	// one entry per open group: true for a lookaround, which u and v mode cannot quantify
	var open []bool
	alts := newNameScopes()
	for !vp.eof() {
		c := vp.p[vp.i]
		switch c {
		case '|':
			alts.alternative()
			vp.i++
			continue
		case ')':
			if len(open) == 0 {
				return "Unmatched ')'"
			}
			lookaround := open[len(open)-1]
			open = open[:len(open)-1]
			if alts.close() {
				return "Duplicate capture group name"
			}
			vp.i++
			if lookaround {
				if q := vp.peek(0); q == '*' || q == '+' || q == '?' {
					return "Invalid quantifier"
				} else if q == '{' {
					if vp.isQuantifierBrace() {
						return "Invalid quantifier"
					}
					return "Incomplete quantifier"
				}
				continue
			}
			if err := vp.quantifier(true); err != "" {
				return err
			}
			continue
		case '(':
			vp.i++
			lookaround, duplicate := false, false
			if vp.peek(0) == '?' {
				switch {
				case vp.peek(1) == ':':
					vp.i += 2
				case vp.peek(1) == '=' || vp.peek(1) == '!':
					vp.i += 2
					lookaround = true
				case vp.peek(1) == '<' && (vp.peek(2) == '=' || vp.peek(2) == '!'):
					vp.i += 3
					lookaround = true
				case vp.peek(1) == '<':
					vp.i += 2
					start := vp.i
					for !vp.eof() && vp.p[vp.i] != '>' {
						vp.i++
					}
					if vp.eof() || vp.i == start {
						return "Invalid capture group name"
					}
					name := string(vp.p[start:vp.i])
					// V8 reports a duplicate when the group closes
					duplicate = !alts.define(name)
					vp.names[name] = true
					vp.i++
				default:
					if err := vp.modifiers(); err != "" {
						return err
					}
				}
			}
			open = append(open, lookaround)
			alts.open(duplicate)
			continue
		}
		if err := vp.term(); err != "" {
			return err
		}
	}
	if len(open) > 0 {
		return "Unterminated group"
	}
	return ""
}

// isQuantifierBrace reports whether p[i:] is {n}, {n,} or {n,m}.
func (vp *vparser) isQuantifierBrace() bool {
	_, _, _, ok := vp.readBrace()
	return ok
}

func (vp *vparser) readBrace() (lo, hi int, end int, ok bool) {
	j := vp.i + 1
	num := func() (int, bool) {
		start := j
		n := 0
		for j < len(vp.p) && vp.p[j] >= '0' && vp.p[j] <= '9' {
			if n < 1<<30 {
				n = n*10 + int(vp.p[j]-'0')
			}
			j++
		}
		return n, j > start
	}
	lo, ok = num()
	if !ok {
		return
	}
	hi = lo
	if j < len(vp.p) && vp.p[j] == ',' {
		j++
		hi = -1
		if n, has := num(); has {
			hi = n
		}
	}
	if j >= len(vp.p) || vp.p[j] != '}' {
		return 0, 0, 0, false
	}
	return lo, hi, j + 1, true
}

// quantifier reads an optional quantifier after an atom.
func (vp *vparser) quantifier(allowed bool) vError {
	switch vp.peek(0) {
	case '*', '+', '?':
		if !allowed {
			return "Nothing to repeat"
		}
		vp.i++
	case '{':
		lo, hi, end, ok := vp.readBrace()
		if !ok {
			if !allowed {
				return "" // the term reads the lone brace
			}
			return "Incomplete quantifier"
		}
		if !allowed {
			return "Nothing to repeat"
		}
		if hi >= 0 && hi < lo {
			return "numbers out of order in {} quantifier"
		}
		vp.i = end
	default:
		return ""
	}
	if vp.peek(0) == '?' {
		vp.i++
	}
	switch vp.peek(0) {
	case '*', '+', '?':
		return "Nothing to repeat"
	case '{':
		if vp.isQuantifierBrace() {
			return "Nothing to repeat"
		}
	}
	return ""
}

func (vp *vparser) term() vError {
	c := vp.p[vp.i]
	switch c {
	case '^', '$':
		vp.i++
		return vp.quantifier(false)
	case '*', '+', '?':
		return "Nothing to repeat"
	case '{':
		if vp.isQuantifierBrace() {
			return "Nothing to repeat"
		}
		return "Lone quantifier brackets"
	case '}', ']':
		return "Lone quantifier brackets"
	case '[':
		if vp.umode {
			if err := vp.uclass(); err != "" {
				return err
			}
			return vp.quantifier(true)
		}
		start := vp.i
		set, negated, _, err := vp.class()
		if err != "" {
			return err
		}
		vp.flush(start)
		vp.emitClass(set, negated)
		vp.emitted = vp.i
		return vp.quantifier(true)
	case '\\':
		return vp.atomEscape()
	}
	vp.i++
	return vp.quantifier(true)
}

func (vp *vparser) atomEscape() vError {
	start := vp.i
	vp.i++
	if vp.eof() {
		return "\\ at end of pattern"
	}
	c := vp.p[vp.i]
	switch {
	case c == 'b' || c == 'B':
		vp.i++
		return vp.quantifier(false)
	case c == 'p' || c == 'P':
		set, err := vp.property(c == 'P', false)
		if err != "" {
			return err
		}
		vp.flush(start)
		vp.emitClass(set, false)
		vp.emitted = vp.i
		return vp.quantifier(true)
	case c == 'd' || c == 'D' || c == 's' || c == 'S' || c == 'w' || c == 'W':
		vp.i++
		return vp.quantifier(true)
	case c == 'k':
		vp.i++
		if vp.peek(0) != '<' {
			return "Invalid named reference"
		}
		end := vp.i + 1
		for end < len(vp.p) && vp.p[end] != '>' {
			end++
		}
		if end >= len(vp.p) || end == vp.i+1 {
			return "Invalid named reference"
		}
		vp.refs = append(vp.refs, string(vp.p[vp.i+1:end]))
		vp.i = end + 1
		return vp.quantifier(true)
	case c >= '1' && c <= '9':
		n := 0
		for !vp.eof() && vp.p[vp.i] >= '0' && vp.p[vp.i] <= '9' {
			if n < 1<<20 {
				n = n*10 + int(vp.p[vp.i]-'0')
			}
			vp.i++
		}
		if n > vp.groups {
			return "Invalid escape"
		}
		return vp.quantifier(true)
	}
	vp.i = start
	if _, err := vp.characterEscape(false); err != "" {
		return err
	}
	return vp.quantifier(true)
}

// characterEscape reads \… at p[i] as one code point. inClass allows v mode's class-only
// escapes (\b is backspace, the reserved punctuators).
func (vp *vparser) characterEscape(inClass bool) (rune, vError) {
	vp.i++ // the backslash
	if vp.eof() {
		return 0, "\\ at end of pattern"
	}
	c := vp.p[vp.i]
	vp.i++
	switch c {
	case 'f':
		return '\f', ""
	case 'n':
		return '\n', ""
	case 'r':
		return '\r', ""
	case 't':
		return '\t', ""
	case 'v':
		return '\v', ""
	case 'c':
		if n := vp.peek(0); n >= 'a' && n <= 'z' || n >= 'A' && n <= 'Z' {
			vp.i++
			return n % 32, ""
		}
		return 0, "Invalid Unicode escape"
	case '0':
		if n := vp.peek(0); n >= '0' && n <= '9' {
			return 0, "Invalid decimal escape"
		}
		return 0, ""
	case 'x':
		if isHex(vp.peek(0)) && isHex(vp.peek(1)) {
			v := hexVal(vp.peek(0))<<4 | hexVal(vp.peek(1))
			vp.i += 2
			return v, ""
		}
		return 0, "Invalid escape"
	case 'u':
		return vp.unicodeEscape()
	case '^', '$', '\\', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/':
		return c, ""
	}
	if inClass {
		if c == 'b' {
			return '\b', ""
		}
		if vp.umode && c == '-' {
			return c, ""
		}
		if !vp.umode && strings.ContainsRune("&-!#%,:;<=>@`~", c) {
			return c, ""
		}
		if c >= '1' && c <= '7' {
			return 0, "Invalid decimal escape"
		}
	}
	return 0, "Invalid escape"
}

func (vp *vparser) unicodeEscape() (rune, vError) {
	if vp.peek(0) == '{' {
		j := vp.i + 1
		v := rune(0)
		for j < len(vp.p) && isHex(vp.p[j]) {
			v = v<<4 | hexVal(vp.p[j])
			if v > unicode.MaxRune {
				return 0, "Invalid Unicode escape"
			}
			j++
		}
		if j == vp.i+1 || j >= len(vp.p) || vp.p[j] != '}' {
			return 0, "Invalid Unicode escape"
		}
		vp.i = j + 1
		return v, ""
	}
	v, ok := vp.hex4(vp.i)
	if !ok {
		return 0, "Invalid Unicode escape"
	}
	vp.i += 4
	if v >= 0xD800 && v <= 0xDBFF && vp.peek(0) == '\\' && vp.peek(1) == 'u' {
		if lo, ok := vp.hex4(vp.i + 2); ok && lo >= 0xDC00 && lo <= 0xDFFF {
			vp.i += 6
			return (v-0xD800)<<10 + (lo - 0xDC00) + 0x10000, ""
		}
	}
	return v, ""
}

func (vp *vparser) hex4(at int) (rune, bool) {
	if at+4 > len(vp.p) {
		return 0, false
	}
	v := rune(0)
	for k := 0; k < 4; k++ {
		if !isHex(vp.p[at+k]) {
			return 0, false
		}
		v = v<<4 | hexVal(vp.p[at+k])
	}
	return v, true
}

func isHex(c rune) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func hexVal(c rune) rune {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// property reads \p{…} or \P{…} (p[i] is p or P).
func (vp *vparser) property(negated, inClass bool) (vset, vError) {
	bad := vError("Invalid property name")
	if inClass {
		bad = "Invalid property name in character class"
	}
	vp.i++
	if vp.peek(0) != '{' {
		return vset{}, bad
	}
	end := vp.i + 1
	for end < len(vp.p) && vp.p[end] != '}' {
		end++
	}
	if end >= len(vp.p) {
		return vset{}, bad
	}
	body := string(vp.p[vp.i+1 : end])
	vp.i = end + 1
	if s, ok := stringProperty(body); ok && !vp.umode {
		if negated {
			return vset{}, bad
		}
		return vp.fold(s), ""
	}
	rs, ok := propertyRanges(body)
	if !ok {
		return vset{}, bad
	}
	if negated {
		// with i, \P is the complement of the folded property
		if vp.icase {
			return vset{cps: vp.complement(vp.fold(vset{cps: rs}).cps)}, ""
		}
		rs = complement(rs)
	}
	return vp.fold(vset{cps: rs}), ""
}

// class reads a v-mode character class at p[i] ('[').
func (vp *vparser) class() (set vset, negated, mayStrings bool, err vError) {
	vp.i++
	if vp.peek(0) == '^' {
		negated = true
		vp.i++
	}
	if vp.eof() {
		return vset{}, false, false, "Unterminated character class"
	}
	if vp.p[vp.i] == ']' {
		vp.i++
		return vset{}, negated, false, ""
	}
	set, mayStrings, err = vp.classContents()
	if err != "" {
		return vset{}, false, false, err
	}
	if negated && mayStrings {
		return vset{}, false, false, "Negated character class may contain strings"
	}
	return set, negated, mayStrings, ""
}

type operand struct {
	set        vset
	char       rune
	isChar     bool
	mayStrings bool
}

// classContents reads a union, an intersection or a subtraction up to and including ']'.
func (vp *vparser) classContents() (vset, bool, vError) {
	first, err := vp.classOperand()
	if err != "" {
		return vset{}, false, err
	}
	result := first.set
	mayStrings := first.mayStrings
	if vp.peek(0) == '-' && vp.peek(1) == '-' {
		for {
			vp.i += 2
			op, err := vp.classOperand()
			if err != "" {
				return vset{}, false, err
			}
			result = setMinus(result, op.set)
			switch {
			case vp.peek(0) == ']':
				vp.i++
				return result, mayStrings, ""
			case vp.peek(0) == '-' && vp.peek(1) == '-':
			case vp.eof():
				return vset{}, false, "Unterminated character class"
			default:
				return vset{}, false, "Invalid set operation in character class"
			}
		}
	}
	if vp.peek(0) == '&' && vp.peek(1) == '&' {
		for {
			vp.i += 2
			if vp.peek(0) == '&' {
				return vset{}, false, "Invalid character in character class"
			}
			op, err := vp.classOperand()
			if err != "" {
				return vset{}, false, err
			}
			result = setIntersect(result, op.set)
			mayStrings = mayStrings && op.mayStrings
			switch {
			case vp.peek(0) == ']':
				vp.i++
				return result, mayStrings, ""
			case vp.peek(0) == '&' && vp.peek(1) == '&':
			case vp.eof():
				return vset{}, false, "Unterminated character class"
			default:
				return vset{}, false, "Invalid set operation in character class"
			}
		}
	}
	// a union of operands and ranges
	last := first
	for {
		if vp.eof() {
			return vset{}, false, "Unterminated character class"
		}
		switch c, n := vp.p[vp.i], vp.peek(1); {
		case c == ']':
			vp.i++
			return result, mayStrings, ""
		case c == '-' && n == '-', c == '&' && n == '&':
			return vset{}, false, "Invalid set operation in character class"
		case c == '-':
			if vp.i+1 >= len(vp.p) {
				return vset{}, false, "Unterminated character class"
			}
			if !last.isChar {
				return vset{}, false, "Invalid character class"
			}
			vp.i++
			hi, err := vp.classOperand()
			if err != "" {
				return vset{}, false, err
			}
			if !hi.isChar {
				return vset{}, false, "Invalid character class"
			}
			if hi.char < last.char {
				return vset{}, false, "Range out of order in character class"
			}
			result = setUnion(result, vp.fold(vset{cps: []runeRange{{last.char, hi.char}}}))
			last = operand{}
			continue
		}
		op, err := vp.classOperand()
		if err != "" {
			return vset{}, false, err
		}
		result = setUnion(result, op.set)
		mayStrings = mayStrings || op.mayStrings
		last = op
	}
}

// classOperand reads a nested class, \q{…}, a class escape or one character.
func (vp *vparser) classOperand() (operand, vError) {
	if vp.eof() {
		return operand{}, "Unterminated character class"
	}
	c := vp.p[vp.i]
	switch c {
	case '[':
		set, negated, mayStrings, err := vp.class()
		if err != "" {
			return operand{}, err
		}
		if negated {
			set = vset{cps: vp.complement(set.cps)}
		}
		return operand{set: set, mayStrings: mayStrings}, ""
	case '\\':
		switch vp.peek(1) {
		case 'q':
			if vp.peek(2) != '{' {
				return operand{}, "Invalid escape"
			}
			vp.i += 3
			return vp.stringDisjunction()
		case 'd', 'D', 's', 'S', 'w', 'W':
			e := vp.peek(1)
			vp.i += 2
			return operand{set: vp.fold(vset{cps: classEscape(e, vp.icase)})}, ""
		case 'p', 'P':
			vp.i++
			set, err := vp.property(vp.p[vp.i] == 'P', true)
			if err != "" {
				return operand{}, err
			}
			return operand{set: set, mayStrings: set.hasStrings()}, ""
		}
		r, err := vp.characterEscape(true)
		if err != "" {
			return operand{}, err
		}
		return vp.charOperand(r), ""
	}
	r, err := vp.classSetCharacter()
	if err != "" {
		return operand{}, err
	}
	return vp.charOperand(r), ""
}

func (vp *vparser) charOperand(r rune) operand {
	return operand{set: vp.fold(vset{cps: []runeRange{{r, r}}}), char: r, isChar: true}
}

// classSetCharacter reads one unescaped ClassSetCharacter.
func (vp *vparser) classSetCharacter() (rune, vError) {
	c := vp.p[vp.i]
	if strings.ContainsRune("&!#$%*+,.:;<=>?@^`~", c) && vp.peek(1) == c {
		return 0, "Invalid set operation in character class"
	}
	if strings.ContainsRune("()[]{}/-|", c) {
		return 0, "Invalid character in character class"
	}
	vp.i++
	return c, ""
}

// stringDisjunction reads the inside of \q{…} after the brace.
func (vp *vparser) stringDisjunction() (operand, vError) {
	set := vset{}
	var cur []rune
	add := func() {
		if len(cur) == 1 {
			set = setUnion(set, vset{cps: []runeRange{{cur[0], cur[0]}}})
		} else {
			if set.strs == nil {
				set.strs = map[string]bool{}
			}
			set.strs[string(cur)] = true
		}
		cur = cur[:0]
	}
	for {
		if vp.eof() {
			return operand{}, "Unterminated character class"
		}
		switch vp.p[vp.i] {
		case '}':
			vp.i++
			add()
			set = vp.fold(set)
			return operand{set: set, mayStrings: set.hasStrings()}, ""
		case '|':
			vp.i++
			add()
			continue
		case '\\':
			r, err := vp.characterEscape(true)
			if err != "" {
				return operand{}, err
			}
			cur = append(cur, r)
			continue
		}
		r, err := vp.classSetCharacter()
		if err != "" {
			return operand{}, err
		}
		cur = append(cur, r)
	}
}

func classEscape(e rune, icase bool) []runeRange {
	var rs []runeRange
	switch e {
	case 'd', 'D':
		rs = []runeRange{{'0', '9'}}
	case 's', 'S':
		rs = []runeRange{{'\t', '\r'}, {' ', ' '}, {0xA0, 0xA0}, {0x1680, 0x1680}, {0x2000, 0x200A},
			{0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}, {0xFEFF, 0xFEFF}}
	case 'w', 'W':
		rs = []runeRange{{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}
		if icase {
			// with u or v and i, \w takes the characters that fold into it
			rs = union(rs, []runeRange{{0x17F, 0x17F}, {0x212A, 0x212A}})
		}
	}
	if e == 'D' || e == 'S' || e == 'W' {
		return complement(rs)
	}
	return rs
}

// fold is MaybeSimpleCaseFolding: with i, every code point and every string's code points
// become their simple case folding, so set operations see the folded sets.
func (vp *vparser) fold(s vset) vset {
	if !vp.icase {
		return s
	}
	out := vset{}
	var extra []runeRange
	var drop []runeRange
	fs := foldables()
	for _, r := range s.cps {
		// the code points of r that fold to another one
		k := sort.Search(len(fs), func(i int) bool { return fs[i] >= r.lo })
		for ; k < len(fs) && fs[k] <= r.hi; k++ {
			c := fs[k]
			drop = append(drop, runeRange{c, c})
			extra = append(extra, runeRange{simpleFold(c), simpleFold(c)})
		}
	}
	if len(drop) == 0 {
		out.cps = s.cps
	} else {
		out.cps = union(minus(s.cps, drop), extra)
	}
	if len(s.strs) > 0 {
		out.strs = map[string]bool{}
		for str := range s.strs {
			rs := []rune(str)
			for k, c := range rs {
				rs[k] = simpleFold(c)
			}
			out.strs[string(rs)] = true
		}
	}
	return out
}

// complement is CharacterComplement: with i, relative to the code points that are their own
// simple case folding.
func (vp *vparser) complement(rs []runeRange) []runeRange {
	c := complement(rs)
	if !vp.icase {
		return c
	}
	return minus(c, foldableRanges())
}

var (
	foldOnce     sync.Once
	foldList     []rune
	foldRangeSet []runeRange
)

// foldables lists the code points whose simple case folding is another code point.
func foldables() []rune {
	foldOnce.Do(func() {
		for _, cr := range unicode.CaseRanges {
			for c := rune(cr.Lo); c <= rune(cr.Hi); c++ {
				if simpleFold(c) != c {
					foldList = append(foldList, c)
					foldRangeSet = append(foldRangeSet, runeRange{c, c})
				}
			}
		}
		foldRangeSet = normalize(foldRangeSet)
	})
	return foldList
}

func foldableRanges() []runeRange {
	foldables()
	return foldRangeSet
}

// simpleFold is Unicode's simple case folding (scf) of c.
func simpleFold(c rune) rune {
	if c < 0x80 {
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	}
	if unicode.SimpleFold(c) == c {
		return c
	}
	switch {
	case c == 0x130 || c == 0x131:
		return c // Turkish dotted/dotless i: no simple folding
	case c >= 0x13A0 && c <= 0x13F5, c >= 0xAB70 && c <= 0xABBF, c >= 0x13F8 && c <= 0x13FD:
		// Cherokee folds to its uppercase letters
		return unicode.ToUpper(c)
	}
	return unicode.ToLower(unicode.ToUpper(c))
}

// emitClass writes a class (or a class with strings) in u-mode syntax.
func (vp *vparser) emitClass(s vset, negated bool) {
	sb := &vp.out
	if !s.hasStrings() {
		if negated {
			sb.WriteString("[^")
		} else {
			sb.WriteByte('[')
		}
		writeRanges(sb, s.cps)
		sb.WriteByte(']')
		return
	}
	strs := make([]string, 0, len(s.strs))
	empty := false
	for k := range s.strs {
		if k == "" {
			empty = true
			continue
		}
		strs = append(strs, k)
	}
	sort.Slice(strs, func(i, j int) bool {
		li, lj := utf8.RuneCountInString(strs[i]), utf8.RuneCountInString(strs[j])
		if li != lj {
			return li > lj
		}
		return strs[i] < strs[j]
	})
	sb.WriteString("(?:")
	for i, str := range strs {
		if i > 0 {
			sb.WriteByte('|')
		}
		for _, c := range str {
			writeLiteral(sb, c)
		}
	}
	if len(s.cps) > 0 {
		if len(strs) > 0 {
			sb.WriteByte('|')
		}
		sb.WriteByte('[')
		writeRanges(sb, s.cps)
		sb.WriteByte(']')
	}
	if empty {
		sb.WriteByte('|')
	}
	sb.WriteByte(')')
}

func writeLiteral(sb *strings.Builder, c rune) {
	if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
		sb.WriteRune(c)
		return
	}
	fmt.Fprintf(sb, "\\u{%x}", c)
}

// CheckU returns V8's error text for a pattern the u flag makes invalid ("Invalid escape",
// "Lone quantifier brackets"…), or "". The engine compiles such patterns without complaint.
func CheckU(pattern string) string {
	ucacheMu.Lock()
	errText, ok := ucache[pattern]
	ucacheMu.Unlock()
	if ok {
		return errText
	}
	vp := &vparser{p: []rune(pattern), names: map[string]bool{}, umode: true}
	vp.countGroups()
	errText = string(vp.disjunction())
	if errText == "" {
		for _, n := range vp.refs {
			if !vp.names[n] {
				errText = "Invalid named capture referenced"
				break
			}
		}
	}
	ucacheMu.Lock()
	if len(ucache) > 1024 {
		clear(ucache)
	}
	ucache[pattern] = errText
	ucacheMu.Unlock()
	return errText
}

var (
	ucacheMu sync.Mutex
	ucache   = map[string]string{}
)

// uclass reads a u-mode class at p[i] ('['): ClassRanges, where a range's ends must be single
// characters in order.
func (vp *vparser) uclass() vError {
	vp.i++
	if vp.peek(0) == '^' {
		vp.i++
	}
	for {
		if vp.eof() {
			return "Unterminated character class"
		}
		if vp.p[vp.i] == ']' {
			vp.i++
			return ""
		}
		lo, loChar, err := vp.uclassAtom()
		if err != "" {
			return err
		}
		if vp.peek(0) != '-' || vp.peek(1) == ']' || vp.peek(1) == -1 {
			continue
		}
		vp.i++
		hi, hiChar, err := vp.uclassAtom()
		if err != "" {
			return err
		}
		if !loChar || !hiChar {
			return "Invalid character class"
		}
		if hi < lo {
			return "Range out of order in character class"
		}
	}
}

// uclassAtom reads one class atom; isChar is false for a class escape (\d, \p{…}…).
func (vp *vparser) uclassAtom() (r rune, isChar bool, err vError) {
	if vp.p[vp.i] != '\\' {
		r = vp.p[vp.i]
		vp.i++
		return r, true, ""
	}
	switch e := vp.peek(1); e {
	case 'd', 'D', 's', 'S', 'w', 'W':
		vp.i += 2
		return 0, false, ""
	case 'p', 'P':
		vp.i++
		if _, err := vp.property(e == 'P', true); err != "" {
			return 0, false, err
		}
		return 0, false, ""
	}
	r, err = vp.characterEscape(true)
	return r, err == "", err
}

// nameScopes tells a duplicate capture group name, which is allowed only in another
// alternative: `(?<a>x)|(?<a>y)` but not `(?<a>x)(?<a>y)` or `(?:(?<a>x)|y)(?<a>z)`.
type nameScopes struct {
	active map[string]bool
	frames []nameFrame
}

// nameFrame is one open group: the names of its current alternative and of all its
// alternatives so far.
type nameFrame struct {
	cur, all  []string
	duplicate bool // the group's own name was taken
}

func newNameScopes() *nameScopes {
	return &nameScopes{active: map[string]bool{}, frames: []nameFrame{{}}}
}

func (ns *nameScopes) define(name string) bool {
	if ns.active[name] {
		return false
	}
	ns.active[name] = true
	top := &ns.frames[len(ns.frames)-1]
	top.cur = append(top.cur, name)
	top.all = append(top.all, name)
	return true
}

func (ns *nameScopes) alternative() {
	top := &ns.frames[len(ns.frames)-1]
	for _, n := range top.cur {
		delete(ns.active, n)
	}
	top.cur = top.cur[:0]
}

func (ns *nameScopes) open(duplicate bool) {
	ns.frames = append(ns.frames, nameFrame{duplicate: duplicate})
}

// close ends a group: every name of any of its alternatives now belongs to the enclosing one.
// It reports whether the group's own name was a duplicate.
func (ns *nameScopes) close() bool {
	if len(ns.frames) < 2 {
		return false
	}
	f := ns.frames[len(ns.frames)-1]
	ns.frames = ns.frames[:len(ns.frames)-1]
	top := &ns.frames[len(ns.frames)-1]
	for _, n := range f.all {
		ns.active[n] = true
		top.cur = append(top.cur, n)
		top.all = append(top.all, n)
	}
	return f.duplicate
}

// CheckLegacy returns V8's error text for the errors of a pattern without u or v flag that the
// engine does not raise: a capture group name used twice in one alternative, and modifier
// groups with a repeated flag or nothing but a dash. Everything else is the engine's to check.
func CheckLegacy(pattern string) string {
	if !strings.Contains(pattern, "(?") {
		return ""
	}
	p := []rune(pattern)
	alts := newNameScopes()
	var dups []bool // per open group: its name was a duplicate
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++
		case '[':
			for i++; i < len(p) && p[i] != ']'; i++ {
				if p[i] == '\\' {
					i++
				}
			}
		case '|':
			alts.alternative()
		case ')':
			if len(dups) == 0 {
				return "" // the engine reports it
			}
			dups = dups[:len(dups)-1]
			if alts.close() {
				return "Duplicate capture group name"
			}
		case '(':
			dup := false
			if i+2 < len(p) && p[i+1] == '?' {
				switch c := p[i+2]; {
				case c == '<' && i+3 < len(p) && p[i+3] != '=' && p[i+3] != '!':
					end := i + 3
					for end < len(p) && p[end] != '>' {
						end++
					}
					if end >= len(p) {
						return "Invalid capture group name"
					}
					dup = !alts.define(string(p[i+3 : end]))
				case c == '-' || c == 'i' || c == 'm' || c == 's':
					vp := &vparser{p: p, i: i + 1}
					if err := vp.modifiers(); err != "" && err != "Invalid group" {
						return string(err)
					}
				}
			}
			dups = append(dups, dup)
			alts.open(dup)
		}
	}
	return ""
}

// modifiers reads a modifier group's head (?i:, (?-i:, (?i-s: with p[i] at '?'.
func (vp *vparser) modifiers() vError {
	j := vp.i + 1
	var seen [3]bool
	flags, dash, repeated := 0, false, false
	for ; j < len(vp.p); j++ {
		if vp.p[j] == '-' && !dash {
			dash = true
			continue
		}
		k := strings.IndexRune("ims", vp.p[j])
		if k < 0 {
			break
		}
		repeated = repeated || seen[k]
		seen[k] = true
		flags++
	}
	switch {
	case j >= len(vp.p) || vp.p[j] != ':' || j == vp.i+1:
		return "Invalid group"
	case repeated:
		return "Repeated flag in flag group"
	case dash && flags == 0:
		return "Invalid flag group"
	}
	vp.i = j + 1
	return ""
}

// engineRegExpErrors maps the engine's (and its regexp libraries') syntax error texts to V8's.
var engineRegExpErrors = []struct{ engine, v8 string }{
	{"Unterminated character class", "Unterminated character class"},
	{"missing argument to repetition operator", "Nothing to repeat"},
	{"missing closing )", "Unterminated group"},
	{"unexpected )", "Unmatched ')'"},
	{"invalid nested repetition operator", "Nothing to repeat"},
	{"Invalid Unicode escape", "Invalid Unicode escape"},
	{"invalid escape sequence", "Invalid escape"},
	{"invalid character class range", "Range out of order in character class"},
	{"invalid repeat count", "numbers out of order in {} quantifier"},
	{"reference to undefined group name", "Invalid named capture referenced"},
	{"trailing backslash at end of expression", "\\ at end of pattern"},
	{"invalid capture group name", "Invalid capture group name"},
	// the engine's own parser already words these as V8 does, without the pattern
	{"Unterminated group", "Unterminated group"},
	{"Unmatched ')'", "Unmatched ')'"},
	{"Nothing to repeat", "Nothing to repeat"},
	{"Lone quantifier brackets", "Lone quantifier brackets"},
	{"Incomplete quantifier", "Incomplete quantifier"},
	{"Invalid capture group name", "Invalid capture group name"},
	{"Invalid named reference", "Invalid named reference"},
	{"Duplicate capture group name", "Duplicate capture group name"},
}

// V8RegExpError is V8's text for a regexp syntax error the engine (or its regexp libraries)
// worded its own way.
func V8RegExpError(engineMsg string) (string, bool) {
	for _, m := range engineRegExpErrors {
		if strings.Contains(engineMsg, m.engine) {
			return m.v8, true
		}
	}
	return "", false
}
