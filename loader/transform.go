package loader

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/gnode-dev/gnode/internal/uniprops"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/evanw/esbuild/pkg/api"
)

// esbuildVersion is part of every cache key: a different esbuild may print different code.
const esbuildVersion = "esbuild-0.28.2"

// transformFormat is bumped when the shape of the code this package generates changes.
const transformFormat = "gnode-transform-20" // 18, 19: v-flag regexp literals checked; 20: empty async generators get their prototypes

// cjsWrapperShift is the length of the runtime's CommonJS wrapper head, which shares line 1 with
// the user's code: the runtime subtracts it from columns reported on line 1, so mappings to
// line 1 add it back.
const cjsWrapperShift = len("(function (exports, require, module, __filename, __dirname) { ")

// Transform modes.
const (
	modeCJS = "cjs" // a CommonJS file the engine cannot parse: lowered, still CommonJS
	modeESM = "esm" // an ES module: converted to a function the ESM linker drives
)

// The parameters of the functions generated for each mode. ESM code sees none of the CommonJS
// names: esbuild's define sends user references to them to names nothing declares.
const (
	cjsParams = "exports, require, module, __filename, __dirname, __gnode_toESM, __gnode_import"
	esmParams = "require, __gnode_module, __gnode_meta, __gnode_toESM, __gnode_toCJS, __gnode_pause, __gnode_import, __gnode_esm"
)

// transformed is the result of one transform: the code of a function expression (with an inline
// source map back to the original file) and what the ESM linker needs to know about it.
type transformed struct {
	Code     string     `json:"-"`
	Requests []string   `json:"requests,omitempty"` // static imports, in order
	Names    [][]string `json:"names,omitempty"`    // names imported from each request
	Exports  []string   `json:"exports,omitempty"`  // names this module exports (stars aside)
	Stars    []string   `json:"stars,omitempty"`    // export * from these requests
	TLA      bool       `json:"tla,omitempty"`
	TLASites [][2]int   `json:"tlaSites,omitempty"` // line, column (1-based) of each top-level await
	// Attrs is the "type" import attribute given per specifier (static imports, and import()
	// calls with a literal specifier), which esbuild's CommonJS output does not keep.
	Attrs map[string]string `json:"attrs,omitempty"`
}

// reImportAttr finds `from 'x' with { type: 'json' }` (and `import 'x' with …`, `assert`), and
// `import('x', { with: { type: 'json' } })`.
var (
	reImportAttr  = regexp.MustCompile(`(?:\bfrom|\bimport)\s*(?:'([^'\\\n]*)'|"([^"\\\n]*)")\s*(?:with|assert)\s*\{\s*(?:type|'type'|"type")\s*:\s*(?:'([^'\n]*)'|"([^"\n]*)")\s*,?\s*\}`)
	reDynamicAttr = regexp.MustCompile(`\bimport\(\s*(?:'([^'\\\n]*)'|"([^"\\\n]*)")\s*,\s*\{\s*(?:with|assert)\s*:\s*\{\s*(?:type|'type'|"type")\s*:\s*(?:'([^'\n]*)'|"([^"\n]*)")\s*,?\s*\}\s*,?\s*\}\s*\)`)
)

// scanImportAttributes fills t.Attrs from the original source.
func scanImportAttributes(src string, t *transformed) {
	if !strings.Contains(src, "with") && !strings.Contains(src, "assert") {
		return
	}
	for _, re := range []*regexp.Regexp{reImportAttr, reDynamicAttr} {
		for _, m := range re.FindAllStringSubmatch(src, -1) {
			if t.Attrs == nil {
				t.Attrs = map[string]string{}
			}
			t.Attrs[m[1]+m[2]] = m[3] + m[4]
		}
	}
}

// transformError is esbuild's first error, with its position in the original source.
type transformError struct {
	Msg       string
	Line, Col int // 1-based
	Len       int // of the bad token
}

func (e *transformError) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

var (
	cacheDirOnce sync.Once
	cacheDir     string
)

