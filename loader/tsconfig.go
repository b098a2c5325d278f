package loader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// A tsconfig is what gnode takes from the nearest tsconfig.json of a TypeScript or JSX file,
// with the configurations it "extends" merged in: its JSX settings (given to esbuild when
// transforming) and its "paths" (used when resolving bare specifiers from files below it).
type tsconfig struct {
	dir     string
	baseURL string // where "paths" targets are relative to: baseUrl, or the file that set paths
	paths   []tsPath
	// jsx is the compilerOptions subset esbuild reads, as JSON ("" when there is none)
	jsx string
}

type tsPath struct {
	pattern string // "@app/*" or an exact name
	targets []string
}

var tsconfigs sync.Map // directory -> *tsconfig (nil: none at or above it)

// tsconfigFor returns the nearest tsconfig.json above filename, or nil.
func tsconfigFor(filename string) *tsconfig {
	if filename == "" || !filepath.IsAbs(filename) {
		return nil
	}
	return tsconfigIn(filepath.Dir(filename))
}

func tsconfigIn(dir string) *tsconfig {
	if v, ok := tsconfigs.Load(dir); ok {
		return v.(*tsconfig)
	}
	var tc *tsconfig
	if data, err := os.ReadFile(filepath.Join(dir, "tsconfig.json")); err == nil {
		tc = parseTsconfigFile(filepath.Join(dir, "tsconfig.json"), data)
	} else if parent := filepath.Dir(dir); parent != dir && filepath.Base(dir) != "node_modules" {
		tc = tsconfigIn(parent)
	}
	tsconfigs.Store(dir, tc)
	return tc
}

// tsOptions are the compilerOptions gnode reads, after "extends" is applied: each is set by
// the last configuration in the chain that gives it.
type tsOptions struct {
	baseURL   string // absolute, "" when unset
	paths     map[string][]string
	pathsBase string // directory of the configuration that gave paths
	jsx       map[string]string
}

type tsRaw struct {
	Extends         json.RawMessage `json:"extends"`
	CompilerOptions struct {
		BaseURL            *string             `json:"baseUrl"`
		Paths              map[string][]string `json:"paths"`
		JSX                string              `json:"jsx"`
		JSXFactory         string              `json:"jsxFactory"`
		JSXFragmentFactory string              `json:"jsxFragmentFactory"`
		JSXImportSource    string              `json:"jsxImportSource"`
	} `json:"compilerOptions"`
}

// parseTsconfig reads a tsconfig.json found in dir (kept for callers with the text at hand).
func parseTsconfig(dir string, data []byte) *tsconfig {
	return parseTsconfigFile(filepath.Join(dir, "tsconfig.json"), data)
}

// parseTsconfigFile reads a tsconfig.json (JSON with comments and trailing commas) and the
// configurations it extends.
func parseTsconfigFile(file string, data []byte) *tsconfig {
	dir := filepath.Dir(file)
	opts := &tsOptions{jsx: map[string]string{}}
	loadTsOptions(file, data, opts, map[string]bool{})
	tc := &tsconfig{dir: dir, baseURL: dir}
	switch {
	case opts.baseURL != "":
		tc.baseURL = opts.baseURL
	case opts.pathsBase != "":
		tc.baseURL = opts.pathsBase
	}
	for p, targets := range opts.paths {
		tc.paths = append(tc.paths, tsPath{pattern: p, targets: targets})
	}
	// TypeScript picks the pattern with the longest prefix before '*'
	sort.Slice(tc.paths, func(i, j int) bool {
		pi, pj := tc.paths[i].pattern, tc.paths[j].pattern
		li, lj := strings.IndexByte(pi, '*'), strings.IndexByte(pj, '*')
		if li < 0 {
			li = len(pi) + 1
		}
		if lj < 0 {
			lj = len(pj) + 1
		}
		if li != lj {
			return li > lj
		}
		return pi < pj
	})
	if len(opts.jsx) > 0 {
		b, _ := json.Marshal(opts.jsx)
		tc.jsx = string(b)
	}
	return tc
}

