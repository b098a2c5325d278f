package runtime

import (
	_ "embed"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"

	"github.com/gnode-dev/gnode/internal/host"
)

//go:embed js/bootstrap.js
var bootstrapJS string

//go:embed js/errors_v8.js
var errorsV8JS string

// The CommonJS wrapper stays on line 1 so user line numbers are exact; columns on line 1 are
// corrected with sources.column.
const cjsWrapperHead = "(function (exports, require, module, __filename, __dirname) { "

func errorsV8Module() *host.Module {
	return &host.Module{ID: "internal/errors_v8", Source: errorsV8JS}
}

func bootstrapModule() *host.Module {
	return &host.Module{
		ID:     "internal/bootstrap/node",
		Source: bootstrapJS,
		Binding: func(h *host.Host) *goja.Object {
			return h.Shared("runtime").(*goja.Object)
		},
	}
}

// runtimeBinding is what the bootstrap and loader glue need from the runtime itself.
func (rt *Runtime) runtimeBinding() *goja.Object {
	vm := rt.vm
	b := vm.NewObject()
	_ = b.Set("internals", rt.internals)
	_ = b.Set("unhandledRejections", rt.opts.UnhandledRejections)
	_ = b.Set("requireBuiltin", func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0).String()
		exp, err := rt.builtin.require(id, false)
		if err != nil {
			rethrow(vm, err)
		}
		return exp
	})
	_ = b.Set("isBuiltin", func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0).String()
		if strings.HasPrefix(id, "node:") {
			return vm.ToValue(rt.builtin.Has(id[5:], true))
		}
		return vm.ToValue(rt.builtin.Has(id, false))
	})
	_ = b.Set("hasModule", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(rt.builtin.byID[call.Argument(0).String()] != nil)
	})
	_ = b.Set("moduleLoadList", func(goja.FunctionCall) goja.Value {
		out := make([]any, len(rt.builtin.order))
		for i, id := range rt.builtin.order {
			out[i] = "NativeModule " + id
		}
		return vm.NewArray(out...)
	})
	_ = b.Set("builtinIDs", func(goja.FunctionCall) goja.Value {
		ids := rt.builtin.PublicIDs()
		out := make([]any, len(ids))
		for i, id := range ids {
			out[i] = id
		}
		return vm.NewArray(out...)
	})
	_ = b.Set("compileWrapper", func(call goja.FunctionCall) goja.Value {
		src := call.Argument(0).String()
		filename := call.Argument(1).String()
		return rt.compileWrapper(src, filename)
	})
	// registerSource makes a file's text known under a name for the source line printed above an
	// uncaught error, as compiling it as CommonJS would, without compiling it (ES modules run as
	// transformed code).
	_ = b.Set("registerSource", func(call goja.FunctionCall) goja.Value {
		rt.registerWrapped(moduleText(call.Argument(0).String()), call.Argument(1).String())
		return goja.Undefined()
	})
	// compileScript compiles a script (throwing its SyntaxError) and returns a function that runs
	// it, so that callers can tell a syntax error from an exception the script throws.
	_ = b.Set("compileScript", func(call goja.FunctionCall) goja.Value {
		src := call.Argument(0).String()
		filename := call.Argument(1).String()
		rt.sources.add(filename, src, 0)
		prg, err := compileScript(filename, src)
		if err != nil {
			panic(rt.syntaxError(err, filename, src, 0))
		}
		return vm.ToValue(func(goja.FunctionCall) goja.Value {
			v, err := vm.RunProgram(prg)
			if err != nil {
				rethrow(vm, err)
			}
			return v
		})
	})
	_ = b.Set("runScript", func(call goja.FunctionCall) goja.Value {
		src := call.Argument(0).String()
		filename := call.Argument(1).String()
		rt.sources.add(filename, src, 0)
		prg, err := compileScript(filename, src)
		if err != nil {
			panic(rt.syntaxError(err, filename, src, 0))
		}
		v, err := vm.RunProgram(prg)
		if err != nil {
			rethrow(vm, err)
		}
		return v
	})
	_ = b.Set("readFile", func(call goja.FunctionCall) goja.Value {
		path := call.Argument(0).String()
		data, err := os.ReadFile(path)
		if err != nil {
			return goja.Undefined()
		}
		return vm.ToValue(string(data))
	})
	// stat is Node's internalModuleStat: 0 for a file, 1 for a directory, negative when missing.
	_ = b.Set("stat", func(call goja.FunctionCall) goja.Value {
		fi, err := os.Stat(call.Argument(0).String())
		if err != nil {
			return vm.ToValue(-2)
		}
		if fi.IsDir() {
			return vm.ToValue(1)
		}
		return vm.ToValue(0)
	})
	_ = b.Set("realpath", func(call goja.FunctionCall) goja.Value {
		p := call.Argument(0).String()
		r, err := filepath.EvalSymlinks(p)
		if err != nil {
			return vm.ToValue(p)
		}
		return vm.ToValue(r)
	})
	_ = b.Set("formatStack", func(call goja.FunctionCall) goja.Value {
		if lim := call.Argument(1); !goja.IsUndefined(lim) {
			return vm.ToValue(rt.v8StackLimit(call.Argument(0).String(), int(lim.ToInteger())))
		}
		return vm.ToValue(rt.v8Stack(call.Argument(0).String()))
	})
	// errorArrow is the source header of an uncaught error, from the first frame of its stack.
	_ = b.Set("errorArrow", func(call goja.FunctionCall) goja.Value {
		stack := call.Argument(0).String()
		file, line, col, ok := rt.stackLocation(stack)
		if !ok {
			return vm.ToValue("")
		}
		return vm.ToValue(rt.arrow(file, line, col, call.Argument(1).ToBoolean()))
	})
	// captureFrames(skipThroughName) is the V8-shaped frames text of the current stack, for
	// error constructors and Error.captureStackTrace.
	_ = b.Set("captureFrames", func(call goja.FunctionCall) goja.Value {
		name := ""
		if a := call.Argument(1); !goja.IsUndefined(a) {
			name = a.String()
		}
		var chain []string
		if a := call.Argument(0); !goja.IsUndefined(a) && a.String() != "" {
			chain = strings.Split(a.String(), "\x00")
		}
		return vm.ToValue(rt.captureErrorFrames(chain, name))
	})
	_ = b.Set("captureStack", func(call goja.FunctionCall) goja.Value {
		// The frames of the JS caller, in V8's shape, skipping this native frame.
		frames := vm.CaptureCallStack(0, nil)
		skip := int(call.Argument(0).ToInteger())
		var sb strings.Builder
		for i, f := range frames {
			if i < skip {
				continue
			}
			sb.WriteString("\n\tat ")
			var buf strings.Builder
			writeFrame(&buf, &f)
			sb.WriteString(buf.String())
		}
		return vm.ToValue(rt.v8Stack("x" + sb.String())[1:])
	})
	return b
}

