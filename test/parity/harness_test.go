package parity

// Tests of the runner itself (discovery, headers, known failures, process handling, diff), so
// that a broken harness cannot pass cases silently.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDiscover(t *testing.T) {
	t.Setenv("UPDATE_GOLDEN", "")
	dir := t.TempDir()
	g := `{"exit": 0, "stdout": "", "stderr": ""}`
	writeFiles(t, dir, map[string]string{
		"area/a.js": "// parity-args: x y\n// parity-flags: --no-warnings\n" +
			"// parity-env: A=1 B=2\n// parity-stdin: in.txt\n// parity-stderr: ignore\n" +
			"// parity-timeout: 3s\n// just a comment\nconsole.log(1)\n// parity-args: not a header\n",
		"area/a.golden.json":      g,
		"area/in.txt":             "input",
		"area/b.js":               "console.log(2)\n",
		"area/orphan.golden.json": g,
		"area/_helper.js":         "module.exports = 1\n",
		"area/fixtures/f.js":      "not a case\n",
		"area/c.cmd.json":         `{"args": ["-p", "1"], "stdin": "s"}`,
		"area/c.golden.json":      g,
		"area/bad.js":             "// parity-nope: 1\n",
		"area/bad.golden.json":    g,
		"_skipped/x.js":           "",
	})
	cases, problems := discover(dir)
	var ids []string
	for _, c := range cases {
		ids = append(ids, c.ID)
	}
	if got, want := strings.Join(ids, " "), "area/a area/b area/c"; got != want {
		t.Errorf("cases: got %q, want %q", got, want)
	}
	joined := strings.Join(problems, "\n")
	for _, want := range []string{"area/bad.js: unknown header", "area/b: case without a golden", "area/orphan.golden.json: golden without a case"} {
		if !strings.Contains(joined, want) {
			t.Errorf("problems lack %q:\n%s", want, joined)
		}
	}
	if len(problems) != 3 {
		t.Errorf("want 3 problems, got:\n%s", joined)
	}
	a := cases[0]
	if got := strings.Join(a.Args, " "); got != "--no-warnings a.js x y" {
		t.Errorf("a args: %q", got)
	}
	if strings.Join(a.Env, " ") != "A=1 B=2" || string(a.Stdin) != "input" || !a.IgnoreStderr || a.Timeout != 3*time.Second {
		t.Errorf("a options: %+v", a)
	}
	c := cases[2]
	if strings.Join(c.Args, " ") != "-p 1" || string(c.Stdin) != "s" || c.Timeout != defaultTimeout {
		t.Errorf("c options: %+v", c)
	}
}

func TestReadKnown(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, knownFile)
	writeFiles(t, dir, map[string]string{knownFile: "# comment\n\narea/a  some reason\narea/gone  reason\narea/b\narea/a  again\n"})
	cases := []*parityCase{{ID: "area/a"}, {ID: "area/b"}}
	known, problems := readKnown(path, cases)
	if known["area/a"] != "some reason" {
		t.Errorf("reason: %q", known["area/a"])
	}
	joined := strings.Join(problems, "\n")
	for _, want := range []string{"area/gone is not a case: stale entry", "area/b has no reason", "area/a is listed twice"} {
		if !strings.Contains(joined, want) {
			t.Errorf("problems lack %q:\n%s", want, joined)
		}
	}
}

func TestRunCase(t *testing.T) {
	dir := t.TempDir()
	c := &parityCase{ID: "x/sig", Dir: dir, Args: []string{"-c", "echo out; echo " + dir + " >&2; kill -TERM $$"}, Timeout: 5 * time.Second}
	got, err := runCase("/bin/sh", "/nonexistent-root", c)
	if err != nil {
		t.Fatal(err)
	}
	if got.Exit != 128+15 || got.Stdout != "out\n" || got.Stderr != "<DIR>\n" {
		t.Errorf("signal case: %+v", got)
	}

	c = &parityCase{ID: "x/env", Dir: dir, Args: []string{"-c", "env | sort; cat; exit 3"}, Env: []string{"K=V"}, Stdin: []byte("in\n"), Timeout: 5 * time.Second}
	got, err = runCase("/bin/sh", "/nonexistent-root", c)
	if err != nil {
		t.Fatal(err)
	}
	if got.Exit != 3 || !strings.Contains(got.Stdout, "K=V\n") || !strings.Contains(got.Stdout, "TERM=dumb\n") ||
		strings.Contains(got.Stdout, "NODE_OPTIONS") || !strings.HasSuffix(got.Stdout, "in\n") {
		t.Errorf("env case: %+v", got)
	}

	start := time.Now()
	c = &parityCase{ID: "x/hang", Dir: dir, Args: []string{"-c", "sleep 30 & sleep 30"}, Timeout: 300 * time.Millisecond}
	if _, err = runCase("/bin/sh", "/nonexistent-root", c); err == nil || !strings.Contains(err.Error(), "timed out") {
		t.Errorf("hang case: err = %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("timeout took %v", d)
	}
}

func TestCompare(t *testing.T) {
	want := golden{Exit: 1, Stdout: "a\nb\nc\n", Stderr: "e\n"}
	if d := compare(want, want, false); d != "" {
		t.Errorf("equal: %q", d)
	}
	got := golden{Exit: 0, Stdout: "a\nB\nc", Stderr: "other\n"}
	d := compare(want, got, false)
	for _, w := range []string{"exit code: node 1, gnode 0", "  a\n- b\n- c\n+ B\n+ c  ⟵ no newline at end\n", "- e\n+ other\n"} {
		if !strings.Contains(d, w) {
			t.Errorf("diff lacks %q:\n%s", w, d)
		}
	}
	if d := compare(want, golden{Exit: 1, Stdout: want.Stdout, Stderr: "ignored"}, true); d != "" {
		t.Errorf("ignored stderr compared: %q", d)
	}
	if d := lineDiff("x \n", "x\n"); !strings.Contains(d, `- "x "`) {
		t.Errorf("trailing space not visible: %q", d)
	}
}

func TestFromWinePaths(t *testing.T) {
	got := fromWinePaths(`at f (Z:\r\x\a.js:1:2) 'Z:\r\x\d\b.txt'`+"\n", "/r/x")
	if want := "at f (/r/x/a.js:1:2) '/r/x/d/b.txt'\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
