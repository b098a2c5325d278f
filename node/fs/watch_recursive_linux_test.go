package fs

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/sys/unix"
)

// readBatch waits (bounded) for the inotify descriptor and hands everything queued to rw.
func readBatch(t *testing.T, fd int, rw *recursiveWatch) {
	t.Helper()
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
	if n, err := unix.Poll(fds, 5000); err != nil || n == 0 {
		t.Fatalf("no inotify event (n=%d err=%v)", n, err)
	}
	var data []byte
	buf := make([]byte, 64<<10)
	for {
		n, err := unix.Read(fd, buf)
		if err != nil || n <= 0 {
			break
		}
		data = append(data, buf[:n]...)
	}
	rw.handle(data)
}

func TestRecursiveWatchEvents(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "sub", "old.txt"), []byte("0"), 0o644); err != nil {
		t.Fatal(err)
	}
	fd, err := unix.InotifyInit1(unix.IN_CLOEXEC | unix.IN_NONBLOCK)
	if err != nil {
		t.Skip("no inotify:", err)
	}
	defer unix.Close(fd)
	var got []string
	rw, err := newRecursiveWatch(fd, root, func(kind, name string) { got = append(got, kind+":"+name) })
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		do   func() error
		want []string
	}{
		{func() error { return os.Mkdir(filepath.Join(root, "sub", "new"), 0o755) }, []string{"rename:sub/new"}},
		{func() error { return os.WriteFile(filepath.Join(root, "sub", "new", "f.txt"), []byte("1"), 0o644) },
			[]string{"rename:sub/new/f.txt"}},
		{func() error {
			f, err := os.OpenFile(filepath.Join(root, "sub", "old.txt"), os.O_APPEND|os.O_WRONLY, 0)
			if err != nil {
				return err
			}
			_, err = f.Write([]byte("2"))
			f.Close()
			return err
		}, []string{"change:sub/old.txt"}},
		{func() error {
			return os.Rename(filepath.Join(root, "sub", "old.txt"), filepath.Join(root, "sub", "o2.txt"))
		},
			[]string{"rename:sub/o2.txt", "rename:sub/old.txt", "change:sub/o2.txt"}},
		{func() error { return os.RemoveAll(filepath.Join(root, "sub", "new")) },
			[]string{"rename:sub/new/f.txt", "rename:sub/new"}},
	}
	for i, s := range steps {
		got = nil
		if err := s.do(); err != nil {
			t.Fatal(err)
		}
		readBatch(t, fd, rw)
		if !reflect.DeepEqual(got, s.want) {
			t.Errorf("step %d: got %q, want %q", i, got, s.want)
		}
	}
}
