//go:build !linux

package parity

import (
	"errors"
	"io"
	"os/exec"
)

func runOnTerminal(cmd *exec.Cmd, streams []string, out io.Writer) error {
	return errors.New("parity-tty: pseudo-terminals are only set up on Linux")
}
