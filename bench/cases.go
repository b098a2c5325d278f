package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// A Case is one benchmark: a script (or a .cmd line of arguments) run by each runtime, or, in
// the http category, a server script measured with wrk.
type Case struct {
	Category string
	Name     string
	Args     []string // what follows the runtime binary
	Requires []string // node:<module>, global:<name> or ts: probed on gnode before running
	Raw      bool     // may run on bare goja too
	HTTP     *httpSpec
}

// loadCategory lists bench/<cat>/: *.js, *.mjs and *.ts files are scripts; *.cmd files hold one
// line of runtime arguments ({gen} is the generated-fixtures directory, {dir} the category's);
// *.server.js files are http servers, driven by the http cases in http.go.
func loadCategory(c *config, cat string) ([]*Case, error) {
	dir := filepath.Join(c.benchDir, cat)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var cases []*Case
	for _, e := range entries {
		name := e.Name()
		path := filepath.Join(dir, name)
		if e.IsDir() || strings.HasPrefix(name, "_") {
			continue
		}
		var cs *Case
		switch {
		case strings.HasSuffix(name, ".server.js"):
			continue
		case strings.HasSuffix(name, ".js"), strings.HasSuffix(name, ".mjs"), strings.HasSuffix(name, ".ts"):
			src, err := os.ReadFile(path)
			if err != nil {
				return nil, err
			}
			cs = &Case{Name: name, Args: []string{path}, Requires: parseRequires(string(src))}
		case strings.HasSuffix(name, ".cmd"):
			src, err := os.ReadFile(path)
			if err != nil {
				return nil, err
			}
			args, err := cmdArgs(c, dir, string(src))
			if err != nil {
				return nil, fmt.Errorf("%s: %v", name, err)
			}
			cs = &Case{Name: strings.TrimSuffix(name, ".cmd"), Args: args, Requires: parseRequires(string(src))}
		default:
			continue
		}
		cs.Category = cat
		cs.Raw = cat == "cpu"
		cases = append(cases, cs)
	}
	if cat == "http" {
		cases = append(cases, httpCases(c, dir)...)
	}
	sort.SliceStable(cases, func(i, j int) bool { return cases[i].Name < cases[j].Name })
	if c.filter != "" {
		var kept []*Case
		for _, cs := range cases {
			if strings.Contains(cs.Name, c.filter) {
				kept = append(kept, cs)
			}
		}
		cases = kept
	}
	return cases, nil
}

// parseRequires reads "// requires: node:zlib, global:Intl" (or "# requires: ...") from the
// first lines of a script.
func parseRequires(src string) []string {
	var reqs []string
	lines := strings.SplitN(src, "\n", 8)
	for _, l := range lines {
		l = strings.TrimSpace(l)
		l = strings.TrimPrefix(strings.TrimPrefix(l, "//"), "#")
		l = strings.TrimSpace(l)
		if rest, ok := strings.CutPrefix(l, "requires:"); ok {
			for _, r := range strings.Split(rest, ",") {
				if r = strings.TrimSpace(r); r != "" {
					reqs = append(reqs, r)
				}
			}
		}
	}
	return reqs
}

// cmdArgs: the first line of a .cmd file that is not blank or a # comment, split on spaces
// (single-quoted words keep their spaces).
func cmdArgs(c *config, dir, src string) ([]string, error) {
	for _, l := range strings.Split(src, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if strings.Contains(l, "{gen}") {
			gen, err := generateFixtures(c)
			if err != nil {
				return nil, err
			}
			l = strings.ReplaceAll(l, "{gen}", gen)
		}
		l = strings.ReplaceAll(l, "{dir}", dir)
		return splitWords(l), nil
	}
	return nil, fmt.Errorf("no arguments line")
}

func splitWords(s string) []string {
	var out []string
	var cur strings.Builder
	inQuote, have := false, false
	for _, r := range s {
		switch {
		case r == '\'':
			inQuote = !inQuote
			have = true
		case r == ' ' && !inQuote:
			if have {
				out = append(out, cur.String())
				cur.Reset()
				have = false
			}
		default:
			cur.WriteRune(r)
			have = true
		}
	}
	if have {
		out = append(out, cur.String())
	}
	return out
}

