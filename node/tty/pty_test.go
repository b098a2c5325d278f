//go:build linux

package tty_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gnode-dev/gnode/runtime"
)

// A pseudo-terminal lets these tests run gnode's stdio on a real terminal: process.stdout as a
// tty.WriteStream, raw mode, window size and readline's line editor.

type pty struct {
	master, slave *os.File
	mu            sync.Mutex
	out           bytes.Buffer
	done          chan struct{}
}

func openPTY(t *testing.T, cols, rows int) *pty {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		m.Close()
		t.Skipf("unlockpt: %v", err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		m.Close()
		t.Skipf("ptsname: %v", err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		t.Skipf("open slave: %v", err)
	}
	p := &pty{master: m, slave: s, done: make(chan struct{})}
	p.resize(t, cols, rows)
	go func() {
		defer close(p.done)
		buf := make([]byte, 4096)
		for {
			n, err := m.Read(buf)
			p.mu.Lock()
			p.out.Write(buf[:n])
			p.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		s.Close()
		m.Close()
		// a read blocked on the master may outlive the close; don't wait for it long
		select {
		case <-p.done:
		case <-time.After(2 * time.Second):
		}
	})
	return p
}

func (p *pty) resize(t *testing.T, cols, rows int) {
	ws := &unix.Winsize{Col: uint16(cols), Row: uint16(rows)}
	if err := unix.IoctlSetWinsize(int(p.slave.Fd()), unix.TIOCSWINSZ, ws); err != nil {
		t.Fatalf("TIOCSWINSZ: %v", err)
	}
}

func (p *pty) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.String()
}

// waitFor polls the terminal's output for want.
func (p *pty) waitFor(t *testing.T, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(p.output(), want) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("terminal never showed %q; got %q", want, p.output())
}

// run evaluates src with the pty as stdin, stdout and stderr, in a goroutine; the returned
// channel gives the exit code.
func (p *pty) run(t *testing.T, src string, env ...string) chan int {
	t.Helper()
	rt, err := runtime.New(runtime.Options{
		Stdin: p.slave, Stdout: p.slave, Stderr: p.slave,
		Env: append([]string{"TERM=xterm-256color", "PATH=/usr/bin:/bin"}, env...),
	})
	if err != nil {
		t.Fatal(err)
	}
	code := make(chan int, 1)
	go func() { code <- rt.RunEval(src, false, "[eval]") }()
	return code
}

func wait(t *testing.T, code chan int) int {
	t.Helper()
	select {
	case c := <-code:
		return c
	case <-time.After(20 * time.Second):
		t.Fatal("gnode did not finish")
		return -1
	}
}

func TestStdioOnTerminal(t *testing.T) {
	p := openPTY(t, 100, 30)
	code := p.run(t, `
		const tty = require('tty');
		const out = process.stdout;
		const log = (...a) => console.log(a.join(' ')); // plain text: console colours values on a terminal
		log('out', out.constructor.name, out instanceof tty.WriteStream, out.isTTY, out._type, out.columns, out.rows);
		log('size', JSON.stringify(out.getWindowSize()), 'depth', out.getColorDepth(), 'colors', out.hasColors(256));
		log('in', process.stdin.constructor.name, process.stdin.isTTY, process.stdin.isRaw, tty.isatty(0), tty.isatty(1));
		log('err', process.stderr.isTTY, process.stderr.columns);
		console.log('coloured', 42);
		console.log('end-of-check');
	`)
	if c := wait(t, code); c != 0 {
		t.Fatalf("exit %d: %q", c, p.output())
	}
	p.waitFor(t, "end-of-check")
	got := strings.ReplaceAll(p.output(), "\r\n", "\n")
	for _, want := range []string{
		"out WriteStream true true tty 100 30\n",
		"size [100,30] depth 8 colors true\n",
		"in ReadStream true false true true\n",
		"err true 100\n",
		"coloured \x1b[33m42\x1b[39m\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in %q", want, got)
		}
	}
}

func TestRawModeAndRestore(t *testing.T) {
	p := openPTY(t, 80, 24)
	before, err := unix.IoctlGetTermios(int(p.slave.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	code := p.run(t, `
		process.stdin.setRawMode(true);
		console.log('raw ' + (process.stdin.isRaw));
		process.stdin.once('data', (d) => {
			console.log('byte ' + (d[0]));
			process.stdin.setRawMode(false);
			console.log('raw after ' + (process.stdin.isRaw));
			process.stdin.pause();
		});
	`)
	p.waitFor(t, "raw true")
	raw, err := unix.IoctlGetTermios(int(p.slave.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if raw.Lflag&(unix.ICANON|unix.ECHO|unix.ISIG) != 0 {
		t.Errorf("raw mode left ICANON/ECHO/ISIG on: lflag %#x", raw.Lflag)
	}
	// ctrl-c arrives as a byte, not as SIGINT, in raw mode
	if _, err := p.master.Write([]byte{3}); err != nil {
		t.Fatal(err)
	}
	if c := wait(t, code); c != 0 {
		t.Fatalf("exit %d: %q", c, p.output())
	}
	p.waitFor(t, "raw after false")
	if !strings.Contains(p.output(), "byte 3") {
		t.Errorf("ctrl-c not read as a byte: %q", p.output())
	}
	after, err := unix.IoctlGetTermios(int(p.slave.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if after.Lflag != before.Lflag || after.Iflag != before.Iflag {
		t.Errorf("terminal not restored: lflag %#x -> %#x, iflag %#x -> %#x", before.Lflag, after.Lflag, before.Iflag, after.Iflag)
	}
}

func TestReadlineOnTerminal(t *testing.T) {
	p := openPTY(t, 80, 24)
	code := p.run(t, `
		const readline = require('readline');
		const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
		console.log('terminal ' + (rl.terminal) + ' ' + (process.stdin.isRaw));
		rl.question('Name? ', (answer) => {
			console.log('answer=[' + answer + ']', 'history=' + JSON.stringify(rl.history));
			rl.close();
			console.log('raw after close ' + (process.stdin.isRaw));
		});
	`)
	p.waitFor(t, "Name? ")
	// type, move left twice, insert, go to the end, backspace, enter
	if _, err := io.WriteString(p.master, "helo\x1b[D\x1b[Dl\x1b[Fx\x7f\r"); err != nil {
		t.Fatal(err)
	}
	if c := wait(t, code); c != 0 {
		t.Fatalf("exit %d: %q", c, p.output())
	}
	p.waitFor(t, "raw after close false")
	out := p.output()
	for _, want := range []string{"terminal true true", "answer=[hello]", `history=["hello"]`} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in %q", want, out)
		}
	}
}

func TestResizeEvent(t *testing.T) {
	p := openPTY(t, 80, 24)
	code := p.run(t, `
		process.stdout.on('resize', () => {
			console.log('resized ' + (process.stdout.columns) + ' ' + (process.stdout.rows));
			process.exit(0);
		});
		console.log('listening ' + (process.stdout.columns));
		setTimeout(() => { console.log('no resize'); process.exit(1); }, 8000);
	`)
	p.waitFor(t, "listening 80")
	p.resize(t, 120, 40)
	if err := syscall.Kill(os.Getpid(), syscall.SIGWINCH); err != nil {
		t.Fatal(err)
	}
	if c := wait(t, code); c != 0 {
		t.Fatalf("exit %d: %q", c, p.output())
	}
	p.waitFor(t, "resized 120 40")
}
