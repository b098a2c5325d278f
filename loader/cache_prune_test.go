package loader

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestPruneCacheRemovesOldestFirst(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	for i, name := range []string{"a", "b", "c", "d"} {
		p := filepath.Join(dir, "0"+name, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, make([]byte, 100), 0o644); err != nil {
			t.Fatal(err)
		}
		// a is the oldest, d the newest
		mod := now.Add(time.Duration(i-4) * time.Hour)
		if err := os.Chtimes(p, mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	pruneCache(dir, 300) // 400 bytes over a 300 limit: down to 225, so a and b go
	for name, want := range map[string]bool{"a": false, "b": false, "c": true, "d": true} {
		_, err := os.Stat(filepath.Join(dir, "0"+name, name))
		if (err == nil) != want {
			t.Errorf("%s: exists=%v, want %v", name, err == nil, want)
		}
	}
	pruneCache(dir, 1000) // under the limit: nothing goes
	if _, err := os.Stat(filepath.Join(dir, "0c", "c")); err != nil {
		t.Error("c removed under the limit")
	}
}
