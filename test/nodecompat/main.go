// Command nodecompat runs Node.js's own test suite (test/parallel by default) against gnode, the
// way Node's tools/test.py runs it, and reports pass/fail/timeout per test and per module.
//
//	go run ./test/nodecompat -suite /work/node_test -gnode ./gnode            # all of test/parallel
//	go run ./test/nodecompat -suite /work/node_test 'test-buffer-*' test-fs-  # a glob or prefix
//	go run ./test/nodecompat -suite /work/node_test -check                    # passing.txt still passes?
//	go run ./test/nodecompat -suite /work/node_test -update                   # rewrite passing.txt
//
// As in test.py: the working directory is the suite's root (the directory holding test/), the
// test file is passed by absolute path, "// Flags:" lines become runtime flags and "// Env:"
// lines environment variables, TEST_THREAD_ID/TEST_PARALLEL are set, and a test passes when it
// exits 0 within the time limit. Tests marked SKIP for Linux in <dir>.status are not run.
// See test/nodecompat/README.md.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Result is one test's outcome.
type Result struct {
	Name     string  `json:"name"` // e.g. parallel/test-fs-read.js
	Module   string  `json:"module"`
	Status   string  `json:"status"` // pass, fail, timeout, skip
	Exit     int     `json:"exit,omitempty"`
	Signal   string  `json:"signal,omitempty"`
	Seconds  float64 `json:"seconds"`
	Flags    string  `json:"flags,omitempty"`
	Stderr   string  `json:"stderr,omitempty"` // first lines
	Reason   string  `json:"reason,omitempty"` // the line that best says why (first "Error" line)
	Flaky    bool    `json:"flaky,omitempty"`
	SkipNote string  `json:"skip_note,omitempty"`
}

// Report is results.json.
type Report struct {
	Date     string          `json:"date"`
	Binary   string          `json:"binary"`
	Version  string          `json:"version"`
	Suite    string          `json:"suite"`
	Selected int             `json:"selected"`
	Counts   map[string]int  `json:"counts"`
	Modules  map[string]bool `json:"modules,omitempty"` // builtin module -> require() works
	Tests    []*Result       `json:"tests"`
}

var (
	flagsRE = regexp.MustCompile(`//\s+Flags:(.*)`)
	envRE   = regexp.MustCompile(`//\s+Env:(.*)`)
	testRE  = regexp.MustCompile(`^test-.*\.m?js$`)
)