// transformCacheDir is os.UserCacheDir()/gnode/transform, or "" when there is none (GNODE_NO_
// TRANSFORM_CACHE=1 also turns it off). GNODE_TRANSFORM_CACHE overrides the place.
func transformCacheDir() string {
	cacheDirOnce.Do(func() {
		if os.Getenv("GNODE_NO_TRANSFORM_CACHE") != "" {
			return
		}
		if d := os.Getenv("GNODE_TRANSFORM_CACHE"); d != "" {
			cacheDir = d
			return
		}
		if d, err := os.UserCacheDir(); err == nil {
			cacheDir = filepath.Join(d, "gnode", "transform")
		}
	})
	return cacheDir
}

// transformStats counts esbuild runs, for tests of the cache.
var transformStats struct {
	sync.Mutex
	runs int
}

func cacheKey(mode, loader, name, src string) string {
	h := sha256.New()
	tsJSX := ""
	if loader == "ts" || loader == "tsx" || loader == "jsx" {
		if tc := tsconfigFor(pathOfName(name)); tc != nil {
			tsJSX = tc.jsx
		}
	}
	for _, s := range []string{esbuildVersion, transformFormat, mode, loader, name, tsJSX} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	h.Write([]byte(src))
	return hex.EncodeToString(h.Sum(nil))
}

// pathOfName is the file path behind a module's name (a path, or a file: URL for ES modules).
func pathOfName(name string) string {
	if strings.HasPrefix(name, "file://") {
		if u, err := url.Parse(name); err == nil {
			return u.Path
		}
	}
	return name
}

// transform converts src (the file at name; for ES modules name is its URL) into the code of a
// function expression for mode, using and filling the on-disk cache.
func transform(mode, loader, name, src string) (*transformed, error) {
	// the engine reads \p{L} in a regexp literal as "p"
	src = uniprops.RewriteLiterals(src)
	dir := transformCacheDir()
	key := cacheKey(mode, loader, name, src)
	var file string
	if dir != "" {
		file = filepath.Join(dir, key[:2], key)
		if data, err := os.ReadFile(file); err == nil {
			if meta, code, ok := strings.Cut(string(data), "\n"); ok {
				t := &transformed{Code: code}
				if json.Unmarshal([]byte(meta), t) == nil {
					return t, nil
				}
			}
		}
	}
	t, err := runTransform(mode, loader, name, src)
	if err != nil {
		return nil, err
	}
	if file != "" {
		meta, _ := json.Marshal(t)
		if os.MkdirAll(filepath.Dir(file), 0o755) == nil {
			tmp := file + ".tmp" + strconv.Itoa(os.Getpid())
			if os.WriteFile(tmp, append(append(meta, '\n'), t.Code...), 0o644) == nil {
				if os.Rename(tmp, file) != nil {
					os.Remove(tmp)
				} else {
					maybePruneCache(dir)
				}
			}
		}
	}
	return t, nil
}

const tlaMarker = "~~~~~" // as long as "await", a unary operator esbuild keeps as written

func esbuildLoader(loader string) api.Loader {
	switch loader {
	case "ts":
		return api.LoaderTS
	case "tsx":
		return api.LoaderTSX
	case "jsx":
		return api.LoaderJSX
	}
	return api.LoaderJS
}

