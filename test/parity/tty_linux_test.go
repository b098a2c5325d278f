//go:build linux

package parity

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// runOnTerminal runs cmd with the named streams on a new pseudo-terminal of 80x24 and copies
// what the terminal shows into out. Node and gnode see isTTY, columns and rows as on a real
// terminal; the line discipline turns "\n" into "\r\n" in what is recorded.
//
// input is typed on the terminal once its output contains wait (at once when wait is empty), so
// a case can switch to raw mode before keys arrive and the echo does not race its output.
func runOnTerminal(cmd *exec.Cmd, streams []string, out *limitedBuffer, input []byte, wait string) error {
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return fmt.Errorf("parity-tty: %v", err)
	}
	defer master.Close()
	if err := unix.IoctlSetPointerInt(int(master.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		return fmt.Errorf("parity-tty: unlockpt: %v", err)
	}
	n, err := unix.IoctlGetInt(int(master.Fd()), unix.TIOCGPTN)
	if err != nil {
		return fmt.Errorf("parity-tty: ptsname: %v", err)
	}
	slave, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return fmt.Errorf("parity-tty: %v", err)
	}
	ws := &unix.Winsize{Col: 80, Row: 24}
	if err := unix.IoctlSetWinsize(int(slave.Fd()), unix.TIOCSWINSZ, ws); err != nil {
		slave.Close()
		return fmt.Errorf("parity-tty: TIOCSWINSZ: %v", err)
	}
	for _, s := range streams {
		switch s {
		case "stdin":
			cmd.Stdin = slave
		case "stdout":
			cmd.Stdout = slave
		case "stderr":
			cmd.Stderr = slave
		}
	}
	copied := make(chan struct{})
	go func() {
		defer close(copied)
		// reads end with EIO once the last descriptor of the terminal's other side is closed
		_, _ = io.Copy(out, master)
	}()
	err = cmd.Start()
	slave.Close()
	if err == nil && input != nil {
		go func() {
			for deadline := time.Now().Add(30 * time.Second); wait != "" && time.Now().Before(deadline); {
				if strings.Contains(out.String(), wait) {
					break
				}
				time.Sleep(5 * time.Millisecond)
			}
			_, _ = master.Write(input)
		}()
	}
	if err == nil {
		err = cmd.Wait()
	}
	select {
	case <-copied:
	case <-time.After(2 * time.Second):
	}
	return err
}
