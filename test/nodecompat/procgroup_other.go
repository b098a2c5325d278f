//go:build !unix

package main

import "os/exec"

// killGroupOnCancel: without process groups, cancel kills the test process itself.
func killGroupOnCancel(cmd *exec.Cmd) {}

// killGroup: without process groups there is nothing left to kill.
func killGroup(pid int) {}