func main() {
	suite := flag.String("suite", os.Getenv("NODE_TEST_SUITE"), "checkout of the node test suite: the directory holding test/ (default $NODE_TEST_SUITE)")
	bin := flag.String("gnode", os.Getenv("GNODE"), "binary under test (default $GNODE; empty: go build ./cmd/gnode); any node binary works, e.g. the reference, to check the harness")
	dirs := flag.String("dirs", "parallel", "comma-separated test/ subdirectories to take tests from")
	jobs := flag.Int("j", 2, "tests run at a time")
	timeout := flag.Duration("timeout", 30*time.Second, "time limit of one test")
	out := flag.String("out", "", "results file (default test/nodecompat/results.json in the repository, else ./results.json)")
	list := flag.String("passing", "", "the list of passing tests (default test/nodecompat/passing.txt in the repository)")
	check := flag.Bool("check", false, "run the tests in the passing list (or the selection) and fail if a listed test does not pass")
	update := flag.Bool("update", false, "rewrite the passing list from this run (tests outside the selection keep their entry)")
	mdOut := flag.String("markdown", "", "write the per-module table into this Markdown file, between <!-- nodecompat:begin --> and <!-- nodecompat:end -->")
	verbose := flag.Bool("v", false, "print every test's result")
	from := flag.String("from", "", "take the results from this results.json instead of running (for -markdown, -update, -check)")
	baseline := flag.String("baseline", "", "results.json of a run with the reference node: adds a 'node pass' column")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: go run ./test/nodecompat -suite DIR [flags] [test names, prefixes or globs...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()

	if *suite == "" {
		fatalf("no suite: pass -suite DIR (a checkout of denoland/node_test; see test/nodecompat/README.md)")
	}
	root, err := filepath.Abs(*suite)
	if err != nil {
		fatalf("%v", err)
	}
	if _, err := os.Stat(filepath.Join(root, "test", "common", "index.js")); err != nil {
		fatalf("%s does not look like a node test checkout (no test/common/index.js)", root)
	}
	modRoot := moduleRoot()
	if *list == "" {
		if modRoot == "" {
			fatalf("not inside the gnode repository: pass -passing FILE")
		}
		*list = filepath.Join(modRoot, "test", "nodecompat", "passing.txt")
	}
	if *out == "" {
		*out = "results.json"
		if modRoot != "" {
			*out = filepath.Join(modRoot, "test", "nodecompat", "results.json")
		}
	}

	tmp, err := os.MkdirTemp("", "gnode-nodecompat-")
	if err != nil {
		fatalf("%v", err)
	}
	defer os.RemoveAll(tmp)
	if *from != "" {
		*bin = "(from " + *from + ")"
	} else if *bin == "" {
		if modRoot == "" {
			fatalf("not inside the gnode repository: pass -gnode BIN")
		}
		*bin = filepath.Join(tmp, "gnode")
		fmt.Fprintln(os.Stderr, "nodecompat: building gnode (go build ./cmd/gnode) ...")
		cmd := exec.Command("go", "build", "-o", *bin, "./cmd/gnode")
		cmd.Dir = modRoot
		if b, err := cmd.CombinedOutput(); err != nil {
			fatalf("gnode did not build: %s", b)
		}
	} else if *bin, err = exec.LookPath(*bin); err != nil {
		fatalf("%v", err)
	} else if *bin, err = filepath.Abs(*bin); err != nil {
		fatalf("%v", err)
	}

	passing := readList(*list)
	all, err := listTests(root, strings.Split(*dirs, ","))
	if err != nil {
		fatalf("%v", err)
	}
	var sel []string
	switch {
	case flag.NArg() > 0:
		sel = selectTests(all, flag.Args())
	case *check:
		for _, t := range all {
			if passing[t] {
				sel = append(sel, t)
			}
		}
	default:
		sel = all
	}
	if len(sel) == 0 {
		fatalf("no tests selected")
	}
	skips := map[string]string{}
	flaky := map[string]bool{}
	for _, d := range strings.Split(*dirs, ",") {
		readStatus(filepath.Join(root, "test", d, d+".status"), d, skips, flaky)
	}

	rep := &Report{
		Date:     time.Now().UTC().Format("2006-01-02 15:04 UTC"),
		Binary:   *bin,
		Version:  version(*bin),
		Suite:    root + suiteCommit(root),
		Selected: len(sel),
		Counts:   map[string]int{},
	}
	var results []*Result
	if *from != "" {
		old, err := readReport(*from)
		if err != nil {
			fatalf("-from: %v", err)
		}
		want := map[string]bool{}
		for _, t := range sel {
			want[t] = true
		}
		for _, t := range old.Tests {
			if want[t.Name] {
				results = append(results, t)
			}
		}
		rep.Date, rep.Binary, rep.Version, rep.Selected, rep.Modules = old.Date, old.Binary, old.Version, len(results), old.Modules
		fmt.Fprintf(os.Stderr, "nodecompat: %d results from %s (%s, %s)\n", len(results), *from, old.Version, old.Date)
	} else {
		fmt.Fprintf(os.Stderr, "nodecompat: %d tests with %s (%s), %d at a time, %s limit\n", len(sel), *bin, rep.Version, *jobs, *timeout)
		results = runAll(root, *bin, tmp, sel, skips, flaky, *jobs, *timeout, *verbose)
		rep.Modules = probeModules(*bin, tmp)
	}
	rep.Tests = results
	for _, r := range results {
		rep.Counts[r.Status]++
	}
	if *from == "" {
		b, _ := json.MarshalIndent(rep, "", "  ")
		if err := os.WriteFile(*out, append(b, '\n'), 0o644); err != nil {
			fatalf("%v", err)
		}
	}
	var base map[string]string
	if *baseline != "" {
		if base, err = readBaseline(*baseline); err != nil {
			fatalf("baseline: %v", err)
		}
	}
	summary := moduleSummary(results, base)
	fmt.Print(summaryText(summary, base != nil))
	if *from == "" {
		fmt.Printf("\nresults: %s\n", *out)
	}
	if base != nil {
		np, ran := 0, 0
		for _, r := range results {
			if base[r.Name] == "pass" {
				np++
			}
			if base[r.Name] != "" {
				ran++
			}
		}
		fmt.Printf("the reference node passes %d of the %d of these tests in the baseline (-baseline)\n", np, ran)
	}
	fmt.Printf("%d passed, %d failed, %d timed out, %d skipped (of %d)\n",
		rep.Counts["pass"], rep.Counts["fail"], rep.Counts["timeout"], rep.Counts["skip"], len(results))

	if *mdOut != "" {
		if err := writeMarkdown(*mdOut, rep, summary, *dirs, base != nil); err != nil {
			fatalf("%v", err)
		}
	}
	exit := 0
	if *check {
		var lost []string
		for _, r := range results {
			if passing[r.Name] && r.Status != "pass" {
				lost = append(lost, fmt.Sprintf("%s: %s %s", r.Name, r.Status, r.Reason))
			}
		}
		if len(lost) > 0 {
			fmt.Printf("\nREGRESSION: %d test(s) in %s no longer pass:\n", len(lost), *list)
			for _, l := range lost {
				fmt.Println("  " + l)
			}
			exit = 1
		} else {
			fmt.Printf("check: every listed test that ran still passes (%d)\n", countListed(results, passing))
		}
		var newly []string
		for _, r := range results {
			if r.Status == "pass" && !passing[r.Name] {
				newly = append(newly, r.Name)
			}
		}
		if len(newly) > 0 {
			fmt.Printf("%d test(s) pass but are not listed yet (run with -update): %s\n", len(newly), clip(strings.Join(newly, " "), 400))
		}
	}
	if *update {
		ran := map[string]bool{}
		for _, r := range results {
			ran[r.Name] = true
			if r.Status == "pass" {
				passing[r.Name] = true
			} else {
				delete(passing, r.Name)
			}
		}
		if err := writeList(*list, passing); err != nil {
			fatalf("%v", err)
		}
		fmt.Printf("updated %s: %d tests\n", *list, len(passing))
	}
	os.Exit(exit)
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "nodecompat: "+format+"\n", args...)
	os.Exit(2)
}

func moduleRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.Contains(string(b), "module github.com/gnode-dev/gnode") {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func version(bin string) string {
	b, err := exec.Command(bin, "--version").Output()
	if err != nil {
		return "?"
	}
	return strings.TrimSpace(string(b))
}

func suiteCommit(root string) string {
	b, err := os.ReadFile(filepath.Join(root, "node_version.ts"))
	if err != nil {
		return ""
	}
	if m := regexp.MustCompile(`version\s*=\s*"([^"]+)"`).FindSubmatch(b); m != nil {
		return " (node v" + string(m[1]) + " tests)"
	}
	return ""
}

// listTests: dir/test-*.js and dir/test-*.mjs of each test/ subdirectory, sorted.
func listTests(root string, dirs []string) ([]string, error) {
	var out []string
	for _, d := range dirs {
		d = strings.TrimSpace(d)
		entries, err := os.ReadDir(filepath.Join(root, "test", d))
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if !e.IsDir() && testRE.MatchString(e.Name()) {
				out = append(out, d+"/"+e.Name())
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// selectTests keeps the tests matching any pattern: a glob (test-fs-*), a prefix (test-fs-), or
// a name with or without directory and extension.
func selectTests(all, pats []string) []string {
	var out []string
	for _, t := range all {
		base := path.Base(t)
		for _, p := range pats {
			p = strings.TrimPrefix(p, "test/")
			target := base
			if strings.Contains(p, "/") {
				target = t
			}
			if ok, _ := path.Match(p, target); ok || strings.HasPrefix(target, p) ||
				strings.TrimSuffix(target, path.Ext(target)) == p {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// readStatus reads Node's <dir>.status: tests marked SKIP in sections that apply to linux/x64.
func readStatus(file, dir string, skips map[string]string, flaky map[string]bool) {
	f, err := os.Open(file)
	if err != nil {
		return
	}
	defer f.Close()
	applies := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = strings.TrimSpace(l[:i])
		}
		if l == "" || strings.HasPrefix(l, "prefix ") {
			continue
		}
		if strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]") {
			applies = sectionApplies(strings.Trim(l, "[]"))
			continue
		}
		name, what, ok := strings.Cut(l, ":")
		if !ok || !applies {
			continue
		}
		name = strings.TrimSpace(name)
		what = strings.ToUpper(what)
		for _, ext := range []string{".js", ".mjs"} {
			if strings.Contains(what, "SKIP") {
				skips[dir+"/"+name+ext] = "SKIP in " + filepath.Base(file)
			}
			if strings.Contains(what, "FLAKY") {
				flaky[dir+"/"+name+ext] = true
			}
		}
	}
}

func sectionApplies(cond string) bool {
	vars := map[string]string{"system": "linux", "arch": "x64", "type": "release", "mode": "release"}
	for _, alt := range strings.Split(cond, "||") {
		all := true
		for _, term := range strings.Split(alt, "&&") {
			term = strings.TrimSpace(term)
			if term == "true" {
				continue
			}
			var k, v string
			eq := true
			if a, b, ok := strings.Cut(term, "!="); ok {
				k, v, eq = a, b, false
			} else if a, b, ok := strings.Cut(term, "=="); ok {
				k, v = a, b
			} else {
				all = false
				break
			}
			k = strings.TrimPrefix(strings.TrimSpace(k), "$")
			have, known := vars[k]
			if !known || (have == strings.TrimSpace(v)) != eq {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

func runAll(root, bin, tmp string, tests []string, skips map[string]string, flaky map[string]bool, jobs int, timeout time.Duration, verbose bool) []*Result {
	results := make([]*Result, len(tests))
	next := make(chan int)
	var mu sync.Mutex
	done, counts := 0, map[string]int{}
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func(worker int) {
			defer wg.Done()
			for i := range next {
				r := runTest(root, bin, tmp, tests[i], worker, skips, timeout)
				r.Flaky = flaky[tests[i]]
				results[i] = r
				mu.Lock()
				done++
				counts[r.Status]++
				if verbose {
					fmt.Fprintf(os.Stderr, "%-7s %6.1fs %s %s\n", r.Status, r.Seconds, r.Name, r.Reason)
				} else if done%100 == 0 || done == len(tests) {
					fmt.Fprintf(os.Stderr, "[%d/%d %s] pass %d, fail %d, timeout %d, skip %d\n", done, len(tests),
						time.Since(start).Round(time.Second), counts["pass"], counts["fail"], counts["timeout"], counts["skip"])
				}
				mu.Unlock()
			}
		}(w)
	}
	for i := range tests {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

func runTest(root, bin, tmp, name string, worker int, skips map[string]string, timeout time.Duration) *Result {
	r := &Result{Name: name, Module: moduleOf(path.Base(name))}
	if note, ok := skips[name]; ok {
		r.Status, r.SkipNote = "skip", note
		return r
	}
	file := filepath.Join(root, "test", filepath.FromSlash(name))
	src, err := os.ReadFile(file)
	if err != nil {
		r.Status, r.Reason = "fail", err.Error()
		return r
	}
	var args []string
	if m := flagsRE.FindSubmatch(src); m != nil {
		args = strings.Fields(string(m[1]))
		r.Flags = strings.Join(args, " ")
	}
	args = append(args, file)
	env := append(os.Environ(),
		fmt.Sprintf("TEST_THREAD_ID=%d", worker),
		"NODE_TEST_DIR="+tmp,
	)
	if strings.HasPrefix(name, "parallel/") {
		env = append(env, "TEST_PARALLEL=1")
	}
	if m := envRE.FindSubmatch(src); m != nil {
		for _, kv := range strings.Fields(string(m[1])) {
			if strings.Contains(kv, "=") {
				env = append(env, kv)
			}
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = root
	cmd.Env = env
	cmd.Stdin = nil
	// On timeout, end the test's whole process group (tests spawn children).
	killGroupOnCancel(cmd)
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr capped
	stdout.max, stderr.max = 16<<10, 16<<10
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	t0 := time.Now()
	err = cmd.Run()
	r.Seconds = float64(time.Since(t0).Milliseconds()) / 1000
	if cmd.Process != nil {
		killGroup(cmd.Process.Pid) // leftovers of a test that passed
	}
	switch {
	case ctx.Err() != nil:
		r.Status = "timeout"
		r.Reason = fmt.Sprintf("no exit within %s", timeout)
	case err == nil:
		r.Status = "pass"
		return r
	default:
		r.Status = "fail"
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			r.Exit = ee.ExitCode()
			if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				r.Signal = ws.Signal().String()
			}
		} else {
			r.Exit = -1
			r.Reason = err.Error()
		}
	}
	r.Stderr = firstLines(stderr.String(), 8, 1200)
	if r.Stderr == "" {
		r.Stderr = firstLines(stdout.String(), 8, 1200)
	}
	if r.Reason == "" {
		r.Reason = reasonOf(stderr.String() + "\n" + stdout.String())
	}
	// "/tmp/x/gnode: bad option: ..." -> "gnode: bad option: ...", so equal causes group.
	r.Reason = strings.ReplaceAll(r.Reason, bin+":", filepath.Base(bin)+":")
	return r
}

type capped struct {
	bytes.Buffer
	max int
}

func (c *capped) Write(p []byte) (int, error) {
	if room := c.max - c.Len(); room > 0 {
		if len(p) > room {
			c.Buffer.Write(p[:room])
		} else {
			c.Buffer.Write(p)
		}
	}
	return len(p), nil
}

func firstLines(s string, n, max int) string {
	lines := strings.SplitN(strings.TrimSpace(s), "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return clip(strings.Join(lines, "\n"), max)
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

var reasonRE = regexp.MustCompile(`^\s*(\w*(Error|Exception)(?: \[\w+\])?:|Uncaught|panic:|fatal error:|.*: bad option)`)

// reasonOf picks the line of a failing test's output that best says why: the first line that
// looks like an error, else the first non-blank line.
func reasonOf(out string) string {
	first := ""
	for _, l := range strings.Split(out, "\n") {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "at ") || strings.HasPrefix(t, "^") {
			continue
		}
		if first == "" {
			first = t
		}
		if reasonRE.MatchString(t) && !strings.HasPrefix(t, "node:internal") && !strings.HasPrefix(t, "Node.js v") {
			return clip(t, 200)
		}
	}
	return clip(first, 200)
}

func readReport(file string) (*Report, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var rep Report
	if err := json.Unmarshal(b, &rep); err != nil {
		return nil, err
	}
	return &rep, nil
}

func readBaseline(file string) (map[string]string, error) {
	rep, err := readReport(file)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, t := range rep.Tests {
		m[t.Name] = t.Status
	}
	return m, nil
}

func readList(file string) map[string]bool {
	m := map[string]bool{}
	b, err := os.ReadFile(file)
	if err != nil {
		return m
	}
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}

func writeList(file string, m map[string]bool) error {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("# Node test-suite tests known to pass on gnode (names only; the tests live in denoland/node_test).\n")
	b.WriteString("# Regenerate: go run ./test/nodecompat -suite DIR -update   Check: go run ./test/nodecompat -suite DIR -check\n")
	for _, n := range names {
		b.WriteString(n + "\n")
	}
	return os.WriteFile(file, []byte(b.String()), 0o644)
}

func countListed(results []*Result, passing map[string]bool) int {
	n := 0
	for _, r := range results {
		if passing[r.Name] {
			n++
		}
	}
	return n
}
