package nodeerr_test

import (
	"testing"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/nodeerr"
)

// Recorded from the reference: vm.Script#runInThisContext({ timeout: 10 }) on an endless loop.
func TestNativeShape(t *testing.T) {
	vm := goja.New()
	_ = vm.Set("e", nodeerr.NewNative(vm, "ERR_SCRIPT_EXECUTION_TIMEOUT", nodeerr.ScriptTimeoutMessage(10)))
	_ = vm.Set("p", nodeerr.NewNative(vm, "ERR_PROTO_ACCESS"))
	v, err := vm.RunString(`JSON.stringify([Reflect.ownKeys(e), String(e), e.stack.split('\n')[0], e.code, e instanceof Error, p.message, p.name])`)
	if err != nil {
		t.Fatal(err)
	}
	want := `[["stack","message","code"],"Error: Script execution timed out after 10ms","Error: Script execution timed out after 10ms","ERR_SCRIPT_EXECUTION_TIMEOUT",true,` +
		`"Accessing Object.prototype.__proto__ has been disallowed with --disable-proto=throw","Error"]`
	if v.String() != want {
		t.Errorf("got  %s\nwant %s", v, want)
	}
	for i, s := range nodeerr.NativeCodes {
		if i > 0 && nodeerr.NativeCodes[i-1].Code >= s.Code {
			t.Errorf("%s out of order", s.Code)
		}
	}
}
