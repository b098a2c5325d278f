package fs

import (
	"os"
	"syscall"
	"unsafe"

	"github.com/dop251/goja"
	"golang.org/x/sys/windows"
)

// statT is what Node's stat array holds: the numbers, then seconds and nanoseconds of atime,
// mtime, ctime and birthtime.
type statT struct {
	dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks int64
	times                                                        [8]int64
}

func (s *statT) toJS(vm *goja.Runtime) goja.Value {
	vals := []any{s.dev, s.mode, s.nlink, s.uid, s.gid, s.rdev, s.blksize, s.ino, s.size, s.blocks}
	for _, t := range s.times {
		vals = append(vals, t)
	}
	return vm.NewArray(vals...)
}

type constant struct {
	name  string
	value int
}

func constantList() []constant {
	var out []constant
	for _, c := range winConstantList() {
		out = append(out, constant(c))
	}
	return out
}

// fileTime splits a FILETIME (100 ns since 1601) into Unix seconds and nanoseconds.
func fileTime(ft windows.Filetime) (int64, int64) {
	ns := ft.Nanoseconds()
	sec := ns / 1e9
	nsec := ns % 1e9
	if nsec < 0 {
		sec--
		nsec += 1e9
	}
	return sec, nsec
}

type fileBasicInfo struct {
	CreationTime, LastAccessTime, LastWriteTime, ChangeTime int64
	FileAttributes                                          uint32
	_                                                       uint32
}

type fileStandardInfo struct {
	AllocationSize, EndOfFile int64
	NumberOfLinks             uint32
	DeletePending, Directory  bool
}

func ftOf(v int64) windows.Filetime {
	return windows.Filetime{LowDateTime: uint32(v), HighDateTime: uint32(v >> 32)}
}

// statHandle is libuv's fs__stat_handle: st_dev the volume serial, st_ino the file index, the
// mode from the attributes, ctime the change time. link is the target length for a symlink
// opened as itself (lstat), or -1.
func statHandle(h windows.Handle, linkLen int) (*statT, error) {
	switch t, _ := windows.GetFileType(h); t {
	case windows.FILE_TYPE_CHAR:
		return &statT{mode: winSIFCHR, nlink: 1, blksize: 4096}, nil
	case windows.FILE_TYPE_PIPE:
		return &statT{mode: winSIFIFO, nlink: 1, blksize: 4096}, nil
	}
	var bhi windows.ByHandleFileInformation
	if err := windows.GetFileInformationByHandle(h, &bhi); err != nil {
		return nil, err
	}
	var basic fileBasicInfo
	change := windows.Filetime{}
	if err := windows.GetFileInformationByHandleEx(h, windows.FileBasicInfo, (*byte)(unsafe.Pointer(&basic)), uint32(unsafe.Sizeof(basic))); err == nil {
		change = ftOf(basic.ChangeTime)
	} else {
		change = bhi.LastWriteTime
	}
	var std fileStandardInfo
	alloc := int64(-1)
	if err := windows.GetFileInformationByHandleEx(h, windows.FileStandardInfo, (*byte)(unsafe.Pointer(&std)), uint32(unsafe.Sizeof(std))); err == nil {
		alloc = std.AllocationSize
	}
	size := int64(bhi.FileSizeHigh)<<32 | int64(bhi.FileSizeLow)
	s := &statT{
		dev:     int64(bhi.VolumeSerialNumber),
		nlink:   int64(bhi.NumberOfLinks),
		blksize: 4096,
		ino:     int64(bhi.FileIndexHigh)<<32 | int64(bhi.FileIndexLow),
	}
	if alloc >= 0 {
		s.blocks = alloc >> 9
	}
	readonly := bhi.FileAttributes&windows.FILE_ATTRIBUTE_READONLY != 0
	switch {
	case linkLen >= 0:
		s.mode = winMode(winSIFLNK, readonly)
		s.size = int64(linkLen)
	case bhi.FileAttributes&windows.FILE_ATTRIBUTE_DIRECTORY != 0:
		s.mode = winMode(winSIFDIR, readonly)
	default:
		s.mode = winMode(winSIFREG, readonly)
		s.size = size
	}
	s.times[0], s.times[1] = fileTime(bhi.LastAccessTime)
	s.times[2], s.times[3] = fileTime(bhi.LastWriteTime)
	s.times[4], s.times[5] = fileTime(change)
	s.times[6], s.times[7] = fileTime(bhi.CreationTime)
	return s, nil
}

// openMeta opens p for its attributes only; follow false opens a symlink itself.
func openMeta(p string, access uint32, follow bool) (windows.Handle, error) {
	name, err := windows.UTF16PtrFromString(p)
	if err != nil {
		return 0, syscall.EINVAL
	}
	flags := uint32(windows.FILE_FLAG_BACKUP_SEMANTICS)
	if !follow {
		flags |= windows.FILE_FLAG_OPEN_REPARSE_POINT
	}
	return windows.CreateFile(name, access,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE|windows.FILE_SHARE_DELETE, nil,
		windows.OPEN_EXISTING, flags, 0)
}

func statPath(p string, follow bool) (*statT, error) {
	h, err := openMeta(p, windows.FILE_READ_ATTRIBUTES, follow)
	if err != nil {
		return nil, err
	}
	defer windows.CloseHandle(h)
	linkLen := -1
	if !follow && isSymlinkHandle(h) {
		if t, err := os.Readlink(p); err == nil {
			linkLen = len(t)
		}
	}
	return statHandle(h, linkLen)
}

// isSymlinkHandle tells a symbolic link or junction (what libuv's lstat reports as S_IFLNK).
func isSymlinkHandle(h windows.Handle) bool {
	var bhi windows.ByHandleFileInformation
	if err := windows.GetFileInformationByHandle(h, &bhi); err != nil {
		return false
	}
	return bhi.FileAttributes&windows.FILE_ATTRIBUTE_REPARSE_POINT != 0
}

func statFd(fd int) (*statT, error) {
	f, err := fileOf(fd)
	if err != nil {
		return nil, err
	}
	return statHandle(windows.Handle(f.Fd()), -1)
}
