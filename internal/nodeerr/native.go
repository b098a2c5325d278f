package nodeerr

import (
	"fmt"
	"strconv"

	"github.com/dop251/goja"
)

// NativeSpec is one code of Node's C++ layer.
type NativeSpec struct {
	Code    string
	Class   Class
	Message string
}

var nativeByCode = func() map[string]*NativeSpec {
	m := make(map[string]*NativeSpec, len(NativeCodes))
	for i := range NativeCodes {
		m[NativeCodes[i].Code] = &NativeCodes[i]
	}
	return m
}()

// LookupNative returns the row of a C++-layer code.
func LookupNative(code string) (*NativeSpec, bool) {
	s, ok := nativeByCode[code]
	return s, ok
}

// NewNative builds an error as Node's C++ THROW_ERR_* helpers do: `new <Class>(message)` with
// an own enumerable `code`; toString and the stack header are the class's plain ones. message
// defaults to the code's predefined message.
func NewNative(vm *goja.Runtime, code string, message ...string) *goja.Object {
	spec, ok := nativeByCode[code]
	if !ok {
		panic(fmt.Errorf("nodeerr: unknown native error code %s", code))
	}
	msg := spec.Message
	if len(message) > 0 {
		msg = message[0]
	}
	obj, err := vm.New(stateOf(vm).ctor(vm, spec.Class), vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	_ = obj.Set("code", code)
	return obj
}

// ThrowNative panics with NewNative(vm, code, message...).
func ThrowNative(vm *goja.Runtime, code string, message ...string) {
	panic(NewNative(vm, code, message...))
}

// ScriptTimeoutMessage is ERR_SCRIPT_EXECUTION_TIMEOUT's message.
func ScriptTimeoutMessage(ms int64) string {
	return "Script execution timed out after " + strconv.FormatInt(ms, 10) + "ms"
}
