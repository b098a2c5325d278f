// Command rawengine runs one script on a bare goja runtime: the only globals besides the
// ECMAScript ones are print and console.log (which prints its arguments joined by spaces).
// It is the baseline of `go run ./bench -raw`: gnode's time divided by rawengine's time is what
// the runtime (bootstrap, event loop, module system) costs on top of the engine.
//
// Usage: rawengine script.js
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/dop251/goja"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: rawengine script.js")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	vm := goja.New()
	print := func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = a.String()
		}
		out.WriteString(strings.Join(parts, " "))
		out.WriteByte('\n')
		return goja.Undefined()
	}
	console := vm.NewObject()
	_ = console.Set("log", print)
	_ = vm.Set("print", print)
	_ = vm.Set("console", console)
	prog, err := goja.Compile(os.Args[1], string(src), false)
	if err == nil {
		_, err = vm.RunProgram(prog)
	}
	if err != nil {
		out.Flush()
		if ex, ok := err.(*goja.Exception); ok {
			fmt.Fprintln(os.Stderr, ex.String())
		} else {
			fmt.Fprintln(os.Stderr, err)
		}
		os.Exit(1)
	}
}
