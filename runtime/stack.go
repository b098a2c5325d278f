package runtime

import (
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// sources remembers the text of every compiled user file, for the source line Node prints above
// an uncaught error and for fixing columns on line 1, where the CommonJS wrapper sits.
type sources struct {
	mu    sync.Mutex
	files map[string]*sourceFile
}

type sourceFile struct {
	text       string
	line1Shift int   // columns the wrapper adds to line 1
	lineStarts []int // computed on first use
}

func (f *sourceFile) line(n int) (string, bool) {
	if f.lineStarts == nil {
		f.lineStarts = []int{0}
		for i := 0; i < len(f.text); i++ {
			if f.text[i] == '\n' {
				f.lineStarts = append(f.lineStarts, i+1)
			}
		}
	}
	if n < 1 || n > len(f.lineStarts) {
		return "", false
	}
	start := f.lineStarts[n-1]
	end := len(f.text)
	if n < len(f.lineStarts) {
		end = f.lineStarts[n] - 1
	}
	return strings.TrimSuffix(f.text[start:end], "\r"), true
}

func (s *sources) add(name, text string, shift int) {
	s.mu.Lock()
	if s.files == nil {
		s.files = map[string]*sourceFile{}
	}
	s.files[name] = &sourceFile{text: text, line1Shift: shift}
	s.mu.Unlock()
}

func (s *sources) get(name string) *sourceFile {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.files[name]
}

// line returns line n (1-based) of a known file, reading it from disk when it was not compiled
// here.
func (s *sources) line(name string, n int) (string, bool) {
	text := ""
	if f := s.get(name); f != nil {
		s.mu.Lock()
		defer s.mu.Unlock()
		return f.line(n)
	} else if strings.HasPrefix(name, "node:") {
		return builtinSourceLine(name, n)
	} else if strings.HasPrefix(name, "file://") {
		if u, err := url.Parse(name); err == nil {
			if b, err := os.ReadFile(u.Path); err == nil {
				text = string(b)
			} else {
				return "", false
			}
		} else {
			return "", false
		}
	} else if b, err := os.ReadFile(name); err == nil {
		text = string(b)
	} else {
		return "", false
	}
	for i := 1; i < n; i++ {
		j := strings.IndexByte(text, '\n')
		if j < 0 {
			return "", false
		}
		text = text[j+1:]
	}
	if j := strings.IndexByte(text, '\n'); j >= 0 {
		text = text[:j]
	}
	return strings.TrimSuffix(text, "\r"), true
}

// column corrects a goja column for the wrapper on line 1.
func (s *sources) column(name string, line, col int) int {
	if line == 1 && strings.HasPrefix(name, "node:") {
		col -= len(builtinWrapperHead)
		if col < 1 {
			col = 1
		}
		return col
	}
	if line == 1 {
		if f := s.get(name); f != nil {
			col -= f.line1Shift
			if col < 1 {
				col = 1
			}
		}
	}
	return col
}

// goja writes frames as "\tat NAME (FILE:L:C(PC))" or "\tat FILE:L:C(PC)"; native ones as
// "\tat NAME (native)".
var gojaFrame = regexp.MustCompile(`^\tat (?:(.*?) \()?(.*?):(\d+):(\d+)\(\d+\)\)?$`)
var gojaNative = regexp.MustCompile(`^\tat (?:(.*?) \()?native\)?$`)

// v8Stack rewrites a stack string produced by goja into V8's shape. Strings already in V8's shape
// pass through unchanged.
func (rt *Runtime) v8Stack(stack string) string { return rt.v8StackLimit(stack, rt.stackTraceLimit()) }

// v8StackLimit is v8Stack keeping at most limit frames (-1: all).
func (rt *Runtime) v8StackLimit(stack string, limit int) string {
	if !strings.Contains(stack, "\n\tat ") {
		return stack
	}
	lines := strings.Split(strings.TrimRight(stack, "\n"), "\n")
	out := make([]string, 0, len(lines))
	for i, l := range lines {
		if !strings.HasPrefix(l, "\tat ") {
			out = append(out, l)
			continue
		}
		if m := gojaNative.FindStringSubmatch(l); m != nil {
			name := m[1]
			// V8 shows no frame for the function-calling builtins themselves.
			if name == "" || name == "call" || name == "apply" || name == "bind" || name == "construct" ||
				strings.ContainsAny(name, "/(*") {
				// Go bindings show up under their Go names; V8 shows no frame for them.
				continue
			}
			// A native fast path that handed its call to the builtin's JS version of the same
			// name (node/buffer does this outside the common case) is one frame in V8.
			if n := len(out); n > 0 && strings.HasPrefix(out[n-1], "    at "+name+" (node:") {
				continue
			}
			if mod, ok := rt.host.NativeFrames[name]; ok {
				out = append(out, "    at "+name+" ("+mod+")")
				continue
			}
			if typ, ok := builtinReceiver[name]; ok {
				name = typ + "." + name
			}
			out = append(out, "    at "+name+" (<anonymous>)")
			continue
		}
		m := gojaFrame.FindStringSubmatch(l)
		if m == nil {
			out = append(out, "    "+l[1:])
			continue
		}
		name, file := m[1], m[2]
		line, _ := strconv.Atoi(m[3])
		col, _ := strconv.Atoi(m[4])
		col = rt.sources.column(file, line, col)
		if len(out) > 0 && !strings.HasPrefix(file, "node:") {
			col = rt.callColumn(file, line, col)
		}
		col = rt.utf16Column(file, line, col)
		if !strings.HasPrefix(file, "node:") {
			switch caller(lines[i+1:]) {
			case "loader":
				if name == "" {
					name = "Object.<anonymous>"
				}
			case "timeout":
				name = methodName("Timeout", name, "_onTimeout")
			case "immediate":
				// V8 names the frame when the stack is first read: Node has cleared
				// _onImmediate by the time an uncaught error is printed.
				if rt.host.ActiveImmediates > 0 {
					name = methodName("Immediate", name, "_onImmediate")
				} else if name == "" {
					name = "Immediate.<anonymous>"
				} else {
					name = "Immediate." + name
				}
			case "TestContext", "SuiteContext":
				if name == "" {
					name = "<anonymous>"
				}
				name = caller(lines[i+1:]) + "." + name
			case "process":
				if name == "" {
					name = "process.<anonymous>"
				} else {
					name = "process." + name
				}
			}
		}
		loc := file + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col)
		if name == "" {
			out = append(out, "    at "+loc)
		} else {
			out = append(out, "    at "+name+" ("+loc+")")
		}
	}
	if lim := limit; lim >= 0 {
		kept := out[:0]
		n := 0
		for _, l := range out {
			if strings.HasPrefix(l, "    at ") {
				if n >= lim {
					continue
				}
				n++
			}
			kept = append(kept, l)
		}
		out = kept
	}
	return strings.Join(out, "\n")
}

