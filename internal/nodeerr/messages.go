package nodeerr

import (
	"math"
	"math/big"
	"path"
	"regexp"
	"strings"

	"github.com/dop251/goja"
)

// The message functions of the codes whose message is not a plain template. Each is written
// from Node's description of the message; m.Set mirrors the properties Node's functions put on
// `this`.

func msgAccessDenied(m *Msg) string {
	perm, res := goja.Value(m.VM.ToValue("")), goja.Value(m.VM.ToValue(""))
	if m.Has(1) {
		perm = m.Arg(1)
	}
	if m.Has(2) {
		res = m.Arg(2)
	}
	m.Set("permission", perm)
	m.Set("resource", res)
	return m.Str(0)
}

func msgBufferOutOfBounds(m *Msg) string {
	if truthy(m.Arg(0)) {
		return `"` + m.Str(0) + `" is outside of buffer bounds`
	}
	return "Attempt to access memory outside buffer bounds"
}

func msgDebuggerStartupError(m *Msg) string {
	if m.Has(1) {
		assign(m, m.Arg(1))
	}
	return m.Str(0)
}

// assign is Object.assign(this, src).
func assign(m *Msg, src goja.Value) {
	o, ok := src.(*goja.Object)
	if !ok || m.This == nil {
		return
	}
	for _, k := range o.Keys() {
		m.Set(k, o.Get(k))
	}
}

func msgEncodingInvalidEncodedData(m *Msg) string {
	m.Set("errno", m.Arg(1))
	return "The encoded data was not valid for encoding " + m.Str(0)
}

func msgFalsyValueRejection(m *Msg) string {
	m.Set("reason", m.Arg(0))
	return "Promise was rejected with falsy value"
}

func msgHttp2InvalidSettingValue(m *Msg) string {
	m.Set("actual", m.Arg(1))
	if m.Has(2) {
		m.Set("min", m.Arg(2))
		m.Set("max", m.Arg(3))
	}
	return `Invalid value for setting "` + m.Str(0) + `": ` + m.Str(1)
}

func msgHttp2StreamCancel(m *Msg) string {
	msg := "The pending stream has been canceled"
	if err := m.Arg(0); truthy(err) {
		m.Set("cause", err)
		if o, ok := err.(*goja.Object); ok {
			if em := o.Get("message"); em != nil && goja.IsString(em) {
				msg += " (caused by: " + em.String() + ")"
			}
		}
	}
	return msg
}

func msgImportAttributeUnsupported(m *Msg) string {
	s := `Import attribute "` + m.Str(0) + `" with value "` + m.Str(1) + `" is not supported`
	if !m.Has(2) {
		return s
	}
	return s + " in " + m.Str(2)
}

func msgInternalAssertion(m *Msg) string {
	const suffix = "This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n" +
		"Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n"
	if !m.Has(0) {
		return suffix
	}
	return m.Str(0) + "\n" + suffix
}

func msgInvalidAddressFamily(m *Msg) string {
	m.Set("host", m.Arg(1))
	m.Set("port", m.Arg(2))
	return "Invalid address family: " + m.Str(0) + " " + m.Str(1) + ":" + m.Str(2)
}

// kTypes are the expected "types" ERR_INVALID_ARG_TYPE names in lower case.
var kTypes = map[string]bool{
	"string": true, "function": true, "number": true, "object": true,
	"Function": true, "Object": true, "boolean": true, "bigint": true, "symbol": true,
}

var classRe = regexp.MustCompile(`^[A-Z][a-zA-Z0-9]*$`)

// stringList reads a string or an array (JS or Go) of strings.
func stringList(m *Msg, v goja.Value) []string {
	if o, ok := v.(*goja.Object); ok {
		switch x := o.Export().(type) {
		case []string:
			return x
		}
		if o.ClassName() == "Array" {
			n := int(o.Get("length").ToInteger())
			out := make([]string, n)
			for i := range n {
				out[i] = jsString(m.VM, o.Get(itoa(i)))
			}
			return out
		}
	}
	return []string{jsString(m.VM, v)}
}

