package language

import (
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/dlclark/regexp2/v2"
	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/uniprops"
	"github.com/gnode-dev/gnode/internal/weakmap"
)

// The d flag (match indices). The engine refuses the flag, so the RegExp wrapper strips it,
// builds the engine's regexp, and gives it a prototype whose exec adds `indices` to each match.
// The engine reports where a match starts but not where its groups are, so the groups are
// found again with regexp2 (the engine's own backtracking matcher) on the same pattern,
// started at the engine's match: the same leftmost match, now with group positions.

type indicesInfo struct {
	source  string // the pattern the engine compiled (property escapes rewritten)
	flags   string // without d
	unicode bool
	re      *regexp2.Regexp
	failed  bool
}

type regexpIndices struct {
	vm       *goja.Runtime
	withD    weakmap.Map[*indicesInfo]
	dProto   *goja.Object
	origExec goja.Callable
	// translated is the u pattern the engine runs for a v regexp
	translated func(re goja.Value) (string, bool)
}

func newRegexpIndices(vm *goja.Runtime, proto *goja.Object) *regexpIndices {
	ri := &regexpIndices{vm: vm}
	ri.origExec, _ = goja.AssertFunction(proto.Get("exec"))
	ri.dProto = vm.NewObject()
	_ = ri.dProto.SetPrototype(proto)
	defineMethod(ri.dProto, "exec", nativeMethod(vm, "exec", 1, ri.exec))

	get := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = proto.DefineAccessorProperty(name, nativeMethod(vm, "get "+name, 0, fn), nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	get("hasIndices", func(call goja.FunctionCall) goja.Value {
		if call.This == proto {
			return goja.Undefined()
		}
		if o, ok := call.This.(*goja.Object); !ok || o.ClassName() != "RegExp" {
			panic(vm.NewTypeError("RegExp.prototype.hasIndices getter called on non-RegExp object"))
		}
		_, ok := ri.withD.Get(call.This)
		return vm.ToValue(ok)
	})
	if desc, err := vm.RunString("Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get"); err == nil {
		if origFlags, ok := goja.AssertFunction(desc); ok {
			get("flags", func(call goja.FunctionCall) goja.Value {
				v, err := origFlags(call.This)
				if err != nil {
					host.Rethrow(err)
				}
				if o, ok := call.This.(*goja.Object); ok && o.Get("hasIndices").ToBoolean() {
					return vm.ToValue("d" + v.String())
				}
				return v
			})
		}
	}
	return ri
}

// stripFlag takes d out of the constructor's flags. ok is false when there is none; the
// flags are checked here so the error names them as written.
func (ri *regexpIndices) stripFlag(args []goja.Value) ([]goja.Value, bool) {
	if len(args) < 2 || goja.IsUndefined(args[1]) {
		if len(args) >= 1 {
			if info, ok := ri.withD.Get(args[0]); ok && (len(args) < 2 || goja.IsUndefined(args[1])) {
				_ = info
				return args, true // new RegExp(re) keeps re's flags, d included
			}
		}
		return args, false
	}
	flags := args[1].String()
	if !strings.Contains(flags, "d") {
		return args, false
	}
	seen := map[rune]bool{}
	for _, c := range flags {
		if !strings.ContainsRune("dgimsuvy", c) || seen[c] {
			panic(ri.syntaxError("Invalid flags supplied to RegExp constructor '" + flags + "'"))
		}
		seen[c] = true
	}
	out := append([]goja.Value(nil), args...)
	out[1] = ri.vm.ToValue(strings.ReplaceAll(flags, "d", ""))
	return out, true
}

func (ri *regexpIndices) syntaxError(msg string) *goja.Object {
	o, err := ri.vm.New(ri.vm.Get("SyntaxError"), ri.vm.ToValue(msg))
	if err != nil {
		host.Rethrow(err)
	}
	return o
}

// mark makes re a regexp with the d flag. A subclass instance keeps its prototype and gets an
// own exec instead.
func (ri *regexpIndices) mark(re *goja.Object, subclass bool) {
	flags := re.Get("flags").String()
	source, _ := re.Get("source").Export().(string)
	if ri.translated != nil {
		if t, ok := ri.translated(re); ok {
			source = t
		}
	}
	info := &indicesInfo{source: source, flags: flags, unicode: strings.ContainsAny(flags, "uv")}
	ri.withD.Set(re, info)
	if subclass {
		defineMethod(re, "exec", nativeMethod(ri.vm, "exec", 1, ri.exec))
		return
	}
	_ = re.SetPrototype(ri.dProto)
}

func (ri *regexpIndices) exec(call goja.FunctionCall) goja.Value {
	res, err := ri.origExec(call.This, call.Arguments...)
	if err != nil {
		host.Rethrow(err)
	}
	info, ok := ri.withD.Get(call.This)
	m, isObj := res.(*goja.Object)
	if !ok || !isObj {
		return res
	}
	input, _ := call.Argument(0).ToString().(goja.String)
	if input == nil {
		return res
	}
	ri.addIndices(info, m, input)
	return res
}

func (ri *regexpIndices) compile(info *indicesInfo) *regexp2.Regexp {
	if info.re != nil || info.failed {
		return info.re
	}
	pattern := info.source
	if info.unicode && uniprops.HasEscape(pattern) {
		if out, errText := uniprops.Rewrite(pattern); errText == "" {
			pattern = out
		}
	}
	if !info.unicode {
		pattern = astralToSurrogateEscapes(pattern)
	}
	opts := regexp2.ECMAScript
	if strings.Contains(info.flags, "m") {
		opts |= regexp2.Multiline
	}
	if strings.Contains(info.flags, "s") {
		opts |= regexp2.Singleline
	}
	if strings.Contains(info.flags, "i") {
		opts |= regexp2.IgnoreCase
	}
	if info.unicode {
		opts |= regexp2.Unicode
	}
	re, err := regexp2.Compile(pattern, opts)
	if err != nil {
		info.failed = true
		return nil
	}
	info.re = re
	return re
}

// addIndices sets match.indices: [start, end] per group (undefined for groups that did not
// take part) and indices.groups for named groups.
func (ri *regexpIndices) addIndices(info *indicesInfo, m *goja.Object, input goja.String) {
	vm := ri.vm
	start := int(m.Get("index").ToInteger())
	n := int(m.Get("length").ToInteger())
	pairs := make([][2]int, n)
	for i := range pairs {
		pairs[i] = [2]int{-1, -1}
	}
	names := make([]string, n)

	// the string as the engine sees it: UTF-16 units, or code points with u/v
	units := make([]uint16, input.Length())
	for i := range units {
		units[i] = uint16(input.CharAt(i))
	}
	var runes []rune
	var posOf []int // rune index -> UTF-16 index (one past the end included)
	if info.unicode {
		decoded := utf16.Decode(units)
		runes = decoded
		posOf = make([]int, 0, len(decoded)+1)
		p := 0
		for _, r := range decoded {
			posOf = append(posOf, p)
			if r >= 0x10000 {
				p += 2
			} else {
				p++
			}
		}
		posOf = append(posOf, p)
	} else {
		runes = make([]rune, len(units))
		for i, u := range units {
			runes[i] = rune(u)
		}
	}
	runeStart := start
	if info.unicode {
		for i, p := range posOf {
			if p >= start {
				runeStart = i
				break
			}
		}
	}
	toUnits := func(i int) int {
		if info.unicode {
			return posOf[i]
		}
		return i
	}
	found := false
	if re := ri.compile(info); re != nil {
		if match, err := re.FindRunesMatchStartingAt(runes, runeStart); err == nil && match != nil && toUnits(match.RuneIndex) == start {
			groups := match.Groups()
			if len(groups) == n {
				found = true
				for i, g := range groups {
					if len(g.Captures) > 0 {
						pairs[i] = [2]int{toUnits(g.RuneIndex), toUnits(g.RuneIndex + g.RuneLength)}
					}
					if g.Name != "" && (g.Name[0] < '0' || g.Name[0] > '9') {
						names[i] = g.Name
					}
				}
			}
		}
	}
	if !found {
		// regexp2 could not take the pattern: place each captured text at its first
		// occurrence after the previous group's start (right for the usual patterns)
		at := start
		for i := 0; i < n; i++ {
			v := m.Get(strconv.Itoa(i))
			if goja.IsUndefined(v) {
				continue
			}
			s := v.String()
			hay := string(utf16.Decode(units[at:]))
			if k := strings.Index(hay, s); k >= 0 {
				b := at + len(utf16.Encode([]rune(hay[:k])))
				pairs[i] = [2]int{b, b + len(utf16.Encode([]rune(s)))}
				if i > 0 {
					at = b
				}
			}
		}
	}
	arr := make([]any, n)
	for i, p := range pairs {
		if p[0] < 0 {
			arr[i] = goja.Undefined()
		} else {
			arr[i] = vm.NewArray(p[0], p[1])
		}
	}
	indices := vm.NewArray(arr...)
	var groupsVal goja.Value = goja.Undefined()
	g, hasGroups := m.Get("groups").(*goja.Object)
	if !hasGroups && found {
		// the engine loses named groups on some u-mode matches of astral text: rebuild them
		for i, name := range names {
			if name == "" {
				continue
			}
			if g == nil {
				g = vm.CreateObject(nil)
			}
			if _, isStr := m.Get(strconv.Itoa(i)).(goja.String); isStr || g.Get(name) == nil {
				_ = g.Set(name, m.Get(strconv.Itoa(i)))
			}
		}
		if g != nil {
			hasGroups = true
			_ = m.DefineDataProperty("groups", g, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		}
	}
	if hasGroups {
		obj := vm.CreateObject(nil)
		for _, key := range g.Keys() {
			var v goja.Value = goja.Undefined()
			for i, name := range names {
				if name == key {
					v = arr[i].(goja.Value)
					if pairs[i][0] >= 0 {
						break
					}
				}
			}
			_ = obj.Set(key, v)
		}
		groupsVal = obj
	}
	// CreateDataProperty, as the spec has it: a setter on Array.prototype is not called
	_ = indices.DefineDataProperty("groups", groupsVal, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = m.DefineDataProperty("indices", indices, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// astralToSurrogateEscapes writes characters above U+FFFF as \uXXXX\uXXXX pairs, as the engine
// does for patterns without u: such a pattern matches UTF-16 units.
func astralToSurrogateEscapes(p string) string {
	var sb strings.Builder
	changed := false
	for _, r := range p {
		if r > 0xFFFF {
			hi, lo := utf16.EncodeRune(r)
			sb.WriteString(`\u` + hex4(uint16(hi)) + `\u` + hex4(uint16(lo)))
			changed = true
			continue
		}
		sb.WriteRune(r)
	}
	if !changed {
		return p
	}
	return sb.String()
}

func hex4(u uint16) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[u>>12], digits[u>>8&15], digits[u>>4&15], digits[u&15]})
}
