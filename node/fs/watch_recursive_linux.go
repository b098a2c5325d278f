package fs

import (
	"os"
	"path/filepath"
	"sort"

	"golang.org/x/sys/unix"
)

// recursiveWatch is fs.watch(dir, {recursive: true}) on Linux. Node builds it in JS from one
// non-recursive watcher per file and per directory (libuv shares one inotify descriptor, so
// paths with the same inode share a watch) and reports what it finds by stat and readdir when
// an event arrives. This keeps one inotify watch per directory only, and replays what Node's
// per-path watchers would have seen:
//   - an event in or on a directory rescans it: entries not seen before are reported as
//     'rename' (new directories are walked and watched, their entries reported too); a
//     directory that is gone is reported as 'rename' and forgotten with all below it;
//   - a modify/attrib/delete/move of a known file is that file's own event: 'change' while it
//     exists, else 'rename' (then forgotten), for every known path of the inode, as Node's
//     shared watch does. A file first seen in this batch of events had no watch yet when the
//     events were queued, so its own events are not reported.
//
// Events are read and handled on the loop (the reading goroutine only waits for the
// descriptor to become readable), so like libuv's they see the file system as it is after the
// JS that changed it has run.
type recursiveWatch struct {
	fd    int
	root  string
	wds   map[int32][]string // directory paths relative to root ("" is the root)
	dirWd map[string]int32
	known map[string]*watchedEntry
	seq   int
	batch int
	emit  func(kind, name string)
}

type watchedEntry struct {
	ino   uint64
	dev   uint64
	dir   bool
	seq   int // discovery order: the order Node's watchers were made in
	batch int // the batch of events it was discovered in
}

func newRecursiveWatch(fd int, root string, emit func(kind, name string)) (*recursiveWatch, error) {
	rw := &recursiveWatch{fd: fd, root: root, wds: map[int32][]string{}, dirWd: map[string]int32{},
		known: map[string]*watchedEntry{}, emit: emit}
	if err := rw.addDirWatch(""); err != nil {
		return nil, err
	}
	// the root's entries are known before the listener exists: Node reports them to nobody
	rw.scanDir("", false)
	return rw, nil
}

func (rw *recursiveWatch) abs(rel string) string {
	if rel == "" {
		return rw.root
	}
	return filepath.Join(rw.root, rel)
}

func (rw *recursiveWatch) addDirWatch(rel string) error {
	wd, err := unix.InotifyAddWatch(rw.fd, rw.abs(rel), watchMask)
	if err != nil {
		return err
	}
	w := int32(wd)
	rw.wds[w] = append(rw.wds[w], rel)
	rw.dirWd[rel] = w
	return nil
}

// scanDir reports (when report is set) and records the entries of rel not seen before,
// walking new directories.
func (rw *recursiveWatch) scanDir(rel string, report bool) {
	ents, err := os.ReadDir(rw.abs(rel))
	if err != nil {
		return
	}
	for _, de := range ents {
		child := filepath.Join(rel, de.Name())
		if _, ok := rw.known[child]; ok {
			continue
		}
		var st unix.Stat_t
		if unix.Stat(rw.abs(child), &st) != nil {
			continue
		}
		if report {
			rw.emit("rename", child)
		}
		rw.seq++
		isDir := de.IsDir() && st.Mode&unix.S_IFMT == unix.S_IFDIR
		rw.known[child] = &watchedEntry{ino: st.Ino, dev: uint64(st.Dev), dir: isDir, seq: rw.seq, batch: rw.batch}
		if isDir {
			if rw.addDirWatch(child) == nil {
				rw.scanDir(child, report)
			}
		}
	}
}

// fireDir is what Node's watcher of directory rel does on any event.
func (rw *recursiveWatch) fireDir(rel string) {
	if rel != "" {
		if _, ok := rw.known[rel]; !ok {
			return
		}
	}
	if fi, err := os.Stat(rw.abs(rel)); err != nil || !fi.IsDir() {
		if rel != "" {
			rw.emit("rename", rel)
			rw.forget(rel)
		}
		return
	}
	rw.scanDir(rel, true)
}

// fireFile is the own event of the known file rel: every known path of its inode hears it.
func (rw *recursiveWatch) fireFile(rel string) {
	e := rw.known[rel]
	if e == nil || e.dir {
		return
	}
	type hit struct {
		rel string
		seq int
	}
	var hits []hit
	watched := false
	for p, o := range rw.known {
		if !o.dir && o.ino == e.ino && o.dev == e.dev {
			hits = append(hits, hit{p, o.seq})
			if o.batch != rw.batch {
				watched = true
			}
		}
	}
	if !watched {
		return
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].seq < hits[j].seq })
	for _, h := range hits {
		if _, ok := rw.known[h.rel]; !ok {
			continue
		}
		var st unix.Stat_t
		if unix.Stat(rw.abs(h.rel), &st) != nil {
			rw.emit("rename", h.rel)
			rw.forget(h.rel)
			continue
		}
		rw.emit("change", h.rel)
	}
}

