package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCrossBuild builds gnode for systems other than this one, as gnode promises every Go
// target without cgo: Windows has its own socket layer, and the BSDs the stubs of
// node/net/unsupported_other.go, which nothing else compiles here.
func TestCrossBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	for _, target := range [][2]string{{"windows", "amd64"}, {"freebsd", "amd64"}, {"darwin", "arm64"}} {
		cmd := exec.Command("go", "build", "-o", filepath.Join(t.TempDir(), "gnode"), ".")
		cmd.Env = append(os.Environ(), "GOOS="+target[0], "GOARCH="+target[1], "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("GOOS=%s GOARCH=%s: %v\n%s", target[0], target[1], err, out)
		}
		// Go caches a test's result by the files it opened: reading the target's sources makes
		// a change to any of them (a Windows-only file, say) run the test again
		list := exec.Command("go", "list", "-deps", "-f",
			`{{if .Module}}{{if .Module.Main}}{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}{{end}}{{end}}`, ".")
		list.Env = cmd.Env
		if out, err := list.Output(); err == nil {
			for _, f := range strings.Fields(string(out)) {
				_, _ = os.ReadFile(f)
			}
		}
	}
}