// utf16Column turns a 1-based byte column on a line into V8's, counted in UTF-16 code units.
func (rt *Runtime) utf16Column(file string, line, col int) int {
	src, ok := rt.sources.line(file, line)
	if !ok || col <= 1 {
		return col
	}
	if col-1 > len(src) {
		col = len(src) + 1
	}
	prefix := src[:col-1]
	ascii := true
	for i := 0; i < len(prefix); i++ {
		if prefix[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return col
	}
	n := 0
	for _, r := range prefix {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n + 1
}

// byteColumn is utf16Column's inverse.
func (rt *Runtime) byteColumn(file string, line, col int) int {
	src, ok := rt.sources.line(file, line)
	if !ok || col <= 1 {
		return col
	}
	units := 0
	for i, r := range src {
		if units >= col-1 {
			return i + 1
		}
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
	}
	return len(src) + 1
}

// callColumn moves a call site's column from the engine's choice (the opening parenthesis) to
// V8's (the start of the callee's last name: f in f(), m in a.b.m()).
func (rt *Runtime) callColumn(file string, line, col int) int {
	src, ok := rt.sources.line(file, line)
	if !ok || col < 1 || col > len(src) || src[col-1] != '(' {
		return col
	}
	i := col - 2
	for i >= 0 && (src[i] == ' ' || src[i] == '\t') {
		i--
	}
	end := i
	for i >= 0 && isIdent(src[i]) {
		i--
	}
	if i == end {
		return col
	}
	return i + 2
}

// builtinReceiver is the receiver type V8 names for builtins that call back into JS, where the
// method name alone tells it (the engine's frames carry no receiver).
var builtinReceiver = map[string]string{
	"map": "Array", "filter": "Array", "reduce": "Array", "reduceRight": "Array", "some": "Array",
	"every": "Array", "find": "Array", "findIndex": "Array", "findLast": "Array",
	"findLastIndex": "Array", "flatMap": "Array", "sort": "Array", "toSorted": "Array",
	"parse": "JSON", "stringify": "JSON", "replace": "String", "replaceAll": "String",
}

// caller names the runtime code that called a frame, when that tells how V8 would name the
// frame: module top-level code called by the loader is "Object.<anonymous>", a timer callback
// is called as the Timeout's _onTimeout method.
func caller(rest []string) string {
	for j, l := range rest {
		if m := gojaNative.FindStringSubmatch(l); m != nil {
			continue
		}
		switch {
		case strings.HasPrefix(l, "\tat emit (node:internal/process/setup:"):
			// the Go emit leaves no frame: the listener's caller is process.emit's wrapper
			return "process"
		case strings.HasPrefix(l, "\tat emit (node:events:"):
			// process.emit is a thin wrapper in the process glue: it marks the receiver
			for _, n := range rest[j+1:] {
				if gojaNative.MatchString(n) {
					continue
				}
				if strings.HasPrefix(n, "\tat emit (node:internal/process/setup:") {
					return "process"
				}
				break
			}
			return ""
		case strings.Contains(l, "node:internal/modules/cjs/loader"):
			return "loader"
		case strings.HasPrefix(l, "\tat callTestFn (node:internal/test_runner/test:"):
			// node:test calls test functions and hooks with the TestContext as receiver
			return "TestContext"
		case strings.HasPrefix(l, "\tat callSuiteFn (node:internal/test_runner/test:"):
			return "SuiteContext"
		case strings.HasPrefix(l, "\tat processTimeout (node:internal/timers:"):
			return "timeout"
		case strings.HasPrefix(l, "\tat processImmediate (node:internal/timers:"):
			return "immediate"
		}
		return ""
	}
	return ""
}

// methodName is V8's name for a function called as a method: Type.name [as prop].
func methodName(typ, name, prop string) string {
	if name == "" || name == prop {
		return typ + "." + prop
	}
	return typ + "." + name + " [as " + prop + "]"
}

func (rt *Runtime) stackTraceLimit() int {
	errCtor := rt.vm.Get("Error")
	if o, ok := errCtor.(*goja.Object); ok {
		v := o.Get("stackTraceLimit")
		if v != nil && !goja.IsUndefined(v) {
			if f := v.ToFloat(); f >= 0 {
				if f > 1e6 {
					return 1e6
				}
				return int(f)
			}
			return 0
		}
	}
	return -1
}

// frameLocation returns the first JS frame of a stack that has a file, line and column.
func (rt *Runtime) frameLocation(frames []goja.StackFrame) (file string, line, col int, ok bool) {
	for i := range frames {
		f := &frames[i]
		p := f.Position()
		if p.Filename == "" || p.Line == 0 || p.Filename == "node:internal/errors_v8" {
			continue
		}
		return p.Filename, p.Line, rt.sources.column(p.Filename, p.Line, p.Column), true
	}
	return "", 0, 0, false
}

var v8Frame = regexp.MustCompile(`^    at (?:.*? \()?(.+?):(\d+):(\d+)\)?$`)

// stackLocation is frameLocation for a stack string (in goja's or V8's shape).
func (rt *Runtime) stackLocation(stack string) (file string, line, col int, ok bool) {
	for _, l := range strings.Split(stack, "\n") {
		if m := gojaFrame.FindStringSubmatch(l); m != nil {
			line, _ = strconv.Atoi(m[3])
			col, _ = strconv.Atoi(m[4])
			return m[2], line, rt.sources.column(m[2], line, col), true
		}
		if m := v8Frame.FindStringSubmatch(l); m != nil {
			line, _ = strconv.Atoi(m[2])
			col, _ = strconv.Atoi(m[3])
			return m[1], line, rt.byteColumn(m[1], line, col), true
		}
	}
	return "", 0, 0, false
}

// arrow is the header Node prints above an uncaught error: "file:line\nsource\n    ^\n".
// When the error was raised by a throw statement on that line, the caret points at the throw,
// as V8's message location does.
func (rt *Runtime) arrow(file string, line, col int, preferThrow bool) string {
	return rt.arrowWidth(file, line, col, preferThrow, 1)
}

// arrowWidth is arrow with a caret of width characters (V8 underlines a bad token).
func (rt *Runtime) arrowWidth(file string, line, col int, preferThrow bool, width int) string {
	src, ok := rt.sources.line(file, line)
	if !ok {
		return ""
	}
	caret := col - 1
	if preferThrow {
		if t := nearestThrow(src, caret); t >= 0 {
			caret = t
		}
	}
	if caret < 0 || caret > len(src) {
		caret = 0
	}
	pad := make([]byte, 0, caret)
	for _, r := range src[:caret] {
		switch {
		case r == '\t':
			pad = append(pad, '\t')
		case r >= 0x10000:
			pad = append(pad, ' ', ' ')
		default:
			pad = append(pad, ' ')
		}
	}
	if width < 1 || caret+width > len(src) {
		width = 1
	}
	return file + ":" + strconv.Itoa(line) + "\n" + src + "\n" + string(pad) + strings.Repeat("^", width) + "\n"
}

func nearestThrow(src string, col int) int {
	best, bestDist := -1, 0
	for i := 0; ; {
		j := strings.Index(src[i:], "throw")
		if j < 0 {
			break
		}
		j += i
		end := j + 5
		okBefore := j == 0 || !isIdent(src[j-1])
		okAfter := end >= len(src) || !isIdent(src[end])
		if okBefore && okAfter {
			d := j - col
			if d < 0 {
				d = -d
			}
			if best < 0 || d < bestDist {
				best, bestDist = j, d
			}
		}
		i = end
	}
	return best
}

func isIdent(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// gojaFramesText writes frames in goja's own shape, for v8Stack to convert.
func gojaFramesText(frames []goja.StackFrame) string {
	var sb strings.Builder
	for i := range frames {
		sb.WriteString("\n\tat ")
		writeFrame(&sb, &frames[i])
	}
	return sb.String()
}

// captureErrorFrames returns the frames of the JS stack below the error constructor, in the
// engine's shape (v8Stack converts them when the stack is first read, as V8 formats lazily).
// Frames of the wrapper itself are dropped, then those of the constructor chain of an error
// subclass (chain, outermost first; V8 hides them), or — when skipThrough is set — every frame
// up to and including the first one of that name (Error.captureStackTrace's constructorOpt).
func (rt *Runtime) captureErrorFrames(chain []string, skipThrough string) string {
	frames := rt.vm.CaptureCallStack(0, nil)
	start := 0
	for start < len(frames) && (frames[start].SrcName() == "<native>" || frames[start].SrcName() == "node:internal/errors_v8") {
		start++
	}
	if skipThrough != "" {
		for i := start; i < len(frames); i++ {
			if frames[i].FuncName() == skipThrough {
				start = i + 1
				break
			}
		}
	}
	// the subclass constructors, innermost first; implicit ones have no frame
	for i := len(chain) - 1; i >= 0 && start < len(frames); i-- {
		if n := frames[start].FuncName(); n == chain[i] || n == "" || n == "<anonymous>" {
			start++
		}
	}
	if start >= len(frames) {
		return ""
	}
	return gojaFramesText(frames[start:])
}
