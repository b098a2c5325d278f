package parity

// The parity runner. `go test ./test/parity` builds gnode once, runs every case under it and
// compares exit code, stdout and stderr with the case's golden, recorded from Node v24.21.0.
// `UPDATE_GOLDEN=1 NODE=/path/to/node go test ./test/parity` re-records the goldens instead.
// README.md describes cases, options and normalization.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

const (
	nodeVersion    = "v24.21.0"
	defaultTimeout = 10 * time.Second
	defaultJobs    = 2
	knownFile      = "known_failures.txt"
	goldenSuffix   = ".golden.json"
	cmdSuffix      = ".cmd.json"
	maxOutput      = 4 << 20
)

// golden is a recorded run: exit code (128+signal when killed by one) and normalized output.
type golden struct {
	Exit   int    `json:"exit"`
	Stdout string `json:"stdout"`
	Stderr string `json:"stderr"`
}

// parityCase is one case: a script (area/name.js, .mjs, .cjs, or TypeScript .ts/.mts/.cts that
// Node 24 runs with its type stripping) or a command (area/name.cmd.json).
type parityCase struct {
	ID           string // area/name
	Area, Name   string
	Dir          string   // absolute directory of the case
	File         string   // the case's file name in Dir
	Args         []string // everything after the binary
	Stdin        []byte   // nil: /dev/null
	Env          []string // extra KEY=VALUE
	IgnoreStderr bool
	TTY          []string // the streams ("stdin", "stdout", "stderr") given a pseudo-terminal
	TTYInput     []byte   // typed on the terminal once its output shows TTYWait
	TTYWait      string
	Timeout      time.Duration
}

// cmdSpec is the content of a .cmd.json case.
type cmdSpec struct {
	Args    []string `json:"args"`
	Stdin   *string  `json:"stdin"`
	Env     []string `json:"env"`
	Stderr  string   `json:"stderr"`
	Timeout string   `json:"timeout"`
}

// baseEnv is the whole environment a case sees (plus its own parity-env entries): no
// NODE_OPTIONS, no NO_COLOR or FORCE_COLOR, nothing from the caller's shell.
var baseEnv = []string{
	"PATH=/usr/local/bin:/usr/bin:/bin",
	"HOME=/tmp",
	"TERM=dumb",
	"TZ=UTC",
}

func TestParity(t *testing.T) {
	here, root := harnessDirs(t)
	cases, problems := discover(here)
	for _, p := range problems {
		t.Error(p)
	}
	known, kproblems := readKnown(filepath.Join(here, knownFile), cases)
	for _, p := range kproblems {
		t.Error(p)
	}
	selected, unmatched := selectCases(cases, os.Getenv("PARITY_CASES"))
	for _, f := range unmatched {
		t.Errorf("PARITY_CASES: %q matches no case", f)
	}

	update := os.Getenv("UPDATE_GOLDEN") == "1"
	var bin string
	var err error
	if update {
		bin = os.Getenv("NODE")
		if bin == "" {
			t.Fatal("UPDATE_GOLDEN=1 needs NODE=/path/to/node (v" + nodeVersion[1:] + "); test/parity/record.sh installs one")
		}
		if bin, err = filepath.Abs(bin); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(bin, "--version").Output()
		if v := strings.TrimSpace(string(out)); err != nil || v != nodeVersion {
			t.Fatalf("NODE=%s is %q (%v), goldens are recorded only with Node %s", bin, v, err, nodeVersion)
		}
	} else if bin = os.Getenv("GNODE"); bin != "" {
		// A prebuilt binary instead of building ./cmd/gnode (GNODE=$NODE checks the harness).
		if bin, err = filepath.Abs(bin); err != nil {
			t.Fatal(err)
		}
	} else {
		if _, err := os.Stat(filepath.Join(root, "cmd", "gnode")); err != nil {
			t.Skip("cmd/gnode does not exist yet: nothing to run the parity cases with")
		}
		bin = buildGnode(t, root)
	}

	jobs := defaultJobs
	if n, err := strconv.Atoi(os.Getenv("PARITY_JOBS")); err == nil && n > 0 {
		jobs = n
	}
	sem := make(chan struct{}, jobs)
	var mu sync.Mutex
	var passed, failed, knownFailed int
	count := func(n *int) { mu.Lock(); *n++; mu.Unlock() }

	byArea := map[string][]*parityCase{}
	var areas []string
	for _, c := range selected {
		if byArea[c.Area] == nil {
			areas = append(areas, c.Area)
		}
		byArea[c.Area] = append(byArea[c.Area], c)
	}
	for _, area := range areas {
		t.Run(area, func(t *testing.T) {
			for _, c := range byArea[area] {
				t.Run(c.Name, func(t *testing.T) {
					t.Parallel()
					sem <- struct{}{}
					defer func() { <-sem }()
					if update {
						if recordCase(t, bin, root, c) {
							count(&passed)
						} else {
							count(&failed)
						}
						return
					}
					diff, err := checkCase(bin, root, c)
					if err != nil {
						t.Error(err)
						count(&failed)
						return
					}
					reason, isKnown := known[c.ID]
					switch {
					case diff == "" && isKnown:
						t.Errorf("%s passes now: stale entry, remove it from %s", c.ID, knownFile)
						count(&failed)
					case diff == "":
						count(&passed)
					case isKnown:
						t.Logf("known failure (%s)", reason)
						if os.Getenv("PARITY_SHOW_KNOWN") == "1" {
							t.Log("\n" + diff)
						}
						count(&knownFailed)
					default:
						t.Errorf("%s differs from Node %s (- node, + gnode):\n%s", c.ID, nodeVersion, diff)
						count(&failed)
					}
				})
			}
		})
	}
	if update {
		fmt.Printf("parity: %d recorded, %d failed\n", passed, failed)
		return
	}
	fmt.Printf("parity: %d passed, %d failed, %d known failures\n", passed, failed, knownFailed)
}

