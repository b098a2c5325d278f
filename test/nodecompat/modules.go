package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

// prefixes maps a test name's leading words (after "test-") to the Node module it exercises.
// Two-word prefixes are tried before one-word ones; a word not listed is its own group.
var prefixes = map[string]string{
	"child-process": "child_process", "diagnostics-channel": "diagnostics_channel",
	"async-hooks": "async_hooks", "async-local": "async_hooks", "async-wrap": "async_hooks",
	"perf-hooks": "perf_hooks", "event-emitter": "events", "string-decoder": "string_decoder",
	"trace-events": "trace_events", "source-map": "module", "shadow-realm": "vm", "next-tick": "process",
	"whatwg-url": "url", "whatwg-encoding": "util", "whatwg-events": "events", "whatwg-readablebytestream": "stream",
	"whatwg-readablestream": "stream", "whatwg-webstreams": "stream", "whatwg-transformstream": "stream",
	"whatwg-writablestream": "stream", "file-write-stream": "fs", "file-read": "fs",

	"http": "http", "https": "https", "http2": "http2", "h2": "http2", "h2leak": "http2",
	"fs": "fs", "filehandle": "fs", "file": "fs", "directory": "fs",
	"tls": "tls", "x509": "crypto", "openssl": "crypto",
	"stream": "stream", "stream2": "stream", "stream3": "stream", "streams": "stream", "readable": "stream",
	"webstream": "stream", "webstreams": "stream",
	"net": "net", "tcp": "net", "pipe": "net", "socket": "net", "listen": "net", "socketaddress": "net", "blocklist": "net",
	"worker": "worker_threads", "messagechannel": "worker_threads", "messageport": "worker_threads",
	"messaging": "worker_threads", "broadcastchannel": "worker_threads", "messageevent": "worker_threads",
	"crypto": "crypto", "webcrypto": "crypto", "hash": "crypto", "dsa": "crypto",
	"child": "child_process", "spawn": "child_process",
	"repl": "repl", "vm": "vm", "shadow": "vm",
	"process": "process", "cwd": "process", "env": "process", "kill": "process", "signal": "process",
	"sigint": "process", "beforeexit": "process", "exception": "process", "unhandled": "process",
	"setproctitle": "process", "stdin": "process", "stdout": "process", "stdio": "process", "uv": "process",
	"cluster": "cluster", "dgram": "dgram", "inspector": "inspector", "debugger": "inspector",
	"buffer": "buffer", "blob": "buffer", "btoa": "buffer", "stringbytes": "buffer", "utf8": "buffer",
	"fastutf8stream": "fs",
	"zlib":           "zlib", "compression": "zlib",
	"timers": "timers", "tick": "timers", "next": "process", "microtask": "timers", "queue": "timers",
	"runner": "test", "diagnostics": "diagnostics_channel", "diagnostic": "diagnostics_channel",
	"domain": "domain", "async": "async_hooks", "als": "async_hooks", "asyncresource": "async_hooks",
	"trace": "trace_events", "tracing": "trace_events",
	"permission": "permission", "module": "module", "require": "module", "esm": "module", "preload": "module",
	"compile": "module", "source": "module",
	"internal": "internal", "primordials": "internal", "binding": "internal",
	"event": "events", "events": "events", "eventemitter": "events", "eventtarget": "events", "nodeeventtarget": "events",
	"snapshot": "snapshot", "dns": "dns",
	"util": "util", "inspect": "util", "validators": "util", "mime": "util", "diff": "util",
	"eslint":   "eslint (tools/eslint rules)",
	"readline": "readline", "console": "console",
	"v8": "v8", "heap": "v8", "heapdump": "v8", "heapsnapshot": "v8", "gc": "v8", "cppheap": "v8",
	"weakref": "v8", "finalization": "v8",
	"promise": "promises (globals)", "promises": "promises (globals)",
	"assert": "assert", "sqlite": "sqlite", "path": "path",
	"perf": "perf_hooks", "performance": "perf_hooks", "performanceobserver": "perf_hooks",
	"url": "url", "urlpattern": "url", "fileurltopathbuffer": "url", "punycode": "punycode",
	"global": "globals", "globals": "globals", "structuredClone": "globals", "domexception": "globals",
	"abortcontroller": "globals", "abortsignal": "globals", "navigator": "globals", "websocket": "globals",
	"eventsource": "globals", "fetch": "globals", "webstorage": "globals",
	"errors": "errors", "error": "errors", "err": "errors", "throw": "errors",
	"os": "os", "querystring": "querystring",
	"icu": "intl", "intl": "intl", "tz": "intl", "datetime": "intl", "unicode": "intl",
	"quic": "quic", "tty": "tty", "ttywrap": "tty", "string": "string_decoder", "sea": "sea", "wasi": "wasi",
	"cli": "cli", "options": "cli", "startup": "cli", "bootstrap": "cli", "config": "cli", "dotenv": "cli",
	"eval": "cli", "security": "cli", "force": "cli", "disable": "cli", "experimental": "cli", "node": "cli",
	"common": "test harness (common)", "benchmark": "test harness (common)",
}

