//go:build !linux

package parity

import (
	"errors"
	"os/exec"
)

func runOnTerminal(cmd *exec.Cmd, streams []string, out *limitedBuffer, input []byte, wait string) error {
	return errors.New("parity-tty: pseudo-terminals are only set up on Linux")
}