// checkCase runs a case with bin and compares it with its golden: the differences, "" when
// there are none; err when the golden cannot be read.
func checkCase(bin, root string, c *parityCase) (string, error) {
	want, err := readGolden(filepath.Join(c.Dir, c.Name+goldenSuffix))
	if err != nil {
		return "", err
	}
	got, err := runCase(bin, root, c)
	if err != nil {
		return err.Error(), nil
	}
	return compare(want, got, c.IgnoreStderr), nil
}

// harnessDirs is this directory (test/parity) and the repository's root.
func harnessDirs(t *testing.T) (here, root string) {
	here, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if root, err = repoRoot(here); err != nil {
		t.Fatal(err)
	}
	return here, root
}

// repoRoot is the nearest directory above dir holding go.mod.
func repoRoot(dir string) (string, error) {
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("no go.mod above " + dir)
		}
	}
}

// buildGnode builds ./cmd/gnode once into a temporary directory. It also reads every file the
// build used, so that go test's result cache is keyed on gnode's sources and not only on ours.
func buildGnode(t *testing.T, root string, tags ...string) string {
	bin := filepath.Join(t.TempDir(), "gnode")
	args := []string{"build", "-o", bin}
	if len(tags) > 0 {
		args = append(args, "-tags", strings.Join(tags, ","))
	}
	cmd := exec.Command("go", append(args, "./cmd/gnode")...)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building gnode: %v\n%s", err, out)
	}
	listArgs := []string{"list", "-deps"}
	if len(tags) > 0 {
		listArgs = append(listArgs, "-tags", strings.Join(tags, ","))
	}
	list := exec.Command("go", append(listArgs, "-f",
		`{{if .Module}}{{if .Module.Main}}{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}{{range .EmbedFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}{{end}}{{end}}`,
		"./cmd/gnode")...)
	list.Dir = root
	if out, err := list.Output(); err == nil {
		files := append(strings.Fields(string(out)), filepath.Join(root, "go.mod"), filepath.Join(root, "go.sum"))
		for _, f := range files {
			_, _ = os.ReadFile(f)
		}
	}
	return bin
}

