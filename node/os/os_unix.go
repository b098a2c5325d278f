//go:build unix

package os

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

type unameInfo struct{ sysname, release, version, machine string }

func cstr(b []byte) string {
	if i := strings.IndexByte(string(b), 0); i >= 0 {
		return string(b[:i])
	}
	return string(b)
}

func uname() unameInfo {
	var u unix.Utsname
	if unix.Uname(&u) != nil {
		return unameInfo{}
	}
	return unameInfo{cstr(u.Sysname[:]), cstr(u.Release[:]), cstr(u.Version[:]), cstr(u.Machine[:])}
}

func loadavg() [3]float64 {
	var out [3]float64
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return out
	}
	f := strings.Fields(string(data))
	for i := 0; i < 3 && i < len(f); i++ {
		out[i], _ = strconv.ParseFloat(f[i], 64)
	}
	return out
}

func uptime() float64 {
	data, err := os.ReadFile("/proc/uptime")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(data))
	if len(f) == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(f[0], 64)
	return v
}

func meminfo(key string) float64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		line := s.Text()
		if strings.HasPrefix(line, key+":") {
			fields := strings.Fields(line[len(key)+1:])
			if len(fields) > 0 {
				v, _ := strconv.ParseFloat(fields[0], 64)
				return v * 1024
			}
		}
	}
	return 0
}

func freemem() float64  { return meminfo("MemAvailable") }
func totalmem() float64 { return meminfo("MemTotal") }

type cpuInfo struct {
	model                      string
	speed                      int
	user, nice, sys, idle, irq float64
}

// cpus reads /proc/stat and /proc/cpuinfo as libuv does; times are in milliseconds.
func cpus() []cpuInfo {
	var out []cpuInfo
	stat, err := os.ReadFile("/proc/stat")
	if err != nil {
		return out
	}
	const tick = 10.0 // ms per clock tick at USER_HZ=100
	for _, line := range strings.Split(string(stat), "\n") {
		if !strings.HasPrefix(line, "cpu") || strings.HasPrefix(line, "cpu ") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 8 {
			continue
		}
		n := func(i int) float64 { v, _ := strconv.ParseFloat(f[i], 64); return v * tick }
		out = append(out, cpuInfo{user: n(1), nice: n(2), sys: n(3), idle: n(4), irq: n(6)})
	}
	info, _ := os.ReadFile("/proc/cpuinfo")
	i := 0
	for _, line := range strings.Split(string(info), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		switch k {
		case "model name":
			if i < len(out) {
				out[i].model = v
			}
		case "cpu MHz":
			if i < len(out) {
				mhz, _ := strconv.ParseFloat(v, 64)
				out[i].speed = int(mhz)
			}
			i++
		}
	}
	for j := range out {
		if out[j].model == "" {
			out[j].model = "unknown"
		}
	}
	return out
}

func getPriority(pid int) (int, error) {
	p, err := syscall.Getpriority(syscall.PRIO_PROCESS, pid)
	if err != nil {
		return 0, err
	}
	// the raw syscall returns 20 - nice on Linux
	return 20 - p, nil
}

func setPriority(pid, prio int) error {
	return syscall.Setpriority(syscall.PRIO_PROCESS, pid, prio)
}
