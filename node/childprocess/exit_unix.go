//go:build unix

package childprocess

import (
	"os"
	"os/exec"
	"syscall"

	"golang.org/x/sys/unix"
)

const defaultKillSignal = int(syscall.SIGTERM)

func signalProcess(p *os.Process, sig int) { _ = p.Signal(syscall.Signal(sig)) }

// exitOf is the exit status, or the name of the signal that ended the process.
func exitOf(ps *os.ProcessState, _ error) (int, string) {
	if ps == nil {
		return 0, ""
	}
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return 0, unix.SignalName(ws.Signal())
	}
	return ps.ExitCode(), ""
}

func killProcess(p *os.Process, sig int) error { return p.Signal(syscall.Signal(sig)) }

// setDetached puts the child in its own session, as Node's detached option does.
func setDetached(cmd *exec.Cmd, detached bool) {
	if detached {
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	}
}