// discover finds every case under dir (one level of area folders) and reports goldens without a
// case, cases without a golden and malformed headers.
func discover(dir string) ([]*parityCase, []string) {
	var cases []*parityCase
	var problems []string
	areas, err := os.ReadDir(dir)
	if err != nil {
		return nil, []string{err.Error()}
	}
	update := os.Getenv("UPDATE_GOLDEN") == "1"
	for _, a := range areas {
		if !a.IsDir() || strings.HasPrefix(a.Name(), ".") || strings.HasPrefix(a.Name(), "_") || a.Name() == "testdata" {
			continue
		}
		adir := filepath.Join(dir, a.Name())
		entries, err := os.ReadDir(adir)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		names := map[string]bool{}
		goldens := map[string]bool{}
		for _, e := range entries {
			n := e.Name()
			if e.IsDir() || strings.HasPrefix(n, "_") {
				continue
			}
			var c *parityCase
			var perr error
			switch {
			case strings.HasSuffix(n, goldenSuffix):
				goldens[strings.TrimSuffix(n, goldenSuffix)] = true
				continue
			case strings.HasSuffix(n, cmdSuffix):
				c, perr = parseCmdCase(adir, n)
			case strings.HasSuffix(n, ".js"), strings.HasSuffix(n, ".mjs"), strings.HasSuffix(n, ".cjs"),
				strings.HasSuffix(n, ".ts"), strings.HasSuffix(n, ".mts"), strings.HasSuffix(n, ".cts"):
				c, perr = parseScriptCase(adir, n)
			default:
				continue // stdin files, fixtures
			}
			if perr != nil {
				// Still a case (its golden is not an orphan), just not a runnable one.
				names[strings.TrimSuffix(strings.TrimSuffix(n, cmdSuffix), filepath.Ext(n))] = true
				problems = append(problems, fmt.Sprintf("%s/%s: %v", a.Name(), n, perr))
				continue
			}
			c.Area = a.Name()
			c.ID = c.Area + "/" + c.Name
			if names[c.Name] {
				problems = append(problems, c.ID+": two case files with that name")
				continue
			}
			names[c.Name] = true
			cases = append(cases, c)
		}
		for g := range goldens {
			if !names[g] {
				problems = append(problems, fmt.Sprintf("%s/%s%s: golden without a case", a.Name(), g, goldenSuffix))
			}
		}
		if !update {
			for n := range names {
				if !goldens[n] {
					problems = append(problems, fmt.Sprintf("%s/%s: case without a golden (record it: test/parity/record.sh %s/%s)", a.Name(), n, a.Name(), n))
				}
			}
		}
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].ID < cases[j].ID })
	sort.Strings(problems)
	return cases, problems
}

func parseScriptCase(dir, file string) (*parityCase, error) {
	c := &parityCase{Dir: dir, File: file, Name: strings.TrimSuffix(file, filepath.Ext(file)), Timeout: defaultTimeout}
	src, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		return nil, err
	}
	var flags, args []string
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "//") {
			break
		}
		key, val, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "//")), ":")
		if !ok || !strings.HasPrefix(key, "parity-") {
			continue
		}
		val = strings.TrimSpace(val)
		switch key {
		case "parity-args":
			args = append(args, strings.Fields(val)...)
		case "parity-flags":
			flags = append(flags, strings.Fields(val)...)
		case "parity-env":
			for _, kv := range strings.Fields(val) {
				if !strings.Contains(kv, "=") {
					return nil, fmt.Errorf("parity-env %q is not KEY=VALUE", kv)
				}
				c.Env = append(c.Env, kv)
			}
		case "parity-stdin":
			if c.Stdin, err = os.ReadFile(filepath.Join(dir, val)); err != nil {
				return nil, fmt.Errorf("parity-stdin: %v", err)
			}
		case "parity-stderr":
			if val != "ignore" {
				return nil, fmt.Errorf("parity-stderr: only \"ignore\" is known, not %q", val)
			}
			c.IgnoreStderr = true
		case "parity-tty":
			for _, f := range strings.Fields(val) {
				if f != "stdin" && f != "stdout" && f != "stderr" {
					return nil, fmt.Errorf("parity-tty: %q is not stdin, stdout or stderr", f)
				}
				c.TTY = append(c.TTY, f)
			}
		case "parity-tty-input":
			file, wait, _ := strings.Cut(val, " after ")
			if c.TTYInput, err = os.ReadFile(filepath.Join(dir, strings.TrimSpace(file))); err != nil {
				return nil, fmt.Errorf("parity-tty-input: %v", err)
			}
			c.TTYWait = strings.TrimSpace(wait)
		case "parity-timeout":
			if c.Timeout, err = time.ParseDuration(val); err != nil {
				return nil, fmt.Errorf("parity-timeout: %v", err)
			}
		default:
			return nil, fmt.Errorf("unknown header %q", key)
		}
	}
	c.Args = append(append(flags, file), args...)
	return c, nil
}