func runTransform(mode, loader, name, src string) (*transformed, error) {
	transformStats.Lock()
	transformStats.runs++
	transformStats.Unlock()
	if strings.HasPrefix(src, "#!") {
		src = "//" + src[2:]
	}
	src = strings.TrimPrefix(src, "\ufeff")
	opts := api.TransformOptions{
		Format:         api.FormatCommonJS,
		Target:         api.ES2017,
		Loader:         esbuildLoader(loader),
		Sourcefile:     name,
		Sourcemap:      api.SourceMapExternal,
		SourcesContent: api.SourcesContentExclude,
		LogLevel:       api.LogLevelSilent,
		Supported: map[string]bool{
			// goja has these; esbuild need not lower them
			"async-await": true, "class-field": true, "class-private-field": true,
			"class-private-method": true, "class-static-field": true, "class-static-blocks": true,
			"class-private-accessor": true, "class-private-static-field": true,
			"class-private-static-method": true, "class-private-static-accessor": true,
			"class-private-brand-check": true, "nullish-coalescing": true, "optional-chain": true,
			"logical-assignment": true, "optional-catch-binding": true, "object-rest-spread": true,
			"exponent-operator": true, "bigint": true, "regexp-named-capture-groups": true,
			"regexp-lookbehind-assertions": true, "regexp-dot-all-flag": true,
			"regexp-sticky-and-unicode-flags": true,
			// the engine reads \p{L} as "p": such literals become RegExp constructor calls, which
			// node/language rewrites
			"regexp-unicode-property-escapes": false,
			"template-literal":                true, "hashbang": true,
			// goja lacks these: import() becomes a call of the loader's require
			"dynamic-import":  false,
			"top-level-await": true,
		},
	}
	if loader == "ts" || loader == "tsx" || loader == "jsx" {
		jsx := ""
		if tc := tsconfigFor(pathOfName(name)); tc != nil && tc.jsx != "" {
			jsx = "," + tc.jsx[1:len(tc.jsx)-1] // the file's tsconfig JSX settings
		}
		opts.TsconfigRaw = `{"compilerOptions":{"verbatimModuleSyntax":false,"useDefineForClassFields":true` + jsx + `}}`
	}
	if mode == modeESM {
		opts.Define = map[string]string{
			"import.meta": "__gnode_meta",
			"require":     "__gnode_esm_require", "module": "__gnode_esm_module",
			"exports": "__gnode_esm_exports", "__filename": "__gnode_esm_filename",
			"__dirname": "__gnode_esm_dirname",
		}
	}
	t := &transformed{}
	input := src
	if mode == modeESM {
		// esbuild treats a file with no exports of its own (a TypeScript file whose imports may
		// all be types) as CommonJS-capable, and then leaves module/exports/require alone
		input += "\nexport {};\n"
	}
	r := api.Transform(input, opts)
	// Top-level await has no CommonJS form: each one becomes a marker esbuild keeps, turned back
	// into await once the module body is an async function. A top-level for await is first
	// lowered by an ESM-to-ESM pass (into awaits), whose source map is composed with the next.
	var firstMap []byte
	if mode == modeESM && len(r.Errors) > 0 {
		marked, sites, forAwait := markTLA(input, r.Errors)
		if forAwait {
			esmOpts := opts
			esmOpts.Format = api.FormatESModule
			esmOpts.Define = nil
			r1 := api.Transform(input, esmOpts)
			if len(r1.Errors) == 0 {
				firstMap = r1.Map
				input = string(r1.Code)
				esmOpts.Loader = api.LoaderJS
				opts.Loader = api.LoaderJS
				r = api.Transform(input, opts)
				marked, sites, forAwait = markTLA(input, r.Errors)
			}
		}
		if marked != "" && !forAwait {
			t.TLA = true
			for _, st := range sites {
				line, col := st[0], st[1]+1
				if firstMap != nil {
					line, col = mapThrough(firstMap, line, col)
				}
				t.TLASites = append(t.TLASites, [2]int{line, col})
			}
			input = marked
			r = api.Transform(input, opts)
		}
	}
	if len(r.Errors) > 0 {
		e := r.Errors[0]
		te := &transformError{Msg: v8Message(e.Text)}
		if e.Location != nil {
			te.Line, te.Col, te.Len = e.Location.Line, e.Location.Column+1, e.Location.Length
		}
		return nil, te
	}
	code := string(r.Code)
	if te := checkRegExpLiterals(src, code); te != nil {
		return nil, te
	}
	if strings.Contains(src, tlaMarker) && !t.TLA {
		// a marker-looking sequence of the user's own: nothing to undo
	}
	params := cjsParams
	head := "(function ("
	pause := ""
	if mode == modeESM {
		params = esmParams
		// The module's function stops once its exports object is set up (instantiation: hoisted
		// functions exist, so a cycle can call them) and runs its body when resumed.
		head = "(function* ("
		pause = " yield __gnode_pause;"
		if t.TLA {
			head = "(async function ("
			pause = " await __gnode_pause;"
		}
		code = scanESMOutput(code, t)
		code = cjsNamesInESM(code)
		// Assigning to an imported binding writes to the exporter's property: its setter throws
		// V8's TypeError (the helper's own line; no other line moves).
		code = strings.Replace(code, exportHelperProp, exportHelperPropConst, 1)
		code = reReExportModule.ReplaceAllString(code, "${1}void 0        );")
		if loader == "js" {
			addSourceImportNames(src, t)
		}
		if i := strings.Index(code, "\nmodule.exports = __toCommonJS("); i >= 0 {
			// the exports object goes to the loader through __toCommonJS alone: no module here
			code = code[:i+1] + strings.Repeat(" ", len("module.exports = ")) + code[i+1+len("module.exports = "):]
			if j := strings.IndexByte(code[i+1:], '\n'); j >= 0 {
				at := i + 1 + j
				code = code[:at] + pause + code[at:]
				pause = ""
			}
		}
	}
	scanImportAttributes(src, t)
	code = rewriteDynamicImports(code)
	code = reEmptyAsyncGenerator.ReplaceAllString(code, "__gnode_toESM.asyncGeneratorFunction($0)")
	code = replaceHelper(code, "__toESM", "__gnode_toESM")
	if mode == modeESM {
		code = replaceHelper(code, "__toCommonJS", "__gnode_toCJS")
	}
	var shifts map[int][]int // generated line (0-based, of esbuild's code) -> columns of inserted chars
	if t.TLA {
		code, shifts = unmarkAwaits(code)
	}
	smap := r.Map
	if firstMap != nil {
		var err error
		if smap, err = composeMaps(r.Map, firstMap); err != nil {
			return nil, err
		}
	}
	mappings, err := adjustMappings(smap, shifts, name)
	if err != nil {
		return nil, err
	}
	var sb strings.Builder
	sb.WriteString(head)
	sb.WriteString(params)
	sb.WriteString(") {")
	if mode == modeESM {
		sb.WriteString("\"use strict\";")
		sb.WriteString(pause)
	}
	sb.WriteString("\n")
	sb.WriteString(code)
	if !strings.HasSuffix(code, "\n") {
		sb.WriteString("\n")
	}
	sb.WriteString("//# sourceMappingURL=data:application/json;base64,")
	sb.WriteString(mappings)
	sb.WriteString("\n})")
	t.Code = sb.String()
	return t, nil
}

