package fs

import "golang.org/x/sys/unix"

const (
	oNoatime = unix.O_NOATIME
	oDirect  = unix.O_DIRECT
	oDsync   = unix.O_DSYNC
)

func fromStatx(x *unix.Statx_t) *statT {
	return &statT{
		dev:     int64(unix.Mkdev(x.Dev_major, x.Dev_minor)),
		mode:    int64(x.Mode),
		nlink:   int64(x.Nlink),
		uid:     int64(x.Uid),
		gid:     int64(x.Gid),
		rdev:    int64(unix.Mkdev(x.Rdev_major, x.Rdev_minor)),
		blksize: int64(x.Blksize),
		ino:     int64(x.Ino),
		size:    int64(x.Size),
		blocks:  int64(x.Blocks),
		times: [8]int64{x.Atime.Sec, int64(x.Atime.Nsec), x.Mtime.Sec, int64(x.Mtime.Nsec),
			x.Ctime.Sec, int64(x.Ctime.Nsec), x.Btime.Sec, int64(x.Btime.Nsec)},
	}
}

const statxMask = unix.STATX_BASIC_STATS | unix.STATX_BTIME

func statPath(p string, follow bool) (*statT, error) {
	flags := 0
	if !follow {
		flags = unix.AT_SYMLINK_NOFOLLOW
	}
	var x unix.Statx_t
	if err := eintr(func() error { return unix.Statx(unix.AT_FDCWD, p, flags, statxMask, &x) }); err != nil {
		return nil, err
	}
	return fromStatx(&x), nil
}

func statFd(fd int) (*statT, error) {
	var x unix.Statx_t
	if err := eintr(func() error { return unix.Statx(fd, "", unix.AT_EMPTY_PATH, statxMask, &x) }); err != nil {
		return nil, err
	}
	return fromStatx(&x), nil
}

func fdatasync(fd int) error { return unix.Fdatasync(fd) }

func futimens(fd int, ts []unix.Timespec) error {
	return unix.UtimesNanoAt(fd, "", ts, unix.AT_EMPTY_PATH)
}

func statfsValues(s *unix.Statfs_t) []any {
	return []any{int64(s.Type), int64(s.Bsize), int64(s.Frsize), int64(s.Blocks), int64(s.Bfree), int64(s.Bavail), int64(s.Files), int64(s.Ffree)}
}
