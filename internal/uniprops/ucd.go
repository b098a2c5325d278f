package uniprops

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// ucd.txt holds the code points of every property ECMAScript names, as the reference Node
// (V8 with ICU, Unicode 17) matches them, so the rewrite agrees with V8 where Go's tables
// (Unicode 15) are older or lack a property (Script_Extensions, the emoji properties...).
// Regenerate with the reference node:
//
//	node internal/uniprops/gen/gen.js internal/uniprops/gen/scripts.txt internal/uniprops/ucd.txt
//
// Format, one property a line: "gc=Lu ranges", "Emoji ranges", "sc=Greek Grek ranges",
// "scx=Greek Grek ranges"; ranges are hex "lo-hi" or "cp", space-separated.
//
//go:embed ucd.txt
var ucdText string

var (
	ucdOnce    sync.Once
	ucdLines   map[string]string // property key -> its ranges text, parsed on first use
	ucdParsed  map[string][]runeRange
	ucdMu      sync.Mutex
	scriptLong map[string]string // ISO code or long name -> long name
)

func loadUCD() {
	ucdLines = map[string]string{}
	ucdParsed = map[string][]runeRange{}
	scriptLong = map[string]string{}
	for _, line := range strings.Split(ucdText, "\n") {
		key, rest, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		if kind, long, isScript := strings.Cut(key, "="); isScript && (kind == "sc" || kind == "scx") {
			code, ranges, _ := strings.Cut(rest, " ")
			scriptLong[long] = long
			scriptLong[code] = long
			ucdLines[key] = ranges
			continue
		}
		ucdLines[key] = rest
	}
}

// ucd returns the ranges of a property key ("gc=Lu", "Alphabetic", "sc=Greek", "scx=Greek").
func ucd(key string) ([]runeRange, bool) {
	ucdOnce.Do(loadUCD)
	ucdMu.Lock()
	defer ucdMu.Unlock()
	if r, ok := ucdParsed[key]; ok {
		return r, true
	}
	text, ok := ucdLines[key]
	if !ok {
		return nil, false
	}
	var rs []runeRange
	for _, f := range strings.Fields(text) {
		lo, hi, isRange := strings.Cut(f, "-")
		a, _ := strconv.ParseUint(lo, 16, 32)
		b := a
		if isRange {
			b, _ = strconv.ParseUint(hi, 16, 32)
		}
		rs = append(rs, runeRange{rune(a), rune(b)})
	}
	if key == "gc=Cs" && len(rs) == 0 {
		// the generator scanned strings, which cannot show a regexp a lone surrogate as such
		rs = []runeRange{{0xD800, 0xDFFF}}
	}
	ucdParsed[key] = rs
	return rs, true
}

// allScripts lists the long names of the scripts in the generated table.
func allScripts() []string {
	ucdOnce.Do(loadUCD)
	seen := map[string]bool{}
	var out []string
	for _, long := range scriptLong {
		if !seen[long] {
			seen[long] = true
			out = append(out, long)
		}
	}
	return out
}

func ucdScript(name string) (string, bool) {
	ucdOnce.Do(loadUCD)
	long, ok := scriptLong[name]
	return long, ok
}
