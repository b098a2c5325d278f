//go:build !unix

package process

import (
	"os"
	"syscall"

	"github.com/dop251/goja"
)

func readRSS() (float64, bool)                  { return 0, false }
func cpuTimes() (user, system float64)          { return 0, 0 }
func resourceUsage(vm *goja.Runtime) goja.Value { return vm.NewObject() }
func umask(m int) int                           { return 0 }
func kill(pid, sig int) error {
	p, err := os.FindProcess(pid)
	if err != nil {
		return err
	}
	if sig == 0 {
		return nil
	}
	return p.Kill()
}
func windowSize(f *os.File) (cols, rows int, ok bool) { return 0, 0, false }

var signalsByName = map[string]syscall.Signal{"SIGINT": syscall.SIGINT, "SIGTERM": syscall.SIGTERM, "SIGKILL": syscall.SIGKILL}

func isTerminal(f *os.File) bool { return false }
