package url

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
	"github.com/gnode-dev/gnode/internal/weburl"
)

// The state of a URL and of a URLSearchParams lives in Go. A JS instance holds it in one private
// field (#context, #params) as an engine object whose Export() is the Go record; the accessors
// and methods on the prototypes are native functions.
//
// A native function cannot read a private field, so it finds the record of its receiver in a
// one-entry cache (the object last constructed or looked up) and otherwise asks the class's glue
// for the field (one call into JS, which also performs the brand check and throws Node's error
// for a wrong receiver). The field is never reassigned, so an object's record never changes and
// the cache cannot go stale; it keeps at most one object alive.

// urlRecord is a URL: its href and the offsets of its components, as Node's C++ keeps them.
type urlRecord struct {
	href      string
	o         weburl.Offsets
	hrefVal   goja.Value // href as a JS string, made on first read
	*urlExtra            // what only some URLs need, kept out of the common record
}

type urlExtra struct {
	// parsed is href parsed, kept once a setter needed it so the next setter does not parse
	// again (URLs whose components are set tend to have several set).
	parsed *weburl.URL

	params    *paramsRecord // the state of searchParams, once read
	paramsObj goja.Value
}

func (r *urlRecord) extra() *urlExtra {
	if r.urlExtra == nil {
		r.urlExtra = &urlExtra{}
	}
	return r.urlExtra
}

// paramsRecord is a URLSearchParams: its list of name, value, ... and the URL it updates.
type paramsRecord struct {
	list []string
	url  *urlRecord
}

// Both records are held by engine objects no script can reach (only the private fields do), so
// their property traps are never exercised: they refuse everything.
func (*urlRecord) Get(string) goja.Value       { return nil }
func (*urlRecord) Set(string, goja.Value) bool { return false }
func (*urlRecord) Has(string) bool             { return false }
func (*urlRecord) Delete(string) bool          { return false }
func (*urlRecord) Keys() []string              { return nil }

func (*paramsRecord) Get(string) goja.Value       { return nil }
func (*paramsRecord) Set(string, goja.Value) bool { return false }
func (*paramsRecord) Has(string) bool             { return false }
func (*paramsRecord) Delete(string) bool          { return false }
func (*paramsRecord) Keys() []string              { return nil }

func newURLRecord(u *weburl.URL) *urlRecord {
	r := &urlRecord{}
	r.href, r.o = u.Serialize()
	return r
}

func (r *urlRecord) reset(u *weburl.URL) {
	r.href, r.o = u.Serialize()
	r.hrefVal = nil
	r.extra().parsed = u
}

// rawSearch is the query without its '?' ("" when there is none).
func (r *urlRecord) rawSearch() string {
	if r.o.SearchStart == r.o.HashStart {
		return ""
	}
	return r.href[r.o.SearchStart+1 : r.o.HashStart]
}

// set runs the setter of attr (not href) on the URL.
func (r *urlRecord) set(attr, value string) {
	var u *weburl.URL
	if r.urlExtra != nil {
		u = r.parsed
	}
	if u == nil {
		var ok bool
		if u, ok = weburl.Parse(r.href, nil); !ok {
			return
		}
	}
	if weburl.Set(u, attr, value) {
		r.reset(u)
	}
}

// refreshParams is the URL's part of the link with its searchParams: after href or search
// changed, the list is the new query's.
func (r *urlRecord) refreshParams() {
	if r.urlExtra == nil || r.params == nil {
		return
	}
	if q := r.rawSearch(); q != "" {
		r.params.list = weburl.ParseForm(q)
	} else {
		r.params.list = nil
	}
}

// update is URLSearchParams' update steps: the URL's query becomes the serialized list.
func (p *paramsRecord) update() {
	if p.url != nil {
		p.url.set("search", weburl.SerializeForm(p.list))
	}
}

