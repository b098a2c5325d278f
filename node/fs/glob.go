package fs

import (
	"os"
	"path/filepath"
	"strings"
)

// The fs.glob walker. It is Node's: a stack of (directory, pattern states) where a state is
// the set of segment indexes a directory may still match, every (path, remaining pattern)
// pair visited once, readdir (sorted, as libuv's scandir) or a single lstat when the next
// segment is a literal name. Results come out in the order Node's walker finds them, and the
// exclude hooks are called at the same points with the same arguments.

// globEntry is a Dirent in the making: from readdir, or from an lstat (Node's DirentFromStats).
type globEntry struct {
	name      string
	parent    string
	typ       int
	fromStats bool
	key       string // the path it was lstat'ed as (fromStats only)
	js        any    // the JS Dirent once made (identity across exclude calls and results)
}

func (e *globEntry) isDir() bool  { return e.typ == 2 }
func (e *globEntry) isLink() bool { return e.typ == 3 }

// globPattern is one compiled pattern with the segment indexes still to match.
type globPattern struct {
	parts    *globParts
	indexes  []int // in insertion order (Node iterates a Set)
	symlinks []int
}

func hasInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func addInt(list []int, v int) []int {
	if hasInt(list, v) {
		return list
	}
	return append(list, v)
}

func (p *globPattern) last() int { return len(p.parts.segs) - 1 }

func (p *globPattern) at(i int) globSeg {
	if i < 0 {
		i += len(p.parts.segs)
	}
	if i < 0 || i >= len(p.parts.segs) {
		return globSeg{}
	}
	return p.parts.segs[i]
}

func (p *globPattern) atLiteral(i int, s string) bool {
	g := p.at(i)
	return g.kind == segLiteral && g.lit == s
}

func (p *globPattern) isLast(isDir bool) bool {
	last := p.last()
	return hasInt(p.indexes, last) ||
		(p.atLiteral(-1, "") && isDir && hasInt(p.indexes, last-1) && p.at(-2).kind == segGlobstar)
}

func (p *globPattern) hasSeenSymlinks() bool {
	for _, i := range p.indexes {
		if !hasInt(p.symlinks, i) {
			return true
		}
	}
	return false
}

func (p *globPattern) test(i int, name string) bool {
	g := p.at(i)
	switch g.kind {
	case segGlobstar:
		return true
	case segLiteral:
		return g.lit == name
	case segMagic:
		return g.m.match(name)
	}
	return false
}

func (p *globPattern) child(indexes, symlinks []int) *globPattern {
	return &globPattern{parts: p.parts, indexes: indexes, symlinks: symlinks}
}

func (p *globPattern) cacheKey(i int) string {
	if i >= len(p.parts.strs) {
		return ""
	}
	return strings.Join(p.parts.strs[i:], "/")
}

// globHooks are the caller's exclude options; excludeFn may call into JS (so a walk with it
// runs on the loop goroutine).
type globHooks struct {
	excludeGlobs  []*globMatcher // matched against absolute paths
	excludeFn     func(arg any) bool
	withFileTypes bool
}

type globWalker struct {
	root    string // cwd as given ("." when absent)
	rootAbs string
	hooks   globHooks

	stats    map[string]*globEntry
	readdirs map[string][]*globEntry
	seenKeys map[string]map[string]bool

	results     []string
	resultSet   map[string]bool
	yielded     []*globEntry // the Dirent an async walk yields with each result
	subPaths    []string
	subPatterns map[string][]*globPattern
}

func newGlobWalker(root, rootAbs string, hooks globHooks) *globWalker {
	return &globWalker{
		root: root, rootAbs: rootAbs, hooks: hooks,
		stats:       map[string]*globEntry{},
		readdirs:    map[string][]*globEntry{},
		seenKeys:    map[string]map[string]bool{},
		resultSet:   map[string]bool{},
		subPatterns: map[string][]*globPattern{},
	}
}

// jsJoin is path.posix.join of two parts.
func jsJoin(a, b string) string {
	var joined string
	switch {
	case a == "":
		joined = b
	case b == "":
		joined = a
	default:
		joined = a + "/" + b
	}
	if joined == "" {
		return "."
	}
	clean := filepath.Clean(joined)
	if strings.HasSuffix(joined, "/") && clean != "/" {
		clean += "/"
	}
	return clean
}

// resolve is path.resolve(root, p).
func (w *globWalker) resolve(p string) string {
	if strings.HasPrefix(p, "/") {
		return filepath.Clean(p)
	}
	return filepath.Clean(w.rootAbs + "/" + p)
}

func jsDirname(p string) string {
	t := strings.TrimRight(p, "/")
	if t == "" {
		if p == "" {
			return "."
		}
		return "/"
	}
	return filepath.Dir(t)
}

func jsBasename(p string) string {
	t := strings.TrimRight(p, "/")
	if t == "" {
		return ""
	}
	return filepath.Base(t)
}

