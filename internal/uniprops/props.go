// Package uniprops rewrites the Unicode property escapes of regular expressions (\p{L},
// \P{Script=Greek}, in classes too) into explicit code point ranges from Go's unicode tables,
// for an engine that reads \p{L} as the letter p. node/language wraps the RegExp constructor
// with Rewrite; the loader runs RewriteLiterals over sources that contain `\p{`.
package uniprops

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Unicode property escapes. The engine reads `\p{L}` as the letter p, so a pattern with the u
// (or v) flag that contains \p{…} or \P{…} is rewritten before the engine compiles it: each
// escape becomes the explicit code point ranges of the property, from Go's unicode tables. The
// RegExp constructor is wrapped for this; regexp literals reach it because the loader sends
// sources containing `\p{` through esbuild, which turns such literals into constructor calls.

var generalCategoryAliases = map[string]string{
	"Letter": "L", "Cased_Letter": "LC", "Uppercase_Letter": "Lu", "Lowercase_Letter": "Ll",
	"Titlecase_Letter": "Lt", "Modifier_Letter": "Lm", "Other_Letter": "Lo", "Mark": "M",
	"Combining_Mark": "M", "Nonspacing_Mark": "Mn", "Spacing_Mark": "Mc", "Enclosing_Mark": "Me",
	"Number": "N", "Decimal_Number": "Nd", "digit": "Nd", "Letter_Number": "Nl", "Other_Number": "No",
	"Punctuation": "P", "punct": "P", "Connector_Punctuation": "Pc", "Dash_Punctuation": "Pd",
	"Open_Punctuation": "Ps", "Close_Punctuation": "Pe", "Initial_Punctuation": "Pi",
	"Final_Punctuation": "Pf", "Other_Punctuation": "Po", "Symbol": "S", "Math_Symbol": "Sm",
	"Currency_Symbol": "Sc", "Modifier_Symbol": "Sk", "Other_Symbol": "So", "Separator": "Z",
	"Space_Separator": "Zs", "Line_Separator": "Zl", "Paragraph_Separator": "Zp", "Other": "C",
	"Control": "Cc", "cntrl": "Cc", "Format": "Cf", "Surrogate": "Cs", "Private_Use": "Co",
	"Unassigned": "Cn",
}

var binaryAliases = map[string]string{
	"Alpha": "Alphabetic", "AHex": "ASCII_Hex_Digit", "Bidi_C": "Bidi_Control", "Dep": "Deprecated",
	"Dia": "Diacritic", "Ext": "Extender", "Hex": "Hex_Digit", "IDSB": "IDS_Binary_Operator",
	"IDST": "IDS_Trinary_Operator", "Ideo": "Ideographic", "Join_C": "Join_Control",
	"LOE": "Logical_Order_Exception", "NChar": "Noncharacter_Code_Point", "Pat_Syn": "Pattern_Syntax",
	"Pat_WS": "Pattern_White_Space", "QMark": "Quotation_Mark", "RI": "Regional_Indicator",
	"STerm": "Sentence_Terminal", "SD": "Soft_Dotted", "Term": "Terminal_Punctuation",
	"UIdeo": "Unified_Ideograph", "VS": "Variation_Selector", "space": "White_Space",
	"WSpace": "White_Space", "Lower": "Lowercase", "Upper": "Uppercase", "IDS": "ID_Start",
	"IDC": "ID_Continue", "XIDS": "XID_Start", "XIDC": "XID_Continue",
	"Bidi_M": "Bidi_Mirrored", "CI": "Case_Ignorable", "CWCF": "Changes_When_Casefolded",
	"CWCM": "Changes_When_Casemapped", "CWKCF": "Changes_When_NFKC_Casefolded",
	"CWL": "Changes_When_Lowercased", "CWT": "Changes_When_Titlecased",
	"CWU": "Changes_When_Uppercased", "DI": "Default_Ignorable_Code_Point",
	"EBase": "Emoji_Modifier_Base", "EComp": "Emoji_Component", "EMod": "Emoji_Modifier",
	"EPres": "Emoji_Presentation", "ExtPict": "Extended_Pictographic", "Gr_Base": "Grapheme_Base",
	"Gr_Ext": "Grapheme_Extend",
}

type runeRange struct{ lo, hi rune }

func tableRanges(t *unicode.RangeTable) []runeRange {
	var out []runeRange
	for _, r := range t.R16 {
		for lo := rune(r.Lo); lo <= rune(r.Hi); lo += rune(r.Stride) {
			if r.Stride == 1 {
				out = append(out, runeRange{rune(r.Lo), rune(r.Hi)})
				break
			}
			out = append(out, runeRange{lo, lo})
		}
	}
	for _, r := range t.R32 {
		for lo := rune(r.Lo); lo <= rune(r.Hi); lo += rune(r.Stride) {
			if r.Stride == 1 {
				out = append(out, runeRange{rune(r.Lo), rune(r.Hi)})
				break
			}
			out = append(out, runeRange{lo, lo})
		}
	}
	return out
}