// compareUTF16 orders strings by their UTF-16 code units, as sort() must (UTF-8 byte order
// differs for characters above U+FFFF against U+E000..U+FFFF). The strings are valid UTF-8.
func compareUTF16(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			ua, ub := utf16Units(ra), utf16Units(rb)
			if ua[0] != ub[0] {
				return int(ua[0]) - int(ub[0])
			}
			return int(ua[1]) - int(ub[1])
		}
		a, b = a[na:], b[nb:]
	}
	return len(a) - len(b)
}

func utf16Units(r rune) [2]uint16 {
	if r >= 0x10000 {
		a, b := utf16.EncodeRune(r)
		return [2]uint16{uint16(a), uint16(b)}
	}
	return [2]uint16{uint16(r), 0}
}

// records is the per-runtime part: the JS helpers the natives call and the caches.
type records struct {
	vm *goja.Runtime

	// urlOf(self, kind) and paramsOf(self) return the private field or throw Node's error.
	urlOf, paramsOf goja.Callable
	// newParams(query) is new URLSearchParams(query), for url.searchParams.
	newParams goja.Callable

	lastURLObj    *goja.Object
	lastURL       *urlRecord
	lastParamsObj *goja.Object
	lastParams    *paramsRecord
}

// Brand-check flavours: the message V8 gives for the private member Node's getter touches.
const (
	brandContext      = 0 // "Cannot read private member #context ..."
	brandReceiver     = 1 // "Receiver must be an instance of class URL"
	brandSearchParams = 2 // "Cannot read private member #searchParams ..."
)

func (rs *records) url(this goja.Value, kind int) *urlRecord {
	if o, ok := this.(*goja.Object); ok && o == rs.lastURLObj {
		return rs.lastURL
	}
	v, err := rs.urlOf(goja.Undefined(), this, rs.vm.ToValue(kind))
	host.Rethrow(err)
	r := v.(*goja.Object).Export().(*urlRecord)
	rs.lastURLObj, rs.lastURL = this.(*goja.Object), r
	return r
}

func (rs *records) params(this goja.Value) *paramsRecord {
	if o, ok := this.(*goja.Object); ok && o == rs.lastParamsObj {
		return rs.lastParams
	}
	v, err := rs.paramsOf(goja.Undefined(), this)
	host.Rethrow(err)
	p := v.(*goja.Object).Export().(*paramsRecord)
	rs.lastParamsObj, rs.lastParams = this.(*goja.Object), p
	return p
}

// usv is the WebIDL USVString conversion: ToString, then lone surrogates become U+FFFD (which
// the engine's UTF-16 to Go string conversion does).
func (rs *records) usv(v goja.Value) string {
	if _, ok := v.(*goja.Symbol); ok {
		panic(rs.vm.NewTypeError("Cannot convert a Symbol value to a string"))
	}
	return v.String()
}

func (rs *records) str(s string) goja.Value { return rs.vm.ToValue(s) }

