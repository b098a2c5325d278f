package intl

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/rivo/uniseg"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

func installMiscBindings(c *bindingCtx, o *goja.Object) {
	vm := c.vm
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, vm.ToValue(fn)) }
	set("collator", c.newCollator)
	set("pluralRules", func(call goja.FunctionCall) goja.Value {
		opts := call.Argument(0).ToObject(vm)
		nf := &numberFormatter{dataLoc: str(opts, "dataLocale"), style: "decimal", notation: "standard",
			minInt: num(opts, "minimumIntegerDigits"), minFrac: num(opts, "minimumFractionDigits"),
			maxFrac: num(opts, "maximumFractionDigits"), minSig: num(opts, "minimumSignificantDigits"),
			maxSig: num(opts, "maximumSignificantDigits"), roundingType: str(opts, "roundingType"),
			roundingMode: str(opts, "roundingMode"), roundingIncrement: num(opts, "roundingIncrement"),
			useGrouping: "false", signDisplay: "auto", trailingZeroDisplay: str(opts, "trailingZeroDisplay")}
		nf.data = localeDataFor(nf.dataLoc)
		nf.init()
		ordinal := str(opts, "type") == "ordinal"
		pl := nf.dataLoc
		if lang := str(opts, "pluralLocale"); lang != "" && baseLang(pl) != lang {
			pl = lang
		}
		nf.plural = rulesFor(pl, ordinal)
		h := c.numberHandle(nf)
		cats := make([]any, len(nf.plural.categories))
		for i, s := range nf.plural.categories {
			cats[i] = s
		}
		_ = h.Set("categories", vm.NewArray(cats...))
		ranges := supplementalData().PluralRanges[baseLang(pl)]
		_ = h.Set("selectRange", vm.ToValue(func(call goja.FunctionCall) goja.Value {
			sel, _ := goja.AssertFunction(h.Get("select"))
			a, _ := sel(goja.Undefined(), call.Argument(0))
			b, _ := sel(goja.Undefined(), call.Argument(1))
			if ordinal {
				return b
			}
			if r, ok := ranges["pluralRange-start-"+a.String()+"-end-"+b.String()]; ok {
				return vm.ToValue(r)
			}
			return b
		}))
		return h
	})
	set("listFormat", c.newListFormat)
	set("relativeTimeFormat", c.newRelativeTimeFormat)
	set("displayName", c.displayName)
	set("segment", c.segment)
	set("localeInfo", c.localeInfo)
	set("maximize", func(call goja.FunctionCall) goja.Value {
		id, err := parseLocaleID(call.Argument(0).String())
		if err != nil {
			c.throwRange(err.Error())
		}
		id.lang, id.script, id.region = maximize(id)
		return vm.ToValue(id.String())
	})
	set("minimize", func(call goja.FunctionCall) goja.Value {
		id, err := parseLocaleID(call.Argument(0).String())
		if err != nil {
			c.throwRange(err.Error())
		}
		l, s, r := maximize(id)
		full := [3]string{l, s, r}
		for _, trial := range [][3]string{{l, "", ""}, {l, "", r}, {l, s, ""}} {
			t := &localeID{lang: trial[0], script: trial[1], region: trial[2]}
			a, b, cc := maximize(t)
			if [3]string{a, b, cc} == full {
				id.lang, id.script, id.region = trial[0], trial[1], trial[2]
				return vm.ToValue(id.String())
			}
		}
		return vm.ToValue(id.String())
	})
}

func baseLang(l string) string {
	if i := strings.IndexByte(l, '-'); i > 0 {
		return l[:i]
	}
	return l
}

var collationsByLang = map[string][]string{
	"de": {"phonebk", "eor", "emoji"}, "es": {"trad", "eor", "emoji"}, "zh": {"pinyin", "stroke", "zhuyin", "unihan", "eor", "emoji"},
	"ja": {"unihan", "eor", "emoji"}, "ko": {"searchjl", "unihan", "eor", "emoji"}, "sv": {"trad", "eor", "emoji"},
}

func collationSupported(dl, v string) bool {
	for _, x := range collationsByLang[baseLang(dl)] {
		if x == v {
			return true
		}
	}
	return v == "emoji" || v == "eor"
}