// InvalidArgTypeMessage is ERR_INVALID_ARG_TYPE's message without the "Received" part.
func invalidArgTypeHead(name string, expected []string) string {
	msg := "The "
	if strings.HasSuffix(name, " argument") {
		msg += name + " "
	} else {
		kind := "argument"
		if strings.Contains(name, ".") {
			kind = "property"
		}
		msg += `"` + name + `" ` + kind + " "
	}
	msg += "must be "
	var types, instances, other []string
	for _, v := range expected {
		switch {
		case kTypes[v]:
			types = append(types, strings.ToLower(v))
		case classRe.MatchString(v):
			instances = append(instances, v)
		default:
			other = append(other, v)
		}
	}
	if len(instances) > 0 {
		for i, t := range types {
			if t == "object" {
				types = append(types[:i:i], types[i+1:]...)
				instances = append(instances, "Object")
				break
			}
		}
	}
	if len(types) > 0 {
		if len(types) > 1 {
			msg += "one of type "
		} else {
			msg += "of type "
		}
		msg += FormatList(types, "or")
		if len(instances) > 0 || len(other) > 0 {
			msg += " or "
		}
	}
	if len(instances) > 0 {
		msg += "an instance of " + FormatList(instances, "or")
		if len(other) > 0 {
			msg += " or "
		}
	}
	if len(other) > 0 {
		if len(other) > 1 {
			msg += "one of " + FormatList(other, "or")
		} else {
			if strings.ToLower(other[0]) != other[0] {
				msg += "an "
			}
			msg += other[0]
		}
	}
	return msg
}

func msgInvalidArgType(m *Msg) string {
	m.assert(goja.IsString(m.Arg(0)), "'name' must be a string")
	return invalidArgTypeHead(m.Str(0), stringList(m, m.Arg(1))) + ". Received " + m.SpecificType(m.Arg(2))
}

func msgInvalidArgValue(m *Msg) string {
	inspected := m.Inspect(m.Arg(1), DefaultInspect)
	if utf16Len(inspected) > 128 {
		inspected = utf16Slice(inspected, 128) + "..."
	}
	kind := "argument"
	if strings.Contains(m.Str(0), ".") {
		kind = "property"
	}
	reason := "is invalid"
	if m.Has(2) {
		reason = m.Str(2)
	}
	return "The " + kind + " '" + m.Str(0) + "' " + reason + ". Received " + inspected
}

func msgInvalidChar(m *Msg) string {
	msg := "Invalid character in " + m.Str(0)
	if m.Has(1) {
		msg += ` ["` + m.Str(1) + `"]`
	}
	return msg
}

func msgInvalidFileUrlPath(m *Msg) string {
	m.Set("input", m.Arg(1))
	return "File URL path " + m.Str(0)
}

func msgInvalidMimeSyntax(m *Msg) string {
	at := ""
	if idx := m.Arg(2); !(goja.IsNumber(idx) && idx.ToFloat() == -1) {
		at = " at " + m.Str(2)
	}
	return "The MIME syntax for a " + m.Str(0) + ` in "` + m.Str(1) + `" is invalid` + at
}

func (m *Msg) importedFrom(i int) string {
	if truthy(m.Arg(i)) {
		return " imported from " + m.Str(i)
	}
	return ""
}

func msgInvalidModuleSpecifier(m *Msg) string {
	return `Invalid module "` + m.Str(0) + `" ` + m.Str(1) + m.importedFrom(2)
}

func msgInvalidPackageConfig(m *Msg) string {
	s := "Invalid package config " + m.Str(0)
	if truthy(m.Arg(1)) {
		s += " while importing " + m.Str(1)
	}
	if truthy(m.Arg(2)) {
		s += ". " + m.Str(2)
	}
	return s
}