func writeFrame(sb *strings.Builder, f *goja.StackFrame) {
	p := f.Position()
	name := f.FuncName()
	if p.Filename == "" {
		sb.WriteString(name + " (native)")
		return
	}
	loc := p.Filename + ":" + itoa(p.Line) + ":" + itoa(p.Column) + "(0)"
	if name == "" || name == "<anonymous>" {
		sb.WriteString(loc)
		return
	}
	sb.WriteString(name + " (" + loc + ")")
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// compileWrapper compiles a CommonJS module's source inside Node's module wrapper and returns the
// wrapper function.
func (rt *Runtime) compileWrapper(src, filename string) goja.Value {
	src = moduleText(src)
	rt.registerWrapped(src, filename)
	wrapped := cjsWrapperHead + src + "\n})"
	prg, err := compileScript(filename, wrapped)
	if err != nil {
		panic(rt.syntaxError(err, filename, src, len(cjsWrapperHead)))
	}
	fn, err := rt.vm.RunProgram(prg)
	if err != nil {
		rethrow(rt.vm, err)
	}
	return fn
}

// moduleText is a module file's source as it is compiled: without a byte order mark, and with a
// shebang line turned into a comment (the line stays, so line numbers stay exact).
func moduleText(src string) string {
	if strings.HasPrefix(src, "#!") {
		src = "//" + src[2:]
	}
	return strings.TrimPrefix(src, "\ufeff")
}

// registerWrapped records a module's text for source lines, with line 1 shifted by the wrapper.
func (rt *Runtime) registerWrapped(src, filename string) {
	rt.sources.add(filename, src, len(cjsWrapperHead))
}

// compileScript parses and compiles src, keeping the parser's error list (with positions) when
// the source is not valid.
func compileScript(filename, src string) (*goja.Program, error) {
	src = spellMaxCodePoint(src)
	ast, err := parser.ParseFile(nil, filename, src, 0)
	if err != nil {
		return nil, err
	}
	if err := checkUnicodeLiterals(src, ast); err != nil {
		return nil, err
	}
	return goja.CompileAST(ast, false)
}

// syntaxError turns a goja compile error into a JS SyntaxError carrying Node's source arrow.
func (rt *Runtime) syntaxError(err error, filename, src string, shift int) goja.Value {
	msg := err.Error()
	line, col := 0, 0
	var cse *goja.CompilerSyntaxError
	var perr parser.ErrorList
	switch {
	case errors.As(err, &cse):
		msg = cse.Message
		if cse.File != nil {
			p := cse.File.Position(cse.Offset)
			line, col = p.Line, p.Column
		}
	case errors.As(err, &perr) && len(perr) > 0:
		msg = perr[0].Message
		line, col = perr[0].Position.Line, perr[0].Position.Column
	}
	var pe *parser.Error
	if errors.As(err, &pe) {
		msg = pe.Message
		line, col = pe.Position.Line, pe.Position.Column
	}
	if line == 1 {
		col -= shift
		if col < 1 {
			col = 1
		}
	}
	msg = v8SyntaxMessage(msg)
	msg = regexpLiteralMessage(msg, src, line, col)
	line, col = locateToken(msg, src, line, col)
	ctor := rt.vm.Get("SyntaxError")
	obj, e := rt.vm.New(ctor, rt.vm.ToValue(msg))
	if e != nil {
		return rt.vm.ToValue(msg)
	}
	if line > 0 {
		arrow := rt.arrowWidth(filename, line, col, false, syntaxCaretWidth(msg, src, line, col))
		if sym, ok := rt.internals.Get("arrowSymbol").(*goja.Symbol); ok {
			_ = obj.DefineDataPropertySymbol(sym, rt.vm.ToValue(arrow), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	return obj
}

// locateToken repairs a position the parser reported past the bad token (goja sometimes gives the
// position of what follows, even beyond the file): the token named in the message is looked for
// backwards from there.
func locateToken(msg, src string, line, col int) (int, int) {
	tok, ok := strings.CutPrefix(msg, "Unexpected token '")
	if !ok {
		return line, col
	}
	tok = strings.TrimSuffix(tok, "'")
	lines := strings.Split(src, "\n")
	at := func(l, c int) bool {
		if l < 1 || l > len(lines) {
			return false
		}
		return c >= 1 && c-1+len(tok) <= len(lines[l-1]) && lines[l-1][c-1:c-1+len(tok)] == tok
	}
	if at(line, col) {
		return line, col
	}
	l := line
	if l > len(lines) {
		l = len(lines)
	}
	for ; l >= 1; l-- {
		text := lines[l-1]
		limit := len(text)
		if l == line && col-1 < limit {
			limit = col - 1
		}
		if i := strings.LastIndex(text[:limit], tok); i >= 0 {
			return l, i + 1
		}
	}
	return line, col
}

// syntaxCaretWidth is how many characters V8 underlines for a syntax error: the bad token, or the
// rest of the line for an unterminated string.
func syntaxCaretWidth(msg, src string, line, col int) int {
	if tok, ok := strings.CutPrefix(msg, "Unexpected token '"); ok {
		return len(strings.TrimSuffix(tok, "'"))
	}
	if rest, ok := strings.CutPrefix(msg, "Invalid regular expression: /"); ok {
		// the caret spans the literal, which the message quotes before its last ": "
		lines := strings.Split(src, "\n")
		if line-1 < len(lines) && col >= 1 && col-1 < len(lines[line-1]) {
			at := lines[line-1][col-1:]
			for i := strings.LastIndex(rest, ": "); i > 0; i = strings.LastIndex(rest[:i], ": ") {
				if lit := "/" + rest[:i]; strings.HasPrefix(at, lit) {
					return len(lit)
				}
			}
		}
	}
	if msg == "Invalid or unexpected token" {
		lines := strings.Split(src, "\n")
		if line-1 < len(lines) {
			l := strings.TrimSuffix(lines[line-1], "\r")
			if col-1 < len(l) && (l[col-1] == '\'' || l[col-1] == '"') {
				return len(l) - (col - 1)
			}
		}
	}
	return 1
}

// v8SyntaxMessage rewrites goja's parser messages into V8's wording where they differ.
func v8SyntaxMessage(msg string) string {
	if strings.HasPrefix(msg, "Unexpected token ") {
		tok := strings.TrimPrefix(msg, "Unexpected token ")
		if tok == "ILLEGAL" {
			return "Invalid or unexpected token"
		}
		if !strings.HasPrefix(tok, "'") {
			return "Unexpected token '" + tok + "'"
		}
	}
	switch msg {
	case "Unexpected end of input":
		return msg
	}
	return msg
}

var _ = syscall.ENOENT