func (c *bindingCtx) newCollator(call goja.FunctionCall) goja.Value {
	vm := c.vm
	o := call.Argument(0).ToObject(vm)
	tagStr := str(o, "locale")
	id, _ := parseLocaleID(tagStr)
	base := "und"
	if id != nil {
		base = id.baseName()
	}
	ext := []string{}
	if co := str(o, "collation"); co != "" && co != "default" {
		ext = append(ext, "co-"+co)
	}
	if kf := str(o, "caseFirst"); kf == "upper" || kf == "lower" {
		ext = append(ext, "kf-"+kf)
	}
	if o.Get("ignorePunctuation").ToBoolean() {
		ext = append(ext, "ka-shifted")
	}
	tag := base
	if len(ext) > 0 {
		tag += "-u-" + strings.Join(ext, "-")
	}
	lt, err := language.Parse(tag)
	if err != nil {
		lt = language.Und
	}
	var opts []collate.Option
	switch str(o, "sensitivity") {
	case "base":
		opts = append(opts, collate.IgnoreCase, collate.IgnoreDiacritics, collate.IgnoreWidth)
	case "accent":
		opts = append(opts, collate.IgnoreCase, collate.IgnoreWidth)
	case "case":
		opts = append(opts, collate.IgnoreDiacritics, collate.IgnoreWidth)
	}
	if o.Get("numeric").ToBoolean() {
		opts = append(opts, collate.Numeric)
	}
	opts = append(opts, collate.OptionsFromTag(lt))
	col := collate.New(lt, opts...)
	var buf1, buf2 collate.Buffer
	_ = buf1
	_ = buf2
	h := vm.NewObject()
	_ = h.Set("compare", vm.ToValue(func(call goja.FunctionCall) goja.Value {
		a, b := call.Argument(0).String(), call.Argument(1).String()
		if a == b {
			return vm.ToValue(0)
		}
		return vm.ToValue(col.CompareString(a, b))
	}))
	return h
}

type listFormatter struct {
	start, middle, end, two string
	lang                    string
	typ                     string
}

func (c *bindingCtx) newListFormat(call goja.FunctionCall) goja.Value {
	vm := c.vm
	o := call.Argument(0).ToObject(vm)
	dl := str(o, "dataLocale")
	d := localeDataFor(dl)
	key := "listPattern-type-standard"
	switch str(o, "type") {
	case "disjunction":
		key = "listPattern-type-or"
	case "unit":
		key = "listPattern-type-unit"
	}
	switch str(o, "style") {
	case "short":
		key += "-short"
	case "narrow":
		key += "-narrow"
	}
	p := digM(d, "listPatterns", key)
	lf := &listFormatter{start: digS(p, "start"), middle: digS(p, "middle"), end: digS(p, "end"), two: digS(p, "2"), lang: baseLang(dl), typ: str(o, "type")}
	h := vm.NewObject()
	items := func(v goja.Value) []string {
		var out []string
		if goja.IsUndefined(v) {
			return out
		}
		for _, x := range v.Export().([]any) {
			out = append(out, x.(string))
		}
		return out
	}
	_ = h.Set("format", vm.ToValue(func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(joinParts(lf.parts(items(call.Argument(0)))))
	}))
	_ = h.Set("formatToParts", vm.ToValue(func(call goja.FunctionCall) goja.Value {
		return partsToJS(vm, lf.parts(items(call.Argument(0))), nil)
	}))
	return h
}

// spanishConjunction applies the y->e / o->u rules CLDR leaves to ICU.
func (lf *listFormatter) fix(pat, next string) string {
	if lf.lang != "es" {
		return pat
	}
	low := strings.ToLower(next)
	if strings.Contains(pat, " y ") && (strings.HasPrefix(low, "i") || strings.HasPrefix(low, "hi")) && !strings.HasPrefix(low, "hie") && !strings.HasPrefix(low, "hia") {
		return strings.Replace(pat, " y ", " e ", 1)
	}
	if strings.Contains(pat, " o ") && (strings.HasPrefix(low, "o") || strings.HasPrefix(low, "ho") || strings.HasPrefix(low, "8") || strings.HasPrefix(low, "11")) {
		return strings.Replace(pat, " o ", " u ", 1)
	}
	return pat
}

