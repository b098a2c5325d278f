package loader

import (
	"errors"
	"github.com/gnode-dev/gnode/internal/uniprops"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/file"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/weburl"
)

// esmBinding is internalBinding('internal/modules/esm'): the transforms and the compile step the
// JS loaders use for ES modules, TypeScript and CommonJS files the engine cannot parse.
func esmBinding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	// compile(src, filename, mode, loader, name): transform (cached) and compile. name is what
	// stack frames show (the file URL for ES modules). Returns { fn, requests, names, exports,
	// stars, tla, tlaSites, sourceName }, or throws a SyntaxError carrying Node's source arrow.
	_ = b.Set("compile", func(call goja.FunctionCall) goja.Value {
		src := call.Argument(0).String()
		mode := call.Argument(2).String()
		loader := call.Argument(3).String()
		name := call.Argument(4).String()
		t, err := transform(mode, loader, name, src)
		if err != nil {
			var te *transformError
			if errors.As(err, &te) {
				panic(syntaxError(h, te, name, src))
			}
			panic(vm.NewGoError(err))
		}
		o := vm.NewObject()
		if mode == modeESM {
			_ = o.Set("code", t.Code)
		} else {
			_ = o.Set("fn", compileFunction(vm, name, t.Code))
		}
		_ = o.Set("requests", strs(vm, t.Requests))
		names := make([]any, len(t.Names))
		for i, n := range t.Names {
			names[i] = strs(vm, n)
		}
		_ = o.Set("names", vm.NewArray(names...))
		_ = o.Set("exports", strs(vm, t.Exports))
		_ = o.Set("stars", strs(vm, t.Stars))
		_ = o.Set("tla", t.TLA)
		if t.Attrs != nil {
			attrs := vm.NewObject()
			for k, v := range t.Attrs {
				_ = attrs.Set(k, v)
			}
			_ = o.Set("attrs", attrs)
		}
		sites := make([]any, len(t.TLASites))
		for i, s := range t.TLASites {
			sites[i] = vm.NewArray(s[0], s[1])
		}
		_ = o.Set("tlaSites", vm.NewArray(sites...))
		sn := name
		if u := file.ResolveSourcemapURL(name, name); u != nil {
			sn = u.String()
		}
		_ = o.Set("sourceName", sn)
		return o
	})
	// instantiate(info, name, pausing) compiles an ES module's function. Pausing (for modules in
	// a cycle) keeps the stop after the exports set-up: a generator, or an async function
	// awaiting its last argument; otherwise the function runs straight through.
	_ = b.Set("instantiate", func(call goja.FunctionCall) goja.Value {
		info := call.Argument(0).ToObject(vm)
		name := call.Argument(1).String()
		code := info.Get("code").String()
		if !call.Argument(2).ToBoolean() {
			code = unpause(code)
		}
		return compileFunction(vm, name, code)
	})
	// tsPath maps a bare specifier through the importing file's tsconfig "paths": the file, or
	// undefined.
	_ = b.Set("tsPath", func(call goja.FunctionCall) goja.Value {
		if p := resolveTsPath(call.Argument(0).String(), call.Argument(1).String()); p != "" {
			return vm.ToValue(p)
		}
		return goja.Undefined()
	})
	_ = b.Set("scanCJSExports", func(call goja.FunctionCall) goja.Value {
		return strs(vm, scanCJSExports(call.Argument(0).String()))
	})
	_ = b.Set("scanCJSReexports", func(call goja.FunctionCall) goja.Value {
		return strs(vm, scanCJSReexports(call.Argument(0).String()))
	})
	_ = b.Set("fileURL", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(fileURL(call.Argument(0).String()))
	})
	_ = b.Set("rewritePropertyEscapes", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(uniprops.RewriteLiterals(call.Argument(0).String()))
	})
	_ = b.Set("looksLikeESM", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(looksLikeESM(call.Argument(0).String()))
	})
	return b
}

func strs(vm *goja.Runtime, s []string) goja.Value {
	a := make([]any, len(s))
	for i, v := range s {
		a[i] = v
	}
	return vm.NewArray(a...)
}

// fileURL is pathToFileURL(p).href for an absolute path; node:url uses the same encoder.
func fileURL(p string) string {
	return "file://" + weburl.EncodePathChars(p, false)
}