// generateFixtures writes, once per run, the startup fixtures into the run's temp directory:
// modules/main.js requiring 1,000 small CommonJS modules, esm/main.mjs importing 1,000 small ES
// modules, and big-5mb.js, a 5 MB script.
func generateFixtures(c *config) (string, error) {
	gen := filepath.Join(c.tmp, "gen")
	if _, err := os.Stat(filepath.Join(gen, "done")); err == nil {
		return gen, nil
	}
	mods := filepath.Join(gen, "modules")
	if err := os.MkdirAll(mods, 0o755); err != nil {
		return "", err
	}
	var main strings.Builder
	main.WriteString("'use strict';\nlet sum = 0;\n")
	for i := 0; i < 1000; i++ {
		src := fmt.Sprintf(`'use strict';
// generated module %[1]d
const base = %[1]d;
function compute(x) { return (x * 31 + base) %% 1000003; }
class Thing%[1]d { constructor(v) { this.v = v; } value() { return compute(this.v); } }
module.exports = { id: base, name: 'm%[1]d', compute, make: (v) => new Thing%[1]d(v) };
`, i)
		if err := os.WriteFile(filepath.Join(mods, fmt.Sprintf("m%d.js", i)), []byte(src), 0o644); err != nil {
			return "", err
		}
		fmt.Fprintf(&main, "sum += require('./m%d.js').make(%d).value();\n", i, i)
	}
	main.WriteString("console.log(String(sum));\n")
	if err := os.WriteFile(filepath.Join(mods, "main.js"), []byte(main.String()), 0o644); err != nil {
		return "", err
	}

	// the same tree as ES modules: each imports nothing and exports four names; main imports one
	esm := filepath.Join(gen, "esm")
	if err := os.MkdirAll(esm, 0o755); err != nil {
		return "", err
	}
	var emain strings.Builder
	emain.WriteString("let sum = 0;\n")
	for i := 0; i < 1000; i++ {
		src := fmt.Sprintf(`// generated module %[1]d
const base = %[1]d;
export function compute(x) { return (x * 31 + base) %% 1000003; }
class Thing%[1]d { constructor(v) { this.v = v; } value() { return compute(this.v); } }
export const id = base;
export const name = 'm%[1]d';
export const make = (v) => new Thing%[1]d(v);
`, i)
		if err := os.WriteFile(filepath.Join(esm, fmt.Sprintf("m%d.mjs", i)), []byte(src), 0o644); err != nil {
			return "", err
		}
		fmt.Fprintf(&emain, "import { make as make%[1]d } from './m%[1]d.mjs';\nsum += make%[1]d(%[1]d).value();\n", i)
	}
	emain.WriteString("console.log(String(sum));\n")
	if err := os.WriteFile(filepath.Join(esm, "main.mjs"), []byte(emain.String()), 0o644); err != nil {
		return "", err
	}

	var big strings.Builder
	big.WriteString("'use strict';\n// generated: a 5 MB script of functions and object literals\nconst table = [];\n")
	n := 0
	for big.Len() < 5<<20 {
		fmt.Fprintf(&big, `function f%[1]d(a, b) {
  const o = { id: %[1]d, name: 'fn%[1]d', tags: ['x', 'y', 'z%[1]d'], weight: %[1]d.5 };
  if (a > b) { return a - b + o.id; } else { return (b - a) * 2 + o.tags.length; }
}
table.push(f%[1]d);
`, n)
		n++
	}
	fmt.Fprintf(&big, "let s = 0;\nfor (let i = 0; i < table.length; i += 1000) s += table[i](i, 7);\nconsole.log(table.length + ' ' + s);\n")
	if err := os.WriteFile(filepath.Join(gen, "big-5mb.js"), []byte(big.String()), 0o644); err != nil {
		return "", err
	}
	if err := writeNoiseFile(filepath.Join(gen, "src-512mb.bin"), 512<<20); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(gen, "done"), nil, 0o644); err != nil {
		return "", err
	}
	return gen, nil
}

// writeNoiseFile writes size bytes that do not compress (the stream category copies it: issue
// #7's "copying a 512 MB file with stream.pipeline"), made once per bench run.
func writeNoiseFile(path string, size int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	buf := make([]byte, 1<<20)
	x := uint64(0x9e3779b97f4a7c15)
	for done := 0; done < size; done += len(buf) {
		for i := 0; i+8 <= len(buf); i += 8 {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			binary.LittleEndian.PutUint64(buf[i:], x)
		}
		if _, err := f.Write(buf); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}