// builtins are Node v24's builtin modules (require('module').builtinModules, plus the
// node:-only ones); a summary row named after one gets an "in gnode" probe.
var builtins = strings.Fields(`assert assert/strict async_hooks buffer child_process cluster console constants crypto
dgram diagnostics_channel dns dns/promises domain events fs fs/promises http http2 https inspector
inspector/promises module net os path path/posix path/win32 perf_hooks process punycode querystring
readline readline/promises repl stream stream/consumers stream/promises stream/web string_decoder sys
timers timers/promises tls trace_events tty url util util/types v8 vm wasi worker_threads zlib
sea sqlite test test/reporters`)

// probeModules runs `require('node:<m>')` with bin for every builtin module and records
// whether it loads.
func probeModules(bin, tmp string) map[string]bool {
	out := map[string]bool{}
	dir, err := os.MkdirTemp(tmp, "probe-")
	if err != nil {
		return out
	}
	for _, m := range builtins {
		file := filepath.Join(dir, "probe.js")
		if os.WriteFile(file, []byte("require('node:"+m+"');\n"), 0o644) != nil {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		err := exec.CommandContext(ctx, bin, file).Run()
		cancel()
		out[m] = err == nil
	}
	return out
}

func moduleCell(m string, avail map[string]bool) string {
	if avail == nil {
		return "?"
	}
	have, ok := avail[m]
	switch {
	case !ok:
		return "" // not a module (cli, globals, ...)
	case have:
		return "yes"
	}
	return "no"
}

func moduleOf(base string) string {
	name := strings.TrimPrefix(base, "test-")
	name = strings.TrimSuffix(strings.TrimSuffix(name, ".mjs"), ".js")
	words := strings.Split(name, "-")
	if len(words) >= 2 {
		if m, ok := prefixes[words[0]+"-"+words[1]]; ok {
			return m
		}
	}
	if m, ok := prefixes[words[0]]; ok {
		return m
	}
	return "other"
}

// ModuleRow is one line of the per-module summary.
type ModuleRow struct {
	Module                           string
	Total, Pass, Fail, Timeout, Skip int
	NodePass                         int      // tests the reference node passes (with -baseline)
	NodeRan                          int      // tests of this row that the baseline has
	TopReasons                       []string // most frequent failure reasons, with counts
}

func moduleSummary(results []*Result, base map[string]string) []*ModuleRow {
	rows := map[string]*ModuleRow{}
	reasons := map[string]map[string]int{}
	for _, r := range results {
		row := rows[r.Module]
		if row == nil {
			row = &ModuleRow{Module: r.Module}
			rows[r.Module] = row
			reasons[r.Module] = map[string]int{}
		}
		row.Total++
		if base[r.Name] == "pass" {
			row.NodePass++
		}
		if base[r.Name] != "" {
			row.NodeRan++
		}
		switch r.Status {
		case "pass":
			row.Pass++
		case "fail":
			row.Fail++
			reasons[r.Module][normalizeReason(r.Reason)]++
		case "timeout":
			row.Timeout++
			reasons[r.Module]["timeout"]++
		case "skip":
			row.Skip++
		}
	}
	var out []*ModuleRow
	for m, row := range rows {
		type kv struct {
			k string
			v int
		}
		var list []kv
		for k, v := range reasons[m] {
			list = append(list, kv{k, v})
		}
		sort.Slice(list, func(i, j int) bool { return list[i].v > list[j].v || list[i].v == list[j].v && list[i].k < list[j].k })
		for i := 0; i < len(list) && i < 2; i++ {
			row.TopReasons = append(row.TopReasons, fmt.Sprintf("%d× %s", list[i].v, clip(list[i].k, 110)))
		}
		out = append(out, row)
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].Total > out[j].Total || out[i].Total == out[j].Total && out[i].Module < out[j].Module
	})
	return out
}

// normalizeReason drops test-specific paths and numbers so that equal causes group together.
func normalizeReason(s string) string {
	if s == "" {
		return "(no output)"
	}
	if i := strings.Index(s, "/work/"); i >= 0 {
		if j := strings.IndexAny(s[i:], " '\")"); j > 0 {
			s = s[:i] + "<path>" + s[i+j:]
		}
	}
	return s
}