func (lf *listFormatter) parts(items []string) []part {
	n := len(items)
	switch n {
	case 0:
		return nil
	case 1:
		return []part{{"element", items[0], ""}}
	}
	elem := func(s string) []part { return []part{{"element", s, ""}} }
	if n == 2 {
		return fillPattern(lf.fix(lf.two, items[1]), elem(items[0]), elem(items[1]), "literal")
	}
	acc := fillPattern(lf.fix(lf.end, items[n-1]), elem(items[n-2]), elem(items[n-1]), "literal")
	for i := n - 3; i >= 0; i-- {
		pat := lf.middle
		if i == 0 {
			pat = lf.start
		}
		acc = fillPattern(pat, elem(items[i]), acc, "literal")
	}
	return acc
}

func (c *bindingCtx) newRelativeTimeFormat(call goja.FunctionCall) goja.Value {
	vm := c.vm
	o := call.Argument(0).ToObject(vm)
	dl := str(o, "dataLocale")
	nf := &numberFormatter{dataLoc: dl, nu: str(o, "numberingSystem"), style: "decimal", notation: "standard",
		minInt: 1, maxFrac: 3, roundingType: "fractionDigits", roundingMode: "halfExpand", roundingIncrement: 1,
		useGrouping: "auto", signDisplay: "never", trailingZeroDisplay: "auto"}
	nf.data = localeDataFor(dl)
	nf.init()
	style := str(o, "style")
	numeric := str(o, "numeric")
	h := vm.NewObject()
	parts := func(call goja.FunctionCall) []part {
		v := call.Argument(0).ToFloat()
		if v != v || v > 1.7976931348623157e308 || v < -1.7976931348623157e308 {
			c.throwRange("Invalid time value")
		}
		unit := call.Argument(1).String()
		u := strings.TrimSuffix(unit, "s")
		switch u {
		case "second", "minute", "hour", "day", "week", "month", "quarter", "year":
		default:
			c.throwRange("Invalid unit argument for Intl.RelativeTimeFormat.prototype." + call.Argument(2).String() + "() '" + unit + "'")
		}
		field := u
		if style != "long" {
			field += "-" + style
		}
		fd := digM(nf.data, "fields", field)
		if fd == nil {
			fd = digM(nf.data, "fields", u)
		}
		d := decimalFromFloat(v)
		if numeric == "auto" && v == float64(int64(v)) {
			key := "relative-type-" + strconv.FormatInt(int64(v), 10)
			if v == 0 && d.neg {
				key = "relative-type-0"
			}
			if s := digS(fd, key); s != "" {
				return []part{{"literal", s, ""}}
			}
		}
		dir := "relativeTime-type-future"
		if d.neg {
			dir = "relativeTime-type-past"
		}
		rd := nf.round(d)
		_, mf := nf.fracDigitsFor(&rd)
		cat := nf.plural.selectOp(operandsOf(rd.plain(mf), 0))
		pat := digS(fd, dir, "relativeTimePattern-count-"+cat)
		if pat == "" {
			pat = digS(fd, dir, "relativeTimePattern-count-other")
		}
		d.neg = false
		num := nf.formatParts(d)
		return fillPatternUnit(pat, num, u)
	}
	_ = h.Set("format", vm.ToValue(func(call goja.FunctionCall) goja.Value { return vm.ToValue(joinParts(parts(call))) }))
	_ = h.Set("formatToParts", vm.ToValue(func(call goja.FunctionCall) goja.Value {
		return partsToJS(vm, parts(call), nil)
	}))
	return h
}

// fillPatternUnit fills "{0}" and tags the number parts with their unit (kept in source, which
// partsToJS then reads as "unit").
func fillPatternUnit(pat string, num []part, unit string) []part {
	for i := range num {
		num[i].source = "unit:" + unit
	}
	return fillPattern(pat, num, nil, "literal")
}

