//go:build darwin || freebsd

package fs

import (
	"os"

	"golang.org/x/sys/unix"
)

const (
	copyFileClone      = 2 // fs.constants.COPYFILE_FICLONE
	copyFileCloneForce = 4 // fs.constants.COPYFILE_FICLONE_FORCE
)

// cloneFile: no clone over open descriptors here (macOS clones by path with clonefile), so
// COPYFILE_FICLONE copies and COPYFILE_FICLONE_FORCE fails as unsupported.
func cloneFile(dst, src *os.File) error {
	return unix.ENOTSUP
}