func msgInvalidPackageTarget(m *Msg) string {
	target := m.Arg(2)
	isImport := m.Has(3) && truthy(m.Arg(3))
	relError := goja.IsString(target) && !isImport && target.String() != "" && !strings.HasPrefix(target.String(), "./")
	rel := ""
	if relError {
		rel = `; targets must start with "./"`
	}
	if m.Str(1) == "." {
		m.assert(!isImport, "Assertion failed")
		return "Invalid \"exports\" main target " + jsonStringify(m.VM, target) + " defined in the package config " +
			m.Str(0) + "package.json" + m.importedFrom(4) + rel
	}
	kind := "exports"
	if isImport {
		kind = "imports"
	}
	return `Invalid "` + kind + `" target ` + jsonStringify(m.VM, target) + " defined for '" + m.Str(1) +
		"' in the package config " + m.Str(0) + "package.json" + m.importedFrom(4) + rel
}

func msgInvalidReturnProperty(m *Msg) string {
	return "Expected a valid " + m.Str(0) + ` to be returned for the "` + m.Str(2) + `" from the "` + m.Str(1) +
		`" hook but got ` + m.SpecificType(m.Arg(3)) + "."
}

func msgInvalidReturnPropertyValue(m *Msg) string {
	return "Expected " + m.Str(0) + ` to be returned for the "` + m.Str(2) + `" from the "` + m.Str(1) +
		`" hook but got ` + m.SpecificType(m.Arg(3)) + "."
}

func msgInvalidReturnValue(m *Msg) string {
	return "Expected " + m.Str(0) + ` to be returned from the "` + m.Str(1) + `" function but got ` +
		m.SpecificType(m.Arg(2)) + "."
}

func msgInvalidUrl(m *Msg) string {
	m.Set("input", m.Arg(0))
	if !isNullish(m.Arg(1)) {
		m.Set("base", m.Arg(1))
	}
	return "Invalid URL"
}

func msgInvalidUrlScheme(m *Msg) string {
	exp := stringList(m, m.Arg(0))
	m.assert(len(exp) <= 2, "Assertion failed")
	if len(exp) == 2 {
		return "The URL must be one of scheme " + exp[0] + " or " + exp[1]
	}
	first := "undefined"
	if len(exp) > 0 {
		first = exp[0]
	}
	return "The URL must be of scheme " + first
}

func msgIpBlocked(m *Msg) string {
	return "IP(" + m.Str(0) + ") is blocked by net.BlockList"
}

func msgMissingArgs(m *Msg) string {
	m.assert(len(m.Args) > 0, "At least one arg needs to be specified")
	parts := make([]string, len(m.Args))
	for i, a := range m.Args {
		if o, ok := a.(*goja.Object); ok && o.ClassName() == "Array" {
			names := stringList(m, a)
			for j, n := range names {
				names[j] = `"` + n + `"`
			}
			parts[i] = strings.Join(names, " or ")
		} else {
			parts[i] = `"` + jsString(m.VM, a) + `"`
		}
	}
	s := "The " + FormatList(parts, "and") + " argument"
	if len(m.Args) > 1 {
		s += "s"
	}
	return s + " must be specified"
}

func msgModuleNotFound(m *Msg) string {
	what := "package"
	if truthy(m.Arg(2)) {
		m.Define("url", m.VM.ToValue(m.Str(2)), true)
		what = "module"
	}
	return "Cannot find " + what + " '" + m.Str(0) + "' imported from " + m.Str(1)
}

// OutOfRangeReceived formats ERR_OUT_OF_RANGE's received value.
func outOfRangeReceived(m *Msg, input goja.Value) string {
	if isInteger(input) && math.Abs(input.ToFloat()) > 1<<32 {
		return AddNumericalSeparator(NumberToString(input.ToFloat()))
	}
	if TypeOf(input) == "bigint" {
		s := bigString(input)
		if b, ok := new(big.Int).SetString(s, 10); ok {
			lim := new(big.Int).Lsh(big.NewInt(1), 32)
			if b.CmpAbs(lim) > 0 {
				s = AddNumericalSeparator(s)
			}
		}
		return s + "n"
	}
	return m.Inspect(input, DefaultInspect)
}

func msgOutOfRange(m *Msg) string {
	m.assert(truthy(m.Arg(1)), `Missing "range" argument`)
	msg := `The value of "` + m.Str(0) + `" is out of range.`
	if m.Has(3) && truthy(m.Arg(3)) {
		msg = m.Str(0)
	}
	return msg + " It must be " + m.Str(1) + ". Received " + outOfRangeReceived(m, m.Arg(2))
}

