package fs

import "golang.org/x/sys/unix"

const dsyncFlag = unix.O_DSYNC
