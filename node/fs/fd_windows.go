package fs

import (
	"os"
	"sync"
	"syscall"

	"golang.org/x/sys/windows"
)

// Node on Windows hands out C runtime descriptors (small integers over Win32 handles, 0-2 being
// stdio); gnode keeps the same numbering in a process-wide table of open files.
var fds = struct {
	sync.Mutex
	files map[int]*os.File
}{files: map[int]*os.File{}}

func init() {
	fds.files[0] = os.Stdin
	fds.files[1] = os.Stdout
	fds.files[2] = os.Stderr
}

var errBadFd = syscall.Errno(windows.ERROR_INVALID_HANDLE) // EBADF, as libuv reports an unknown fd

// addFd registers f under the lowest free descriptor from 3.
func addFd(f *os.File) int {
	fds.Lock()
	defer fds.Unlock()
	for fd := 3; ; fd++ {
		if _, used := fds.files[fd]; !used {
			fds.files[fd] = f
			return fd
		}
	}
}

func fileOf(fd int) (*os.File, error) {
	fds.Lock()
	defer fds.Unlock()
	if f := fds.files[fd]; f != nil {
		return f, nil
	}
	return nil, errBadFd
}

func closeFd(fd int) error {
	fds.Lock()
	f := fds.files[fd]
	delete(fds.files, fd)
	fds.Unlock()
	if f == nil {
		return errBadFd
	}
	return f.Close()
}

// FileOf returns the open file behind a descriptor fs handed out, for other builtins that take
// an fd (streams, child_process stdio); nil when the descriptor is not open.
func FileOf(fd int) *os.File {
	f, _ := fileOf(fd)
	return f
}

// openWin opens p as libuv's fs__open does: CreateFileW with the flags Node passes, shared for
// read, write and delete (a file may be renamed or removed while open, as on POSIX).
func openWin(p string, flags int, mode uint32) (*os.File, error) {
	params, ok := winOpenParams(flags, mode)
	if !ok {
		return nil, syscall.EINVAL
	}
	name, err := windows.UTF16PtrFromString(p)
	if err != nil {
		return nil, syscall.EINVAL
	}
	h, err := windows.CreateFile(name, params.access,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE|windows.FILE_SHARE_DELETE,
		nil, params.disposition, params.attrs, 0)
	if err != nil {
		if err == windows.ERROR_FILE_EXISTS && flags&winOCreat != 0 && flags&winOExcl == 0 {
			// CREATE_ALWAYS/OPEN_ALWAYS on a directory: libuv reports EISDIR
			return nil, syscall.EISDIR
		}
		return nil, err
	}
	return os.NewFile(uintptr(h), p), nil
}
