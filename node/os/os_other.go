//go:build !unix

package os

import "runtime"

type unameInfo struct{ sysname, release, version, machine string }

func uname() unameInfo    { return unameInfo{"Windows_NT", "", "", runtime.GOARCH} }
func loadavg() [3]float64 { return [3]float64{} }
func uptime() float64     { return 0 }
func freemem() float64    { return 0 }
func totalmem() float64   { return 0 }

type cpuInfo struct {
	model                      string
	speed                      int
	user, nice, sys, idle, irq float64
}

func cpus() []cpuInfo                  { return nil }
func getPriority(pid int) (int, error) { return 0, nil }
func setPriority(pid, prio int) error  { return nil }
