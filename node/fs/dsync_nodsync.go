//go:build freebsd

package fs

const dsyncFlag = 0
