package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// TargetResult is one performance target's verdict: "met", "not met", "not measurable yet"
// (gnode lacks what it needs, or fails the script) or "not measured" (category not run).
type TargetResult struct {
	Text, Status, Detail string
}

type measure struct {
	v      float64
	why    string // set when there is no value
	status string // status to use when there is no value
}

func none(status, why string) measure { return measure{why: why, status: status} }

// stat picks a metric of a runtime on a case, or says why it cannot.
func stat(s *ResultSet, cat, name, rt, metric string) measure {
	cs := s.lookup(cat, name)
	if cs == nil {
		if s.category(cat) == nil {
			return none("not measured", fmt.Sprintf("run -category %s", cat))
		}
		return none("not measured", fmt.Sprintf("%s/%s not in the last %s run", cat, name, cat))
	}
	r := cs.Runtimes[rt]
	if r == nil {
		return none("not measured", fmt.Sprintf("%s not run (-raw?)", rt))
	}
	if r.Skipped != "" {
		st := "not measurable yet"
		if strings.HasPrefix(r.Skipped, "not run") {
			st = "not measured"
		}
		return none(st, fmt.Sprintf("%s: %s", rt, strings.TrimPrefix(r.Skipped, "skipped: ")))
	}
	if r.Error != "" {
		return none("not measurable yet", fmt.Sprintf("%s fails %s: %s", rt, name, clip(r.Error, 120)))
	}
	if rt != "node" && cs.Mismatch != "" && strings.Contains(cs.Mismatch, rt+" printed") {
		return none("not met", fmt.Sprintf("%s prints a wrong checksum on %s", rt, name))
	}
	var st *Stat
	switch metric {
	case "wall":
		st = r.Wall
	case "rss":
		st = r.RSS
	case "rps":
		st = r.RPS
	case "p99":
		st = r.P99
	}
	if st == nil || st.Median == 0 {
		return none("not measured", fmt.Sprintf("no %s on %s", metric, rt))
	}
	return measure{v: st.Median}
}

// ratioOf is a/b of two medians.
func ratioOf(s *ResultSet, cat, nameA, rtA, nameB, rtB, metric string) measure {
	a := stat(s, cat, nameA, rtA, metric)
	b := stat(s, cat, nameB, rtB, metric)
	// Say why gnode cannot be measured before saying node was not run.
	if rtA == "node" && b.why != "" {
		return b
	}
	if a.why != "" {
		return a
	}
	if b.why != "" {
		return b
	}
	return measure{v: a.v / b.v}
}

// verdict compares a ratio with a limit: "<=" (at most) or ">=" (at least).
func verdict(m measure, op string, limit float64, label string) (string, string) {
	if m.why != "" {
		return m.status, m.why
	}
	ok := m.v <= limit
	if op == ">=" {
		ok = m.v >= limit
	}
	st := "not met"
	if ok {
		st = "met"
	}
	return st, fmt.Sprintf("%s %.2f× (target %s %.2g×)", label, m.v, op, limit)
}

func gnodeVsNode(cat, name, metric, op string, limit float64, label string) func(*ResultSet) (string, string) {
	return func(s *ResultSet) (string, string) {
		return verdict(ratioOf(s, cat, name, "gnode", name, "node", metric), op, limit, label)
	}
}

// throughput: node's time over gnode's (so higher is better for gnode).
func throughput(cat, name string, limit float64) func(*ResultSet) (string, string) {
	return func(s *ResultSet) (string, string) {
		return verdict(ratioOf(s, cat, name, "node", name, "gnode", "wall"), ">=", limit, "throughput gnode/node")
	}
}

