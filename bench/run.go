package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Sample is one measured run.
type Sample struct {
	WallMs float64 `json:"wall_ms"`
	RSSKB  int64   `json:"rss_kb"`
	RPS    float64 `json:"rps,omitempty"`
	P99Ms  float64 `json:"p99_ms,omitempty"`
}

// Stat summarises samples: the median and the range.
type Stat struct {
	Median float64 `json:"median"`
	Min    float64 `json:"min"`
	Max    float64 `json:"max"`
}

// RunResult is one runtime's result on one case.
type RunResult struct {
	Checksum string   `json:"checksum,omitempty"`
	Error    string   `json:"error,omitempty"`
	Skipped  string   `json:"skipped,omitempty"`
	Samples  []Sample `json:"samples,omitempty"`
	Wall     *Stat    `json:"wall_ms,omitempty"`
	RSS      *Stat    `json:"rss_kb,omitempty"`
	RPS      *Stat    `json:"rps,omitempty"`
	P99      *Stat    `json:"p99_ms,omitempty"`
}

func (r *RunResult) ok() bool {
	return r != nil && r.Error == "" && r.Skipped == "" && len(r.Samples) > 0
}

// CaseResult is one case on every runtime ("gnode", "raw", "node").
type CaseResult struct {
	Name     string                `json:"name"`
	Kind     string                `json:"kind"` // "script" or "http"
	Command  string                `json:"command"`
	Runtimes map[string]*RunResult `json:"runtimes"`
	Mismatch string                `json:"mismatch,omitempty"`
}

// CategoryResult is one category as last run.
type CategoryResult struct {
	Name    string        `json:"name"`
	Date    string        `json:"date"`
	Command string        `json:"command"`
	Node    string        `json:"node"`
	Gnode   string        `json:"gnode"`
	Runs    int           `json:"runs"`
	Warmup  int           `json:"warmup"`
	Skipped string        `json:"skipped,omitempty"`
	Cases   []*CaseResult `json:"cases"`
}

// ResultSet is what -json writes and -markdown renders.
type ResultSet struct {
	Date       string            `json:"date"`
	Machine    string            `json:"machine"`
	Node       string            `json:"node"`
	Gnode      string            `json:"gnode"`
	Runs       int               `json:"runs"`
	Warmup     int               `json:"warmup"`
	Command    string            `json:"command"`
	Categories []*CategoryResult `json:"categories"`
}