// reEmptyAsyncGenerator is an empty anonymous `async function* () {}` as esbuild lowers it.
// Libraries make one only to reach %AsyncGeneratorFunction.prototype% and the prototypes above
// it (Object.getPrototypeOf(fn).prototype), which a plain function lacks; the match gets them
// (asAsyncGeneratorFunction, node/stream/js/asyncgen.js). Text is only added on the match's first
// line, so no line moves.
var reEmptyAsyncGenerator = regexp.MustCompile(`function\(\) \{\n[ \t]*return __asyncGenerator\(this, null, function\* \(\) \{\n[ \t]*\}\);\n[ \t]*\}`)

var reExpectedButFound = regexp.MustCompile(`^Expected .* but found "(.*)"$`)

// v8Message rewrites esbuild's parse errors into V8's wording where the shape is known.
func v8Message(msg string) string {
	if m := regexp.MustCompile(`^Unexpected "(.*)"$`).FindStringSubmatch(msg); m != nil {
		if m[1] == "end of file" {
			return "Unexpected end of input"
		}
		return "Unexpected token '" + m[1] + "'"
	}
	if strings.HasSuffix(msg, "is a reserved word and cannot be used in an ECMAScript module") ||
		strings.HasSuffix(msg, "is a reserved word and cannot be used in strict mode") {
		return "Unexpected strict mode reserved word"
	}
	if m := reExpectedButFound.FindStringSubmatch(msg); m != nil {
		// V8 names the token it could not use, not what it wanted
		if m[1] == "end of file" {
			return "Unexpected end of input"
		}
		return "Unexpected token '" + m[1] + "'"
	}
	if msg == "Unexpected end of file" {
		return "Unexpected end of input"
	}
	if m := regexp.MustCompile(`^The symbol "(.*)" has already been declared$`).FindStringSubmatch(msg); m != nil {
		return "Identifier '" + m[1] + "' has already been declared"
	}
	return msg
}

