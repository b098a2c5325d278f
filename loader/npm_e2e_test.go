package loader_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// npmPackages are real packages of different shapes, pinned: CommonJS (lodash, semver, ms,
// debug, yargs-parser), ES-module-only with "imports" maps (chalk, nanoid), and dual packages
// with conditional exports (uuid).
var npmPackages = []string{
	"lodash@4.17.21", "semver@7.6.3", "ms@2.1.3", "debug@4.3.7", "yargs-parser@21.1.1",
	"chalk@5.3.0", "nanoid@5.0.7", "uuid@10.0.0",
}

// TestNpmPackages installs real npm packages into a temporary directory with npm and loads them
// with require() and import. It is skipped (saying so) when npm is absent, with -short, or when
// the registry cannot be reached.
func TestNpmPackages(t *testing.T) {
	dir := npmInstall(t, npmPackages, 3*time.Minute)

	files := map[string]string{
		"cjs.js": `const _ = require('lodash');
const semver = require('semver');
const ms = require('ms');
const createDebug = require('debug');
const parse = require('yargs-parser');
console.log(_.chunk([1, 2, 3, 4, 5], 2).length, _.kebabCase('Hello World'));
console.log(semver.satisfies('1.2.3', '^1.0.0'), semver.inc('1.2.3', 'minor'));
console.log(ms('2h'), ms(60000));
console.log(typeof createDebug('e2e'), createDebug.enabled('e2e'));
console.log(JSON.stringify(parse(['--port', '8080', '-v', 'file.txt'])));
const { v4, validate } = require('uuid');
console.log(validate(v4()));
`,
		"esm.mjs": `import chalk, { Chalk } from 'chalk';
import { nanoid, customAlphabet } from 'nanoid';
import { v4, validate, NIL } from 'uuid';
import _ from 'lodash';
import semver from 'semver';
const plain = new Chalk({ level: 0 });
console.log(plain.red('red'), typeof chalk.bold);
console.log(nanoid().length, customAlphabet('ab', 5)().length);
console.log(validate(v4()), NIL);
console.log(_.uniq([1, 1, 2]).join(','), semver.valid('v1.2.3'));
`,
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]string{
		"cjs.js": `3 hello-world
true 1.3.0
7200000 1m
function false
{"_":[],"port":8080,"v":"file.txt"}
true
`,
		"esm.mjs": `red function
21 5
true 00000000-0000-0000-0000-000000000000
1,2 1.2.3
`,
	}
	for name, w := range want {
		stdout, stderr, code := run(t, dir, name)
		if stdout != w || code != 0 {
			t.Errorf("%s: exit %d\nstdout:\n%s\nwant:\n%s\nstderr:\n%s", name, code, stdout, w, stderr)
		}
	}
	if t.Failed() {
		return
	}
	// The expectations above are what Node v24.21.0 printed; check them against a reference node
	// when NODE names one.
	if node := os.Getenv("NODE"); node != "" {
		for name, w := range want {
			c := exec.Command(node, name)
			c.Dir = dir
			got, err := c.Output()
			if err != nil || string(got) != w {
				t.Errorf("reference node disagrees on %s (%v):\n%s", name, err, strings.TrimSpace(string(got)))
			}
		}
	}
}

// npmInstall installs packages with npm into a new temporary directory and returns it. It
// skips the test, saying why, with -short, without npm, or when the registry cannot be reached
// within limit.
func npmInstall(t *testing.T, packages []string, limit time.Duration) string {
	t.Helper()
	if testing.Short() {
		t.Skip("skipped with -short: installs packages from the npm registry")
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("skipped: npm is not installed")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"name":"e2e","private":true}`), 0o644); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"install", "--no-audit", "--no-fund", "--silent", "--prefix", dir}, packages...)
	cmd := exec.Command(npm, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "npm_config_cache="+filepath.Join(dir, ".npm-cache"))
	done := make(chan struct{})
	var out []byte
	go func() {
		out, err = cmd.CombinedOutput()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(limit):
		_ = cmd.Process.Kill()
		<-done
		t.Skipf("skipped: npm install did not finish in %v", limit)
	}
	if err != nil {
		t.Skipf("skipped: npm install failed (no registry?): %v\n%s", err, out)
	}
	return dir
}
