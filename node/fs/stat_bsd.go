//go:build darwin || freebsd

package fs

import (
	"golang.org/x/sys/unix"
)

const (
	oNoatime = 0
	oDirect  = 0
)

func fromStat(s *unix.Stat_t) *statT {
	at, mt, ct := s.Atim, s.Mtim, s.Ctim
	return &statT{
		dev: int64(s.Dev), mode: int64(s.Mode), nlink: int64(s.Nlink), uid: int64(s.Uid), gid: int64(s.Gid),
		rdev: int64(s.Rdev), blksize: int64(s.Blksize), ino: int64(s.Ino), size: s.Size, blocks: s.Blocks,
		times: [8]int64{at.Sec, at.Nsec, mt.Sec, mt.Nsec, ct.Sec, ct.Nsec, ct.Sec, ct.Nsec},
	}
}

func statPath(p string, follow bool) (*statT, error) {
	var s unix.Stat_t
	var err error
	if follow {
		err = unix.Stat(p, &s)
	} else {
		err = unix.Lstat(p, &s)
	}
	if err != nil {
		return nil, err
	}
	return fromStat(&s), nil
}

func statFd(fd int) (*statT, error) {
	var s unix.Stat_t
	if err := unix.Fstat(fd, &s); err != nil {
		return nil, err
	}
	return fromStat(&s), nil
}

func fdatasync(fd int) error { return unix.Fsync(fd) }

func futimens(fd int, ts []unix.Timespec) error {
	return unix.Futimes(fd, []unix.Timeval{unix.NsecToTimeval(unix.TimespecToNsec(ts[0])), unix.NsecToTimeval(unix.TimespecToNsec(ts[1]))})
}

func statfsValues(s *unix.Statfs_t) []any {
	return []any{int64(s.Type), int64(s.Bsize), int64(s.Bsize), int64(s.Blocks), int64(s.Bfree), int64(s.Bavail), int64(s.Files), int64(s.Ffree)}
}
