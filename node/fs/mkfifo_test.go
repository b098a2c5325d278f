//go:build linux || darwin || freebsd

package fs_test

import "golang.org/x/sys/unix"

func mkfifo(p string) error { return unix.Mkfifo(p, 0o600) }
