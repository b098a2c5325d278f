package runtime

import (
	"fmt"
	"regexp"
	goruntime "runtime"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
)

// A builtin's glue is compiled once per process, on first use, and shared by every runtime: a
// goja Program is not tied to a runtime.
type compiledModule struct {
	once sync.Once
	prg  *goja.Program
	err  error
}

var (
	compiledMu sync.Mutex
	compiled   = map[string]*compiledModule{}
	// builtin glue by program name ("node:events"), for the source line above an error
	// thrown inside a builtin
	builtinText = map[string]*sourceFile{}
)

func builtinSourceLine(name string, n int) (string, bool) {
	compiledMu.Lock()
	defer compiledMu.Unlock()
	f := builtinText[name]
	if f == nil {
		return "", false
	}
	return f.line(n)
}

const builtinWrapperHead = "(function (exports, require, module, process, internalBinding, primordials) {"

func compileBuiltin(m *host.Module) (*goja.Program, error) {
	compiledMu.Lock()
	c := compiled[m.ID]
	if c == nil {
		c = &compiledModule{}
		compiled[m.ID] = c
	}
	compiledMu.Unlock()
	c.once.Do(func() {
		compiledMu.Lock()
		builtinText["node:"+m.ID] = &sourceFile{text: m.Source, line1Shift: len(builtinWrapperHead)}
		compiledMu.Unlock()
		// The wrapper stays on the first line so the glue's line numbers are its own.
		src := builtinWrapperHead + m.Source + "\n})"
		c.prg, c.err = goja.Compile("node:"+m.ID, src, true)
	})
	return c.prg, c.err
}

type loadedBuiltin struct {
	module  *goja.Object
	loading bool
}

// builtins is one runtime's view of the builtin modules: their exports and bindings.
type builtins struct {
	rt       *Runtime
	byID     map[string]*host.Module
	loaded   map[string]*loadedBuiltin
	bindings map[string]*goja.Object

	order             []string   // builtins in the order they loaded (process.moduleLoadList)
	requireFn         goja.Value // the require given to builtin glue
	internalBindingFn goja.Value
	primordials       *goja.Object
}

func newBuiltins(rt *Runtime, mods []*host.Module) *builtins {
	b := &builtins{
		rt:       rt,
		byID:     make(map[string]*host.Module, len(mods)),
		loaded:   map[string]*loadedBuiltin{},
		bindings: map[string]*goja.Object{},
	}
	for _, m := range mods {
		b.byID[m.ID] = m
	}
	vm := rt.vm
	b.requireFn = vm.ToValue(func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0).String()
		id = strings.TrimPrefix(id, "node:")
		exp, err := b.require(id, true)
		if err != nil {
			rethrow(vm, err)
		}
		return exp
	})
	b.internalBindingFn = vm.ToValue(func(call goja.FunctionCall) goja.Value {
		return b.binding(call.Argument(0).String())
	})
	b.primordials = vm.NewObject()
	return b
}

// Has reports whether id names a builtin that user code may require.
func (b *builtins) Has(id string, withScheme bool) bool {
	m := b.byID[id]
	if m == nil || strings.HasPrefix(id, "internal/") {
		return false
	}
	return withScheme || !m.SchemeOnly
}

// PublicIDs lists the builtins user code may require, for module.builtinModules; the ones that
// exist only with the scheme are listed with it ("node:test"), as Node lists them.
func (b *builtins) PublicIDs() []string {
	var ids []string
	for id, m := range b.byID {
		if strings.HasPrefix(id, "internal/") {
			continue
		}
		if m.SchemeOnly {
			id = "node:" + id
		}
		ids = append(ids, id)
	}
	return ids
}

func (b *builtins) binding(id string) goja.Value {
	if o, ok := b.bindings[id]; ok {
		return o
	}
	m := b.byID[id]
	if m == nil || m.Binding == nil {
		panic(b.rt.vm.NewTypeError(fmt.Sprintf("No such binding: %s", id)))
	}
	o := m.Binding(b.rt.host)
	b.bindings[id] = o
	return o
}

// require returns the exports of builtin id, loading it on first use.
func (b *builtins) require(id string, internal bool) (goja.Value, error) {
	if l, ok := b.loaded[id]; ok {
		return l.module.Get("exports"), nil
	}
	m := b.byID[id]
	if m == nil || (!internal && strings.HasPrefix(id, "internal/")) {
		return nil, fmt.Errorf("No such built-in module: %s", id)
	}
	vm := b.rt.vm
	module := vm.NewObject()
	exports := vm.NewObject()
	_ = module.Set("exports", exports)
	_ = module.Set("id", id)
	b.loaded[id] = &loadedBuiltin{module: module, loading: true}
	if m.Source == "" {
		// A builtin made only of Go: its binding is its exports.
		_ = module.Set("exports", b.binding(id))
	} else {
		b.prefetch(m)
		prg, err := compileBuiltin(m)
		if err != nil {
			delete(b.loaded, id)
			return nil, fmt.Errorf("compiling node:%s: %w", id, err)
		}
		fnv, err := vm.RunProgram(prg)
		if err != nil {
			delete(b.loaded, id)
			return nil, err
		}
		fn, _ := goja.AssertFunction(fnv)
		_, err = fn(exports, exports, b.requireFn, module, b.rt.process, b.internalBindingFn, b.primordials)
		if err != nil {
			delete(b.loaded, id)
			return nil, err
		}
	}
	b.loaded[id].loading = false
	b.order = append(b.order, id)
	return module.Get("exports"), nil
}

// rethrow turns an error from a nested call back into the JS exception it was.
func rethrow(vm *goja.Runtime, err error) {
	switch err.(type) {
	case *goja.Exception, *goja.InterruptedError, *goja.StackOverflowError:
		host.Rethrow(err)
	}
	panic(vm.NewGoError(err))
}

// topLevelRequire matches require('id') on a line that starts at column 0: the requires a
// module's glue makes while it loads (lazy ones sit indented inside functions).
var topLevelRequire = regexp.MustCompile(`(?m)^[^ \t\n/].*?\brequire\('([^']+)'\)`)

// prefetch compiles, on another goroutine, the builtins m's glue requires as it loads that are
// not compiled yet, so that with a second core they compile while this goroutine compiles and
// runs m (compiling is most of the cost of loading a builtin on goja). The goroutine takes them
// last first, meeting the loop goroutine, which takes them in order; a module both want is
// compiled once (compileBuiltin's sync.Once).
func (b *builtins) prefetch(m *host.Module) {
	if goruntime.GOMAXPROCS(0) < 2 {
		return
	}
	var todo []*host.Module
	for _, match := range topLevelRequire.FindAllStringSubmatch(m.Source, -1) {
		dep := b.byID[strings.TrimPrefix(match[1], "node:")]
		if dep == nil || dep.Source == "" || b.loaded[dep.ID] != nil || isCompiled(dep.ID) {
			continue
		}
		todo = append(todo, dep)
	}
	if len(todo) < 2 {
		return
	}
	go func() {
		for i := len(todo) - 1; i >= 0; i-- {
			_, _ = compileBuiltin(todo[i])
		}
	}()
}

func isCompiled(id string) bool {
	compiledMu.Lock()
	defer compiledMu.Unlock()
	return compiled[id] != nil
}