// syntaxError is the SyntaxError for a file esbuild could not parse, with the source line and
// caret Node prints above it.
func syntaxError(h *host.Host, te *transformError, name, src string) goja.Value {
	vm := h.VM
	obj, err := vm.New(vm.Get("SyntaxError"), vm.ToValue(te.Msg))
	if err != nil {
		return vm.ToValue(te.Msg)
	}
	lines := strings.Split(src, "\n")
	if te.Line >= 1 && te.Line <= len(lines) {
		l := strings.TrimSuffix(lines[te.Line-1], "\r")
		col := te.Col - 1
		if col < 0 || col > len(l) {
			col = 0
		}
		pad := make([]byte, col)
		for i := range pad {
			pad[i] = ' '
			if l[i] == '\t' {
				pad[i] = '\t'
			}
		}
		width := te.Len
		if width < 1 || col+width > len(l) {
			width = 1
		}
		arrow := name + ":" + strconv.Itoa(te.Line) + "\n" + l + "\n" + string(pad) + strings.Repeat("^", width) + "\n"
		if in, ok := h.Shared("internals").(*goja.Object); ok {
			if sym, ok := in.Get("arrowSymbol").(*goja.Symbol); ok {
				_ = obj.DefineDataPropertySymbol(sym, vm.ToValue(arrow), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			}
		}
	}
	return obj
}

var (
	reESMSyntax = regexp.MustCompile(`(?m)^[ \t]*(?:import[ \t]*(?:[\w$*{"']|\n)|export[ \t]+(?:[\w$*{]|default\b))|\bimport\.meta\b`)
	reTLA       = regexp.MustCompile(`(?m)^(?:(?:const|let|var)[^=\n]*=[ \t]*)?await\b`)
)

// looksLikeESM is Node's syntax detection, approximated: a file that failed to parse as
// CommonJS and has import/export statements, import.meta or a top-level await is an ES module.
func looksLikeESM(src string) bool {
	if reESMSyntax.MatchString(src) {
		return true
	}
	for _, loc := range reTLA.FindAllStringIndex(src, -1) {
		if nestingAt(src, loc[0]) == 0 {
			return true
		}
	}
	return false
}

// nestingAt is how many brackets ((, [, {) are open at src[at], skipping strings, template
// literals and comments: an await inside a function body is not a top-level await.
func nestingAt(src string, at int) int {
	depth := 0
	for i := 0; i < at && i < len(src); i++ {
		switch c := src[i]; c {
		case '\\':
			i++
		case '\'', '"', '`':
			for i++; i < len(src) && src[i] != c; i++ {
				if src[i] == '\\' {
					i++
				} else if c != '`' && src[i] == '\n' {
					break
				}
			}
		case '/':
			if i+1 < len(src) && src[i+1] == '/' {
				for i < len(src) && src[i] != '\n' {
					i++
				}
			} else if i+1 < len(src) && src[i+1] == '*' {
				if end := strings.Index(src[i+2:], "*/"); end >= 0 {
					i += end + 3
				} else {
					i = len(src)
				}
			}
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		}
	}
	return depth
}

var (
	reExportsDot   = regexp.MustCompile(`(?:^|[^\w$.])(?:module\.)?exports\.([A-Za-z_$][\w$]*)\s*=[^=]`)
	reExportsIndex = regexp.MustCompile(`(?:^|[^\w$.])(?:module\.)?exports\[\s*(?:'([^'\\\n]*)'|"([^"\\\n]*)")\s*\]\s*=[^=]`)
	reDefineProp   = regexp.MustCompile(`Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*(?:'([^'\\\n]*)'|"([^"\\\n]*)")\s*,\s*\{`)
	// the descriptors cjs-module-lexer accepts: a value, or a getter returning an identifier or a
	// member of one (a getter computing something else may have side effects: not an export)
	reSafeDescriptor = regexp.MustCompile(`^\s*(?:enumerable\s*:\s*true\s*,\s*)?(?:value\s*:|get\s*(?::\s*function\s*[\w$]*\s*)?\(\s*\)\s*\{\s*return\s+[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*|\s*\[\s*(?:'[^'\n]*'|"[^"\n]*")\s*\])*\s*;?\s*\})`)
	reModuleObject   = regexp.MustCompile(`(?:^|[^\w$.])module\.exports\s*=\s*\{`)
	// an entry of `module.exports = {…}` the lexer takes: `a`, or `a: b` / `'a': b` with an
	// identifier value; the first other entry ends the scan
	reObjectEntry = regexp.MustCompile(`^\s*(?:([A-Za-z_$][\w$]*)|([A-Za-z_$][\w$]*|'[^'\\\n]*'|"[^"\\\n]*")\s*:\s*[A-Za-z_$][\w$]*)\s*$`)
)

// scanCJSExports finds the names a CommonJS module exports, as far as a static look at its
// source tells (Node uses cjs-module-lexer): exports.x =, module.exports.x =, exports['x'] =,
// Object.defineProperty(exports, 'x', and the keys of module.exports = { ... }. The result is
// sorted, without duplicates and without "default".
func scanCJSExports(src string) []string {
	seen := map[string]bool{}
	add := func(n string) {
		if n != "" && n != "default" {
			seen[n] = true
		}
	}
	for _, m := range reExportsDot.FindAllStringSubmatch(src, -1) {
		add(m[1])
	}
	for _, m := range reExportsIndex.FindAllStringSubmatch(src, -1) {
		add(m[1] + m[2])
	}
	for _, loc := range reDefineProp.FindAllStringSubmatchIndex(src, -1) {
		if reSafeDescriptor.MatchString(src[loc[1]:]) {
			add(src[max(loc[2], loc[4]):max(loc[3], loc[5])])
		}
	}
	for _, loc := range reModuleObject.FindAllStringIndex(src, -1) {
		body := src[loc[1]:]
		// the top-level entries of the literal, up to its closing brace
		depth := 0
		start := 0
		var entries []string
	scan:
		for i := 0; i < len(body); i++ {
			switch body[i] {
			case '{', '(', '[':
				depth++
			case ')', ']':
				depth--
			case '}':
				if depth == 0 {
					entries = append(entries, body[start:i])
					break scan
				}
				depth--
			case ',':
				if depth == 0 {
					entries = append(entries, body[start:i])
					start = i + 1
				}
			case '\'', '"', '`':
				q := body[i]
				for i++; i < len(body) && body[i] != q; i++ {
					if body[i] == '\\' {
						i++
					}
				}
			}
		}
		for _, e := range entries {
			e = strings.TrimSpace(e)
			if strings.HasPrefix(e, "...") {
				continue // spreads of require() are re-exports, found by scanCJSReexports
			}
			if e == "" {
				continue // a trailing comma
			}
			m := reObjectEntry.FindStringSubmatch(e)
			if m == nil {
				break
			}
			key := m[1] + m[2]
			if key[0] == '\'' || key[0] == '"' {
				key = key[1 : len(key)-1]
			}
			add(key)
		}
	}
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func compileFunction(vm *goja.Runtime, name, code string) goja.Value {
	prg, err := goja.Compile(name, code, false)
	if err != nil {
		panic(vm.NewGoError(err))
	}
	fn, err := vm.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	return fn
}

// unpause makes a module function run without stopping: the generator head becomes a plain
// function's and the pause turns into spaces (so no column moves).
func unpause(code string) string {
	for _, p := range []string{" yield __gnode_pause;", " await __gnode_pause;"} {
		if i := strings.Index(code, p); i >= 0 {
			code = code[:i] + strings.Repeat(" ", len(p)) + code[i+len(p):]
			break
		}
	}
	if strings.HasPrefix(code, "(function* (") {
		code = "(function  (" + code[len("(function* ("):]
	}
	return code
}

var reReexport = regexp.MustCompile(`(?:(?:^|[^\w$.])module\.exports\s*=\s*require\(|__exportStar\(\s*require\(|(?:^|[^\w$.])__export\(\s*require\()\s*(?:'([^'\\\n]*)'|"([^"\\\n]*)")\s*\)`)

// scanCJSReexports finds the modules a CommonJS module re-exports whole, as cjs-module-lexer
// does: module.exports = require('x'), and TypeScript's __exportStar(require('x'), exports) and
// __export(require('x')).
func scanCJSReexports(src string) []string {
	var out []string
	for _, m := range reReexport.FindAllStringSubmatch(src, -1) {
		out = append(out, m[1]+m[2])
	}
	return out
}