func (c *bindingCtx) displayName(call goja.FunctionCall) goja.Value {
	vm := c.vm
	o := call.Argument(0).ToObject(vm)
	code := call.Argument(1).String()
	d := localeDataFor(str(o, "dataLocale"))
	style := str(o, "style")
	alt := func(m map[string]any, k string) string {
		if style != "long" {
			if s := digS(m, k+"-alt-short"); s != "" {
				return s
			}
		}
		return digS(m, k)
	}
	var name string
	switch str(o, "type") {
	case "language":
		langs := digM(d, "localeNames", "languages")
		if str(o, "languageDisplay") != "standard" {
			name = alt(langs, code)
		}
		if name == "" {
			id, err := parseLocaleID(code)
			if err == nil {
				name = localeDisplayName(d, id, style)
			}
		}
	case "region":
		name = alt(digM(d, "localeNames", "territories"), code)
	case "script":
		name = alt(digM(d, "localeNames", "scripts"), code)
	case "currency":
		cur := digM(d, "numbers", "currencies", code)
		name = digS(cur, "displayName")
		if style != "long" && name == "" {
			name = digS(cur, "symbol")
		}
	case "calendar":
		key := code
		switch code {
		case "gregory":
			key = "gregorian"
		case "ethioaa":
			key = "ethiopic-amete-alem"
		case "islamic-civil":
			key = "islamic-civil"
		}
		name = digS(d, "localeNames", "calendars", key)
	case "dateTimeField":
		field := map[string]string{"weekOfYear": "week", "weekday": "weekday", "timeZoneName": "zone", "dayPeriod": "dayperiod"}[code]
		if field == "" {
			field = code
		}
		if style != "long" {
			if s := digS(d, "fields", field+"-"+style, "displayName"); s != "" {
				return vm.ToValue(s)
			}
		}
		name = digS(d, "fields", field, "displayName")
	}
	if name == "" {
		return goja.Undefined()
	}
	return vm.ToValue(name)
}

func localeDisplayName(d ldata, id *localeID, style string) string {
	langs := digM(d, "localeNames", "languages")
	lang := digS(langs, id.lang)
	if lang == "" {
		return ""
	}
	var quals []string
	if id.script != "" {
		if s := digS(d, "localeNames", "scripts", id.script); s != "" {
			quals = append(quals, s)
		} else {
			quals = append(quals, id.script)
		}
	}
	if id.region != "" {
		r := ""
		if style != "long" {
			r = digS(d, "localeNames", "territories", id.region+"-alt-short")
		}
		if r == "" {
			r = digS(d, "localeNames", "territories", id.region)
		}
		if r == "" {
			r = id.region
		}
		quals = append(quals, r)
	}
	if len(quals) == 0 {
		return lang
	}
	sep := digS(d, "localeNames", "localeDisplayPattern", "localeSeparator")
	if sep == "" {
		sep = "{0}, {1}"
	}
	q := quals[0]
	for _, x := range quals[1:] {
		q = strings.Replace(strings.Replace(sep, "{0}", q, 1), "{1}", x, 1)
	}
	pat := digS(d, "localeNames", "localeDisplayPattern", "localePattern")
	if pat == "" {
		pat = "{0} ({1})"
	}
	return strings.Replace(strings.Replace(pat, "{0}", lang, 1), "{1}", q, 1)
}

// segment splits a string per UAX #29; it returns flat [start, end, isWordLike] triples in
// UTF-16 indices.
func (c *bindingCtx) segment(call goja.FunctionCall) goja.Value {
	vm := c.vm
	gran := call.Argument(0).String()
	s := call.Argument(1).String()
	out := make([]any, 0, 16)
	u16 := 0
	state := -1
	rest := s
	for rest != "" {
		var seg string
		switch gran {
		case "word":
			seg, rest, state = uniseg.FirstWordInString(rest, state)
		case "sentence":
			seg, rest, state = uniseg.FirstSentenceInString(rest, state)
		default:
			seg, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		}
		n := 0
		wordLike := false
		for _, r := range seg {
			if r >= 0x10000 {
				n += 2
			} else {
				n++
			}
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) && wordLike {
				wordLike = true
			}
		}
		if gran != "word" {
			wordLike = false
		}
		out = append(out, u16, u16+n, wordLike)
		u16 += n
	}
	_ = utf8.RuneError
	return vm.NewArray(out...)
}

var rtlScripts = map[string]bool{"Arab": true, "Hebr": true, "Thaa": true, "Syrc": true, "Nkoo": true, "Adlm": true, "Rohg": true, "Mand": true, "Samr": true}

