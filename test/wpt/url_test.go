package wpt

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestURLData runs the WPT URL data (urltestdata, setters, toascii, percent-encoding) through
// gnode's JavaScript URL class with url.js. GNODE names a prebuilt binary; otherwise the test
// builds ./cmd/gnode.
func TestURLData(t *testing.T) {
	data := findURLData(t)
	bin := os.Getenv("GNODE")
	if bin == "" {
		bin = filepath.Join(t.TempDir(), "gnode")
		build := exec.Command("go", "build", "-o", bin, "./cmd/gnode")
		build.Dir = filepath.Join("..", "..")
		if out, err := build.CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, out)
		}
	}
	out, err := exec.Command(bin, "url.js", data).CombinedOutput()
	t.Logf("%s", out)
	if err != nil {
		t.Fatalf("url.js: %v", err)
	}
}

// findURLData is $GNODE_WPT_DIR (or its url/), or shared/wpt/url in a parent directory of the
// repository, where CI keeps it.
func findURLData(t *testing.T) string {
	if d := os.Getenv("GNODE_WPT_DIR"); d != "" {
		for _, c := range []string{d, filepath.Join(d, "url")} {
			if _, err := os.Stat(filepath.Join(c, "urltestdata.json")); err == nil {
				return c
			}
		}
	}
	dir, _ := os.Getwd()
	for {
		cand := filepath.Join(dir, "shared", "wpt", "url")
		if _, err := os.Stat(filepath.Join(cand, "urltestdata.json")); err == nil {
			return cand
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("WPT url data not found: set GNODE_WPT_DIR or put shared/wpt/url in a parent directory of the repo")
		}
		dir = parent
	}
}