func parseCmdCase(dir, file string) (*parityCase, error) {
	c := &parityCase{Dir: dir, File: file, Name: strings.TrimSuffix(file, cmdSuffix), Timeout: defaultTimeout}
	src, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		return nil, err
	}
	var spec cmdSpec
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&spec); err != nil {
		return nil, err
	}
	c.Args = spec.Args
	if spec.Stdin != nil {
		c.Stdin = []byte(*spec.Stdin)
	}
	c.Env = spec.Env
	switch spec.Stderr {
	case "":
	case "ignore":
		c.IgnoreStderr = true
	default:
		return nil, fmt.Errorf("stderr: only \"ignore\" is known, not %q", spec.Stderr)
	}
	if spec.Timeout != "" {
		if c.Timeout, err = time.ParseDuration(spec.Timeout); err != nil {
			return nil, fmt.Errorf("timeout: %v", err)
		}
	}
	return c, nil
}

// readKnown reads known_failures.txt: "area/case  reason" lines, # comments and blank lines.
func readKnown(path string, cases []*parityCase) (map[string]string, []string) {
	known := map[string]string{}
	var problems []string
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return known, nil
	} else if err != nil {
		return known, []string{err.Error()}
	}
	exists := map[string]bool{}
	for _, c := range cases {
		exists[c.ID] = true
	}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, reason, _ := strings.Cut(line, " ")
		reason = strings.TrimSpace(reason)
		switch {
		case reason == "":
			problems = append(problems, fmt.Sprintf("%s:%d: %s has no reason", knownFile, i+1, id))
		case !exists[id]:
			problems = append(problems, fmt.Sprintf("%s:%d: %s is not a case: stale entry, remove it from %s", knownFile, i+1, id, knownFile))
		case known[id] != "":
			problems = append(problems, fmt.Sprintf("%s:%d: %s is listed twice", knownFile, i+1, id))
		default:
			known[id] = reason
		}
	}
	return known, problems
}

// selectCases applies PARITY_CASES, a space-separated list of "area/case", "area/" or "area"
// entries, and returns the entries that matched nothing.
func selectCases(cases []*parityCase, filter string) (selected []*parityCase, unmatched []string) {
	fields := strings.Fields(filter)
	if len(fields) == 0 {
		return cases, nil
	}
	used := map[string]bool{}
	for _, c := range cases {
		for _, f := range fields {
			if c.ID == f || c.Area == strings.TrimSuffix(f, "/") {
				selected = append(selected, c)
				used[f] = true
				break
			}
		}
	}
	for _, f := range fields {
		if !used[f] {
			unmatched = append(unmatched, f)
		}
	}
	return selected, unmatched
}

// runCase runs c under bin and returns its normalized result.
func runCase(bin, root string, c *parityCase) (golden, error) {
	wrapper := strings.Fields(os.Getenv("PARITY_WRAPPER"))
	timeout := c.Timeout
	if len(wrapper) > 0 {
		timeout *= 4 // an emulator's start-up is slow
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	name, args := bin, c.Args
	if len(wrapper) > 0 {
		// opt-in: run gnode through another command, e.g. Wine for a Windows build
		// (test/wine/README.md); CI never sets it
		name = wrapper[0]
		args = append(append(append([]string{}, wrapper[1:]...), bin), c.Args...)
	}
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = c.Dir
	cmd.Env = append(append([]string{}, baseEnv...), c.Env...)
	if c.Stdin != nil {
		cmd.Stdin = bytes.NewReader(c.Stdin)
	}
	var stdout, stderr limitedBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	// Its own process group, so that a timeout also ends whatever the case started.
	killGroupOnCancel(cmd)
	cmd.WaitDelay = 2 * time.Second
	var err error
	if len(c.TTY) > 0 {
		// the terminal's output (all streams on it, in order) is recorded as stdout
		err = runOnTerminal(cmd, c.TTY, &stdout, c.TTYInput, c.TTYWait)
	} else {
		err = cmd.Run()
	}
	if ctx.Err() != nil {
		return golden{}, fmt.Errorf("timed out after %v\nstdout so far:\n%s\nstderr so far:\n%s", timeout, stdout.String(), stderr.String())
	}
	exit := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			return golden{}, err
		}
		ws, _ := ee.Sys().(syscall.WaitStatus)
		if ws.Signaled() {
			exit = 128 + int(ws.Signal())
		} else {
			exit = ee.ExitCode()
		}
	}
	p := Paths{Dir: c.Dir, Root: root, Exec: bin}
	out, errOut := stdout.String(), stderr.String()
	if len(wrapper) > 0 {
		out, errOut = fromWinePaths(out, root), fromWinePaths(errOut, root)
	}
	return golden{Exit: exit, Stdout: Normalize(out, p), Stderr: Normalize(errOut, p)}, nil
}