// replaceHelper makes esbuild's runtime helper name refer to the loader's own function: the
// helper's declaration is the first "var NAME = " in the output.
func replaceHelper(code, name, with string) string {
	decl := "var " + name + " = "
	i := strings.Index(code, decl)
	if i < 0 || (i > 0 && code[i-1] != '\n') {
		return code
	}
	return code[:i] + decl + with + ", " + name + "_unused = " + code[i+len(decl):]
}

// unmarkAwaits turns the top-level-await markers back into await.
func unmarkAwaits(code string) (string, map[int][]int) {
	shifts := map[int][]int{}
	lines := strings.SplitAfter(code, "\n")
	for i, l := range lines {
		if !strings.Contains(l, tlaMarker) {
			continue
		}
		var sb strings.Builder
		for {
			j := strings.Index(l, tlaMarker)
			if j < 0 {
				break
			}
			sb.WriteString(l[:j])
			sb.WriteString("await ")
			shifts[i] = append(shifts[i], sb.Len()-1)
			l = l[j+len(tlaMarker):]
		}
		sb.WriteString(l)
		lines[i] = sb.String()
	}
	return strings.Join(lines, ""), shifts
}

// esbuild's __export helper defines each export as a getter.
const (
	exportHelperProp      = "__defProp(target, name, { get: all[name], enumerable: true });"
	exportHelperPropConst = "__defProp(target, name, { get: all[name], set: () => { throw new TypeError(\"Assignment to constant variable.\"); }, enumerable: true });"
)

var (
	reRequireLine = regexp.MustCompile(`^(?:var ([\w$]+) = (?:__toESM\()?|__reExport\([\w$]+, )?require\(("(?:[^"\\]|\\.)*")\)`)
	reExportKey   = regexp.MustCompile(`^  (?:([\w$]+)|("(?:[^"\\]|\\.)*")): \(\) => `)
)

// scanESMOutput reads, from esbuild's CommonJS form of a module (top-level statements start at
// column 0), its static imports, the names it imports from each and the names it exports.
func scanESMOutput(code string, t *transformed) string {
	lines := strings.Split(code, "\n")
	vars := map[string]int{}
	inExports := false
	for _, l := range lines {
		if inExports {
			if strings.HasPrefix(l, "});") {
				inExports = false
				continue
			}
			if m := reExportKey.FindStringSubmatch(l); m != nil {
				k := m[1]
				if k == "" {
					_ = json.Unmarshal([]byte(m[2]), &k)
				}
				t.Exports = append(t.Exports, k)
			}
			continue
		}
		if strings.HasPrefix(l, "__export(") && strings.HasSuffix(l, "{") {
			inExports = true
			continue
		}
		m := reRequireLine.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		var spec string
		if json.Unmarshal([]byte(m[2]), &spec) != nil {
			continue
		}
		idx := len(t.Requests)
		t.Requests = append(t.Requests, spec)
		t.Names = append(t.Names, nil)
		if strings.HasPrefix(l, "__reExport(") {
			t.Stars = append(t.Stars, spec)
		} else if m[1] != "" && strings.HasPrefix(m[1], "import_") {
			vars[m[1]] = idx
		}
	}
	// the names read from each import_x variable
	if len(vars) > 0 {
		seen := map[string]bool{}
		for v, idx := range vars {
			re := regexp.MustCompile(`(?:^|[^\w$.])` + regexp.QuoteMeta(v) + `\.([\w$]+)|(?:^|[^\w$.])` + regexp.QuoteMeta(v) + `\[("(?:[^"\\]|\\.)*")\]`)
			for _, m := range re.FindAllStringSubmatch(code, -1) {
				name := m[1]
				if name == "" {
					_ = json.Unmarshal([]byte(m[2]), &name)
				}
				if k := v + "\x00" + name; !seen[k] {
					seen[k] = true
					t.Names[idx] = append(t.Names[idx], name)
				}
			}
		}
	}
	return code
}

