package runtime

import (
	"reflect"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"

	"github.com/gnode-dev/gnode/internal/uniprops"
)

// A regexp literal that is invalid in u mode (`/\q/u`, `/{/u`, `/\p{Foo}/u`) is an early
// SyntaxError in V8: the file does not run. The engine compiles such literals as if the u flag
// were not there, so checkUnicodeLiterals finds them in the parsed program and reports the first
// at its place in the source.

// checkUnicodeLiterals returns a parser error for the first invalid u-mode regexp literal of
// prog, or nil. src is what was parsed; files without a `/…u` flag run are not walked.
func checkUnicodeLiterals(src string, prog *ast.Program) error {
	if !mayHaveUnicodeLiteral(src) {
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

// walkRegExpLiterals visits every regexp literal under v in source order until visit returns
// false. The engine's AST has no walker of its own; its nodes hold no back pointers.
func walkRegExpLiterals(v reflect.Value, visit func(*ast.RegExpLiteral) bool) bool {
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
