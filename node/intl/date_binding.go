package intl

import (
	"math"
	"sort"
	"strings"
	"time"

	"github.com/dop251/goja"
)

var componentChars = []struct {
	opt string
	ch  byte
	val map[string]int
}{
	{"era", 'G', map[string]int{"short": 1, "long": 4, "narrow": 5}},
	{"year", 'y', map[string]int{"numeric": 1, "2-digit": 2}},
	{"month", 'M', map[string]int{"numeric": 1, "2-digit": 2, "short": 3, "long": 4, "narrow": 5}},
	{"weekday", 'E', map[string]int{"short": 3, "long": 4, "narrow": 5}},
	{"day", 'd', map[string]int{"numeric": 1, "2-digit": 2}},
	{"dayPeriod", 'B', map[string]int{"short": 1, "long": 4, "narrow": 5}},
	{"hour", 'j', map[string]int{"numeric": 1, "2-digit": 2}},
	{"minute", 'm', map[string]int{"numeric": 1, "2-digit": 2}},
	{"second", 's', map[string]int{"numeric": 1, "2-digit": 2}},
}

var zoneNameChars = map[string]struct {
	ch byte
	n  int
}{
	"short": {'z', 1}, "long": {'z', 4}, "shortOffset": {'O', 1}, "longOffset": {'O', 4},
	"shortGeneric": {'v', 1}, "longGeneric": {'v', 4},
}

func (c *bindingCtx) newDateFormat(call goja.FunctionCall) goja.Value {
	vm := c.vm
	o := call.Argument(0).ToObject(vm)
	dl := str(o, "dataLocale")
	di := dateInfo(dl)
	df := &dateFormatter{di: di, data: di.data, dataLoc: dl, names: map[string]map[string]any{}}
	df.digits = digitTable(str(o, "numberingSystem"))
	tz := str(o, "timeZone")
	df.tzName = tz
	if canon, off, ok := parseOffsetZone(tz); ok {
		df.isOffset, df.fixedOff, df.tzName = true, off, canon
	} else {
		name := tz
		if name == "UTC" {
			name = "UTC"
		}
		df.loc = loadZone(name)
	}
	s := supplementalData()
	lang := dl
	if i := strings.IndexByte(lang, '-'); i > 0 {
		lang = lang[:i]
	}
	df.dpRules = s.DayPeriodRules[lang]

	hc := di.hc
	if h12 := o.Get("hour12"); h12 != nil && !goja.IsUndefined(h12) {
		if h12.ToBoolean() {
			hc = "h12"
		} else {
			hc = "h23"
		}
	} else if v := str(o, "hourCycle"); v != "" {
		hc = v
	}
	df.hc = hc
	dateStyle, timeStyle := str(o, "dateStyle"), str(o, "timeStyle")
	var pattern string
	if dateStyle != "" || timeStyle != "" {
		var dp, tp string
		if dateStyle != "" {
			dp = digS(df.data, "gregorian", "dateFormats", dateStyle)
		}
		if timeStyle != "" {
			tp = digS(df.data, "gregorian", "timeFormats", timeStyle)
			tp = di.withHourCycle(tp, hc)
		}
		switch {
		case dp != "" && tp != "":
			g := digS(df.data, "gregorian", "dateTimeFormats-atTime", "standard", dateStyle)
			if g == "" {
				g = digS(df.data, "gregorian", "dateTimeFormats", dateStyle)
			}
			pattern = strings.Replace(strings.Replace(fixGlue(dl, g), "{1}", dp, 1), "{0}", tp, 1)
		case dp != "":
			pattern = dp
		default:
			pattern = tp
		}
	} else {
		var req skeleton
		for _, cc := range componentChars {
			v := str(o, cc.opt)
			if v == "" {
				continue
			}
			n := cc.val[v]
			ch := cc.ch
			if ch == 'j' {
				ch = hourChar(hc)
			}
			if ch == 'B' && hc != "h12" && hc != "h11" && str(o, "hour") != "" {
				continue // a 24-hour clock has no day period
			}
			req = append(req, skelField{fieldType(ch), ch, n})
		}
		if n := num(o, "fractionalSecondDigits"); n > 0 {
			req = append(req, skelField{'S', 'S', n})
		}
		if z, ok := zoneNameChars[str(o, "timeZoneName")]; ok {
			req = append(req, skelField{'z', z.ch, z.n})
		}
		df.req = req
		pattern, df.skelKey = di.bestPattern(req)
	}
	if df.skelKey == "" {
		df.skelKey, df.req = styleSkeleton(pattern)
	}
	df.pattern = pattern
	df.tokens = parseDatePattern(pattern)
	for _, t := range df.tokens {
		if t.ch == 'm' {
			df.hasMinutes = true
		}
	}
	return c.dateHandle(df)
}