// adjustMappings re-encodes esbuild's source map for the generated function: one line down (the
// function's head takes line 1), columns on original line 1 moved right by the runtime's
// wrapper shift, and generated columns moved past text inserted on a line. It returns the map
// as base64 JSON.
func adjustMappings(mapJSON []byte, shifts map[int][]int, name string) (string, error) {
	var m map[string]any
	if err := json.Unmarshal(mapJSON, &m); err != nil {
		return "", err
	}
	mappings, _ := m["mappings"].(string)
	segs, err := decodeMappings(mappings)
	if err != nil {
		return "", err
	}
	for li, line := range segs {
		for si := range line {
			s := line[si]
			if len(s) >= 4 && s[2] == 0 {
				s[3] += cjsWrapperShift
			}
			for _, c := range shifts[li] {
				if s[0] > c {
					s[0]++
				}
			}
			// goja looks mappings up with 1-based columns where the map has 0-based ones, and
			// reports the original column it finds as 1-based: both move right by one
			s[0]++
			if len(s) >= 4 {
				s[3]++
			}
		}
	}
	m["mappings"] = ";" + encodeMappings(segs)
	m["sources"] = []string{name}
	delete(m, "sourceRoot")
	out, err := json.Marshal(m)
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(out), nil
}

type segment []int // genCol, src, srcLine, srcCol[, name] — absolute values

const b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func decodeMappings(s string) ([][]segment, error) {
	var out [][]segment
	var src, sline, scol, name int
	for _, lineText := range strings.Split(s, ";") {
		var line []segment
		gcol := 0
		if lineText != "" {
			for _, segText := range strings.Split(lineText, ",") {
				vals, err := decodeVLQ(segText)
				if err != nil {
					return nil, err
				}
				if len(vals) == 0 {
					continue
				}
				gcol += vals[0]
				seg := segment{gcol}
				if len(vals) >= 4 {
					src += vals[1]
					sline += vals[2]
					scol += vals[3]
					seg = append(seg, src, sline, scol)
					if len(vals) >= 5 {
						name += vals[4]
						seg = append(seg, name)
					}
				}
				line = append(line, seg)
			}
		}
		out = append(out, line)
	}
	return out, nil
}

func encodeMappings(lines [][]segment) string {
	var sb strings.Builder
	var src, sline, scol, name int
	for i, line := range lines {
		if i > 0 {
			sb.WriteByte(';')
		}
		gcol := 0
		for j, s := range line {
			if j > 0 {
				sb.WriteByte(',')
			}
			encodeVLQ(&sb, s[0]-gcol)
			gcol = s[0]
			if len(s) >= 4 {
				encodeVLQ(&sb, s[1]-src)
				encodeVLQ(&sb, s[2]-sline)
				encodeVLQ(&sb, s[3]-scol)
				src, sline, scol = s[1], s[2], s[3]
				if len(s) >= 5 {
					encodeVLQ(&sb, s[4]-name)
					name = s[4]
				}
			}
		}
	}
	return sb.String()
}

func decodeVLQ(s string) ([]int, error) {
	var vals []int
	shift, acc := 0, 0
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(b64chars, s[i])
		if d < 0 {
			return nil, errors.New("bad source map")
		}
		acc += (d & 31) << shift
		if d&32 != 0 {
			shift += 5
			continue
		}
		v := acc >> 1
		if acc&1 != 0 {
			v = -v
		}
		vals = append(vals, v)
		shift, acc = 0, 0
	}
	return vals, nil
}

func encodeVLQ(sb *strings.Builder, v int) {
	u := v << 1
	if v < 0 {
		u = (-v << 1) | 1
	}
	for {
		d := u & 31
		u >>= 5
		if u > 0 {
			d |= 32
		}
		sb.WriteByte(b64chars[d])
		if u == 0 {
			return
		}
	}
}

