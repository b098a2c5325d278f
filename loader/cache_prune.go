package loader

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"
)

// The transform cache is bounded: when a run writes to it and the last pruning is older than
// pruneEvery, the oldest entries (by modification time) go until the cache is under
// cacheLowWater, if it had grown over cacheHighWater. GNODE_TRANSFORM_CACHE_MB changes the high
// mark. Pruning runs in a goroutine of its own: the files are gnode's alone, no JS is involved.
const (
	cacheHighWater = 256 << 20
	pruneEvery     = 24 * time.Hour
	pruneMarker    = "last-prune"
)

var pruneOnce sync.Once

// maybePruneCache starts one pruning per process, after the first cache write.
func maybePruneCache(dir string) {
	pruneOnce.Do(func() {
		marker := filepath.Join(dir, pruneMarker)
		if st, err := os.Stat(marker); err == nil && time.Since(st.ModTime()) < pruneEvery {
			return
		}
		_ = os.WriteFile(marker, nil, 0o644)
		go pruneCache(dir, cacheLimit())
	})
}

func cacheLimit() int64 {
	if v := os.Getenv("GNODE_TRANSFORM_CACHE_MB"); v != "" {
		var mb int64
		for _, c := range v {
			if c < '0' || c > '9' {
				return cacheHighWater
			}
			mb = mb*10 + int64(c-'0')
		}
		if mb > 0 {
			return mb << 20
		}
	}
	return cacheHighWater
}

// pruneCache removes the oldest entries under dir until their total size is at most 3/4 of
// limit, when it is over limit.
func pruneCache(dir string, limit int64) {
	type entry struct {
		path string
		size int64
		mod  time.Time
	}
	var entries []entry
	var total int64
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == pruneMarker {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		entries = append(entries, entry{p, info.Size(), info.ModTime()})
		total += info.Size()
		return nil
	})
	if total <= limit {
		return
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].mod.Before(entries[j].mod) })
	target := limit / 4 * 3
	for _, e := range entries {
		if total <= target {
			break
		}
		if os.Remove(e.path) == nil {
			total -= e.size
		}
	}
}