// fileModeType is the UV_DIRENT_* type of a mode (this file builds on every platform).
func fileModeType(m os.FileMode) int {
	switch m & os.ModeType {
	case 0:
		return 1
	case os.ModeDir:
		return 2
	case os.ModeSymlink:
		return 3
	case os.ModeNamedPipe:
		return 4
	case os.ModeSocket:
		return 5
	case os.ModeDevice | os.ModeCharDevice:
		return 6
	case os.ModeDevice:
		return 7
	}
	return 0
}

func (w *globWalker) statSync(p string) *globEntry {
	if e := w.stats[p]; e != nil {
		return e
	}
	fi, err := os.Lstat(p)
	if err != nil {
		return nil
	}
	e := &globEntry{name: jsBasename(p), parent: jsDirname(p), typ: fileModeType(fi.Mode()), fromStats: true, key: p}
	w.stats[p] = e
	return e
}

func (w *globWalker) readdirSync(dir string) []*globEntry {
	if ents, ok := w.readdirs[dir]; ok {
		return ents
	}
	var out []*globEntry
	if des, err := os.ReadDir(dir); err == nil {
		out = make([]*globEntry, len(des))
		for i, d := range des {
			out[i] = &globEntry{name: d.Name(), parent: dir, typ: fileModeType(d.Type())}
		}
	}
	w.readdirs[dir] = out
	return out
}

// cacheAdd records that p was visited with pattern's indexes; it reports whether some of
// them had been seen already.
func (w *globWalker) cacheAdd(p string, pat *globPattern) bool {
	set := w.seenKeys[p]
	if set == nil {
		set = map[string]bool{}
		w.seenKeys[p] = set
	}
	before := len(set)
	for _, i := range pat.indexes {
		set[pat.cacheKey(i)] = true
	}
	return len(set) != before+len(pat.indexes)
}

func (w *globWalker) seen(p string, pat *globPattern, i int) bool {
	return w.seenKeys[p][pat.cacheKey(i)]
}

func (w *globWalker) excludedGlob(p string) bool {
	for _, m := range w.hooks.excludeGlobs {
		if m.match(p) {
			return true
		}
	}
	return false
}

func (w *globWalker) addResult(p string, yield *globEntry) {
	if w.resultSet[p] {
		return
	}
	if len(w.hooks.excludeGlobs) > 0 && w.excludedGlob(w.resolve(p)) {
		return
	}
	w.resultSet[p] = true
	w.results = append(w.results, p)
	w.yielded = append(w.yielded, yield)
}

func (w *globWalker) excludeFnArg(e *globEntry, s string) any {
	if w.hooks.withFileTypes {
		return e
	}
	return s
}

func (w *globWalker) queueSub(p string, pat *globPattern) {
	if _, ok := w.subPatterns[p]; !ok {
		w.subPaths = append(w.subPaths, p)
	}
	w.subPatterns[p] = append(w.subPatterns[p], pat)
}

func (w *globWalker) addSubpattern(p string, pat *globPattern) {
	if w.excludedGlob(p) {
		return
	}
	full := w.resolve(p)
	if len(w.hooks.excludeGlobs) > 0 && w.excludedGlob(full+"/") {
		if st := w.statSync(full); st != nil && st.isDir() {
			return
		}
	}
	if w.hooks.excludeFn != nil {
		if w.hooks.withFileTypes {
			// Node looks the path up as given (relative to the process's cwd).
			if st := w.statSync(p); st != nil && w.hooks.excludeFn(st) {
				return
			}
		} else if w.hooks.excludeFn(p) {
			return
		}
	}
	w.queueSub(p, pat)
}

type globItem struct {
	path     string
	patterns []*globPattern
}

func (w *globWalker) walk(patterns []string) {
	var all []*globPattern
	for _, src := range patterns {
		for _, gp := range compileGlob(src) {
			gp := gp
			all = append(all, &globPattern{parts: &gp, indexes: []int{0}})
		}
	}
	stack := []globItem{{path: ".", patterns: all}}
	for len(stack) > 0 {
		item := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, pat := range item.patterns {
			w.visit(item.path, pat)
		}
		for _, p := range w.subPaths {
			stack = append(stack, globItem{path: p, patterns: w.subPatterns[p]})
		}
		w.subPaths = w.subPaths[:0]
		w.subPatterns = map[string][]*globPattern{}
	}
}

