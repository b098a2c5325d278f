//go:build unix

package childprocess

import (
	"os"
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