var weekdayNums = map[string]int{"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}

// localeInfo answers Intl.Locale's info getters: (tag, what).
func (c *bindingCtx) localeInfo(call goja.FunctionCall) goja.Value {
	vm := c.vm
	id, err := parseLocaleID(call.Argument(0).String())
	if err != nil {
		c.throwRange(err.Error())
	}
	_, script, region := maximize(id)
	s := supplementalData()
	switch call.Argument(1).String() {
	case "textInfo":
		o := vm.NewObject()
		dir := "ltr"
		if rtlScripts[script] {
			dir = "rtl"
		}
		_ = o.Set("direction", dir)
		return o
	case "weekInfo":
		o := vm.NewObject()
		wd := s.WeekData
		pick := func(k string) any {
			m := wd[k]
			if v, ok := m[region]; ok {
				return v
			}
			return m["001"]
		}
		first := weekdayNums[pick("firstDay").(string)]
		if fw, ok := id.ukey("fw"); ok {
			if n, ok := weekdayNums[fw]; ok {
				first = n
			}
		}
		_ = o.Set("firstDay", first)
		ws, _ := pick("weekendStart").(string)
		we, _ := pick("weekendEnd").(string)
		var weekend []any
		a, b := weekdayNums[ws], weekdayNums[we]
		for d := a; ; d = d%7 + 1 {
			weekend = append(weekend, d)
			if d == b {
				break
			}
		}
		_ = o.Set("weekend", vm.NewArray(weekend...))
		md, _ := strconv.Atoi(pick("minDays").(string))
		_ = md
		return o
	case "hourCycles":
		if hc, ok := id.ukey("hc"); ok {
			return vm.NewArray(hc)
		}
		dl := dataLocale(id)
		if dl == "" {
			dl = "en"
		}
		hc := dateInfo(dl).hc
		if td, ok := s.TimeData[region]; ok {
			switch strings.TrimRight(td["_preferred"], "b") {
			case "h":
				hc = "h12"
			case "H":
				hc = "h23"
			case "K":
				hc = "h11"
			case "k":
				hc = "h24"
			}
		}
		return vm.NewArray(hc)
	case "calendars":
		if ca, ok := id.ukey("ca"); ok {
			return vm.NewArray(ca)
		}
		pref := s.CalendarPreference[region]
		if pref == nil {
			pref = s.CalendarPreference["001"]
		}
		var out []any
		for _, x := range pref {
			if x == "gregorian" {
				x = "gregory"
			}
			out = append(out, x)
		}
		return vm.NewArray(out...)
	case "collations":
		if co, ok := id.ukey("co"); ok {
			return vm.NewArray(co)
		}
		list := append([]string(nil), collationsByLang[id.lang]...)
		if list == nil {
			list = []string{"emoji", "eor"}
		}
		sortStrings(list)
		out := make([]any, len(list))
		for i, x := range list {
			out[i] = x
		}
		return vm.NewArray(out...)
	case "numberingSystems":
		if nu, ok := id.ukey("nu"); ok {
			return vm.NewArray(nu)
		}
		return vm.NewArray("latn")
	}
	return goja.Undefined()
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func init() {
	extraBindings = append(extraBindings, func(c *bindingCtx, o *goja.Object) {
		vm := c.vm
		_ = o.Set("currencies", vm.ToValue(func(goja.FunctionCall) goja.Value {
			codes := strings.Fields(currentCurrencies)
			out := make([]any, len(codes))
			for i, k := range codes {
				out[i] = k
			}
			return vm.NewArray(out...)
		}))
		_ = o.Set("timeZones", vm.ToValue(func(goja.FunctionCall) goja.Value {
			s := supplementalData()
			names := append([]string(nil), s.zoneNames...)
			sortStrings(names)
			out := make([]any, 0, len(names))
			for _, k := range names {
				if strings.HasPrefix(k, "Etc/") {
					continue
				}
				out = append(out, k)
			}
			return vm.NewArray(out...)
		}))
	})
}

// currentCurrencies are the codes Intl.supportedValuesOf('currency') lists in Node 24 (ICU's
// common, non-deprecated ISO 4217 currencies; CLDR's display names also cover historic ones
// such as ADP or ATS, which V8 leaves out).
const currentCurrencies = `AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN
BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL
GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF
KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR
MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG
SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD
UYU UZS VES VND VUV WST XAF XCD XCG XDR XOF XPF XSU YER ZAR ZMW ZWG ZWL`