func (w *globWalker) visit(p string, pat *globPattern) {
	if w.cacheAdd(p, pat) {
		return
	}
	full := w.resolve(p)
	stat := w.statSync(full)
	last := pat.last()
	isDir := stat != nil && (stat.isDir() || stat.isLink() && pat.hasSeenSymlinks())
	isLast := pat.isLast(isDir)
	isFirst := hasInt(pat.indexes, 0)

	if w.excludedGlob(full) {
		return
	}
	if isFirst {
		switch {
		case pat.atLiteral(0, ""):
			w.addSubpattern("/", pat.child([]int{1}, nil))
			return
		case pat.atLiteral(0, ".."):
			w.addSubpattern("../", pat.child([]int{1}, nil))
			return
		case pat.atLiteral(0, "."):
			w.addSubpattern(".", pat.child([]int{1}, nil))
			return
		}
	}

	if tail := pat.at(-1); isLast && tail.kind == segLiteral {
		if st := w.statSync(jsJoin(full, tail.lit)); st != nil && (tail.lit != "" || isDir) {
			w.addResult(jsJoin(p, tail.lit), st)
		}
		if len(pat.indexes) == 1 && pat.indexes[0] == last {
			return
		}
	} else if isLast && tail.kind == segGlobstar && (p != "." || pat.atLiteral(0, ".") || last == 0 && stat != nil) {
		w.addResult(p, stat)
	}

	if !isDir {
		return
	}

	var children []*globEntry
	if len(pat.indexes) == 1 && pat.at(pat.indexes[0]).kind == segLiteral {
		name := pat.at(pat.indexes[0]).lit
		st := w.statSync(jsJoin(full, name))
		if st == nil {
			return
		}
		st.name = name
		children = []*globEntry{st}
	} else {
		children = w.readdirSync(full)
	}

	for _, entry := range children {
		entryPath := jsJoin(p, entry.name)
		w.stats[jsJoin(full, entry.name)] = entry
		var sub, nSymlinks []int
		for _, index := range pat.indexes {
			if w.seen(entryPath, pat, index) || w.seen(entryPath, pat, index+1) {
				return // Node leaves the whole directory here, not just this entry
			}
			current := pat.at(index)
			next := index + 1
			fromSymlink := hasInt(pat.symlinks, index)

			if current.kind == segGlobstar {
				// '**' passes over dot entries, unless what follows it names them (Node 24.12+).
				nextMatches := pat.test(next, entry.name)
				if strings.HasPrefix(entry.name, ".") && !nextMatches ||
					w.hooks.excludeFn != nil && w.hooks.excludeFn(w.excludeFnArg(entry, entry.name)) {
					continue
				}
				if !fromSymlink && entry.isDir() {
					sub = addInt(sub, index)
				} else if !fromSymlink && index == last {
					w.addResult(entryPath, entry)
				}
				if nextMatches && next == last && !isLast {
					w.addResult(entryPath, entry)
				} else if nextMatches && entry.isDir() {
					sub = addInt(sub, index+2)
				}
				if (nextMatches || pat.atLiteral(0, ".")) && (entry.isDir() || entry.isLink()) && !fromSymlink {
					sub = addInt(sub, next)
				}
				if entry.isLink() {
					nSymlinks = addInt(nSymlinks, index)
				}
				if pat.atLiteral(next, "..") && entry.isDir() {
					w.globstarParent(p, full, pat, next, last)
				}
			}
			if current.kind == segLiteral {
				if pat.test(index, entry.name) && index != last {
					sub = addInt(sub, next)
				} else if current.lit == "." && pat.test(next, entry.name) {
					if next == last {
						w.addResult(entryPath, entry)
					} else {
						sub = addInt(sub, next+1)
					}
				}
			}
			if current.kind == segMagic && pat.test(index, entry.name) {
				if index == last {
					w.addResult(entryPath, entry)
				} else if entry.isDir() {
					sub = addInt(sub, next)
				}
			}
		}
		if len(sub) > 0 {
			w.addSubpattern(entryPath, pat.child(sub, nSymlinks))
		}
	}
}

// globstarParent handles "**/..": the directory and its parent both continue the pattern
// (or are results when ".." ends it).
func (w *globWalker) globstarParent(p, full string, pat *globPattern, next, last int) {
	parent := jsJoin(p, "..")
	if next < last {
		for _, q := range []string{p, parent} {
			if _, queued := w.subPatterns[q]; !queued && !w.seen(q, pat, next+1) {
				w.queueSub(q, pat.child([]int{next + 1}, nil))
			}
		}
		return
	}
	if !w.seen(p, pat, next) {
		w.cacheAdd(p, pat.child([]int{next}, nil))
		w.addResult(p, w.statSync(full))
	}
	if !w.seen(p, pat, next) || !w.seen(parent, pat, next) {
		w.cacheAdd(parent, pat.child([]int{next}, nil))
		w.addResult(parent, w.statSync(jsJoin(w.root, parent)))
	}
}

// syncEntries are the Dirents globSync returns: each result looked up again by its path
// joined to the cwd as given, which finds the readdir entry when that path is the one the
// walk cached, and lstats it otherwise.
func (w *globWalker) syncEntries() []*globEntry {
	out := make([]*globEntry, len(w.results))
	for i, p := range w.results {
		key := p
		if !strings.HasPrefix(p, "/") {
			key = jsJoin(w.root, p)
		}
		out[i] = w.statSync(key)
	}
	return out
}
