package fs

import (
	"os"

	"golang.org/x/sys/unix"
)

const (
	copyFileClone      = 2 // fs.constants.COPYFILE_FICLONE
	copyFileCloneForce = 4 // fs.constants.COPYFILE_FICLONE_FORCE
)

// cloneFile makes dst share src's blocks (FICLONE); file systems without reflink refuse with
// EOPNOTSUPP (ENOTSUP), cross-device clones with EXDEV.
func cloneFile(dst, src *os.File) error {
	return unix.IoctlFileClone(int(dst.Fd()), int(src.Fd()))
}
