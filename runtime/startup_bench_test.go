package runtime

import (
	"io"
	"testing"
)

// BenchmarkStartup is `gnode -e 0` without the process: a new runtime, bootstrap, an empty script.
func BenchmarkStartup(b *testing.B) {
	for i := 0; i < b.N; i++ {
		rt, err := New(Options{Stdout: io.Discard, Stderr: io.Discard, Env: []string{}})
		if err != nil {
			b.Fatal(err)
		}
		rt.RunEval("0", false, "[eval]")
	}
}