func msgPackageImportNotDefined(m *Msg) string {
	in := ""
	if truthy(m.Arg(1)) {
		in = " in package " + m.Str(1) + "package.json"
	}
	return `Package import specifier "` + m.Str(0) + `" is not defined` + in + " imported from " + m.Str(2)
}

func msgPackageMapExternalFile(m *Msg) string {
	return `Cannot resolve "` + m.Str(0) + `" from "` + m.Str(1) + `": file is not within any package defined in ` + m.Str(2)
}

func msgPackageMapInvalid(m *Msg) string {
	return `Invalid package-map.json at "` + m.Str(0) + `": ` + m.Str(1)
}

func msgPackageMapKeyNotFound(m *Msg) string {
	return `Package key "` + m.Str(0) + `" referenced in dependencies but not defined in ` + m.Str(1)
}

func msgPackagePathNotExported(m *Msg) string {
	if m.Str(1) == "." {
		return `No "exports" main defined in ` + m.Str(0) + "package.json" + m.importedFrom(2)
	}
	return "Package subpath '" + m.Str(1) + `' is not defined by "exports" in ` + m.Str(0) + "package.json" + m.importedFrom(2)
}

func msgParseArgsUnknownOption(m *Msg) string {
	s := "Unknown option '" + m.Str(0) + "'"
	if truthy(m.Arg(1)) {
		s += ". To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- " +
			jsonStringify(m.VM, m.Arg(0))
	}
	return s
}

func msgRequireAsyncModule(m *Msg) string {
	msg := "require() cannot be used on an ESM graph with top-level await. Use import() instead." +
		" To see where the top-level await comes from, use --experimental-print-required-tla."
	if truthy(m.Arg(0)) {
		msg += "\nRequired module: " + m.Str(0)
	}
	if parent, ok := m.Arg(1).(*goja.Object); ok {
		// getRequireStack: the filenames up the chain of parents.
		var stack []string
		for p := parent; p != nil; {
			f := p.Get("filename")
			if isNullish(f) {
				f = p.Get("id")
			}
			if !isNullish(f) {
				stack = append(stack, jsString(m.VM, f))
			}
			next, _ := p.Get("parent").(*goja.Object)
			if next == p {
				break
			}
			p = next
		}
		if len(stack) > 0 {
			msg += "\nRequire stack:\n- " + strings.Join(stack, "\n- ")
		}
		items := make([]any, len(stack))
		for i, s := range stack {
			items[i] = s
		}
		m.Define("requireStack", m.VM.NewArray(items...), false)
	}
	if loc, ok := m.Arg(2).(*goja.Object); ok && loc.ClassName() == "Array" && loc.Get("length").ToInteger() > 0 {
		m.Define("topLevelAwaitLocations", loc, false)
	}
	return msg
}

func msgRequireEsm(m *Msg) string {
	filename := m.Str(0)
	parentPath := m.Arg(2)
	msg := "require() of ES Module " + filename
	if truthy(parentPath) {
		msg += " from " + m.Str(2)
	}
	msg += " not supported."
	if !truthy(m.Arg(3)) {
		if strings.HasSuffix(filename, ".mjs") {
			msg += "\nInstead change the require of " + filename + " to a dynamic import() which is available in all CommonJS modules."
		}
		return msg
	}
	basename := path.Base(filename)
	if truthy(parentPath) && path.Base(filename) == path.Base(m.Str(2)) {
		basename = filename
	}
	if truthy(m.Arg(1)) {
		return msg + "\nInstead change the require of " + basename + " in " + m.Str(2) +
			" to a dynamic import() which is available in all CommonJS modules."
	}
	return msg + "\n" + basename + ` is treated as an ES module file as it is a .js file whose nearest parent package.json contains "type": "module" which declares all .js files in that package scope as ES modules.` +
		"\nInstead either rename " + basename + ` to end in .cjs, change the requiring code to use dynamic import() which is available in all CommonJS modules, or change "type": "module" to "type": "commonjs" in ` +
		m.Str(3) + " to treat all .js files as CommonJS (using .mjs for all ES modules instead).\n"
}

