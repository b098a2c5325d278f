//go:build !unix

package childprocess

import (
	"os"
	"os/exec"
)

const defaultKillSignal = 15

func signalProcess(p *os.Process, _ int) { _ = p.Kill() }

func exitOf(ps *os.ProcessState, _ error) (int, string) {
	if ps == nil {
		return 0, ""
	}
	return ps.ExitCode(), ""
}

func killProcess(p *os.Process, _ int) error { return p.Kill() }

func setDetached(*exec.Cmd, bool) {}
