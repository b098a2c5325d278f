package path

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// jsNormalizer runs the glue's own normalizeString (the code non-ASCII paths take) so the Go
// loop can be checked against it.
func jsNormalizer(t testing.TB) func(string, bool) string {
	start := strings.Index(pathJS, "function normalizeString(")
	end := strings.Index(pathJS[start:], "\n  return res;\n}\n")
	if start < 0 || end < 0 {
		t.Fatal("normalizeString not found in path.js")
	}
	src := pathJS[start : start+end+len("\n  return res;\n}\n")]
	src = strings.Replace(src, "const fast = binding.normalizeString(path, allowAboveRoot);", "const fast = undefined;", 1)
	vm := goja.New()
	if _, err := vm.RunString(src); err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(vm.Get("normalizeString"))
	return func(p string, above bool) string {
		v, err := fn(goja.Undefined(), vm.ToValue(p), vm.ToValue(above))
		if err != nil {
			t.Fatal(err)
		}
		return v.String()
	}
}

func TestNormalizeStringMatchesGlue(t *testing.T) {
	js := jsNormalizer(t)
	for _, p := range []string{"", "/", "//", "a", "a/", "/a/b/../c", "a/b/../../..", "../..", "./a/./b/.",
		"a/..", "/..", "..a/b..", "a/.../b", "/a//b///c/", "../a/../../b", "a/b/c/../../../..", ".", "..", "..."} {
		for _, above := range []bool{false, true} {
			if got, want := normalizeString(p, above, '/', isPosixSep), js(p, above); got != want {
				t.Errorf("normalizeString(%q, %v) = %q, the glue says %q", p, above, got, want)
			}
		}
	}
}

func TestJoinResolve(t *testing.T) {
	for _, c := range [][2]string{
		{joinPosix([]string{"/foo", "bar", "baz/asdf", "quux", ".."}), "/foo/bar/baz/asdf"},
		{joinPosix([]string{"", ""}), "."},
		{joinPosix([]string{"foo/", ""}), "foo/"},
		{joinPosix([]string{"./"}), "./"},
		{joinPosix([]string{"", "/foo"}), "/foo"},
		{normalizePosix("./fixtures///b/../b/c.js"), "fixtures/b/c.js"},
		{normalizePosix("/foo/../../../bar"), "/bar"},
	} {
		if c[0] != c[1] {
			t.Errorf("got %q, want %q", c[0], c[1])
		}
	}
	if r, need := resolvePosix([]string{"a/b", "../c"}, "", false); !need || r != "" {
		t.Errorf("relative resolve without cwd: %q %v", r, need)
	}
	if r, _ := resolvePosix([]string{"a/b", "../c"}, "/home/u", true); r != "/home/u/a/c" {
		t.Errorf("resolve = %q", r)
	}
	if r, _ := resolvePosix([]string{"/var/lib", "../", "file/"}, "", false); r != "/var/file" {
		t.Errorf("resolve = %q", r)
	}
}

func FuzzNormalizeString(f *testing.F) {
	for _, s := range []string{"/a/b/../c", "../..", "a//./b/", "..."} {
		f.Add(s, true)
	}
	js := jsNormalizer(f)
	f.Fuzz(func(t *testing.T, p string, above bool) {
		if !isASCII(p) {
			return
		}
		if got, want := normalizeString(p, above, '/', isPosixSep), js(p, above); got != want {
			t.Errorf("normalizeString(%q, %v) = %q, the glue says %q", p, above, got, want)
		}
	})
}