var (
	reImportNamed   = regexp.MustCompile(`(?m)^[ \t]*(import|export)[ \t]*(?:([\w$]+)[ \t]*,[ \t]*)?\{([^}]*)\}[ \t]*from[ \t]*(?:'([^'\n]*)'|"([^"\n]*)")`)
	reImportDefault = regexp.MustCompile(`(?m)^[ \t]*import[ \t]+([\w$]+)[ \t]*(?:,[^\n]*?)?from[ \t]*(?:'([^'\n]*)'|"([^"\n]*)")`)
	reClauseName    = regexp.MustCompile(`^\s*([\w$]+|'[^']*'|"[^"]*")(?:\s+as\s+[\w$]+)?\s*$`)
)

// addSourceImportNames adds the names of import statements esbuild dropped as unused: the
// original source's import clauses at the start of a line.
func addSourceImportNames(src string, t *transformed) {
	add := func(spec, name string) {
		for i, r := range t.Requests {
			if r != spec {
				continue
			}
			for _, n := range t.Names[i] {
				if n == name {
					return
				}
			}
			t.Names[i] = append(t.Names[i], name)
			return
		}
	}
	for _, m := range reImportNamed.FindAllStringSubmatch(src, -1) {
		spec := m[4] + m[5]
		if m[1] == "import" && m[2] != "" {
			add(spec, "default")
		}
		for _, part := range strings.Split(m[3], ",") {
			if strings.TrimSpace(part) == "" {
				continue
			}
			c := reClauseName.FindStringSubmatch(part)
			if c == nil {
				return // not a shape this scan understands: leave it to esbuild's names
			}
			n := c[1]
			if n[0] == '\'' || n[0] == '"' {
				n = n[1 : len(n)-1]
			}
			add(spec, n)
		}
	}
	for _, m := range reImportDefault.FindAllStringSubmatch(src, -1) {
		if m[1] == "from" {
			continue
		}
		add(m[2]+m[3], "default")
	}
}

const dynImportPrefix = "Promise.resolve().then(() => __toESM(require("

// rewriteDynamicImports turns esbuild's CommonJS form of import(x),
// Promise.resolve().then(() => __toESM(require(x)[, 1])), into __gnode_import(x), padded with
// spaces so every column of x and after it stays where the source map has it.
func rewriteDynamicImports(code string) string {
	var sb strings.Builder
	for {
		i := strings.Index(code, dynImportPrefix)
		if i < 0 {
			sb.WriteString(code)
			return sb.String()
		}
		argStart := i + len(dynImportPrefix)
		argEnd := matchParen(code, argStart)
		if argEnd < 0 {
			sb.WriteString(code)
			return sb.String()
		}
		rest := code[argEnd:]
		var tail string
		switch {
		case strings.HasPrefix(rest, ")))"):
			tail = ")))"
		case strings.HasPrefix(rest, "), 1))"):
			tail = "), 1))"
		default:
			sb.WriteString(code[:argStart])
			code = code[argStart:]
			continue
		}
		const call = "__gnode_import("
		sb.WriteString(code[:i])
		sb.WriteString(strings.Repeat(" ", len(dynImportPrefix)-len(call)))
		sb.WriteString(call)
		sb.WriteString(code[argStart:argEnd])
		sb.WriteString(")")
		sb.WriteString(strings.Repeat(" ", len(tail)-1))
		code = code[argEnd+len(tail):]
	}
}

// matchParen returns the index of the ")" closing a parenthesis opened just before start,
// skipping string and template literals; -1 if there is none.
func matchParen(s string, start int) int {
	depth := 0
	for i := start; i < len(s); i++ {
		switch c := s[i]; c {
		case '(', '[', '{':
			depth++
		case ']', '}':
			depth--
		case ')':
			if depth == 0 {
				return i
			}
			depth--
		case '"', '\'', '`':
			for i++; i < len(s) && s[i] != c; i++ {
				if s[i] == '\\' {
					i++
				}
			}
		}
	}
	return -1
}

// export * from: esbuild also copies onto module.exports, which an ES module has not
var reReExportModule = regexp.MustCompile(`(?m)^(__reExport\(.*, )module\.exports\);$`)

