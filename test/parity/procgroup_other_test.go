//go:build !unix

package parity

import "os/exec"

// killGroupOnCancel: without process groups, cancel kills the case's process itself.
func killGroupOnCancel(cmd *exec.Cmd) {}
