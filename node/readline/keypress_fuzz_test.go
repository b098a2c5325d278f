package readline_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gnode-dev/gnode/runtime"
)

// The keypress decoder and the terminal line editor take whatever bytes a terminal (or a paste)
// sends. Any input must decode without an exception, and the editor must survive it.
const decodeJS = `
const readline = require('readline');
const { Writable } = require('stream');
const output = new Writable({ write(c, e, cb) { cb(); } });
output.isTTY = true;
output.columns = 20;
const rl = readline.createInterface({ input: process.stdin, output, terminal: true, escapeCodeTimeout: 1,
  completer: (line) => [['alpha', 'beta'], line] });
rl.on('SIGINT', () => {});
rl.on('close', () => process.stdout.write('closed\n'));
`

func runDecoder(t *testing.T, input []byte) {
	var out, errs bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdin: bytes.NewReader(input), Stdout: &out, Stderr: &errs,
		Env: []string{"TERM=xterm-256color"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.RunEval(decodeJS, false, "[eval]"); code != 0 || !strings.Contains(out.String(), "closed") {
		t.Fatalf("input %q: exit %d, stdout %q, stderr %q", input, code, out.String(), errs.String())
	}
}

func FuzzKeypress(f *testing.F) {
	for _, seed := range []string{
		"abc\r", "\x1b[A\x1b[B\x1b[1;5C\x1b[3~", "\x1b", "\x1b\x1b[", "\x1b[200~pasted\r\n\x1b[201~",
		"\x03\x04", "\t\t", "\xff\xfe\xe2\x82", "\x1bO", "\x1b[99;99;99~", "😀\x7f\x7f", "\x15\x19\x1by\x1f\x1e",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, input []byte) { runDecoder(t, input) })
}
