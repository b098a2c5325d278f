//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package process

import "golang.org/x/sys/unix"

const ioctlReadTermios = unix.TIOCGETA