// installURL defines URL.prototype's accessors and toString as native functions, in place of
// the glue's placeholders (so the prototype keeps Node's key order).
func (rs *records) installURL(proto *goja.Object) {
	vm := rs.vm
	get := func(name string, kind int, fn func(r *urlRecord) goja.Value) goja.Value {
		return host.NamedFunc(vm, "get "+name, 0, func(call goja.FunctionCall) goja.Value {
			return fn(rs.url(call.This, kind))
		})
	}
	slice := func(name string, kind int, from, to func(o *weburl.Offsets) int32) goja.Value {
		return get(name, kind, func(r *urlRecord) goja.Value { return rs.str(r.href[from(&r.o):to(&r.o)]) })
	}
	setter := func(name string, after func(r *urlRecord)) goja.Value {
		return host.NamedFunc(vm, "set "+name, 1, func(call goja.FunctionCall) goja.Value {
			r := rs.url(call.This, brandContext)
			r.set(name, rs.usv(call.Argument(0)))
			if after != nil {
				after(r)
			}
			return goja.Undefined()
		})
	}
	href := func(r *urlRecord) goja.Value {
		if r.hrefVal == nil {
			r.hrefVal = rs.str(r.href)
		}
		return r.hrefVal
	}
	accessor := func(name string, g, s goja.Value) {
		if err := proto.DefineAccessorProperty(name, g, s, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
			panic(err)
		}
	}

	toString := host.NamedFunc(vm, "toString", 0, func(call goja.FunctionCall) goja.Value {
		return href(rs.url(call.This, brandReceiver))
	})
	if err := proto.DefineDataProperty("toString", toString, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
		panic(err)
	}
	accessor("href", get("href", brandReceiver, href),
		host.NamedFunc(vm, "set href", 1, func(call goja.FunctionCall) goja.Value {
			r := rs.url(call.This, brandContext)
			if _, ok := call.Argument(0).(*goja.Symbol); ok {
				panic(vm.NewTypeError("Cannot convert a Symbol value to a string"))
			}
			// the error's input is the string as given, lone surrogates included
			input := call.Argument(0).ToString()
			u, ok := weburl.Parse(input.String(), nil)
			if !ok {
				e := nodeerr.NewNative(vm, "ERR_INVALID_URL", "Invalid URL")
				_ = e.Set("input", input)
				panic(e)
			}
			r.reset(u)
			r.refreshParams()
			return goja.Undefined()
		}))
	accessor("origin", get("origin", brandContext, func(r *urlRecord) goja.Value {
		scheme := r.href[:r.o.ProtocolEnd-1]
		switch scheme {
		case "http", "https", "ws", "wss", "ftp":
			return rs.str(scheme + "://" + r.href[r.o.HostStart:r.o.PathStart])
		case "blob":
			if u, ok := weburl.Parse(r.href, nil); ok {
				return rs.str(u.Origin())
			}
		}
		return rs.str("null")
	}), nil)
	accessor("protocol", slice("protocol", brandContext,
		func(*weburl.Offsets) int32 { return 0 }, func(o *weburl.Offsets) int32 { return o.ProtocolEnd }),
		setter("protocol", nil))
	accessor("username", slice("username", brandContext,
		func(o *weburl.Offsets) int32 { return o.UsernameStart }, func(o *weburl.Offsets) int32 { return o.UsernameEnd }),
		setter("username", nil))
	accessor("password", slice("password", brandContext,
		func(o *weburl.Offsets) int32 { return o.PasswordStart }, func(o *weburl.Offsets) int32 { return o.PasswordEnd }),
		setter("password", nil))
	accessor("host", slice("host", brandContext,
		func(o *weburl.Offsets) int32 { return o.HostStart }, func(o *weburl.Offsets) int32 { return o.PathStart }),
		setter("host", nil))
	accessor("hostname", slice("hostname", brandContext,
		func(o *weburl.Offsets) int32 { return o.HostStart }, func(o *weburl.Offsets) int32 { return o.HostEnd }),
		setter("hostname", nil))
	accessor("port", slice("port", brandContext,
		func(o *weburl.Offsets) int32 { return o.PortStart }, func(o *weburl.Offsets) int32 { return o.PathStart }),
		setter("port", nil))
	accessor("pathname", slice("pathname", brandContext,
		func(o *weburl.Offsets) int32 { return o.PathStart }, func(o *weburl.Offsets) int32 { return o.SearchStart }),
		setter("pathname", nil))
	accessor("search", get("search", brandReceiver, func(r *urlRecord) goja.Value {
		if r.o.HashStart-r.o.SearchStart <= 1 {
			return rs.str("")
		}
		return rs.str(r.href[r.o.SearchStart:r.o.HashStart])
	}), setter("search", (*urlRecord).refreshParams))
	accessor("searchParams", get("searchParams", brandSearchParams, func(r *urlRecord) goja.Value {
		if r.urlExtra == nil || r.paramsObj == nil {
			// the constructor drops one leading "?": the query's own "?" must survive it
			q := r.rawSearch()
			if q != "" {
				q = "?" + q
			}
			obj, err := rs.newParams(goja.Undefined(), rs.str(q))
			host.Rethrow(err)
			p := rs.params(obj)
			p.url = r
			x := r.extra()
			x.params, x.paramsObj = p, obj
		}
		return r.paramsObj
	}), nil)
	accessor("hash", get("hash", brandContext, func(r *urlRecord) goja.Value {
		if len(r.href)-int(r.o.HashStart) <= 1 {
			return rs.str("")
		}
		return rs.str(r.href[r.o.HashStart:])
	}), setter("hash", nil))
}