// geomean of gnode/<other> wall ratios over a category's cases.
func geomean(cat, other string, limit float64, label string) func(*ResultSet) (string, string) {
	return func(s *ResultSet) (string, string) {
		cr := s.category(cat)
		if cr == nil {
			return "not measured", "run -category " + cat
		}
		type pr struct {
			name string
			v    float64
		}
		var rs []pr
		var why []string
		for _, cs := range cr.Cases {
			m := ratioOf(s, cat, cs.Name, "gnode", cs.Name, other, "wall")
			if m.why != "" {
				why = append(why, cs.Name+": "+m.why)
				continue
			}
			rs = append(rs, pr{cs.Name, m.v})
		}
		if len(rs) == 0 {
			st := "not measurable yet"
			if len(why) > 0 && (strings.Contains(why[0], "not run") || strings.Contains(why[0], "-raw")) {
				st = "not measured"
			}
			if len(why) > 0 {
				return st, why[0]
			}
			return st, "no cases"
		}
		sum := 0.0
		for _, r := range rs {
			sum += math.Log(r.v)
		}
		g := math.Exp(sum / float64(len(rs)))
		sort.Slice(rs, func(i, j int) bool { return rs[i].v > rs[j].v })
		st, detail := verdict(measure{v: g}, "<=", limit, fmt.Sprintf("geometric mean of %d scripts %s", len(rs), label))
		detail += fmt.Sprintf("; worst %s %.2f×, best %s %.2f×", rs[0].name, rs[0].v, rs[len(rs)-1].name, rs[len(rs)-1].v)
		if len(why) > 0 {
			detail += fmt.Sprintf("; %d not comparable (%s)", len(why), clip(strings.Join(why, "; "), 160))
		}
		return st, detail
	}
}

// eachOf holds when every script of cat whose name starts with prefix is within limit (wall,
// gnode/node); it reports the worst one.
func eachOf(cat, prefix string, limit float64) func(*ResultSet) (string, string) {
	return func(s *ResultSet) (string, string) {
		cr := s.category(cat)
		if cr == nil {
			return "not measured", "run -category " + cat
		}
		worst, worstName, n := 0.0, "", 0
		var missing []string
		for _, cs := range cr.Cases {
			if !strings.HasPrefix(cs.Name, prefix) {
				continue
			}
			m := ratioOf(s, cat, cs.Name, "gnode", cs.Name, "node", "wall")
			if m.why != "" {
				missing = append(missing, cs.Name+": "+m.why)
				continue
			}
			n++
			if m.v > worst {
				worst, worstName = m.v, cs.Name
			}
		}
		if len(missing) > 0 {
			return "not measured", clip(strings.Join(missing, "; "), 160)
		}
		if n == 0 {
			return "not measured", "no " + prefix + "* scripts in the last " + cat + " run"
		}
		return verdict(measure{v: worst}, "<=", limit, fmt.Sprintf("worst of %d scripts %s gnode/node", n, worstName))
	}
}

type target struct {
	text string
	eval func(*ResultSet) (string, string)
}

