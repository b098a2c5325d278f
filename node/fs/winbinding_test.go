package fs

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// The Windows binding (fs_windows.go and the files it shares) must define every binding
// function the shared JS glue calls. It is checked from the sources so that a function added
// for Linux is noticed on any OS, not only on Windows.
func TestWindowsBindingCoversGlue(t *testing.T) {
	used := map[string]bool{}
	// A function the glue feature-detects (`typeof binding.x === 'function'`, with a JS path
	// when it is missing) may be left out, as the native fs stream I/O of streamio.go is.
	optional := map[string]bool{}
	js, _ := filepath.Glob("js/*.js")
	call := regexp.MustCompile(`\bbinding\.([A-Za-z_][A-Za-z0-9_]*)`)
	detect := regexp.MustCompile(`typeof binding\.([A-Za-z_][A-Za-z0-9_]*) === 'function'`)
	for _, f := range js {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllStringSubmatch(string(src), -1) {
			used[m[1]] = true
		}
		for _, m := range detect.FindAllStringSubmatch(string(src), -1) {
			optional[m[1]] = true
		}
	}
	defined := map[string]bool{"constants": true}
	def := regexp.MustCompile(`(?:set|b\.Set)\("([A-Za-z_][A-Za-z0-9_]*)"`)
	for _, f := range []string{"fs_windows.go", "watch_windows.go"} {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range def.FindAllStringSubmatch(string(src), -1) {
			defined[m[1]] = true
		}
	}
	for name := range used {
		if !defined[name] && !optional[name] {
			t.Errorf("the JS glue calls binding.%s, which node/fs/fs_windows.go does not define", name)
		}
	}
}