// installParams defines URLSearchParams.prototype's list methods and size as native functions.
func (rs *records) installParams(proto *goja.Object) {
	vm := rs.vm
	method := func(name string, length int, fn func(p *paramsRecord, call goja.FunctionCall) goja.Value) {
		f := host.NamedFunc(vm, name, length, func(call goja.FunctionCall) goja.Value {
			p := rs.params(call.This)
			if len(call.Arguments) < length {
				if length == 2 {
					panic(nodeerr.New(vm, "ERR_MISSING_ARGS", "name", "value"))
				}
				panic(nodeerr.New(vm, "ERR_MISSING_ARGS", "name"))
			}
			return fn(p, call)
		})
		if err := proto.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
			panic(err)
		}
	}
	// optValue is the optional value argument of has() and delete(): given when not undefined.
	optValue := func(call goja.FunctionCall) (string, bool) {
		if len(call.Arguments) < 2 || goja.IsUndefined(call.Arguments[1]) {
			return "", false
		}
		return rs.usv(call.Arguments[1]), true
	}
	method("append", 2, func(p *paramsRecord, call goja.FunctionCall) goja.Value {
		name := rs.usv(call.Arguments[0])
		value := rs.usv(call.Arguments[1])
		p.list = append(p.list, name, value)
		p.update()
		return goja.Undefined()
	})
	method("delete", 1, func(p *paramsRecord, call goja.FunctionCall) goja.Value {
		name := rs.usv(call.Arguments[0])
		value, hasValue := optValue(call)
		out := p.list[:0]
		for i := 0; i < len(p.list); i += 2 {
			if p.list[i] == name && (!hasValue || p.list[i+1] == value) {
				continue
			}
			out = append(out, p.list[i], p.list[i+1])
		}
		clear(p.list[len(out):])
		p.list = out
		p.update()
		return goja.Undefined()
	})
	method("get", 1, func(p *paramsRecord, call goja.FunctionCall) goja.Value {
		name := rs.usv(call.Arguments[0])
		for i := 0; i < len(p.list); i += 2 {
			if p.list[i] == name {
				return rs.str(p.list[i+1])
			}
		}
		return goja.Null()
	})
	method("getAll", 1, func(p *paramsRecord, call goja.FunctionCall) goja.Value {
		name := rs.usv(call.Arguments[0])
		var out []any
		for i := 0; i < len(p.list); i += 2 {
			if p.list[i] == name {
				out = append(out, rs.str(p.list[i+1]))
			}
		}
		return vm.NewArray(out...)
	})
	method("has", 1, func(p *paramsRecord, call goja.FunctionCall) goja.Value {
		name := rs.usv(call.Arguments[0])
		value, hasValue := optValue(call)
		for i := 0; i < len(p.list); i += 2 {
			if p.list[i] == name && (!hasValue || p.list[i+1] == value) {
				return vm.ToValue(true)
			}
		}
		return vm.ToValue(false)
	})
	method("set", 2, func(p *paramsRecord, call goja.FunctionCall) goja.Value {
		name := rs.usv(call.Arguments[0])
		value := rs.usv(call.Arguments[1])
		found := false
		out := p.list[:0]
		for i := 0; i < len(p.list); i += 2 {
			if p.list[i] == name {
				if found {
					continue
				}
				found = true
				out = append(out, name, value)
				continue
			}
			out = append(out, p.list[i], p.list[i+1])
		}
		clear(p.list[len(out):])
		p.list = out
		if !found {
			p.list = append(p.list, name, value)
		}
		p.update()
		return goja.Undefined()
	})
	method("sort", 0, func(p *paramsRecord, call goja.FunctionCall) goja.Value {
		n := len(p.list) / 2
		pairs := make([][2]string, n)
		for i := range pairs {
			pairs[i] = [2]string{p.list[2*i], p.list[2*i+1]}
		}
		sort.SliceStable(pairs, func(a, b int) bool { return compareUTF16(pairs[a][0], pairs[b][0]) < 0 })
		for i, pr := range pairs {
			p.list[2*i], p.list[2*i+1] = pr[0], pr[1]
		}
		p.update()
		return goja.Undefined()
	})
	method("toString", 0, func(p *paramsRecord, call goja.FunctionCall) goja.Value {
		return rs.str(weburl.SerializeForm(p.list))
	})
	size := host.NamedFunc(vm, "get size", 0, func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(len(rs.params(call.This).list) / 2)
	})
	if err := proto.DefineAccessorProperty("size", size, nil, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
		panic(err)
	}
}

