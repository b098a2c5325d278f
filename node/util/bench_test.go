package util

import (
	"testing"

	"github.com/dop251/goja"
)

func benchInspect(b *testing.B, setup string) {
	vm := goja.New()
	exp := loadInspect(b, vm)
	_ = vm.Set("util", exp)
	v, err := vm.RunString(setup)
	if err != nil {
		b.Fatal(err)
	}
	insp, _ := goja.AssertFunction(exp.Get("inspect"))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := insp(goja.Undefined(), v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInspectSmallObject(b *testing.B) {
	benchInspect(b, `({ a: 1, b: 'two', c: [1, 2, 3], d: { e: null } })`)
}

func BenchmarkInspectArray1000(b *testing.B) {
	benchInspect(b, `Array.from({ length: 1000 }, (_, i) => ({ id: i, name: 'n' + i }))`)
}

func BenchmarkInspectLongString(b *testing.B) {
	benchInspect(b, `'x'.repeat(100000)`)
}

func BenchmarkFormat(b *testing.B) {
	vm := goja.New()
	exp := loadInspect(b, vm)
	f, _ := goja.AssertFunction(exp.Get("format"))
	args := []goja.Value{vm.ToValue("%s: %d items (%j)"), vm.ToValue("list"), vm.ToValue(42), vm.ToValue(map[string]interface{}{"a": 1})}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := f(goja.Undefined(), args...); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInspectNumber(b *testing.B)   { benchInspect(b, `1`) }
func BenchmarkInspectEmptyObj(b *testing.B) { benchInspect(b, `({})`) }
func BenchmarkInspectOneKey(b *testing.B)   { benchInspect(b, `({a: 1})`) }
func BenchmarkInspectString(b *testing.B)   { benchInspect(b, `'hello'`) }