func (s *ResultSet) category(name string) *CategoryResult {
	for _, c := range s.Categories {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func (s *ResultSet) lookup(cat, name string) *CaseResult {
	if c := s.category(cat); c != nil {
		for _, cs := range c.Cases {
			if cs.Name == name {
				return cs
			}
		}
	}
	return nil
}

type runner struct {
	cfg      *config
	probes   map[string]string // runtime+"|"+requirement -> "" (present) or why not
	gnodeErr string
}

type participant struct {
	name, bin string
	res       *RunResult
}

func (r *runner) runCategory(cat string, cases []*Case) *CategoryResult {
	c := r.cfg
	cr := &CategoryResult{Name: cat, Runs: c.runs, Warmup: c.warmup}
	lacks := map[string]bool{}
	allLack := len(cases) > 0
	for _, cs := range cases {
		res := &CaseResult{Name: cs.Name, Kind: "script", Command: displayCommand(c, cs), Runtimes: map[string]*RunResult{}}
		if cs.HTTP != nil {
			res.Kind = "http"
		}
		cr.Cases = append(cr.Cases, res)

		var parts []participant
		g := &RunResult{}
		res.Runtimes["gnode"] = g
		gnodeLacks := false
		if r.gnodeErr != "" {
			g.Skipped = r.gnodeErr
		} else if miss := r.missing("gnode", c.gnode, cs.Requires); miss != "" {
			g.Skipped = "skipped: gnode lacks " + miss
			gnodeLacks = true
			lacks[miss] = true
		} else {
			parts = append(parts, participant{"gnode", c.gnode, g})
		}
		if !gnodeLacks {
			allLack = false
		}
		if c.raw && cs.Raw {
			rr := &RunResult{}
			res.Runtimes["raw"] = rr
			if miss := r.missing("raw", c.rawBin, cs.Requires); miss != "" {
				rr.Skipped = "skipped: bare goja lacks " + miss
			} else {
				parts = append(parts, participant{"raw", c.rawBin, rr})
			}
		}
		n := &RunResult{}
		res.Runtimes["node"] = n
		if gnodeLacks && !c.alwaysNode {
			n.Skipped = "not run (gnode skipped; -always-node runs it)"
		} else {
			parts = append(parts, participant{"node", c.node, n})
		}
		if len(parts) == 0 {
			c.logf("%s/%s: %s", cat, cs.Name, g.Skipped)
			continue
		}
		c.logf("%s/%s ...", cat, cs.Name)
		total := c.warmup + c.runs
		maxWarm := 0.0
		for i := 0; i < total; i++ {
			for _, p := range parts {
				if p.res.Error != "" {
					continue
				}
				var s Sample
				var sum string
				var err error
				if cs.HTTP != nil {
					s, sum, err = r.runHTTP(p.bin, cs)
				} else {
					s, sum, err = r.runOnce(p.bin, cs.Args, filepath.Join(c.benchDir, cat))
				}
				if err != nil {
					p.res.Error = err.Error()
					p.res.Samples = nil
					continue
				}
				if p.res.Checksum == "" {
					p.res.Checksum = sum
				} else if p.res.Checksum != sum && !strings.HasPrefix(p.res.Checksum, "unstable") {
					p.res.Checksum = "unstable: " + p.res.Checksum + " / " + sum
				}
				if i >= c.warmup {
					p.res.Samples = append(p.res.Samples, s)
				}
				// A fast case (every warm-up run under 1 s) gets 4x the runs (at least 20): a
				// short process is at the mercy of scheduling noise, and more runs steady its median.
				if i < c.warmup && s.WallMs > maxWarm {
					maxWarm = s.WallMs
				}
				if i == c.warmup-1 && p.name == parts[len(parts)-1].name && maxWarm < 1000 && c.runs < 20 && cs.HTTP == nil {
					total = c.warmup + max(4*c.runs, 20)
				}
				// A slow case (a run over -slow) gets at most 3 measured runs.
				if s.WallMs > float64(c.slow.Milliseconds()) && c.slow > 0 && c.runs > 3 && total > c.warmup+3 {
					total = c.warmup + 3
					c.logf("  %s took %.0fs: 3 measured runs only", p.name, s.WallMs/1000)
				}
			}
		}
		for _, p := range parts {
			summarize(p.res)
			if p.res.Error != "" {
				c.logf("  %s: %s", p.name, p.res.Error)
			}
		}
		if n.ok() {
			var bad []string
			for _, rt := range []string{"gnode", "raw"} {
				if x := res.Runtimes[rt]; x.ok() && x.Checksum != n.Checksum {
					bad = append(bad, fmt.Sprintf("%s printed %q, node %q", rt, clip(x.Checksum, 60), clip(n.Checksum, 60)))
				}
			}
			res.Mismatch = strings.Join(bad, "; ")
		}
	}
	if allLack && len(lacks) > 0 && !c.alwaysNode {
		cr.Skipped = "skipped: gnode lacks " + strings.Join(sortedKeys(lacks), ", ")
	}
	return cr
}

func displayCommand(c *config, cs *Case) string {
	if cs.HTTP != nil {
		return cs.HTTP.describe()
	}
	var parts []string
	for _, a := range cs.Args {
		if rel, err := filepath.Rel(c.modRoot, a); err == nil && !strings.HasPrefix(rel, "..") && filepath.IsAbs(a) {
			a = rel
		} else if strings.HasPrefix(a, c.tmp) {
			a = "$TMP" + strings.TrimPrefix(a, c.tmp)
		}
		if strings.ContainsAny(a, " ;'\"") {
			a = "'" + a + "'"
		}
		parts = append(parts, a)
	}
	return strings.Join(parts, " ")
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

// runOnce runs bin with args and measures wall time and peak RSS. The checksum is the last
// non-empty line of stdout.
func (r *runner) runOnce(bin string, args []string, dir string) (Sample, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), r.cfg.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	readRSS, merr := measuredCommand(cmd)
	if merr != nil {
		return Sample{}, "", merr
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &limitedWriter{buf: &stderr, max: 64 << 10}
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	rss := readRSS()
	if ctx.Err() != nil {
		return Sample{}, "", fmt.Errorf("timeout after %s", r.cfg.timeout)
	}
	if err != nil {
		code := -1
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		}
		msg := firstLine(stderr.String())
		if msg == "" {
			msg = firstLine(stdout.String())
		}
		return Sample{}, "", fmt.Errorf("exit %d: %s", code, msg)
	}
	s := Sample{WallMs: float64(wall.Microseconds()) / 1000, RSSKB: rss}
	return s, lastLine(stdout.String()), nil
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\r\n\t "), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

type limitedWriter struct {
	buf *bytes.Buffer
	max int
}

func (w *limitedWriter) Write(p []byte) (int, error) {
	if room := w.max - w.buf.Len(); room > 0 {
		if len(p) > room {
			w.buf.Write(p[:room])
		} else {
			w.buf.Write(p)
		}
	}
	return len(p), nil
}

// missing probes each requirement on a runtime, once per run, and returns the first one it
// lacks ("" if none).
func (r *runner) missing(rt, bin string, reqs []string) string {
	for _, req := range reqs {
		key := rt + "|" + req
		why, done := r.probes[key]
		if !done {
			why = r.probe(rt, bin, req)
			r.probes[key] = why
		}
		if why != "" {
			return req
		}
	}
	return ""
}

func (r *runner) probe(rt, bin, req string) string {
	var name, src string
	switch {
	case strings.HasPrefix(req, "node:"):
		if rt == "raw" {
			return "bare goja has no require"
		}
		name, src = "probe.js", fmt.Sprintf("require(%q);\n", req)
	case strings.HasPrefix(req, "global:"):
		g := strings.TrimPrefix(req, "global:")
		name, src = "probe.js", fmt.Sprintf("if (typeof %s === 'undefined') throw new Error('no %s');\n", g, g)
	case req == "ts":
		name, src = "probe.ts", "const x: string = 'ok';\n"
	default:
		return "unknown requirement " + req
	}
	dir, err := os.MkdirTemp(r.cfg.tmp, "probe-")
	if err != nil {
		return err.Error()
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		return err.Error()
	}
	saved := r.cfg.timeout
	r.cfg.timeout = 20 * time.Second
	// The verdict is the exit code alone: the probe must not depend on console.log working.
	_, _, err = r.runOnce(bin, []string{path}, dir)
	r.cfg.timeout = saved
	if err != nil {
		return err.Error()
	}
	return ""
}

func summarize(r *RunResult) {
	if len(r.Samples) == 0 {
		return
	}
	get := func(f func(Sample) float64) *Stat {
		v := make([]float64, len(r.Samples))
		for i, s := range r.Samples {
			v[i] = f(s)
		}
		sort.Float64s(v)
		m := v[len(v)/2]
		if len(v)%2 == 0 {
			m = (v[len(v)/2-1] + v[len(v)/2]) / 2
		}
		return &Stat{Median: m, Min: v[0], Max: v[len(v)-1]}
	}
	r.Wall = get(func(s Sample) float64 { return s.WallMs })
	r.RSS = get(func(s Sample) float64 { return float64(s.RSSKB) })
	if r.Samples[0].RPS > 0 {
		r.RPS = get(func(s Sample) float64 { return s.RPS })
		r.P99 = get(func(s Sample) float64 { return s.P99Ms })
	}
}
