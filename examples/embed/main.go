// Command embed shows gnode as a library: a Go program that runs JavaScript with Node's
// semantics, gives it a Go function, and collects its output and exit code.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/runtime"
)

func main() {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Args:   []string{"from-go"},
		Env:    []string{"GREETING=hello"},
		Stdout: &out,
		Stderr: os.Stderr,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// A Go function for the script. Like every binding it runs on the loop goroutine.
	_ = rt.VM().Set("shout", func(call goja.FunctionCall) goja.Value {
		return rt.VM().ToValue(strings.ToUpper(call.Argument(0).String()))
	})
	code := rt.RunEval(`
		setTimeout(() => {
			console.log(shout(process.env.GREETING), process.argv.slice(1));
			process.exitCode = 3;
		}, 10);
	`, false, "[embed]")
	fmt.Printf("script printed %q and exited with %d\n", out.String(), code)
}
