package fs

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Glob patterns as Node compiles them (minimatch with windowsPathsNoEscape, nonegate,
// nocomment and optimizationLevel 2, case-sensitive as on Linux): backslashes are separators,
// braces expand into several patterns, each split into segments that are '**' (globstar), a
// literal name, or a segment matcher (*, ?, [classes], extglobs +() *() ?() @() !()).

type segKind uint8

const (
	segNone segKind = iota // past the end of a pattern (JS undefined)
	segLiteral
	segMagic
	segGlobstar
)

type globSeg struct {
	kind segKind
	lit  string
	m    *segMatcher
}

// globParts is one brace alternative of a pattern: its segments and their source strings.
type globParts struct {
	segs []globSeg
	strs []string
}

// compileGlob returns the patterns a glob expands to, in minimatch's order.
func compileGlob(pattern string) []globParts {
	pattern = strings.ReplaceAll(pattern, `\`, "/")
	var lists [][]string
	for _, alt := range expandBraces(pattern) {
		lists = append(lists, reduceGlobSegments(strings.Split(alt, "/")))
	}
	lists = mergeGlobLists(lists)
	out := make([]globParts, 0, len(lists))
	for _, parts := range lists {
		gp := globParts{strs: parts, segs: make([]globSeg, len(parts))}
		for i, s := range parts {
			gp.segs[i] = parseGlobSeg(s)
		}
		out = append(out, gp)
	}
	return out
}

func parseGlobSeg(s string) globSeg {
	if s == "**" {
		return globSeg{kind: segGlobstar}
	}
	if m := compileSegment(s); m != nil {
		return globSeg{kind: segMagic, m: m}
	}
	return globSeg{kind: segLiteral, lit: s}
}

// expandBraces expands {a,b} alternatives and {1..3} / {a..c} sequences, outermost first;
// "{x}" without a comma or range stays literal.
func expandBraces(p string) []string {
	depth, open := 0, -1
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '{':
			if depth == 0 {
				open = i
			}
			depth++
		case '}':
			if depth == 0 {
				continue
			}
			depth--
			if depth != 0 {
				continue
			}
			body, head := p[open+1:i], p[:open]
			rest := expandBraces(p[i+1:])
			alts := splitBraceBody(body)
			var choices []string
			if len(alts) > 1 {
				for _, a := range alts {
					choices = append(choices, expandBraces(a)...)
				}
			} else if seq, ok := braceSequence(body); ok {
				choices = seq
			} else {
				out := make([]string, 0, len(rest))
				for _, r := range rest {
					out = append(out, head+"{"+body+"}"+r)
				}
				return out
			}
			out := make([]string, 0, len(choices)*len(rest))
			for _, c := range choices {
				for _, r := range rest {
					out = append(out, head+c+r)
				}
			}
			return out
		}
	}
	return []string{p}
}

func splitBraceBody(body string) []string {
	var parts []string
	depth, last := 0, 0
	for i := 0; i < len(body); i++ {
		switch body[i] {
		case '{':
			depth++
		case '}':
			depth--
		case ',':
			if depth == 0 {
				parts = append(parts, body[last:i])
				last = i + 1
			}
		}
	}
	return append(parts, body[last:])
}

func braceSequence(body string) ([]string, bool) {
	a, b, ok := strings.Cut(body, "..")
	if !ok {
		return nil, false
	}
	if x, err1 := strconv.Atoi(a); err1 == nil && isIntText(a) {
		y, err2 := strconv.Atoi(b)
		if err2 != nil || !isIntText(b) {
			return nil, false
		}
		step := 1
		if x > y {
			step = -1
		}
		var out []string
		for n := x; ; n += step {
			out = append(out, strconv.Itoa(n))
			if n == y {
				break
			}
		}
		return out, true
	}
	if len(a) == 1 && len(b) == 1 && isASCIILetter(a[0]) && isASCIILetter(b[0]) {
		x, y := a[0], b[0]
		var out []string
		for n := int(x); ; {
			out = append(out, string(rune(n)))
			if n == int(y) {
				break
			}
			if x <= y {
				n++
			} else {
				n--
			}
		}
		return out, true
	}
	return nil, false
}

func isIntText(s string) bool {
	if strings.HasPrefix(s, "-") {
		s = s[1:]
	}
	if s == "" || len(s) > 9 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// reduceGlobSegments is minimatch's first optimisation phase on one pattern (and on paths
// being matched): "." and empty segments inside drop out, "<name>/.." folds away and runs of
// "**" collapse to one.
func reduceGlobSegments(parts []string) []string {
	for changed := true; changed; {
		changed = false
		for i := 0; i+1 < len(parts); i++ {
			if parts[i] == "**" && parts[i+1] == "**" {
				parts = append(parts[:i+1], parts[i+2:]...)
				i--
				changed = true
			}
		}
		for i := 1; i < len(parts)-1; i++ {
			p := parts[i]
			if i == 1 && p == "" && parts[0] == "" {
				continue // a UNC start "//"
			}
			if p == "." || p == "" {
				parts = append(parts[:i], parts[i+1:]...)
				i--
				changed = true
			}
		}
		if len(parts) == 2 && parts[0] == "." && (parts[1] == "." || parts[1] == "") {
			parts = parts[:1]
			changed = true
		}
		for dd := 1; dd < len(parts); dd++ {
			if parts[dd] != ".." {
				continue
			}
			p := parts[dd-1]
			if p == "" || p == "." || p == ".." || p == "**" {
				continue
			}
			keepDot := dd == 1 && dd+1 < len(parts) && parts[dd+1] == "**"
			repl := []string{}
			if keepDot {
				repl = []string{"."}
			}
			parts = append(append(append([]string{}, parts[:dd-1]...), repl...), parts[dd+1:]...)
			dd -= 2
			if dd < 0 {
				dd = 0
			}
			changed = true
		}
	}
	if len(parts) == 0 {
		return []string{""}
	}
	return parts
}

// mergeGlobLists is minimatch's second phase: of two expansions where one covers the other
// (equal, or differing by an empty '**' or a '*' standing for a plain name) only the covering
// one is kept, in the later position.
func mergeGlobLists(lists [][]string) [][]string {
	for i := 0; i < len(lists)-1; i++ {
		for j := i + 1; j < len(lists); j++ {
			if m, ok := coverParts(lists[i], lists[j]); ok {
				lists[i] = nil
				lists[j] = m
				break
			}
		}
	}
	out := lists[:0]
	for _, l := range lists {
		if len(l) > 0 {
			out = append(out, l)
		}
	}
	return out
}

func coverParts(a, b []string) ([]string, bool) {
	ai, bi := 0, 0
	var res []string
	which := byte(0)
	for ai < len(a) && bi < len(b) {
		switch {
		case a[ai] == b[bi]:
			if which == 'b' {
				res = append(res, b[bi])
			} else {
				res = append(res, a[ai])
			}
			ai++
			bi++
		case a[ai] == "**" && ai+1 < len(a) && b[bi] == a[ai+1]:
			res = append(res, a[ai])
			ai++
		case b[bi] == "**" && bi+1 < len(b) && a[ai] == b[bi+1]:
			res = append(res, b[bi])
			bi++
		case a[ai] == "*" && b[bi] != "" && !strings.HasPrefix(b[bi], ".") && b[bi] != "**":
			if which == 'b' {
				return nil, false
			}
			which = 'a'
			res = append(res, a[ai])
			ai++
			bi++
		case b[bi] == "*" && a[ai] != "" && !strings.HasPrefix(a[ai], ".") && a[ai] != "**":
			if which == 'a' {
				return nil, false
			}
			which = 'b'
			res = append(res, b[bi])
			ai++
			bi++
		default:
			return nil, false
		}
	}
	return res, len(a) == len(b)
}

// ---------------------------------------------------------------------------- one segment

type tokKind uint8

const (
	tokLit tokKind = iota
	tokAny
	tokStar
	tokClass
	tokExt
)

type classRange struct{ lo, hi rune }

type segTok struct {
	kind     tokKind
	r        rune
	ranges   []classRange
	negate   bool
	ext      byte // + * ? @ !
	alts     [][]segTok
	anchored bool // a !() with nothing after it in the segment
}

// segMatcher matches one path segment (a file name).
type segMatcher struct {
	toks        []segTok
	dotOK       bool // the pattern spells a leading dot
	allowsEmpty bool // an extglob at the start may match the empty name
}

// compileSegment returns nil when s has no magic (it is then compared literally).
func compileSegment(s string) *segMatcher {
	p := &segParser{src: []rune(s)}
	toks := p.sequence(false)
	if !p.magic {
		return nil
	}
	return &segMatcher{
		toks:        toks,
		dotOK:       strings.HasPrefix(s, "."),
		allowsEmpty: startsWithExtglob(s),
	}
}

func startsWithExtglob(s string) bool {
	return len(s) >= 2 && strings.ContainsRune("+*?@!", rune(s[0])) && s[1] == '(' && strings.Contains(s, ")")
}

type segParser struct {
	src   []rune
	i     int
	magic bool
}

func (p *segParser) sequence(inExt bool) []segTok {
	var toks []segTok
	for p.i < len(p.src) {
		if inExt && (p.src[p.i] == ')' || p.src[p.i] == '|') {
			break
		}
		toks = append(toks, p.atom())
	}
	return toks
}

func (p *segParser) hasCloseParen() bool {
	for j := p.i; j < len(p.src); j++ {
		if p.src[j] == ')' {
			return true
		}
	}
	return false
}

func (p *segParser) atom() segTok {
	c := p.src[p.i]
	if strings.ContainsRune("+*?@!", c) && p.i+1 < len(p.src) && p.src[p.i+1] == '(' && p.hasCloseParen() {
		p.magic = true
		p.i += 2
		t := segTok{kind: tokExt, ext: byte(c)}
		for {
			t.alts = append(t.alts, p.sequence(true))
			if p.i < len(p.src) && p.src[p.i] == '|' {
				p.i++
				continue
			}
			break
		}
		p.i++ // the ')'
		t.anchored = p.i >= len(p.src)
		return t
	}
	p.i++
	switch c {
	case '*':
		p.magic = true
		for p.i < len(p.src) && p.src[p.i] == '*' {
			p.i++
		}
		return segTok{kind: tokStar}
	case '?':
		p.magic = true
		return segTok{kind: tokAny}
	case '[':
		if t, end, ok := parseGlobClass(p.src, p.i); ok {
			p.magic = true
			p.i = end
			return t
		}
	}
	return segTok{kind: tokLit, r: c}
}

var posixGlobClasses = map[string][]classRange{
	"alnum":  {{'a', 'z'}, {'A', 'Z'}, {'0', '9'}},
	"alpha":  {{'a', 'z'}, {'A', 'Z'}},
	"ascii":  {{0, 0x7f}},
	"blank":  {{' ', ' '}, {'\t', '\t'}},
	"cntrl":  {{0, 0x1f}, {0x7f, 0x7f}},
	"digit":  {{'0', '9'}},
	"graph":  {{0x21, 0x7e}},
	"lower":  {{'a', 'z'}},
	"print":  {{0x20, 0x7e}},
	"punct":  {{'!', '/'}, {':', '@'}, {'[', '`'}, {'{', '~'}},
	"space":  {{' ', ' '}, {'\t', '\t'}, {'\r', '\r'}, {'\n', '\n'}, {'\v', '\v'}, {'\f', '\f'}},
	"upper":  {{'A', 'Z'}},
	"word":   {{'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {'_', '_'}},
	"xdigit": {{'A', 'F'}, {'a', 'f'}, {'0', '9'}},
}

// parseGlobClass reads a [...] class starting after the '['; ok is false when it does not
// close (the '[' is then literal).
func parseGlobClass(src []rune, start int) (segTok, int, bool) {
	i := start
	t := segTok{kind: tokClass}
	if i < len(src) && (src[i] == '!' || src[i] == '^') {
		t.negate = true
		i++
	}
	var singles []rune
	first := true
	for i < len(src) {
		c := src[i]
		if c == ']' && !first {
			if len(singles) == 0 && len(t.ranges) == 0 {
				return t, 0, false
			}
			// "a-z" among the single characters is a range
			for k := 0; k < len(singles); k++ {
				if k+2 < len(singles) && singles[k+1] == '-' {
					t.ranges = append(t.ranges, classRange{singles[k], singles[k+2]})
					k += 2
					continue
				}
				t.ranges = append(t.ranges, classRange{singles[k], singles[k]})
			}
			return t, i + 1, true
		}
		first = false
		if c == '[' && i+1 < len(src) && src[i+1] == ':' {
			rest := string(src[i+2:])
			if end := strings.Index(rest, ":]"); end >= 0 {
				if rs, ok := posixGlobClasses[rest[:end]]; ok {
					t.ranges = append(t.ranges, rs...)
					i += 2 + utf8.RuneCountInString(rest[:end]) + 2
					continue
				}
			}
		}
		singles = append(singles, c)
		i++
	}
	return t, 0, false
}

func (t *segTok) classHas(r rune) bool {
	in := false
	for _, rg := range t.ranges {
		if r >= rg.lo && r <= rg.hi {
			in = true
			break
		}
	}
	if t.negate {
		return !in && r != '/'
	}
	return in
}

// match reports whether name (one path segment) matches.
func (m *segMatcher) match(name string) bool {
	if name == "." || name == ".." {
		return false
	}
	if !m.dotOK && strings.HasPrefix(name, ".") {
		return false
	}
	if name == "" && !m.allowsEmpty {
		return false
	}
	return matchToks(m.toks, []rune(name))
}

func matchToks(toks []segTok, s []rune) bool { return matchFrom(toks, 0, s, 0) }

func matchFrom(toks []segTok, ti int, s []rune, si int) bool {
	for ti < len(toks) {
		t := &toks[ti]
		switch t.kind {
		case tokLit:
			if si >= len(s) || s[si] != t.r {
				return false
			}
		case tokAny:
			if si >= len(s) || s[si] == '/' {
				return false
			}
		case tokClass:
			if si >= len(s) || !t.classHas(s[si]) {
				return false
			}
		case tokStar:
			for k := si; k <= len(s); k++ {
				if matchFrom(toks, ti+1, s, k) {
					return true
				}
			}
			return false
		case tokExt:
			return matchExt(toks, ti, s, si)
		}
		ti++
		si++
	}
	return si == len(s)
}

// altEnds lists the ends e for which some alternative matches s[si:e] exactly.
func altEnds(alts [][]segTok, s []rune, si int) []int {
	var ends []int
	for e := si; e <= len(s); e++ {
		for _, a := range alts {
			if matchToks(a, s[si:e]) {
				ends = append(ends, e)
				break
			}
		}
	}
	return ends
}

func matchExt(toks []segTok, ti int, s []rune, si int) bool {
	t := &toks[ti]
	// repeat: zero or more further non-empty repetitions, then the rest
	var repeat func(at int) bool
	repeat = func(at int) bool {
		if matchFrom(toks, ti+1, s, at) {
			return true
		}
		for _, e := range altEnds(t.alts, s, at) {
			if e > at && repeat(e) {
				return true
			}
		}
		return false
	}
	switch t.ext {
	case '@', '?':
		if t.ext == '?' && matchFrom(toks, ti+1, s, si) {
			return true
		}
		for _, e := range altEnds(t.alts, s, si) {
			if matchFrom(toks, ti+1, s, e) {
				return true
			}
		}
		return false
	case '*':
		return repeat(si)
	case '+':
		for _, e := range altEnds(t.alts, s, si) {
			if repeat(e) {
				return true
			}
		}
		return false
	default: // '!'
		if t.anchored && ti == len(toks)-1 {
			for _, a := range t.alts {
				if matchToks(a, s[si:]) {
					return false
				}
			}
			return true
		}
		// Like minimatch's (?!(?:alts)) lookahead: no alternative may match here at all.
		if len(altEnds(t.alts, s, si)) > 0 {
			return false
		}
		for k := si; k <= len(s); k++ {
			if matchFrom(toks, ti+1, s, k) {
				return true
			}
		}
		return false
	}
}

// ---------------------------------------------------------------------------- whole paths

// globMatcher matches whole paths against a pattern (fs.glob's exclude list).
type globMatcher struct{ sets []globParts }

func newGlobMatcher(pattern string) *globMatcher {
	return &globMatcher{sets: compileGlob(pattern)}
}

func (g *globMatcher) match(path string) bool {
	file := reduceGlobSegments(strings.Split(path, "/"))
	for _, gp := range g.sets {
		if matchPathSegs(file, 0, gp.segs, 0) {
			return true
		}
	}
	return false
}

// matchPathSegs is minimatch's matchOne: a '**' may match no segment while path segments
// remain; a trailing '**' needs none but takes no dot segments.
func matchPathSegs(file []string, fi int, pat []globSeg, pi int) bool {
	for ; fi < len(file) && pi < len(pat); fi, pi = fi+1, pi+1 {
		p := pat[pi]
		if p.kind == segGlobstar {
			if pi+1 == len(pat) {
				for ; fi < len(file); fi++ {
					if strings.HasPrefix(file[fi], ".") {
						return false
					}
				}
				return true
			}
			for fr := fi; fr < len(file); fr++ {
				if matchPathSegs(file, fr, pat, pi+1) {
					return true
				}
				if strings.HasPrefix(file[fr], ".") {
					break
				}
			}
			return false
		}
		f := file[fi]
		if p.kind == segLiteral && f != p.lit || p.kind == segMagic && !p.m.match(f) {
			return false
		}
	}
	if fi == len(file) {
		return pi == len(pat)
	}
	return pi == len(pat) && fi == len(file)-1 && file[fi] == ""
}