var reESMCJSName = regexp.MustCompile(`(typeof\s+)?__gnode_esm_(require|module|exports|filename|dirname)\b`)

// cjsNamesInESM makes the CommonJS names an ES module's code uses (sent by esbuild's define to
// __gnode_esm_NAME) behave as in Node: typeof gives "undefined", any other use throws Node's
// ReferenceError from a getter on __gnode_esm. Lengths are kept, so no column moves.
func cjsNamesInESM(code string) string {
	if !strings.Contains(code, "__gnode_esm_") {
		return code
	}
	return reESMCJSName.ReplaceAllStringFunc(code, func(m string) string {
		if strings.HasPrefix(m, "typeof") {
			i := strings.Index(m, "__gnode_esm_")
			id := m[i:]
			return m[:i] + "(void 0)" + strings.Repeat(" ", len(id)-len("(void 0)"))
		}
		return "__gnode_esm." + m[len("__gnode_esm_"):]
	})
}

// markTLA replaces each top-level await esbuild reported (errors) with the marker. It returns
// "" when an error is something else; forAwait is set when one is a top-level for await.
func markTLA(src string, errs []api.Message) (marked string, sites [][2]int, forAwait bool) {
	if len(errs) == 0 {
		return "", nil, false
	}
	lines := strings.SplitAfter(src, "\n")
	for _, e := range errs {
		if !strings.HasPrefix(e.Text, "Top-level await is currently not supported") || e.Location == nil {
			return "", nil, false
		}
		l, c := e.Location.Line-1, e.Location.Column
		if l >= len(lines) || c+5 > len(lines[l]) || lines[l][c:c+5] != "await" {
			return "", nil, false
		}
		before := strings.TrimRight(lines[l][:c], " \t")
		if strings.HasSuffix(before, "for") && (len(before) == 3 || !isIdentByte(before[len(before)-4])) {
			forAwait = true
		}
		lines[l] = lines[l][:c] + tlaMarker + lines[l][c+5:]
		sites = append(sites, [2]int{e.Location.Line, c})
	}
	return strings.Join(lines, ""), sites, forAwait
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// lookup finds where generated (line, col) (0-based) comes from in a decoded map.
func lookup(segs [][]segment, line, col int) (segment, bool) {
	if line < 0 || line >= len(segs) {
		return nil, false
	}
	var best segment
	for _, s := range segs[line] {
		if s[0] > col {
			break
		}
		best = s
	}
	if len(best) < 4 {
		return nil, false
	}
	return best, true
}

// mapThrough maps a 1-based line and 1-based column through a source map.
func mapThrough(mapJSON []byte, line, col int) (int, int) {
	var m struct {
		Mappings string `json:"mappings"`
	}
	if json.Unmarshal(mapJSON, &m) != nil {
		return line, col
	}
	segs, err := decodeMappings(m.Mappings)
	if err != nil {
		return line, col
	}
	if s, ok := lookup(segs, line-1, col-1); ok {
		return s[2] + 1, s[3] + 1
	}
	return line, col
}

// composeMaps maps second (generated -> intermediate) through first (intermediate -> original).
func composeMaps(second, first []byte) ([]byte, error) {
	var m2, m1 map[string]any
	if err := json.Unmarshal(second, &m2); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(first, &m1); err != nil {
		return nil, err
	}
	s2, err := decodeMappings(fmt.Sprint(m2["mappings"]))
	if err != nil {
		return nil, err
	}
	s1, err := decodeMappings(fmt.Sprint(m1["mappings"]))
	if err != nil {
		return nil, err
	}
	for li, line := range s2 {
		out := line[:0]
		for _, s := range line {
			if len(s) < 4 {
				out = append(out, s)
				continue
			}
			if o, ok := lookup(s1, s[2], s[3]); ok {
				out = append(out, segment{s[0], 0, o[2], o[3]})
			}
		}
		s2[li] = out
	}
	m2["mappings"] = encodeMappings(s2)
	delete(m2, "names")
	return json.Marshal(m2)
}
