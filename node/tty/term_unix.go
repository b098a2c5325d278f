//go:build linux

package tty

import (
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

const sigwinch = unix.SIGWINCH

func isTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

func windowSize(fd int) (cols, rows int, err error) {
	ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
	if err != nil {
		return 0, 0, err
	}
	return int(ws.Col), int(ws.Row), nil
}

func fdKind(fd int) string {
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return "UNKNOWN"
	}
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFREG:
		return "FILE"
	case unix.S_IFCHR:
		if isTerminal(fd) {
			return "TTY"
		}
		return "FILE"
	case unix.S_IFIFO:
		return "PIPE"
	case unix.S_IFSOCK:
		sa, err := unix.Getsockname(fd)
		if err == nil {
			switch sa.(type) {
			case *unix.SockaddrInet4, *unix.SockaddrInet6:
				return "TCP"
			case *unix.SockaddrUnix:
				return "PIPE"
			}
		}
		if t, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE); err == nil && t == unix.SOCK_DGRAM {
			return "UDP"
		}
		return "PIPE"
	}
	return "UNKNOWN"
}

// Terminal modes saved before the first setRawMode, restored by setRawMode(false) and by
// RestoreModes at exit (libuv's uv_tty_reset_mode).
var (
	savedMu sync.Mutex
	saved   = map[int]*unix.Termios{}
)

func setRawMode(fd int, raw bool) error {
	savedMu.Lock()
	defer savedMu.Unlock()
	orig, ok := saved[fd]
	if !ok {
		t, err := unix.IoctlGetTermios(fd, unix.TCGETS)
		if err != nil {
			return err
		}
		orig = t
		saved[fd] = t
	}
	if !raw {
		return unix.IoctlSetTermios(fd, unix.TCSETSW, orig)
	}
	t := *orig
	// libuv's UV_TTY_MODE_RAW
	t.Iflag &^= unix.BRKINT | unix.ICRNL | unix.INPCK | unix.ISTRIP | unix.IXON
	t.Oflag |= unix.ONLCR
	t.Cflag |= unix.CS8
	t.Lflag &^= unix.ECHO | unix.ICANON | unix.IEXTEN | unix.ISIG
	t.Cc[unix.VMIN] = 1
	t.Cc[unix.VTIME] = 0
	return unix.IoctlSetTermios(fd, unix.TCSETSW, &t)
}

// RestoreModes puts every terminal setRawMode changed back as it was. cmd/gnode calls it on
// the way out, whatever ended the program.
func RestoreModes() {
	savedMu.Lock()
	defer savedMu.Unlock()
	for fd, t := range saved {
		_ = unix.IoctlSetTermios(fd, unix.TCSETSW, t)
	}
}

type fder interface{ Fd() uintptr }

func waitWritable(w io.Writer) {
	if f, ok := w.(fder); ok {
		fds := []unix.PollFd{{Fd: int32(f.Fd()), Events: unix.POLLOUT}}
		_, _ = unix.Poll(fds, -1)
	}
}

func waitReadable(r io.Reader) {
	if f, ok := r.(fder); ok {
		fds := []unix.PollFd{{Fd: int32(f.Fd()), Events: unix.POLLIN}}
		_, _ = unix.Poll(fds, -1)
	}
}

// HandleSIGPIPE makes writes to a closed pipe fail with EPIPE, as Node (which ignores SIGPIPE)
// sees them, instead of Go's default of dying from the signal on stdout and stderr. The signal
// is caught rather than ignored so that child processes still start with its default action.
func HandleSIGPIPE() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGPIPE)
	go func() {
		for range ch {
		}
	}()
}

func sysWrite(fd int, b []byte) (int, error) { return syscall.Write(fd, b) }
func sysRead(fd int, b []byte) (int, error)  { return syscall.Read(fd, b) }