// loadTsOptions applies the configuration in file to opts: first the ones it extends, in
// order (TypeScript 5 takes an array), then its own options. seen stops cycles.
func loadTsOptions(file string, data []byte, opts *tsOptions, seen map[string]bool) {
	if seen[file] {
		return
	}
	seen[file] = true
	var raw tsRaw
	if json.Unmarshal(stripJSONC(data), &raw) != nil {
		return // an unreadable tsconfig changes nothing, as with esbuild
	}
	dir := filepath.Dir(file)
	var bases []string
	if len(raw.Extends) > 0 {
		var one string
		if json.Unmarshal(raw.Extends, &one) == nil {
			bases = []string{one}
		} else {
			_ = json.Unmarshal(raw.Extends, &bases)
		}
	}
	for _, b := range bases {
		if baseFile := resolveTsExtends(b, dir); baseFile != "" {
			if bd, err := os.ReadFile(baseFile); err == nil {
				loadTsOptions(baseFile, bd, opts, seen)
			}
		}
	}
	co := raw.CompilerOptions
	if co.BaseURL != nil {
		opts.baseURL = filepath.Join(dir, *co.BaseURL)
	}
	if co.Paths != nil {
		opts.paths = co.Paths
		opts.pathsBase = dir
	}
	for k, v := range map[string]string{"jsx": co.JSX, "jsxFactory": co.JSXFactory,
		"jsxFragmentFactory": co.JSXFragmentFactory, "jsxImportSource": co.JSXImportSource} {
		if v != "" {
			opts.jsx[k] = v
		}
	}
}

// resolveTsExtends finds the file an "extends" entry names: a path relative to the
// configuration (".json" added when missing), or a package in node_modules (its tsconfig.json,
// its package.json "tsconfig" field, or a file inside it).
func resolveTsExtends(spec, dir string) string {
	isFile := func(p string) bool {
		st, err := os.Stat(p)
		return err == nil && !st.IsDir()
	}
	withJSON := func(p string) string {
		if isFile(p) {
			return p
		}
		if !strings.HasSuffix(p, ".json") && isFile(p+".json") {
			return p + ".json"
		}
		return ""
	}
	if strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || filepath.IsAbs(spec) || spec == "." || spec == ".." {
		p := spec
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, spec)
		}
		return withJSON(p)
	}
	for d := dir; ; d = filepath.Dir(d) {
		base := filepath.Join(d, "node_modules", spec)
		if f := withJSON(base); f != "" {
			return f
		}
		if st, err := os.Stat(base); err == nil && st.IsDir() {
			if pj, err := os.ReadFile(filepath.Join(base, "package.json")); err == nil {
				var pkg struct {
					Tsconfig string `json:"tsconfig"`
				}
				if json.Unmarshal(pj, &pkg) == nil && pkg.Tsconfig != "" {
					if f := withJSON(filepath.Join(base, pkg.Tsconfig)); f != "" {
						return f
					}
				}
			}
			if f := filepath.Join(base, "tsconfig.json"); isFile(f) {
				return f
			}
		}
		if parent := filepath.Dir(d); parent == d {
			return ""
		}
	}
}

// stripJSONC removes // and /* */ comments and trailing commas outside strings.
func stripJSONC(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '"':
			j := i + 1
			for ; j < len(b) && b[j] != '"'; j++ {
				if b[j] == '\\' {
					j++
				}
			}
			if j >= len(b) {
				j = len(b) - 1
			}
			out = append(out, b[i:j+1]...)
			i = j
		case c == '/' && i+1 < len(b) && b[i+1] == '/':
			for i < len(b) && b[i] != '\n' {
				i++
			}
			i--
		case c == '/' && i+1 < len(b) && b[i+1] == '*':
			end := strings.Index(string(b[i+2:]), "*/")
			if end < 0 {
				return out
			}
			i += end + 3
		case c == ',':
			j := i + 1
			for j < len(b) && (b[j] == ' ' || b[j] == '\t' || b[j] == '\n' || b[j] == '\r') {
				j++
			}
			if j < len(b) && (b[j] == '}' || b[j] == ']') {
				continue
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return out
}

// tsResolveExtensions are tried, in order, after a "paths" target.
var tsResolveExtensions = []string{"", ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", ".json",
	"/index.ts", "/index.tsx", "/index.js", "/index.jsx"}

// resolveTsPath maps a bare specifier through the "paths" of the tsconfig above the importing
// file to an existing file, or "".
func resolveTsPath(spec, parentPath string) string {
	tc := tsconfigFor(parentPath)
	if tc == nil || len(tc.paths) == 0 {
		return ""
	}
	for _, p := range tc.paths {
		star := strings.IndexByte(p.pattern, '*')
		var match string
		if star < 0 {
			if spec != p.pattern {
				continue
			}
		} else {
			pre, post := p.pattern[:star], p.pattern[star+1:]
			if !strings.HasPrefix(spec, pre) || !strings.HasSuffix(spec, post) || len(spec) < len(pre)+len(post) {
				continue
			}
			match = spec[len(pre) : len(spec)-len(post)]
		}
		for _, t := range p.targets {
			base := filepath.Join(tc.baseURL, strings.Replace(t, "*", match, 1))
			for _, ext := range tsResolveExtensions {
				if st, err := os.Stat(base + ext); err == nil && !st.IsDir() {
					return base + ext
				}
			}
		}
		return "" // the first matching pattern decides, as in TypeScript
	}
	return ""
}
