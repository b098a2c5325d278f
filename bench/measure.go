package main

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

// Peak RSS of a child started by this (large) process is wrong on Linux: the child shares the
// parent's memory until it execs, and the kernel carries that high-water mark into the child's
// ru_maxrss (measured: a 1 MB program reports the runner's ~200 MB). So each run goes through a
// fresh, small copy of this binary (measureFlag), which starts the program and reports the
// program's own peak RSS on file descriptor 3.
const measureFlag = "-measure-child"

// measureChild is the small process: argv is the program to run. It exits with the program's
// exit code.
func measureChild(argv []string) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := cmd.Run()
	report := os.NewFile(3, "report")
	kb := maxRSS(cmd.ProcessState)
	if report != nil {
		fmt.Fprintf(report, "%d\n", kb)
		report.Close()
	}
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			os.Exit(ee.ExitCode())
		}
		fmt.Fprintln(os.Stderr, err)
		os.Exit(127)
	}
	os.Exit(0)
}

// measuredCommand wraps bin/args so that the child's peak RSS arrives on the returned pipe.
func measuredCommand(cmd *exec.Cmd) (read func() int64, err error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	cmd.Args = append([]string{self, measureFlag, cmd.Path}, cmd.Args[1:]...)
	cmd.Path = self
	cmd.ExtraFiles = []*os.File{w}
	return func() int64 {
		w.Close()
		buf := make([]byte, 64)
		n, _ := r.Read(buf)
		r.Close()
		kb, _ := strconv.ParseInt(strings.TrimSpace(string(buf[:n])), 10, 64)
		return kb
	}, nil
}