// recordCase runs c twice under the reference node and writes its golden when both runs agree.
func recordCase(t *testing.T, node, root string, c *parityCase) bool {
	runs := 2
	if n, err := strconv.Atoi(os.Getenv("PARITY_RECORD_RUNS")); err == nil && n > 0 {
		runs = n
	}
	var first golden
	for i := 0; i < runs; i++ {
		g, err := runCase(node, root, c)
		if err != nil {
			t.Errorf("%s: %v", c.ID, err)
			return false
		}
		if c.IgnoreStderr {
			g.Stderr = ""
		}
		if i == 0 {
			first = g
		} else if d := compare(first, g, false); d != "" {
			t.Errorf("%s is not deterministic under node: run 1 and run %d differ (- run 1, + run %d):\n%s", c.ID, i+1, i+1, d)
			return false
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(first); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(c.Dir, c.Name+goldenSuffix)
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, buf.Bytes()) {
		return true
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Error(err)
		return false
	}
	t.Logf("wrote %s", path)
	return true
}

func readGolden(path string) (golden, error) {
	var g golden
	data, err := os.ReadFile(path)
	if err != nil {
		return g, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return g, fmt.Errorf("%s: %v", path, err)
	}
	return g, nil
}

// compare returns "" when got matches want, else a readable report of each difference.
func compare(want, got golden, ignoreStderr bool) string {
	var b strings.Builder
	if want.Exit != got.Exit {
		fmt.Fprintf(&b, "exit code: node %d, gnode %d\n", want.Exit, got.Exit)
	}
	if want.Stdout != got.Stdout {
		b.WriteString("stdout:\n" + lineDiff(want.Stdout, got.Stdout))
	}
	if !ignoreStderr && want.Stderr != got.Stderr {
		b.WriteString("stderr:\n" + lineDiff(want.Stderr, got.Stderr))
	}
	return b.String()
}

// lineDiff is a small LCS line diff: "  " same, "- " only in a, "+ " only in b.
func lineDiff(a, b string) string {
	al, bl := splitLines(a), splitLines(b)
	if len(al)*len(bl) > 4_000_000 {
		return "- " + strings.Join(al, "\n- ") + "\n+ " + strings.Join(bl, "\n+ ") + "\n"
	}
	// lcs[i][j] = length of the LCS of al[i:] and bl[j:].
	lcs := make([][]int, len(al)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(bl)+1)
	}
	for i := len(al) - 1; i >= 0; i-- {
		for j := len(bl) - 1; j >= 0; j-- {
			if al[i] == bl[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out strings.Builder
	i, j := 0, 0
	for i < len(al) || j < len(bl) {
		switch {
		case i < len(al) && j < len(bl) && al[i] == bl[j]:
			out.WriteString("  " + al[i] + "\n")
			i, j = i+1, j+1
		case i < len(al) && (j == len(bl) || lcs[i+1][j] >= lcs[i][j+1]):
			out.WriteString("- " + al[i] + "\n")
			i++
		default:
			out.WriteString("+ " + bl[j] + "\n")
			j++
		}
	}
	return out.String()
}

// splitLines splits s into lines, quoting them when whitespace at the end or a missing final
// newline would otherwise be invisible.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	noEOL := !strings.HasSuffix(s, "\n")
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	for i, l := range lines {
		if strings.TrimRight(l, " \t\r") != l || strings.ContainsAny(l, "\x00\x1b") {
			lines[i] = strconv.Quote(l)
		}
	}
	if noEOL {
		lines[len(lines)-1] += "  ⟵ no newline at end"
	}
	return lines
}

// limitedBuffer keeps the first maxOutput bytes a case writes.
type limitedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if room := maxOutput - l.buf.Len(); room > 0 {
		l.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (l *limitedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// fromWinePaths turns the Windows spelling Wine gives paths under the repository
// (Z:\work\repo\test\x.js) back into the POSIX one, so Normalize recognises them.
func fromWinePaths(s, root string) string {
	win := "Z:" + strings.ReplaceAll(root, "/", `\`)
	for {
		i := strings.Index(s, win)
		if i < 0 {
			return s
		}
		j := i + len(win)
		for j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '\'' && s[j] != ')' && s[j] != ':' {
			j++
		}
		s = s[:i] + strings.ReplaceAll(s[i+2:j], `\`, "/") + s[j:]
	}
}
