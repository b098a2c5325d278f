package nodeerr

import (
	"fmt"
	"regexp"
	"runtime"
	"sort"
	"sync"
	"weak"

	"github.com/dop251/goja"
)

var byCode map[string]*Spec

func init() {
	byCode = make(map[string]*Spec, len(Codes))
	for i := range Codes {
		byCode[Codes[i].Code] = &Codes[i]
	}
}

// Lookup returns the table row of code.
func Lookup(code string) (*Spec, bool) {
	s, ok := byCode[code]
	return s, ok
}

// IsNodeErrorSymbol is the symbol Node's internal/errors calls kIsNodeError: `kIsNodeError in
// err` is true for errors built from the table. Shared by the Go and JS sides.
var IsNodeErrorSymbol = goja.NewSymbol("kIsNodeError")

var directiveRe = regexp.MustCompile(`%[dfijoOs]`)

// ArgCount is the number of arguments a template takes (Node's getExpectedArgumentLength).
func ArgCount(tmpl string) int { return len(directiveRe.FindAllStringIndex(tmpl, -1)) }

// Msg is what a message function sees: the arguments the error was constructed with and the
// error object being built (nil when only the message is wanted).
type Msg struct {
	VM   *goja.Runtime
	This *goja.Object
	Args []goja.Value
	Code string
	ins  Inspector
}

// Arg returns argument i, undefined when missing.
func (m *Msg) Arg(i int) goja.Value {
	if i < len(m.Args) && m.Args[i] != nil {
		return m.Args[i]
	}
	return goja.Undefined()
}

// Has reports whether argument i was given and is not undefined (a JS default applies).
func (m *Msg) Has(i int) bool { return !goja.IsUndefined(m.Arg(i)) }

// Str is `${arg}`.
func (m *Msg) Str(i int) string { return jsString(m.VM, m.Arg(i)) }

// Set does this[name] = v on the error being built.
func (m *Msg) Set(name string, v goja.Value) {
	if m.This != nil {
		_ = m.This.Set(name, v)
	}
}

// Define defines a data property on the error being built.
func (m *Msg) Define(name string, v goja.Value, enumerable bool) {
	if m.This != nil {
		e := goja.FLAG_FALSE
		if enumerable {
			e = goja.FLAG_TRUE
		}
		_ = m.This.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, e)
	}
}

// Inspect is util.inspect(v, opts).
func (m *Msg) Inspect(v goja.Value, opts InspectOptions) string {
	return inspectWith(m.VM, m.ins, v, opts)
}

// SpecificType is determineSpecificType(v).
func (m *Msg) SpecificType(v goja.Value) string { return DetermineSpecificType(m.VM, v, m.ins) }

// assertionFailure is what Node's internal assert throws.
type assertionFailure struct{ msg string }

func (m *Msg) assert(ok bool, msg string) {
	if !ok {
		panic(assertionFailure{msg})
	}
}

// Message returns the message of code for args, as Node's getMessage. this, when not nil,
// receives the properties some codes set on the error. ins formats objects (nil: the vm's
// registered inspector, InspectHook, then the fallback).
func Message(vm *goja.Runtime, code string, args []goja.Value, this *goja.Object, ins Inspector) (msg string, err error) {
	spec, ok := byCode[code]
	if !ok {
		return "", fmt.Errorf("nodeerr: unknown error code %s", code)
	}
	defer func() {
		if r := recover(); r != nil {
			if a, ok := r.(assertionFailure); ok {
				err = &AssertionError{Message: a.msg}
				return
			}
			panic(r)
		}
	}()
	return spec.message(vm, args, this, ins), nil
}

// AssertionError is a failed internal assertion (a wrong number of arguments for a code); New
// and Throw turn it into ERR_INTERNAL_ASSERTION.
type AssertionError struct{ Message string }

func (e *AssertionError) Error() string { return e.Message }

func (s *Spec) message(vm *goja.Runtime, args []goja.Value, this *goja.Object, ins Inspector) string {
	m := &Msg{VM: vm, This: this, Args: args, Code: s.Code, ins: ins}
	if s.Func != nil {
		m.assert(len(args) >= s.MinArgs, fmt.Sprintf("Code: %s; The provided arguments length (%d) does not match the required ones (%d).", s.Code, len(args), s.MinArgs))
		return s.Func(m)
	}
	n := ArgCount(s.Format)
	m.assert(n == len(args), fmt.Sprintf("Code: %s; The provided arguments length (%d) does not match the required ones (%d).", s.Code, len(args), n))
	if n == 0 {
		return s.Format
	}
	return Format(vm, ins, s.Format, args)
}