func msgRequireEsmRaceCondition(m *Msg) string {
	s := "Cannot require() ES Module " + m.Str(0) + " because it is not yet fully loaded.\n" +
		"This may be caused by a race condition if the module is simultaneously dynamically " +
		"import()-ed via Promise.all().\n" +
		"Try await-ing the import() sequentially in a loop instead.\n" + " (From "
	if truthy(m.Arg(1)) {
		s += m.Str(1) + " in "
	} else {
		s += " "
	}
	if truthy(m.Arg(2)) {
		return s + "loader hook worker thread)"
	}
	return s + "non-loader-hook thread)"
}

func msgSocketBadPort(m *Msg) string {
	allowZero := true
	if m.Has(2) {
		m.assert(TypeOf(m.Arg(2)) == "boolean", "The 'allowZero' argument must be of type boolean.")
		allowZero = m.Arg(2).ToBoolean()
	}
	op := ">="
	if !allowZero {
		op = ">"
	}
	return m.Str(0) + " should be " + op + " 0 and < 65536. Received " + m.SpecificType(m.Arg(1)) + "."
}

func msgTestFailure(m *Msg) string {
	ft := TypeOf(m.Arg(1))
	m.assert(ft == "string" || ft == "symbol", "The 'failureType' argument must be of type string or symbol.")
	err := m.Arg(0)
	msg := err
	if o, ok := err.(*goja.Object); ok {
		if mm := o.Get("message"); !isNullish(mm) {
			msg = mm
		}
	}
	var s string
	if goja.IsString(msg) {
		s = msg.String()
	} else {
		s = m.Inspect(msg, DefaultInspect)
	}
	m.Set("failureType", m.Arg(1))
	m.Set("cause", err)
	return s
}

func msgTlsAlpnCallbackInvalidResult(m *Msg) string {
	protos := stringList(m, m.Arg(1))
	return "ALPN callback returned a value (" + m.Str(0) + ") that did not match any of the client's offered protocols (" +
		strings.Join(protos, ", ") + ")"
}

func msgTlsCertAltnameInvalid(m *Msg) string {
	m.Set("reason", m.Arg(0))
	m.Set("host", m.Arg(1))
	m.Set("cert", m.Arg(2))
	return "Hostname/IP does not match certificate's altnames: " + m.Str(0)
}

func msgUnhandledError(m *Msg) string {
	if !m.Has(0) {
		return "Unhandled error."
	}
	return "Unhandled error. (" + m.Str(0) + ")"
}

func msgUnsupportedDirImport(m *Msg) string {
	m.Define("url", m.Arg(2), true)
	return "Directory import '" + m.Str(0) + "' is not supported resolving ES modules imported from " + m.Str(1)
}

func msgUnsupportedEsmUrlScheme(m *Msg) string {
	msg := "Only URLs with a scheme in: " + FormatList(stringList(m, m.Arg(1)), "and") + " are supported by the default ESM loader"
	proto := goja.Undefined()
	if u, ok := m.Arg(0).(*goja.Object); ok {
		proto = u.Get("protocol")
	}
	return msg + ". Received protocol '" + jsString(m.VM, proto) + "'"
}

func msgVmModuleLinkFailure(m *Msg) string {
	m.Set("cause", m.Arg(1))
	return m.Str(0)
}

func msgWorkerInvalidExecArgv(m *Msg) string {
	msg := "invalid execArgv flags"
	if m.Has(1) {
		msg = m.Str(1)
	}
	return "Initiated Worker with " + msg + ": " + strings.Join(stringList(m, m.Arg(0)), ", ")
}

func msgWorkerPath(m *Msg) string {
	f := m.Str(0)
	s := "The worker script or module filename must be an absolute path or a relative path starting with './' or '../'."
	if strings.HasPrefix(f, "file://") {
		s += " Wrap file:// URLs with `new URL`."
	}
	if strings.HasPrefix(f, "data:text/javascript") {
		s += " Wrap data: URLs with `new URL`."
	}
	return s + ` Received "` + f + `"`
}

func itoa(i int) string {
	return NumberToString(float64(i))
}