var targets = []target{
	{"`gnode -e 0` wall ≤ 0.5× node", gnodeVsNode("startup", "eval-zero", "wall", "<=", 0.5, "wall gnode/node")},
	{"`gnode -e 0` peak RSS ≤ 0.6× node", gnodeVsNode("startup", "eval-zero", "rss", "<=", 0.6, "peak RSS gnode/node")},
	{"CPU-bound script on gnode ≤ 1.1× bare goja (issue #2)", geomean("cpu", "raw", 1.1, "gnode/raw")},
	{"1e6 setTimeout(f,0) ≤ 3× node", gnodeVsNode("loop", "timeout-1e6.js", "wall", "<=", 3, "wall gnode/node")},
	{"1e6 setImmediate ≤ 3× node", gnodeVsNode("loop", "immediate-1e6.js", "wall", "<=", 3, "wall gnode/node")},
	{"1e6 resolved promises ≤ 3× node", gnodeVsNode("loop", "promise-1e6.js", "wall", "<=", 3, "wall gnode/node")},
	{"1,000 CJS modules ≤ 1.5× node", gnodeVsNode("startup", "require-1000", "wall", "<=", 1.5, "wall gnode/node")},
	{"1,000 ES modules ≤ 1.5× node", gnodeVsNode("startup", "import-1000", "wall", "<=", 1.5, "wall gnode/node")},
	{"5 MB script ≤ 2× node", gnodeVsNode("startup", "script-5mb", "wall", "<=", 2, "wall gnode/node")},
	{"Buffer.from/toString 1 MB, concat 10k, indexOf 10 MB: each ≤ 2× node", eachOf("buffer", "op-", 2)},
	{"new URL() on 100k URLs ≤ 2× node", gnodeVsNode("url", "new-url-100k.js", "wall", "<=", 2, "wall gnode/node")},
	{"URLSearchParams round-trips ≤ 2× node", gnodeVsNode("url", "searchparams-roundtrip.js", "wall", "<=", 2, "wall gnode/node")},
	{"EventEmitter emit 1e6 ≤ 5× node", gnodeVsNode("loop", "emitter-1e6.js", "wall", "<=", 5, "wall gnode/node")},
	{"sha256 of 256 MB ≥ 0.8× node throughput", throughput("crypto", "sha256-256mb.js", 0.8)},
	{"512 MB stream pipeline copy ≥ 0.8× node throughput", throughput("stream", "pipeline-512mb", 0.8)},
	{"5,000 × 4 KB writeFileSync + readFileSync ≤ 1.5× node", gnodeVsNode("fs", "files-4k-sync.js", "wall", "<=", 1.5, "wall gnode/node")},
	{"5,000 × 4 KB fs/promises writeFile + readFile ≤ 1.5× node", gnodeVsNode("fs", "files-4k-promises.js", "wall", "<=", 1.5, "wall gnode/node")},
	{"gzip 64 MB ≤ 1.2× node", gnodeVsNode("zlib", "gzip-64mb.js", "wall", "<=", 1.2, "wall gnode/node")},
	{"http hello ≥ 1.0× node req/s", gnodeVsNode("http", "hello-keepalive", "rps", ">=", 1.0, "req/s gnode/node")},
	{"http hello p99 ≤ node", gnodeVsNode("http", "hello-keepalive", "p99", "<=", 1.0, "p99 gnode/node")},
	{"http hello without keep-alive ≥ 0.8× node req/s", gnodeVsNode("http", "hello-no-keepalive", "rps", ">=", 0.8, "req/s gnode/node")},
	{"http JSON echo ≥ 0.8× node req/s", gnodeVsNode("http", "json-echo", "rps", ">=", 0.8, "req/s gnode/node")},
	{"10k idle connections RSS ≤ node", gnodeVsNode("http", "idle-10k-conns", "rss", "<=", 1.0, "RSS gnode/node")},
	{"fetch 100 MB ≥ 0.8× node throughput", throughput("http", "fetch-100mb.js", 0.8)},
	{"regexp `\\p{L}` ≤ 3× `[a-zA-Z]` (gnode vs itself)", func(s *ResultSet) (string, string) {
		return verdict(ratioOf(s, "cpu", "regex-unicode.js", "gnode", "regex-ascii.js", "gnode", "wall"), "<=", 3, "\\p{L}/[a-zA-Z] on gnode")
	}},
	{"Intl format 1e5 ≤ 5× node", gnodeVsNode("cpu", "intl-format.js", "wall", "<=", 5, "wall gnode/node")},
	{"TypeScript startup ≤ 1.2× JS (gnode vs itself)", func(s *ResultSet) (string, string) {
		return verdict(ratioOf(s, "startup", "hello-ts.ts", "gnode", "hello.js", "gnode", "wall"), "<=", 1.2, "hello-ts.ts/hello.js on gnode")
	}},
}

func evalTargets(s *ResultSet) []TargetResult {
	var out []TargetResult
	for _, t := range targets {
		st, d := t.eval(s)
		out = append(out, TargetResult{t.text, st, d})
	}
	return out
}

func targetsText(s *ResultSet) string {
	var b strings.Builder
	b.WriteString("== targets (from the categories of this run")
	if s.Command == "(per category, below)" {
		b.WriteString(" and the -json file")
	}
	b.WriteString(")\n")
	for _, t := range evalTargets(s) {
		fmt.Fprintf(&b, "  %-20s %s: %s\n", t.Status, strings.ReplaceAll(t.Text, "`", ""), t.Detail)
	}
	return b.String()
}