// withHourCycle rewrites a style pattern for another clock, through the pattern generator when
// 12- and 24-hour differ (so "HH:mm" becomes the locale's own "hh:mm a").
func (di *dateLocaleInfo) withHourCycle(p, hc string) string {
	want := hourChar(hc)
	toks := parseDatePattern(p)
	var has byte
	for _, t := range toks {
		if fieldType(t.ch) == 'h' || fieldType(t.ch) == 'H' {
			has = t.ch
		}
	}
	if has == 0 || has == want {
		return p
	}
	if fieldType(has) == fieldType(want) {
		var b strings.Builder
		for _, t := range toks {
			if t.ch == has {
				t.ch = want
			}
			b.WriteString(tokenText(t))
		}
		return b.String()
	}
	var req skeleton
	for _, t := range toks {
		if t.ch == 0 || t.ch == 'a' || t.ch == 'b' || t.ch == 'B' {
			continue
		}
		ch := t.ch
		if ch == has {
			ch = want
		}
		req = append(req, skelField{fieldType(ch), ch, t.n})
	}
	pat, _ := di.bestPattern(req)
	return pat
}

var resolvedNames = map[byte]string{'G': "era", 'y': "year", 'M': "month", 'L': "month", 'E': "weekday", 'c': "weekday",
	'd': "day", 'B': "dayPeriod", 'h': "hour", 'H': "hour", 'K': "hour", 'k': "hour", 'm': "minute", 's': "second"}

func (df *dateFormatter) resolvedFields(vm *goja.Runtime) *goja.Object {
	r := vm.NewObject()
	for _, t := range df.tokens {
		if t.ch == 0 {
			continue
		}
		name, ok := resolvedNames[t.ch]
		var val string
		switch {
		case t.ch == 'S':
			_ = r.Set("fractionalSecondDigits", t.n)
			continue
		case fieldType(t.ch) == 'z':
			for k, z := range zoneNameChars {
				if z.ch == t.ch && (z.n == 4) == (t.n >= 4) {
					val = k
				}
			}
			_ = r.Set("timeZoneName", val)
			continue
		case !ok:
			continue
		case t.ch == 'G' || t.ch == 'B' || t.ch == 'E' || t.ch == 'c' || (t.ch == 'M' || t.ch == 'L') && t.n >= 3:
			val = map[int]string{1: "short", 2: "short", 3: "short", 4: "long", 5: "narrow"}[t.n]
		case t.n == 2:
			val = "2-digit"
		default:
			val = "numeric"
		}
		if (t.ch == 'm' || t.ch == 's') && t.n == 2 {
			// ICU pads minutes and seconds but reports what the pattern says
			val = "2-digit"
		}
		_ = r.Set(name, val)
	}
	_ = r.Set("hourCycle", df.hc)
	return r
}