// toValues converts Go arguments to JS values: goja values stay, slices become arrays.
func toValues(vm *goja.Runtime, args []any) []goja.Value {
	out := make([]goja.Value, len(args))
	for i, a := range args {
		switch x := a.(type) {
		case goja.Value:
			if x == nil {
				out[i] = goja.Undefined()
			} else {
				out[i] = x
			}
		case nil:
			out[i] = goja.Undefined()
		case []string:
			items := make([]any, len(x))
			for j, s := range x {
				items[j] = s
			}
			out[i] = vm.NewArray(items...)
		case []any:
			out[i] = vm.NewArray(toAnys(vm, x)...)
		case SystemContext:
			out[i] = x.toJS(vm)
		case *SystemContext:
			out[i] = x.toJS(vm)
		default:
			out[i] = vm.ToValue(a)
		}
	}
	return out
}

func toAnys(vm *goja.Runtime, xs []any) []any {
	vs := toValues(vm, xs)
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

// New builds the error object of code with args, shaped as Node's: its prototype chain ends in
// the code's class, it has own `code` (enumerable) and `message`, toString() gives
// "TypeError [ERR_X]: msg" and the stack's first line is the same. Args are Go values or goja
// values; a []string becomes an array (ERR_INVALID_ARG_TYPE's expected types).
//
// When the runtime has loaded internal/errors, the error is made by its JS class, so Go- and
// JS-made errors are the same kind of object.
func New(vm *goja.Runtime, code string, args ...any) *goja.Object {
	return NewClass(vm, "", code, args...)
}

// NewClass is New with one of the code's other classes (Spec.Also), as codes.ERR_X.RangeError
// in JS. An empty class means the code's own.
func NewClass(vm *goja.Runtime, class Class, code string, args ...any) *goja.Object {
	spec, ok := byCode[code]
	if !ok {
		panic(fmt.Errorf("nodeerr: unknown error code %s", code))
	}
	if class == "" {
		class = spec.Class
	}
	jsArgs := toValues(vm, args)
	if ctor := registeredClass(vm, code, class, spec.Class); ctor != nil {
		obj, err := vm.New(ctor, jsArgs...)
		if err != nil {
			// A wrong argument count: the class threw ERR_INTERNAL_ASSERTION; return it as the
			// Go path does.
			if ex, ok := err.(*goja.Exception); ok {
				if o, ok := ex.Value().(*goja.Object); ok {
					return o
				}
			}
			panic(err)
		}
		return obj
	}
	if spec.Class == SystemError {
		ctx, _ := argOrUndefined(jsArgs, 0).(*goja.Object)
		if ctx == nil {
			ctx = vm.NewObject()
		}
		return buildSystemError(vm, spec, ctx)
	}
	return buildError(vm, spec, class, jsArgs, nil)
}

func argOrUndefined(args []goja.Value, i int) goja.Value {
	if i < len(args) {
		return args[i]
	}
	return goja.Undefined()
}

// Throw panics with New(vm, code, args...); goja turns the panic into a JS throw when it
// happens inside a native function.
func Throw(vm *goja.Runtime, code string, args ...any) {
	panic(New(vm, code, args...))
}

// ThrowClass panics with NewClass(vm, class, code, args...).
func ThrowClass(vm *goja.Runtime, class Class, code string, args ...any) {
	panic(NewClass(vm, class, code, args...))
}

func buildError(vm *goja.Runtime, spec *Spec, class Class, args []goja.Value, ins Inspector) *goja.Object {
	st := stateOf(vm)
	ctor := st.ctor(vm, class)
	var obj *goja.Object
	var err error
	if spec.Func == nil {
		var msg string
		msg, err = messageOrAssert(vm, spec, args, nil, ins)
		if err != nil {
			return assertionError(vm, err)
		}
		obj, err = vm.New(ctor, vm.ToValue(msg))
		if err != nil {
			panic(err)
		}
		_ = obj.SetPrototype(st.proto(vm, spec.Code, class))
		_ = obj.Set("code", spec.Code)
	} else {
		obj, err = vm.New(ctor)
		if err != nil {
			panic(err)
		}
		_ = obj.SetPrototype(st.proto(vm, spec.Code, class))
		_ = obj.Set("code", spec.Code)
		msg, err := messageOrAssert(vm, spec, args, obj, ins)
		if err != nil {
			return assertionError(vm, err)
		}
		_ = obj.DefineDataProperty("message", vm.ToValue(msg), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	stampStack(vm, obj, string(class)+" ["+spec.Code+"]")
	return obj
}

func messageOrAssert(vm *goja.Runtime, spec *Spec, args []goja.Value, this *goja.Object, ins Inspector) (msg string, err error) {
	defer func() {
		if r := recover(); r != nil {
			if a, ok := r.(assertionFailure); ok {
				err = &AssertionError{Message: a.msg}
				return
			}
			panic(r)
		}
	}()
	return spec.message(vm, args, this, ins), nil
}

func assertionError(vm *goja.Runtime, err error) *goja.Object {
	return buildError(vm, byCode["ERR_INTERNAL_ASSERTION"], Error, []goja.Value{vm.ToValue(err.Error())}, nil)
}

// stampStack makes the stack's first line read "<header>: <message>", the way Node does for
// its coded errors: the name is changed for the moment goja formats the stack.
func stampStack(vm *goja.Runtime, obj *goja.Object, header string) {
	_ = obj.DefineDataProperty("name", vm.ToValue(header), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = obj.Get("stack")
	_ = obj.Delete("name")
}

// ---- per-runtime state ----------------------------------------------------------------------
//
// A runtime's cached prototypes and the JS classes internal/errors registered are held weakly,
// so that this package never keeps a runtime alive.

type protoKey struct {
	code  string
	class Class
}

type vmState struct {
	ctors   map[Class]weak.Pointer[goja.Object]
	protos  map[protoKey]weak.Pointer[goja.Object]
	codes   weak.Pointer[goja.Object] // internal/errors' codes object
	inspect weak.Pointer[goja.Object] // internal/errors' inspect function
}

var (
	statesMu sync.Mutex
	states   = map[weak.Pointer[goja.Runtime]]*vmState{}
)

func stateOf(vm *goja.Runtime) *vmState {
	key := weak.Make(vm)
	statesMu.Lock()
	defer statesMu.Unlock()
	st := states[key]
	if st == nil {
		st = &vmState{ctors: map[Class]weak.Pointer[goja.Object]{}, protos: map[protoKey]weak.Pointer[goja.Object]{}}
		states[key] = st
		runtime.AddCleanup(vm, func(k weak.Pointer[goja.Runtime]) {
			statesMu.Lock()
			delete(states, k)
			statesMu.Unlock()
		}, key)
	}
	return st
}

// ctor returns the class's constructor, read from the global object on first use.
func (st *vmState) ctor(vm *goja.Runtime, class Class) *goja.Object {
	if class == SystemError {
		class = Error
	}
	if c := st.ctors[class].Value(); c != nil {
		return c
	}
	c, _ := vm.Get(string(class)).(*goja.Object)
	if c == nil {
		panic(fmt.Errorf("nodeerr: no %s constructor", class))
	}
	st.ctors[class] = weak.Make(c)
	return c
}

// proto returns the prototype of the code's errors of class: an object inheriting from the
// class's prototype with Node's toString, constructor and kIsNodeError.
func (st *vmState) proto(vm *goja.Runtime, code string, class Class) *goja.Object {
	k := protoKey{code, class}
	if p := st.protos[k].Value(); p != nil {
		return p
	}
	ctor := st.ctor(vm, class)
	base, _ := ctor.Get("prototype").(*goja.Object)
	p := vm.CreateObject(base)
	_ = p.DefineAccessorProperty("constructor", vm.ToValue(func(goja.FunctionCall) goja.Value { return ctor }), nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = p.DefineAccessorPropertySymbol(IsNodeErrorSymbol, vm.ToValue(func(goja.FunctionCall) goja.Value { return vm.ToValue(true) }), nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	toString := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		this := call.This.ToObject(vm)
		return vm.ToValue(jsString(vm, this.Get("name")) + " [" + code + "]: " + jsString(vm, this.Get("message")))
	})
	_ = p.DefineDataProperty("toString", toString, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	st.protos[k] = weak.Make(p)
	return p
}

// Register records, for the Go side, the codes object and inspect function internal/errors
// made in vm: from then on New builds errors with the JS classes and formats objects with
// inspect. Either may be nil. The JS module calls it through its binding.
func Register(vm *goja.Runtime, codes *goja.Object, inspect *goja.Object) {
	st := stateOf(vm)
	statesMu.Lock()
	defer statesMu.Unlock()
	if codes != nil {
		st.codes = weak.Make(codes)
	}
	if inspect != nil {
		st.inspect = weak.Make(inspect)
	}
}

func registeredClass(vm *goja.Runtime, code string, class, own Class) *goja.Object {
	statesMu.Lock()
	st := states[weak.Make(vm)]
	statesMu.Unlock()
	if st == nil {
		return nil
	}
	codes := st.codes.Value()
	if codes == nil {
		return nil
	}
	c, _ := codes.Get(code).(*goja.Object)
	if c == nil {
		return nil
	}
	if class != own {
		c, _ = c.Get(string(class)).(*goja.Object)
	}
	return c
}

func registeredInspector(vm *goja.Runtime) Inspector {
	statesMu.Lock()
	st := states[weak.Make(vm)]
	statesMu.Unlock()
	if st == nil {
		return nil
	}
	fn := st.inspect.Value()
	if fn == nil {
		return nil
	}
	call, ok := goja.AssertFunction(fn)
	if !ok {
		return nil
	}
	return jsInspector(call)
}

// SortedCodes returns the codes of the table in order (for generators and tests).
func SortedCodes() []string {
	out := make([]string, 0, len(Codes))
	for _, s := range Codes {
		out = append(out, s.Code)
	}
	sort.Strings(out)
	return out
}
