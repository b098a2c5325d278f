package runtime

import (
	"reflect"
	"strings"
	"sync"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"

	"github.com/gnode-dev/gnode/internal/uniprops"
)

// A regexp literal that is invalid in u mode (`/\q/u`, `/{/u`, `/\p{Foo}/u`) is an early
// SyntaxError in V8: the file does not run. The engine compiles such literals as if the u flag
// were not there, so checkUnicodeLiterals finds them in the parsed program and reports the first
// at its place in the source.

const maxCheckedSource = 1 << 20

// checkUnicodeLiterals returns a parser error for the first invalid u-mode regexp literal of
// prog, or nil. src is what was parsed; files without a `/…u` flag run are not walked.
func checkUnicodeLiterals(src string, prog *ast.Program) error {
	// the walk costs ~50 µs per KB; bundles past maxCheckedSource (generated from code that
	// ran elsewhere) are not checked
	if len(src) > maxCheckedSource || !mayHaveUnicodeLiteral(src) {
		return nil
	}
	var bad *ast.RegExpLiteral
	var msg string
	walkRegExpLiterals(reflect.ValueOf(prog), func(re *ast.RegExpLiteral) bool {
		if !strings.Contains(re.Flags, "u") || strings.Contains(re.Flags, "v") {
			return true
		}
		if errText := uniprops.CheckU(re.Pattern); errText != "" {
			bad, msg = re, "Invalid regular expression: /"+re.Pattern+"/"+re.Flags+": "+errText
			return false
		}
		return true
	})
	if bad == nil {
		return nil
	}
	var pos file.Position
	if prog.File != nil {
		pos = prog.File.Position(int(bad.Idx) - prog.File.Base())
	}
	return &parser.Error{Position: pos, Message: msg}
}

// mayHaveUnicodeLiteral reports whether some slash in src is followed by a run of regexp flags
// containing u (a cheap filter: most files have none).
func mayHaveUnicodeLiteral(src string) bool {
	for at := 0; ; {
		k := strings.IndexByte(src[at:], '/')
		if k < 0 {
			return false
		}
		at += k + 1
		j, hasU := at, false
		for j < len(src) && strings.IndexByte("dgimsuyv", src[j]) >= 0 {
			hasU = hasU || src[j] == 'u'
			j++
		}
		if hasU && (j == len(src) || !isIdentByte(src[j])) {
			return true
		}
	}
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

var (
	regExpLiteralType = reflect.TypeOf((*ast.RegExpLiteral)(nil))
	fileType          = reflect.TypeOf((*file.File)(nil))
)

// reachesRegExp caches, per type, whether a value of it can hold a regexp literal (interfaces
// can), so the walk skips positions, names, strings and the like.
var reachesRegExp sync.Map // reflect.Type → bool

func mayReachRegExp(t reflect.Type) bool {
	if v, ok := reachesRegExp.Load(t); ok {
		return v.(bool)
	}
	reachesRegExp.Store(t, true) // a recursive type is assumed to until proven otherwise
	r := false
	switch t.Kind() {
	case reflect.Interface:
		r = true
	case reflect.Pointer:
		r = t == regExpLiteralType || (t != fileType && mayReachRegExp(t.Elem()))
	case reflect.Slice, reflect.Array:
		r = mayReachRegExp(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField() && !r; i++ {
			r = mayReachRegExp(t.Field(i).Type)
		}
	}
	reachesRegExp.Store(t, r)
	return r
}

// walkRegExpLiterals visits every regexp literal under v in source order until visit returns
// false. The engine's AST has no walker of its own; its nodes hold no back pointers.
func walkRegExpLiterals(v reflect.Value, visit func(*ast.RegExpLiteral) bool) bool {
	if !mayReachRegExp(v.Type()) {
		return true
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || v.Type() == fileType {
			return true
		}
		if v.Type() == regExpLiteralType {
			return visit(v.Interface().(*ast.RegExpLiteral))
		}
		return walkRegExpLiterals(v.Elem(), visit)
	case reflect.Interface:
		if v.IsNil() {
			return true
		}
		return walkRegExpLiterals(v.Elem(), visit)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if !walkRegExpLiterals(v.Field(i), visit) {
				return false
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			if !walkRegExpLiterals(v.Index(i), visit) {
				return false
			}
		}
	}
	return true
}

// regexpLiteralMessage words the engine's error for a regexp literal it could not compile (at
// line:col of src) as V8 does: "Invalid regular expression: /(/: Unterminated group", or
// "Invalid regular expression flags".
func regexpLiteralMessage(msg, src string, line, col int) string {
	if strings.HasPrefix(msg, "Invalid regular expression: /") {
		return msg
	}
	lines := strings.Split(src, "\n")
	if line < 1 || line > len(lines) || col < 1 || col > len(lines[line-1]) || lines[line-1][col-1] != '/' {
		return msg
	}
	lit := regexpLiteralAt(lines[line-1][col-1:])
	if lit == "" {
		return msg
	}
	if strings.HasPrefix(msg, "Invalid flags supplied to RegExp constructor") {
		return "Invalid regular expression flags"
	}
	if v8, ok := uniprops.V8RegExpError(msg); ok {
		return "Invalid regular expression: " + lit + ": " + v8
	}
	return msg
}

// regexpLiteralAt is the regexp literal (with its flags) at the start of s, or "".
func regexpLiteralAt(s string) string {
	inClass := false
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '/':
			if inClass {
				continue
			}
			j := i + 1
			for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
				j++
			}
			return s[:j]
		}
	}
	return ""
}