// bindRecords adds the record functions to the binding:
//
//	installURL(proto, urlOf, newParams)   URL.prototype's natives; urlOf(self, kind) is the brand check
//	installParams(proto, paramsOf)       URLSearchParams.prototype's natives
//	newParams(self, query)               a record for a new URLSearchParams (query: string or undefined)
//	paramsSetList(rec, flat)             replaces the list (the glue converted the pairs)
//	paramsCopy(rec, from)                copies another URLSearchParams' list
//	paramsLength(rec), paramsAt(rec, i)  for iteration and inspection: list length, list[i]
//	paramsList(rec)                      a copy of the flat list as an array
func (rs *records) bind(b *goja.Object) {
	vm := rs.vm
	callable := func(v goja.Value) goja.Callable {
		f, ok := goja.AssertFunction(v)
		if !ok {
			panic(vm.NewTypeError("not a function"))
		}
		return f
	}
	_ = b.Set("installURL", func(call goja.FunctionCall) goja.Value {
		rs.urlOf = callable(call.Argument(1))
		rs.newParams = callable(call.Argument(2))
		rs.installURL(call.Argument(0).ToObject(vm))
		return goja.Undefined()
	})
	_ = b.Set("installParams", func(call goja.FunctionCall) goja.Value {
		rs.paramsOf = callable(call.Argument(1))
		rs.installParams(call.Argument(0).ToObject(vm))
		return goja.Undefined()
	})
	_ = b.Set("newParams", func(call goja.FunctionCall) goja.Value {
		p := &paramsRecord{}
		if q := call.Argument(1); !goja.IsUndefined(q) {
			s := q.String()
			if strings.HasPrefix(s, "?") {
				s = s[1:]
			}
			p.list = weburl.ParseForm(s)
		}
		if o, ok := call.Argument(0).(*goja.Object); ok {
			rs.lastParamsObj, rs.lastParams = o, p
		}
		return vm.NewDynamicObject(p)
	})
	record := func(v goja.Value) *paramsRecord {
		return v.(*goja.Object).Export().(*paramsRecord)
	}
	_ = b.Set("paramsSetList", func(call goja.FunctionCall) goja.Value {
		p := record(call.Argument(0))
		flat := call.Argument(1).ToObject(vm)
		n := int(flat.Get("length").ToInteger())
		p.list = make([]string, n)
		for i := range n {
			p.list[i] = flat.Get(strconv.Itoa(i)).String()
		}
		return goja.Undefined()
	})
	_ = b.Set("paramsCopy", func(call goja.FunctionCall) goja.Value {
		p := record(call.Argument(0))
		p.list = append([]string(nil), record(call.Argument(1)).list...)
		return goja.Undefined()
	})
	_ = b.Set("paramsLength", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(len(record(call.Argument(0)).list))
	})
	_ = b.Set("paramsAt", func(call goja.FunctionCall) goja.Value {
		return rs.str(record(call.Argument(0)).list[call.Argument(1).ToInteger()])
	})
	_ = b.Set("paramsList", func(call goja.FunctionCall) goja.Value {
		list := record(call.Argument(0)).list
		vals := make([]any, len(list))
		for i, s := range list {
			vals[i] = rs.str(s)
		}
		return vm.NewArray(vals...)
	})
}