func normalize(rs []runeRange) []runeRange {
	sort.Slice(rs, func(i, j int) bool { return rs[i].lo < rs[j].lo })
	var out []runeRange
	for _, r := range rs {
		if n := len(out); n > 0 && r.lo <= out[n-1].hi+1 {
			if r.hi > out[n-1].hi {
				out[n-1].hi = r.hi
			}
			continue
		}
		out = append(out, r)
	}
	return out
}

func union(tables ...[]runeRange) []runeRange {
	var all []runeRange
	for _, t := range tables {
		all = append(all, t...)
	}
	return normalize(all)
}

func complement(rs []runeRange) []runeRange {
	rs = normalize(rs)
	var out []runeRange
	next := rune(0)
	for _, r := range rs {
		if r.lo > next {
			out = append(out, runeRange{next, r.lo - 1})
		}
		next = r.hi + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, runeRange{next, unicode.MaxRune})
	}
	return out
}

func minus(a, b []runeRange) []runeRange {
	return intersect(a, complement(b))
}

func intersect(a, b []runeRange) []runeRange {
	a, b = normalize(a), normalize(b)
	var out []runeRange
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		lo := max(a[i].lo, b[j].lo)
		hi := min(a[i].hi, b[j].hi)
		if lo <= hi {
			out = append(out, runeRange{lo, hi})
		}
		if a[i].hi < b[j].hi {
			i++
		} else {
			j++
		}
	}
	return out
}

var categoryGroups = map[string][]string{
	"L":  {"Lu", "Ll", "Lt", "Lm", "Lo"},
	"LC": {"Lu", "Ll", "Lt"},
	"M":  {"Mn", "Mc", "Me"},
	"N":  {"Nd", "Nl", "No"},
	"P":  {"Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"},
	"S":  {"Sm", "Sc", "Sk", "So"},
	"Z":  {"Zs", "Zl", "Zp"},
	"C":  {"Cc", "Cf", "Cs", "Co", "Cn"},
}

func category(name string) []runeRange {
	if r, ok := ucd("gc=" + name); ok {
		return r
	}
	if parts, ok := categoryGroups[name]; ok {
		if _, have := ucd("gc=Lu"); have {
			var all [][]runeRange
			for _, p := range parts {
				r, _ := ucd("gc=" + p)
				all = append(all, r)
			}
			return union(all...)
		}
	}
	return goCategory(name)
}

// goCategory is the fallback on Go's tables.
func goCategory(name string) []runeRange {
	switch name {
	case "LC":
		return union(goCategory("Lu"), goCategory("Ll"), goCategory("Lt"))
	case "Cn":
		var all []runeRange
		for _, t := range unicode.Categories {
			all = append(all, tableRanges(t)...)
		}
		return complement(all)
	case "C":
		return union(tableRanges(unicode.C), goCategory("Cn"))
	}
	if t, ok := unicode.Categories[name]; ok {
		return tableRanges(t)
	}
	return nil
}

func prop(name string) []runeRange {
	if t, ok := unicode.Properties[name]; ok {
		return tableRanges(t)
	}
	return nil
}

// ecmaBinary are the binary properties ECMAScript allows in \p{…} (ECMA-262's table of binary
// Unicode properties); Unicode has more (Hyphen, Prepended_Concatenation_Mark…), which V8 refuses.
var ecmaBinary = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`ASCII ASCII_Hex_Digit Alphabetic Any Assigned Bidi_Control
		Bidi_Mirrored Case_Ignorable Cased Changes_When_Casefolded Changes_When_Casemapped
		Changes_When_Lowercased Changes_When_NFKC_Casefolded Changes_When_Titlecased
		Changes_When_Uppercased Dash Default_Ignorable_Code_Point Deprecated Diacritic Emoji
		Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Extended_Pictographic
		Extender Grapheme_Base Grapheme_Extend Hex_Digit IDS_Binary_Operator IDS_Trinary_Operator
		ID_Continue ID_Start Ideographic Join_Control Logical_Order_Exception Lowercase Math
		Noncharacter_Code_Point Pattern_Syntax Pattern_White_Space Quotation_Mark Radical
		Regional_Indicator Sentence_Terminal Soft_Dotted Terminal_Punctuation Unified_Ideograph
		Uppercase Variation_Selector White_Space XID_Continue XID_Start`) {
		ecmaBinary[n] = true
	}
}