// forget drops rel and everything below it, as Node's unwatchFiles does by path prefix.
func (rw *recursiveWatch) forget(rel string) {
	prefix := rel + string(filepath.Separator)
	for p := range rw.known {
		if p == rel || len(p) > len(prefix) && p[:len(prefix)] == prefix {
			delete(rw.known, p)
			if w, ok := rw.dirWd[p]; ok {
				delete(rw.dirWd, p)
				rw.dropWdPath(w, p)
			}
		}
	}
}

func (rw *recursiveWatch) dropWdPath(w int32, p string) {
	paths := rw.wds[w]
	for i, q := range paths {
		if q == p {
			paths = append(paths[:i:i], paths[i+1:]...)
			break
		}
	}
	if len(paths) == 0 {
		delete(rw.wds, w)
		_, _ = unix.InotifyRmWatch(rw.fd, uint32(w))
		return
	}
	rw.wds[w] = paths
}

// handle processes one batch of raw inotify events.
func (rw *recursiveWatch) handle(buf []byte) {
	rw.batch++
	evs := inotifyEvents(buf)
	// A removed directory's DELETE_SELF reaches this descriptor before its parent's DELETE;
	// libuv hands Node the parent's first (a tree removed at once is reported from its
	// top-most watched directories down to, not including, the leaves), so they trade places.
	for i := 0; i < len(evs); i++ {
		if evs[i].mask&unix.IN_DELETE_SELF == 0 {
			continue
		}
		for j := i + 1; j < len(evs) && j <= i+2; j++ {
			if evs[j].mask&unix.IN_DELETE != 0 && evs[j].mask&unix.IN_ISDIR != 0 {
				parent := evs[j]
				copy(evs[i+1:j+1], evs[i:j])
				evs[i] = parent
				i = j
				break
			}
		}
	}
	var movedFrom []string
	for _, e := range evs {
		name := e.name
		if e.mask&unix.IN_IGNORED != 0 {
			for _, p := range rw.wds[e.wd] {
				delete(rw.dirWd, p)
			}
			delete(rw.wds, e.wd)
			continue
		}
		dirs := append([]string(nil), rw.wds[e.wd]...)
		if name == "" {
			for _, d := range dirs {
				rw.fireDir(d)
			}
			continue
		}
		for _, d := range dirs {
			child := filepath.Join(d, name)
			switch {
			case e.mask&unix.IN_DELETE != 0:
				// the kernel tells the file (its link count) before the directory
				rw.fireFile(child)
				rw.fireDir(d)
			case e.mask&unix.IN_MOVED_FROM != 0:
				// the moved inode hears of it after both directories
				rw.fireDir(d)
				movedFrom = append(movedFrom, child)
			case e.mask&(unix.IN_MODIFY|unix.IN_ATTRIB) != 0 && e.mask&unix.IN_ISDIR == 0:
				rw.fireFile(child)
				rw.fireDir(d)
			default:
				rw.fireDir(d)
			}
		}
	}
	for _, p := range movedFrom {
		rw.fireFile(p)
	}
}

// runRecursive waits for the inotify descriptor to become readable and hands each batch to the
// loop, which reads everything queued by then and handles it before the next wait.
func runRecursive(w *watcher, rw *recursiveWatch, post func(func()), done func()) {
	rc, err := w.f.SyscallConn()
	if err != nil {
		done()
		return
	}
	handled := make(chan struct{})
	buf := make([]byte, 64<<10)
	for {
		var first []byte
		readErr := rc.Read(func(fd uintptr) bool {
			n, err := unix.Read(int(fd), buf)
			if err == unix.EAGAIN || err == unix.EINTR {
				return false
			}
			if n > 0 {
				first = append([]byte(nil), buf[:n]...)
			}
			return true
		})
		if readErr != nil || first == nil {
			done()
			return
		}
		post(func() {
			defer func() { handled <- struct{}{} }()
			if w.closed {
				return
			}
			data := first
			for {
				n, err := unix.Read(rw.fd, buf)
				if err != nil || n <= 0 {
					break
				}
				data = append(data, buf[:n]...)
			}
			rw.handle(data)
		})
		<-handled
	}
}