func summaryText(rows []*ModuleRow, withBase bool) string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 2, 4, 2, ' ', 0)
	nodeCol := ""
	if withBase {
		nodeCol = "node pass\t"
	}
	fmt.Fprintln(tw, "module\ttests\t"+nodeCol+"pass\tfail\ttimeout\tskip\tpass %\tmost common failure")
	for _, r := range rows {
		top := ""
		if len(r.TopReasons) > 0 {
			top = r.TopReasons[0]
		}
		nc := ""
		if withBase {
			nc = nodeCell(r) + "\t"
		}
		fmt.Fprintf(tw, "%s\t%d\t%s%d\t%d\t%d\t%d\t%s\t%s\n", r.Module, r.Total, nc, r.Pass, r.Fail, r.Timeout, r.Skip, pct(r.Pass, r.Total-r.Skip), top)
	}
	tw.Flush()
	return b.String()
}

// nodeCell: how many tests node passes; "n/m" when the baseline ran only m of the row's tests.
func nodeCell(r *ModuleRow) string {
	switch {
	case r.NodeRan == 0:
		return "–"
	case r.NodeRan < r.Total-r.Skip:
		return fmt.Sprintf("%d/%d run", r.NodePass, r.NodeRan)
	}
	return fmt.Sprintf("%d", r.NodePass)
}

func pct(a, b int) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f%%", 100*float64(a)/float64(b))
}

const mdBegin, mdEnd = "<!-- nodecompat:begin -->", "<!-- nodecompat:end -->"

func writeMarkdown(file string, rep *Report, rows []*ModuleRow, dirs string, withBase bool) error {
	avail := rep.Modules
	var b strings.Builder
	b.WriteString(mdBegin + "\n")
	b.WriteString("<!-- generated by `go run ./test/nodecompat ... -markdown docs/COMPAT.md`; edits between the markers are overwritten -->\n\n")
	fmt.Fprintf(&b, "Node test suite: `test/%s` of %s; binary %s (%s); %s.  \n", dirs, rep.Suite, shortBin(rep.Binary), rep.Version, rep.Date)
	fmt.Fprintf(&b, "**%d passed, %d failed, %d timed out, %d skipped (SKIP on Linux in the .status file), of %d.**\n\n",
		rep.Counts["pass"], rep.Counts["fail"], rep.Counts["timeout"], rep.Counts["skip"], rep.Selected)
	if withBase {
		b.WriteString("| module (test-name prefix) | require() in gnode | tests | node v24.21.0 passes | gnode passes | fail | timeout | skip | gnode pass % | most common failures |\n|---|---|---|---|---|---|---|---|---|---|\n")
	} else {
		b.WriteString("| module (test-name prefix) | require() in gnode | tests | gnode passes | fail | timeout | skip | gnode pass % | most common failures |\n|---|---|---|---|---|---|---|---|---|\n")
	}
	tot := &ModuleRow{Module: "**all**"}
	for _, r := range rows {
		tot.Total += r.Total
		tot.NodePass += r.NodePass
		tot.NodeRan += r.NodeRan
		tot.Pass += r.Pass
		tot.Fail += r.Fail
		tot.Timeout += r.Timeout
		tot.Skip += r.Skip
	}
	for _, r := range append(rows, tot) {
		nc := ""
		if withBase {
			nc = nodeCell(r) + " | "
		}
		fmt.Fprintf(&b, "| %s | %s | %d | %s%d | %d | %d | %d | %s | %s |\n", r.Module, moduleCell(r.Module, avail), r.Total, nc, r.Pass, r.Fail, r.Timeout, r.Skip,
			pct(r.Pass, r.Total-r.Skip), mdEscape(strings.Join(r.TopReasons, "; ")))
	}
	if avail != nil {
		var have, lack []string
		for _, m := range builtins {
			if avail[m] {
				have = append(have, m)
			} else {
				lack = append(lack, m)
			}
		}
		fmt.Fprintf(&b, "\n`require('node:X')` loads in gnode for %d of %d builtin modules: %s.  \nNot yet: %s.\n",
			len(have), len(builtins), strings.Join(have, ", "), strings.Join(lack, ", "))
	}
	b.WriteString("\n" + mdEnd + "\n")
	md := b.String()
	old, err := os.ReadFile(file)
	if err == nil {
		s := string(old)
		i, j := strings.Index(s, mdBegin), strings.Index(s, mdEnd)
		if i >= 0 && j > i {
			end := j + len(mdEnd)
			if end < len(s) && s[end] == '\n' {
				end++
			}
			return os.WriteFile(file, []byte(s[:i]+md+s[end:]), 0o644)
		}
		return os.WriteFile(file, []byte(s+"\n"+md), 0o644)
	}
	return os.WriteFile(file, []byte("# Node.js compatibility\n\n"+md), 0o644)
}

func shortBin(p string) string {
	if strings.Contains(p, "gnode-nodecompat-") {
		return "gnode (built from the repository)"
	}
	return "`" + p + "`"
}

func mdEscape(s string) string {
	s = strings.ReplaceAll(s, "|", "\\|")
	s = strings.ReplaceAll(s, "`", "'")
	return strings.ReplaceAll(s, "\n", " ")
}