func binaryProperty(name string) ([]runeRange, bool) {
	if long, ok := binaryAliases[name]; ok {
		name = long
	}
	if !ecmaBinary[name] {
		return nil, false
	}
	if r, ok := ucd(name); ok && !strings.Contains(name, "=") {
		return r, true
	}
	switch name {
	case "Any":
		return []runeRange{{0, unicode.MaxRune}}, true
	case "ASCII":
		return []runeRange{{0, 0x7F}}, true
	case "Assigned":
		return complement(category("Cn")), true
	case "Alphabetic":
		return union(category("L"), category("Nl"), prop("Other_Alphabetic")), true
	case "Lowercase":
		return union(category("Ll"), prop("Other_Lowercase")), true
	case "Uppercase":
		return union(category("Lu"), prop("Other_Uppercase")), true
	case "Math":
		return union(category("Sm"), prop("Other_Math")), true
	case "ID_Start", "XID_Start":
		return minus(union(category("L"), category("Nl"), prop("Other_ID_Start")), union(prop("Pattern_Syntax"), prop("Pattern_White_Space"))), true
	case "ID_Continue", "XID_Continue":
		idStart, _ := binaryProperty("ID_Start")
		return minus(union(idStart, category("Mn"), category("Mc"), category("Nd"), category("Pc"), prop("Other_ID_Continue")), union(prop("Pattern_Syntax"), prop("Pattern_White_Space"))), true
	case "Default_Ignorable_Code_Point":
		return union(prop("Other_Default_Ignorable_Code_Point"), category("Cf"), prop("Variation_Selector")), true
	}
	if strings.HasPrefix(name, "Other_") {
		return nil, false // contributory properties are not valid in ECMAScript
	}
	if r := prop(name); r != nil {
		return r, true
	}
	return nil, false
}

func scriptByName(name string, extensions bool) ([]runeRange, bool) {
	if name == "Unknown" || name == "Zzzz" {
		// no table lists it: the code points no script claims
		var all [][]runeRange
		for _, long := range allScripts() {
			r, _ := ucd("sc=" + long)
			all = append(all, r)
		}
		if len(all) > 0 {
			return complement(union(all...)), true
		}
	}
	if long, ok := scriptCodes[name]; ok {
		if _, inUCD := ucdScript(name); !inUCD {
			name = long // an alias the generated table does not list (Qaai, Qaac)
		}
	}
	if long, ok := ucdScript(name); ok {
		key := "sc=" + long
		if extensions {
			key = "scx=" + long
		}
		return ucd(key)
	}
	if t, ok := unicode.Scripts[name]; ok {
		return tableRanges(t), true
	}
	if long, ok := scriptCodes[name]; ok {
		return tableRanges(unicode.Scripts[long]), true
	}
	return nil, false
}

// propertyRanges resolves the body of \p{…}; ok is false for a name V8 would reject or that
// the tables here lack.
func propertyRanges(body string) ([]runeRange, bool) {
	if k, v, found := strings.Cut(body, "="); found {
		switch k {
		case "General_Category", "gc":
			if short, ok := generalCategoryAliases[v]; ok {
				v = short
			}
			r := category(v)
			return r, r != nil
		case "Script", "sc":
			return scriptByName(v, false)
		case "Script_Extensions", "scx":
			return scriptByName(v, true)
		}
		return nil, false
	}
	if short, ok := generalCategoryAliases[body]; ok {
		body = short
	}
	if r := category(body); r != nil {
		return r, true
	}
	return binaryProperty(body)
}

func writeRanges(sb *strings.Builder, rs []runeRange) {
	// Surrogate code points stay in: in u-mode classes the engine matches a lone surrogate
	// against them and never splits a pair (/\P{ASCII}/u matches '\udc00', as in V8).
	for _, r := range rs {
		if r.lo == r.hi {
			fmt.Fprintf(sb, "\\u{%x}", r.lo)
		} else {
			fmt.Fprintf(sb, "\\u{%x}-\\u{%x}", r.lo, r.hi)
		}
	}
}

