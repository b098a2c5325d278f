//go:build unix

package process

import (
	"os"
	"strconv"
	"strings"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

func readRSS() (float64, bool) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		var ru syscall.Rusage
		if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
			return float64(ru.Maxrss) * 1024, true
		}
		return 0, false
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0, false
	}
	pages, err := strconv.ParseFloat(f[1], 64)
	if err != nil {
		return 0, false
	}
	return pages * float64(os.Getpagesize()), true
}

func cpuTimes() (user, system float64) {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Sec)*1e6 + float64(ru.Utime.Usec), float64(ru.Stime.Sec)*1e6 + float64(ru.Stime.Usec)
}

func resourceUsage(vm *goja.Runtime) goja.Value {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	o := vm.NewObject()
	set := func(k string, v int64) { _ = o.Set(k, v) }
	set("userCPUTime", ru.Utime.Sec*1e6+int64(ru.Utime.Usec))
	set("systemCPUTime", ru.Stime.Sec*1e6+int64(ru.Stime.Usec))
	set("maxRSS", int64(ru.Maxrss))
	set("sharedMemorySize", int64(ru.Ixrss))
	set("unsharedDataSize", int64(ru.Idrss))
	set("unsharedStackSize", int64(ru.Isrss))
	set("minorPageFault", int64(ru.Minflt))
	set("majorPageFault", int64(ru.Majflt))
	set("swappedOut", int64(ru.Nswap))
	set("fsRead", int64(ru.Inblock))
	set("fsWrite", int64(ru.Oublock))
	set("ipcSent", int64(ru.Msgsnd))
	set("ipcReceived", int64(ru.Msgrcv))
	set("signalsCount", int64(ru.Nsignals))
	set("voluntaryContextSwitches", int64(ru.Nvcsw))
	set("involuntaryContextSwitches", int64(ru.Nivcsw))
	return o
}

func umask(m int) int { return syscall.Umask(m) }

func kill(pid, sig int) error { return syscall.Kill(pid, syscall.Signal(sig)) }

func windowSize(f *os.File) (cols, rows int, ok bool) {
	ws, err := unix.IoctlGetWinsize(int(f.Fd()), unix.TIOCGWINSZ)
	if err != nil {
		return 0, 0, false
	}
	return int(ws.Col), int(ws.Row), true
}

var signalsByName = map[string]syscall.Signal{}

func init() {
	for s := syscall.Signal(1); s < 65; s++ {
		if n := unix.SignalName(s); n != "" {
			signalsByName[n] = s
		}
	}
}

func isTerminal(f *os.File) bool {
	_, err := unix.IoctlGetTermios(int(f.Fd()), ioctlReadTermios)
	return err == nil
}
