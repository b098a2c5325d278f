package loader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// A tsconfig is what gnode takes from the nearest tsconfig.json of a TypeScript or JSX file: its
// JSX settings (given to esbuild when transforming) and its "paths" (used when resolving bare
// specifiers from files below it). "extends" is not followed.
type tsconfig struct {
	dir     string
	baseURL string // absolute; dir when baseUrl is not set
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
		tc = parseTsconfig(dir, data)
	} else if parent := filepath.Dir(dir); parent != dir && filepath.Base(dir) != "node_modules" {
		tc = tsconfigIn(parent)
	}
	tsconfigs.Store(dir, tc)
	return tc
}

// parseTsconfig reads a tsconfig.json (JSON with comments and trailing commas).
func parseTsconfig(dir string, data []byte) *tsconfig {
	var raw struct {
		CompilerOptions struct {
			BaseURL            string              `json:"baseUrl"`
			Paths              map[string][]string `json:"paths"`
			JSX                string              `json:"jsx"`
			JSXFactory         string              `json:"jsxFactory"`
			JSXFragmentFactory string              `json:"jsxFragmentFactory"`
			JSXImportSource    string              `json:"jsxImportSource"`
		} `json:"compilerOptions"`
	}
	tc := &tsconfig{dir: dir, baseURL: dir}
	if json.Unmarshal(stripJSONC(data), &raw) != nil {
		return tc // an unreadable tsconfig changes nothing, as with esbuild
	}
	co := raw.CompilerOptions
	if co.BaseURL != "" {
		tc.baseURL = filepath.Join(dir, co.BaseURL)
	}
	for p, targets := range co.Paths {
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
	jsx := map[string]string{}
	for k, v := range map[string]string{"jsx": co.JSX, "jsxFactory": co.JSXFactory,
		"jsxFragmentFactory": co.JSXFragmentFactory, "jsxImportSource": co.JSXImportSource} {
		if v != "" {
			jsx[k] = v
		}
	}
	if len(jsx) > 0 {
		b, _ := json.Marshal(jsx)
		tc.jsx = string(b)
	}
	return tc
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