func timeValue(c *bindingCtx, v goja.Value) float64 {
	var ms float64
	if goja.IsUndefined(v) {
		ms = float64(time.Now().UnixMilli())
	} else {
		ms = v.ToFloat()
	}
	if math.IsNaN(ms) || math.Abs(ms) > 8.64e15 {
		c.throwRange("Invalid time value")
	}
	return math.Trunc(ms) + 0
}

func (c *bindingCtx) dateHandle(df *dateFormatter) *goja.Object {
	vm := c.vm
	h := vm.NewObject()
	_ = h.Set("format", vm.ToValue(func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(df.format(timeValue(c, call.Argument(0))))
	}))
	_ = h.Set("formatToParts", vm.ToValue(func(call goja.FunctionCall) goja.Value {
		return partsToJS(vm, df.formatToParts(timeValue(c, call.Argument(0))), nil)
	}))
	rangeParts := func(call goja.FunctionCall) []part {
		if goja.IsUndefined(call.Argument(0)) || goja.IsUndefined(call.Argument(1)) {
			c.throwType("startDate or endDate is undefined")
		}
		a, b := timeValue(c, call.Argument(0)), timeValue(c, call.Argument(1))
		return df.formatRange(a, b)
	}
	_ = h.Set("formatRange", vm.ToValue(func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(joinParts(rangeParts(call)))
	}))
	_ = h.Set("formatRangeToParts", vm.ToValue(func(call goja.FunctionCall) goja.Value {
		return partsToJS(vm, rangeParts(call), nil)
	}))
	_ = h.Set("resolved", df.resolvedFields(vm))
	_ = h.Set("pattern", df.pattern)
	return h
}

func installDateBindings(c *bindingCtx, o *goja.Object) {
	vm := c.vm
	_ = o.Set("dateFormat", vm.ToValue(c.newDateFormat))
	_ = o.Set("canonicalZone", vm.ToValue(func(call goja.FunctionCall) goja.Value {
		name := call.Argument(0).String()
		if canon, _, ok := parseOffsetZone(name); ok {
			return vm.ToValue(canon)
		}
		if z, ok := canonicalZone(name); ok {
			return vm.ToValue(z)
		}
		return goja.Undefined()
	}))
}

