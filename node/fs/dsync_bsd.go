//go:build darwin || freebsd

package fs

// O_DSYNC where the platform has it (not FreeBSD).
const oDsync = dsyncFlag