// rewritePropertyEscapes returns the pattern with every \p{…}/\P{…} replaced by explicit
// ranges, or an error text as V8 words it for an unknown property.
func rewritePropertyEscapes(pattern string) (string, string) {
	var sb strings.Builder
	inClass := false
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		switch {
		case c == '\\' && i+1 < len(pattern):
			n := pattern[i+1]
			if (n == 'p' || n == 'P') && i+2 < len(pattern) && pattern[i+2] == '{' {
				end := strings.IndexByte(pattern[i+3:], '}')
				if end < 0 {
					return "", "Invalid property name"
				}
				body := pattern[i+3 : i+3+end]
				rs, ok := propertyRanges(body)
				if !ok {
					return "", "Invalid property name"
				}
				if n == 'P' {
					rs = complement(rs)
				}
				if inClass {
					writeRanges(&sb, rs)
				} else {
					sb.WriteByte('[')
					writeRanges(&sb, rs)
					sb.WriteByte(']')
				}
				i += 3 + end
				continue
			}
			sb.WriteByte(c)
			sb.WriteByte(n)
			i++
		case c == '[' && !inClass:
			inClass = true
			sb.WriteByte(c)
		case c == ']' && inClass:
			inClass = false
			sb.WriteByte(c)
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String(), ""
}

var (
	mu       sync.Mutex
	forward  = map[string]string{}
	original = map[string]string{}
)

// Rewrite returns pattern with its property escapes replaced, or V8's error text for an unknown
// property ("Invalid property name"). Results are cached; Original maps them back.
func Rewrite(pattern string) (string, string) {
	mu.Lock()
	out, ok := forward[pattern]
	mu.Unlock()
	if ok {
		return out, ""
	}
	out, errText := rewritePropertyEscapes(pattern)
	if errText != "" {
		return "", errText
	}
	mu.Lock()
	if len(forward) > 4096 {
		clear(forward)
		clear(original)
	}
	forward[pattern] = out
	original[out] = pattern
	mu.Unlock()
	return out, ""
}

// Original is the pattern a rewritten source came from (for RegExp.prototype.source).
func Original(rewritten string) (string, bool) {
	mu.Lock()
	defer mu.Unlock()
	s, ok := original[rewritten]
	return s, ok
}

// HasEscape reports whether a source may contain a property escape.
func HasEscape(src string) bool {
	return strings.Contains(src, `\p{`) || strings.Contains(src, `\P{`)
}

// RewriteLiterals rewrites the regexp literals with the u or v flag and a property escape in
// JavaScript source text, leaving everything else (and every line break) in place. It tells
// regexp literals from division the usual way, by the token before the slash.
func RewriteLiterals(src string) string {
	if !HasEscape(src) {
		return src
	}
	var sb strings.Builder
	last := 0
	prev := byte(0) // last significant character
	prevWord := ""
	n := len(src)
	for i := 0; i < n; i++ {
		c := src[i]
		switch {
		case c == '\'' || c == '"' || c == '`':
			j := i + 1
			for j < n && src[j] != c {
				if src[j] == '\\' {
					j++
				} else if c != '`' && src[j] == '\n' {
					break
				}
				j++
			}
			i = j
			prev, prevWord = c, ""
		case c == '/' && i+1 < n && src[i+1] == '/':
			for i < n && src[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < n && src[i+1] == '*':
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				i = n
			} else {
				i += end + 3
			}
		case c == '/':
			if !regexAllowed(prev, prevWord) {
				prev, prevWord = c, ""
				continue
			}
			j := i + 1
			inClass := false
			for j < n && src[j] != '\n' {
				if src[j] == '\\' {
					j += 2
					continue
				}
				if src[j] == '[' {
					inClass = true
				} else if src[j] == ']' {
					inClass = false
				} else if src[j] == '/' && !inClass {
					break
				}
				j++
			}
			if j >= n || src[j] != '/' {
				prev, prevWord = c, ""
				continue
			}
			body := src[i+1 : j]
			k := j + 1
			for k < n && src[k] >= 'a' && src[k] <= 'z' {
				k++
			}
			flags := src[j+1 : k]
			// v literals are left to the RegExp constructor (node/language), which parses
			// the class set syntax with its property escapes
			// a literal invalid in u mode stays as written, for the compiler's early error
			if strings.Contains(flags, "u") && !strings.Contains(flags, "v") && HasEscape(body) && CheckU(body) == "" {
				if out, errText := Rewrite(body); errText == "" {
					sb.WriteString(src[last : i+1])
					sb.WriteString(out)
					last = j
				}
			}
			i = k - 1
			prev, prevWord = '/', ""
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		case isIdent(c):
			j := i
			for j < n && isIdent(src[j]) {
				j++
			}
			prevWord = src[i:j]
			prev = src[j-1]
			i = j - 1
		default:
			prev, prevWord = c, ""
		}
	}
	if last == 0 {
		return src
	}
	sb.WriteString(src[last:])
	return sb.String()
}

func isIdent(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func regexAllowed(prev byte, word string) bool {
	switch word {
	case "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "instanceof", "yield", "await":
		return true
	case "":
	default:
		return false
	}
	switch prev {
	case ')', ']', '}', '\'', '"', '`':
		return false
	}
	return true
}