// formatRange uses CLDR's interval formats for the largest differing field, else the fallback.
func (df *dateFormatter) formatRange(a, b float64) []part {
	pa, pb := df.formatToParts(a), df.formatToParts(b)
	if joinParts(pa) == joinParts(pb) {
		for i := range pa {
			pa[i].source = "shared"
		}
		return pa
	}
	ta, tb := df.zoneTime(a), df.zoneTime(b)
	diff := byte(0)
	switch {
	case ta.Year() != tb.Year():
		diff = 'y'
	case ta.Month() != tb.Month():
		diff = 'M'
	case ta.Day() != tb.Day():
		diff = 'd'
	case (ta.Hour() < 12) != (tb.Hour() < 12):
		diff = 'a'
	case ta.Hour() != tb.Hour():
		diff = 'h'
	case ta.Minute() != tb.Minute():
		diff = 'm'
	}
	if df.skelKey != "" && diff != 0 {
		iv := digM(df.data, "gregorian", "dateTimeFormats", "intervalFormats", df.skelKey)
		key := string(diff)
		if diff == 'h' && strings.ContainsRune(df.skelKey, 'H') {
			key = "H"
		}
		if diff == 'a' && strings.ContainsRune(df.skelKey, 'H') {
			key = "H"
		}
		if p := digS(iv, key); p != "" {
			p = adjustPattern(p, parseSkeleton(df.skelKey), df.req)
			toks := parseDatePattern(p)
			// the second half starts at the first field repeated
			seen := map[byte]bool{}
			split := len(toks)
			for i, t := range toks {
				if t.ch == 0 {
					continue
				}
				ft := fieldType(t.ch)
				if seen[ft] {
					split = i
					for split > 0 && toks[split-1].ch == 0 {
						split--
					}
					break
				}
				seen[ft] = true
			}
			var out []part
			emit := func(ts []dtToken, ms float64, src string) {
				t := df.zoneTime(ms)
				for _, tok := range ts {
					if tok.ch == 0 {
						out = append(out, part{"literal", tok.lit, src})
						continue
					}
					typ, val := df.field(t, ms, tok)
					out = append(out, part{typ, val, src})
				}
			}
			// the literal between the halves is shared
			mid := split
			for mid < len(toks) && toks[mid].ch == 0 {
				mid++
			}
			first := toks[:split]
			emit(first, a, "startRange")
			emit(toks[split:mid], a, "shared")
			emit(toks[mid:], b, "endRange")
			// parts of the first half that the second repeats are still startRange; fields
			// that only appear once are shared
			secondTypes := map[byte]bool{}
			for _, t := range toks[mid:] {
				if t.ch != 0 {
					secondTypes[fieldType(t.ch)] = true
				}
			}
			for i, t := range first {
				if t.ch != 0 && secondTypes[fieldType(t.ch)] {
					break
				}
				out[i].source = "shared"
			}
			// and the tail of the second half that the first half does not have
			firstTypes := map[byte]bool{}
			for _, t := range first {
				if t.ch != 0 {
					firstTypes[fieldType(t.ch)] = true
				}
			}
			for i := len(toks) - 1; i >= mid; i-- {
				if t := toks[i]; t.ch != 0 && firstTypes[fieldType(t.ch)] {
					break
				}
				out[i].source = "shared"
			}
			return mergeLiterals(out)
		}
	}
	fb := digS(df.data, "gregorian", "dateTimeFormats", "intervalFormats", "intervalFormatFallback")
	if fb == "" {
		fb = "{0} – {1}"
	}
	var out []part
	for fb != "" {
		i := strings.IndexByte(fb, '{')
		if i < 0 {
			out = append(out, part{"literal", fb, "shared"})
			break
		}
		if i > 0 {
			out = append(out, part{"literal", fb[:i], "shared"})
		}
		src, ps := "startRange", pa
		if fb[i+1] == '1' {
			src, ps = "endRange", pb
		}
		for _, p := range ps {
			p.source = src
			out = append(out, p)
		}
		fb = fb[i+3:]
	}
	return out
}

// styleSkeleton derives the skeleton of a style pattern ("MMM d, y" -> "yMMMd") so formatRange
// finds its interval formats.
func styleSkeleton(p string) (string, skeleton) {
	order := "GyMLEcdhHKkmsz"
	var req skeleton
	for _, t := range parseDatePattern(p) {
		if t.ch == 0 || t.ch == 'a' || t.ch == 'b' || t.ch == 'B' {
			continue
		}
		ch := t.ch
		switch ch {
		case 'L':
			ch = 'M'
		case 'c':
			ch = 'E'
		}
		req = append(req, skelField{fieldType(ch), ch, t.n})
	}
	sort.SliceStable(req, func(i, j int) bool {
		return strings.IndexByte(order, req[i].ch) < strings.IndexByte(order, req[j].ch)
	})
	var b strings.Builder
	for _, f := range req {
		if f.typ == 'z' {
			continue
		}
		n := f.n
		if f.typ == 'E' && n < 4 {
			n = 1
		}
		if (f.typ == 'h' || f.typ == 'H' || f.typ == 'm' || f.typ == 's' || f.typ == 'd' || f.typ == 'y') && n > 1 {
			n = 1
		}
		b.WriteString(strings.Repeat(string(f.ch), n))
	}
	return b.String(), req
}

func mergeLiterals(ps []part) []part {
	out := ps[:0]
	for _, p := range ps {
		if n := len(out); n > 0 && p.typ == "literal" && out[n-1].typ == "literal" && out[n-1].source == p.source {
			out[n-1].val += p.val
			continue
		}
		out = append(out, p)
	}
	return out
}
