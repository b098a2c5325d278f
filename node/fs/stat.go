//go:build linux || darwin || freebsd

package fs

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// statT is what Node's stat array holds: the numbers, then seconds and nanoseconds of atime,
// mtime, ctime and birthtime.
type statT struct {
	dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks int64
	times                                                        [8]int64
}

// toJS is the array the glue turns into Stats: 10 numbers and 8 for the times.
func (s *statT) toJS(vm *goja.Runtime) goja.Value {
	vals := []any{s.dev, s.mode, s.nlink, s.uid, s.gid, s.rdev, s.blksize, s.ino, s.size, s.blocks}
	for _, t := range s.times {
		vals = append(vals, t)
	}
	return vm.NewArray(vals...)
}

// constantList is fs.constants in Node's order.
func constantList() []constant {
	return []constant{
		{"UV_FS_SYMLINK_DIR", 1}, {"UV_FS_SYMLINK_JUNCTION", 2},
		{"O_RDONLY", unix.O_RDONLY}, {"O_WRONLY", unix.O_WRONLY}, {"O_RDWR", unix.O_RDWR},
		{"UV_DIRENT_UNKNOWN", 0}, {"UV_DIRENT_FILE", 1}, {"UV_DIRENT_DIR", 2}, {"UV_DIRENT_LINK", 3},
		{"UV_DIRENT_FIFO", 4}, {"UV_DIRENT_SOCKET", 5}, {"UV_DIRENT_CHAR", 6}, {"UV_DIRENT_BLOCK", 7},
		{"S_IFMT", unix.S_IFMT}, {"S_IFREG", unix.S_IFREG}, {"S_IFDIR", unix.S_IFDIR}, {"S_IFCHR", unix.S_IFCHR},
		{"S_IFBLK", unix.S_IFBLK}, {"S_IFIFO", unix.S_IFIFO}, {"S_IFLNK", unix.S_IFLNK}, {"S_IFSOCK", unix.S_IFSOCK},
		{"O_CREAT", unix.O_CREAT}, {"O_EXCL", unix.O_EXCL},
		{"UV_FS_O_FILEMAP", 0}, {"UV_FS_O_TEMPORARY", 0}, {"UV_FS_O_SHORT_LIVED", 0},
		{"UV_FS_O_SEQUENTIAL", 0}, {"UV_FS_O_RANDOM", 0},
		{"O_NOCTTY", unix.O_NOCTTY}, {"O_TRUNC", unix.O_TRUNC}, {"O_APPEND", unix.O_APPEND},
		{"O_DIRECTORY", unix.O_DIRECTORY}, {"O_NOATIME", oNoatime}, {"O_NOFOLLOW", unix.O_NOFOLLOW},
		{"O_SYNC", unix.O_SYNC}, {"O_DSYNC", oDsync}, {"O_DIRECT", oDirect}, {"O_NONBLOCK", unix.O_NONBLOCK},
		{"S_IRWXU", 0o700}, {"S_IRUSR", 0o400}, {"S_IWUSR", 0o200}, {"S_IXUSR", 0o100},
		{"S_IRWXG", 0o70}, {"S_IRGRP", 0o40}, {"S_IWGRP", 0o20}, {"S_IXGRP", 0o10},
		{"S_IRWXO", 0o7}, {"S_IROTH", 0o4}, {"S_IWOTH", 0o2}, {"S_IXOTH", 0o1},
		{"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
		{"UV_FS_COPYFILE_EXCL", 1}, {"COPYFILE_EXCL", 1},
		{"UV_FS_COPYFILE_FICLONE", 2}, {"COPYFILE_FICLONE", 2},
		{"UV_FS_COPYFILE_FICLONE_FORCE", 4}, {"COPYFILE_FICLONE_FORCE", 4},
	}
}
