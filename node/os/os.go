// Package os serves node:os: facts about the machine, read by Go.
package os

import (
	_ "embed"
	"net"
	"os"
	"os/user"
	goruntime "runtime"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
)

//go:embed js/os.js
var osJS string

// Modules lists the builtins this package serves.
func Modules() []*host.Module {
	return []*host.Module{
		{ID: "os", Source: osJS, Binding: binding},
		{ID: "constants", Source: constantsJS},
	}
}

// constantsJS is the deprecated (DEP0008, documentation only) `constants` module, which old
// packages such as graceful-fs still read: os, fs and crypto constants in one frozen object,
// merged in Node's order. Node takes crypto's from the binding, which lacks the
// defaultCipherList that node:crypto adds in JS.
const constantsJS = `'use strict';
const { constants: os } = require('os');
const { constants: fs } = require('fs');
const { defaultCipherList, ...crypto } = require('crypto').constants;
Object.assign(exports, os.dlopen, os.errno, os.priority, os.signals, fs, crypto);
Object.freeze(exports);
`

func binding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	set := func(name string, fn host.Func) { _ = b.Set(name, fn) }
	str := func(f func() string) host.Func {
		return func(goja.FunctionCall) goja.Value { return vm.ToValue(f()) }
	}
	set("hostname", str(func() string { n, _ := os.Hostname(); return n }))
	set("homedir", str(homedir))
	set("tmpdir", str(func() string {
		for _, k := range []string{"TMPDIR", "TMP", "TEMP"} {
			if v := h.Env[k]; v != "" {
				if len(v) > 1 && strings.HasSuffix(v, "/") {
					v = v[:len(v)-1]
				}
				return v
			}
		}
		return os.TempDir()
	}))
	set("uname", func(goja.FunctionCall) goja.Value {
		u := uname()
		return vm.NewArray(u.sysname, u.release, u.version, u.machine)
	})
	set("loadavg", func(goja.FunctionCall) goja.Value {
		a := loadavg()
		return vm.NewArray(a[0], a[1], a[2])
	})
	set("uptime", func(goja.FunctionCall) goja.Value { return vm.ToValue(uptime()) })
	set("freemem", func(goja.FunctionCall) goja.Value { return vm.ToValue(freemem()) })
	set("totalmem", func(goja.FunctionCall) goja.Value { return vm.ToValue(totalmem()) })
	set("availableParallelism", func(goja.FunctionCall) goja.Value { return vm.ToValue(goruntime.NumCPU()) })
	set("cpus", func(goja.FunctionCall) goja.Value {
		var out []any
		for _, c := range cpus() {
			o := vm.NewObject()
			_ = o.Set("model", c.model)
			_ = o.Set("speed", c.speed)
			t := vm.NewObject()
			_ = t.Set("user", c.user)
			_ = t.Set("nice", c.nice)
			_ = t.Set("sys", c.sys)
			_ = t.Set("idle", c.idle)
			_ = t.Set("irq", c.irq)
			_ = o.Set("times", t)
			out = append(out, o)
		}
		return vm.NewArray(out...)
	})
	set("userInfo", func(goja.FunctionCall) goja.Value {
		u, err := user.Current()
		if err != nil {
			panic(systemError(vm, err, "uv_os_get_passwd"))
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		shell := loginShell(u.Username)
		return vm.NewArray(uid, gid, u.Username, u.HomeDir, shell)
	})
	set("networkInterfaces", func(goja.FunctionCall) goja.Value { return networkInterfaces(vm) })
	set("getPriority", func(call goja.FunctionCall) goja.Value {
		p, err := getPriority(int(call.Argument(0).ToInteger()))
		if err != nil {
			panic(systemError(vm, err, "uv_os_getpriority"))
		}
		return vm.ToValue(p)
	})
	set("setPriority", func(call goja.FunctionCall) goja.Value {
		if err := setPriority(int(call.Argument(0).ToInteger()), int(call.Argument(1).ToInteger())); err != nil {
			panic(systemError(vm, err, "uv_os_setpriority"))
		}
		return goja.Undefined()
	})
	errno := vm.NewObject()
	for _, c := range nodeerr.OSErrnoConstants() {
		_ = errno.Set(c.Name, c.Number)
	}
	_ = b.Set("errno", errno)
	signals := vm.NewObject()
	for _, c := range nodeerr.OSSignalConstants() {
		_ = signals.Set(c.Name, c.Number)
	}
	_ = b.Set("signals", signals)
	_ = b.Set("platform", platform())
	_ = b.Set("arch", arch())
	return b
}

// systemError is how node:os reports a failed libuv call: ERR_SYSTEM_ERROR with the libuv error
// in its info, not the errno-style error fs raises.
func systemError(vm *goja.Runtime, err error, syscallName string) *goja.Object {
	return nodeerr.NewSystemError(vm, "ERR_SYSTEM_ERROR", nodeerr.SystemContextOf(nodeerr.FromGo(err, syscallName)))
}

func homedir() string {
	if h := os.Getenv("HOME"); h != "" {
		return h
	}
	if u, err := user.Current(); err == nil {
		return u.HomeDir
	}
	return ""
}

func loginShell(name string) string {
	data, err := os.ReadFile("/etc/passwd")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, ":")
		if len(f) >= 7 && f[0] == name {
			return f[6]
		}
	}
	return ""
}

func platform() string {
	if goruntime.GOOS == "windows" {
		return "win32"
	}
	return goruntime.GOOS
}

func arch() string {
	switch goruntime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	}
	return goruntime.GOARCH
}

func networkInterfaces(vm *goja.Runtime) goja.Value {
	out := vm.NewObject()
	ifs, err := net.Interfaces()
	if err != nil {
		return out
	}
	for _, ifc := range ifs {
		addrs, err := ifc.Addrs()
		if err != nil || len(addrs) == 0 {
			continue
		}
		mac := ifc.HardwareAddr.String()
		if mac == "" {
			mac = "00:00:00:00:00:00"
		}
		var list []any
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			o := vm.NewObject()
			ones, _ := ipn.Mask.Size()
			internal := ifc.Flags&net.FlagLoopback != 0
			if ip4 := ipn.IP.To4(); ip4 != nil {
				_ = o.Set("address", ip4.String())
				_ = o.Set("netmask", net.IP(ipn.Mask).String())
				_ = o.Set("family", "IPv4")
				_ = o.Set("mac", mac)
				_ = o.Set("internal", internal)
				_ = o.Set("cidr", ip4.String()+"/"+strconv.Itoa(ones))
			} else {
				_ = o.Set("address", ipn.IP.String())
				_ = o.Set("netmask", net.IP(ipn.Mask).String())
				_ = o.Set("family", "IPv6")
				_ = o.Set("mac", mac)
				_ = o.Set("internal", internal)
				_ = o.Set("cidr", ipn.IP.String()+"/"+strconv.Itoa(ones))
				scope := 0
				if ipn.IP.IsLinkLocalUnicast() {
					scope = ifc.Index
				}
				_ = o.Set("scopeid", scope)
			}
			list = append(list, o)
		}
		if len(list) > 0 {
			_ = out.Set(ifc.Name, vm.NewArray(list...))
		}
	}
	return out
}
