package intl

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type dtToken struct {
	lit string
	ch  byte
	n   int
}

func parseDatePattern(p string) []dtToken {
	var out []dtToken
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			out = append(out, dtToken{lit: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(p); {
		c := p[i]
		if c == '\'' {
			if i+1 < len(p) && p[i+1] == '\'' {
				lit.WriteByte('\'')
				i += 2
				continue
			}
			j := i + 1
			for j < len(p) {
				if p[j] == '\'' {
					if j+1 < len(p) && p[j+1] == '\'' {
						lit.WriteByte('\'')
						j += 2
						continue
					}
					break
				}
				lit.WriteByte(p[j])
				j++
			}
			i = j + 1
			continue
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			flush()
			j := i
			for j < len(p) && p[j] == c {
				j++
			}
			out = append(out, dtToken{ch: c, n: j - i})
			i = j
			continue
		}
		lit.WriteByte(c)
		i++
	}
	flush()
	return out
}

// fieldType groups pattern letters the way skeleton matching compares them.
func fieldType(c byte) byte {
	switch c {
	case 'G':
		return 'G'
	case 'y', 'Y', 'u', 'U', 'r':
		return 'y'
	case 'Q', 'q':
		return 'Q'
	case 'M', 'L':
		return 'M'
	case 'E', 'c', 'e':
		return 'E'
	case 'd':
		return 'd'
	case 'a', 'b':
		return 'a'
	case 'B':
		return 'B'
	case 'h', 'K':
		return 'h'
	case 'H', 'k':
		return 'H'
	case 'm':
		return 'm'
	case 's':
		return 's'
	case 'S':
		return 'S'
	case 'z', 'v', 'O', 'V', 'Z', 'X', 'x':
		return 'z'
	}
	return c
}

func isDateType(t byte) bool { return strings.IndexByte("GyQMEd", t) >= 0 }

type skelField struct {
	typ, ch byte
	n       int
}

type skeleton []skelField

func parseSkeleton(s string) skeleton {
	var out skeleton
	for _, t := range parseDatePattern(s) {
		if t.ch != 0 {
			out = append(out, skelField{fieldType(t.ch), t.ch, t.n})
		}
	}
	return out
}

func (s skeleton) types() string {
	b := make([]byte, 0, len(s))
	for _, f := range s {
		if f.typ == 'a' {
			continue
		}
		b = append(b, f.typ)
	}
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	return string(b)
}

func (s skeleton) find(t byte) (skelField, bool) {
	for _, f := range s {
		if f.typ == t {
			return f, true
		}
	}
	return skelField{}, false
}

func isText(f skelField) bool {
	switch f.typ {
	case 'M':
		return f.n >= 3
	case 'E', 'G', 'a', 'B', 'z':
		return true
	}
	return false
}

type availEntry struct {
	skel    skeleton
	types   string
	pattern string
	key     string
}

type dateLocaleInfo struct {
	dataLoc string
	data    ldata
	avail   []availEntry
	hc      string
}

var (
	dateInfoMu    sync.Mutex
	dateInfoCache = map[string]*dateLocaleInfo{}
)

func dateInfo(dl string) *dateLocaleInfo {
	dateInfoMu.Lock()
	defer dateInfoMu.Unlock()
	if di, ok := dateInfoCache[dl]; ok {
		return di
	}
	di := &dateLocaleInfo{data: localeDataFor(dl), dataLoc: dl}
	for k, v := range digM(di.data, "gregorian", "dateTimeFormats", "availableFormats") {
		if strings.Contains(k, "-alt-") || strings.Contains(k, "-count-") || strings.ContainsAny(k, "wWQ") {
			continue
		}
		sk := parseSkeleton(k)
		di.avail = append(di.avail, availEntry{sk, sk.types(), v.(string), k})
	}
	sort.Slice(di.avail, func(i, j int) bool { return di.avail[i].key < di.avail[j].key })
	di.hc = "h23"
	for _, t := range parseDatePattern(digS(di.data, "gregorian", "timeFormats", "short")) {
		switch t.ch {
		case 'h':
			di.hc = "h12"
		case 'K':
			di.hc = "h11"
		case 'k':
			di.hc = "h24"
		}
	}
	dateInfoCache[dl] = di
	return di
}

func hourChar(hc string) byte {
	switch hc {
	case "h11":
		return 'K'
	case "h12":
		return 'h'
	case "h24":
		return 'k'
	}
	return 'H'
}

// bestPattern is a small DateTimePatternGenerator: exact field-set matches first, adjusted to
// the requested widths; else date and time halves joined by the locale's glue.
func (di *dateLocaleInfo) bestPattern(req skeleton) (string, string) {
	var frac skelField
	var rest skeleton
	for _, f := range req {
		if f.typ == 'S' {
			frac = f
			continue
		}
		rest = append(rest, f)
	}
	var pat, key string
	if len(rest) > 0 {
		pat, key = di.matchPart(rest, true)
	}
	if frac.n > 0 {
		toks := parseDatePattern(pat)
		var b strings.Builder
		inserted := false
		for _, t := range toks {
			b.WriteString(tokenText(t))
			if t.ch == 's' {
				b.WriteString(digS(di.data, "numbers", "symbols", "decimal"))
				b.WriteString(strings.Repeat("S", frac.n))
				inserted = true
			}
		}
		if !inserted {
			if b.Len() > 0 {
				b.WriteString(" ")
			}
			b.WriteString(strings.Repeat("S", frac.n))
		}
		pat = b.String()
	}
	return pat, key
}

func tokenText(t dtToken) string {
	if t.ch != 0 {
		return strings.Repeat(string(t.ch), t.n)
	}
	if strings.ContainsAny(t.lit, "'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return "'" + strings.ReplaceAll(t.lit, "'", "''") + "'"
	}
	return t.lit
}

func (di *dateLocaleInfo) matchPart(req skeleton, split bool) (string, string) {
	want := req.types()
	best := -1
	bestDist := math.MaxInt
	for i, e := range di.avail {
		if e.types != want {
			continue
		}
		dist := 0
		for _, f := range req {
			g, _ := e.skel.find(f.typ)
			if isText(f) != isText(g) {
				dist += 0x100
			}
			if f.ch != g.ch && f.typ != 'h' && f.typ != 'H' && f.typ != 'M' && f.typ != 'E' {
				dist += 0x10
			}
			fn, gn := f.n, g.n
			if f.typ == 'E' { // E, EE and EEE are all the abbreviated weekday
				fn, gn = max(fn, 3), max(gn, 3)
			}
			d := fn - gn
			if d < 0 {
				d = -d
			}
			dist += d
		}
		// on a tie ICU keeps the later skeleton in its order
		if dist <= bestDist {
			best, bestDist = i, dist
		}
	}
	if best >= 0 {
		e := di.avail[best]
		return adjustPattern(e.pattern, e.skel, req), e.key
	}
	if split {
		var date, tm skeleton
		for _, f := range req {
			if isDateType(f.typ) {
				date = append(date, f)
			} else {
				tm = append(tm, f)
			}
		}
		if len(date) > 0 && len(tm) > 0 {
			dp, _ := di.matchPart(date, false)
			tp, _ := di.matchPart(tm, false)
			return di.glue(date, dp, tp), ""
		}
	}
	// the largest entry covering part of the request, the rest appended
	bestN := 0
	for i, e := range di.avail {
		if len(e.types) <= bestN {
			continue
		}
		ok := true
		for j := 0; j < len(e.types); j++ {
			if strings.IndexByte(want, e.types[j]) < 0 {
				ok = false
				break
			}
		}
		if ok {
			best, bestN = i, len(e.types)
		}
	}
	pat := ""
	var covered string
	if best >= 0 {
		e := di.avail[best]
		pat = adjustPattern(e.pattern, e.skel, req)
		covered = e.types
	}
	for _, f := range req {
		if strings.IndexByte(covered, f.typ) >= 0 {
			continue
		}
		fp := strings.Repeat(string(f.ch), f.n)
		if f.typ == 'h' {
			fp += " a"
			if p := di.hourOnly(f); p != "" {
				fp = p
			}
		}
		if pat == "" {
			pat = fp
			continue
		}
		item := digS(di.data, "gregorian", "dateTimeFormats", "appendItems", appendName(f.typ))
		if item == "" || strings.Contains(item, "{2}") {
			item = "{0} {1}"
		}
		pat = strings.Replace(strings.Replace(item, "{0}", pat, 1), "{1}", fp, 1)
	}
	return pat, ""
}

func (di *dateLocaleInfo) hourOnly(f skelField) string {
	for _, e := range di.avail {
		if e.types == "h" {
			return adjustPattern(e.pattern, e.skel, skeleton{f})
		}
	}
	return ""
}

func appendName(t byte) string {
	switch t {
	case 'G':
		return "Era"
	case 'y':
		return "Year"
	case 'M':
		return "Month"
	case 'E':
		return "Day-Of-Week"
	case 'd':
		return "Day"
	case 'z':
		return "Timezone"
	}
	return ""
}

func (di *dateLocaleInfo) glue(date skeleton, dp, tp string) string {
	style := "short"
	if m, ok := date.find('M'); ok {
		switch {
		case m.n >= 4:
			style = "long"
			if e, ok := date.find('E'); ok && e.n >= 4 {
				style = "full"
			}
		case m.n == 3:
			style = "medium"
		}
	}
	g := digS(di.data, "gregorian", "dateTimeFormats-atTime", "standard", style)
	if g == "" {
		g = digS(di.data, "gregorian", "dateTimeFormats", style)
	}
	g = fixGlue(di.dataLoc, g)
	if style == "short" && strings.HasPrefix(di.dataLoc, "zh-Hant") {
		g = "{1}\u2009{0}" // what ICU's pattern generator answers for numeric dates there
	}
	return strings.Replace(strings.Replace(g, "{1}", dp, 1), "{0}", tp, 1)
}

// fixGlue: ICU 78's zh_Hant data joins date and time with a space where CLDR 48's JSON has none.
func fixGlue(dl, g string) string {
	if g == "{1}{0}" && strings.HasPrefix(dl, "zh-Hant") {
		return "{1} {0}"
	}
	return g
}

// adjustPattern widens or narrows fields to what was asked, as ICU's adjustFieldTypes does.
func adjustPattern(pat string, skel, req skeleton) string {
	toks := parseDatePattern(pat)
	var b strings.Builder
	for _, t := range toks {
		if t.ch == 0 {
			b.WriteString(tokenText(t))
			continue
		}
		ft := fieldType(t.ch)
		r, ok := req.find(ft)
		if ok {
			s, _ := skel.find(ft)
			switch ft {
			case 'h', 'H':
				t.ch = r.ch
				if r.n != s.n {
					t.n = r.n
				}
			case 'z', 'G', 'B':
				t.ch, t.n = r.ch, r.n
			case 'M', 'E':
				if r.n != s.n && (isText(r) == isText(skelField{typ: ft, n: t.n})) {
					t.n = r.n
				} else if r.n != s.n && !isText(r) && ft == 'M' {
					t.n = r.n
				}
			default:
				if r.n != s.n {
					t.n = r.n
				}
			}
		}
		b.WriteString(tokenText(t))
	}
	return b.String()
}

// dateFormatter is a resolved Intl.DateTimeFormat.
type dateFormatter struct {
	di       *dateLocaleInfo
	data     ldata
	tokens   []dtToken
	pattern  string
	skelKey  string
	req      skeleton
	loc      *time.Location
	tzName   string
	fixedOff int // seconds, for offset zones
	isOffset bool
	digits   []string
	hc       string
	months   [4]map[string]any // format abbreviated, wide, narrow; stand-alone abbreviated...
	names    map[string]map[string]any
	dataLoc  string
	dpRules  map[string]map[string]string
	tzCache  map[int64]string
	// hasMinutes: a day period "at" noon applies to the whole hour when minutes are not shown
	hasMinutes bool
}

func (df *dateFormatter) names2(ctx, width, sect string) map[string]any {
	key := sect + "/" + ctx + "/" + width
	if m, ok := df.names[key]; ok {
		return m
	}
	m := digM(df.data, "gregorian", sect, ctx, width)
	if m == nil && ctx == "stand-alone" {
		m = digM(df.data, "gregorian", sect, "format", width)
	}
	df.names[key] = m
	return m
}

var widths = map[int]string{1: "abbreviated", 2: "abbreviated", 3: "abbreviated", 4: "wide", 5: "narrow", 6: "short"}

func (df *dateFormatter) pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	if df.digits != nil {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if s[i] >= '0' && s[i] <= '9' {
				b.WriteString(df.digits[s[i]-'0'])
			} else {
				b.WriteByte(s[i])
			}
		}
		return b.String()
	}
	return s
}

var weekdayKeys = [...]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

func (df *dateFormatter) zoneTime(ms float64) time.Time {
	sec := math.Floor(ms / 1000)
	nsec := (ms - sec*1000) * 1e6
	t := time.Unix(int64(sec), int64(nsec))
	if df.isOffset {
		return t.In(time.FixedZone("", df.fixedOff))
	}
	return t.In(df.loc)
}

func (df *dateFormatter) formatToParts(ms float64) []part {
	t := df.zoneTime(ms)
	parts := make([]part, 0, len(df.tokens))
	for _, tok := range df.tokens {
		if tok.ch == 0 {
			parts = append(parts, part{"literal", tok.lit, ""})
			continue
		}
		typ, val := df.field(t, ms, tok)
		parts = append(parts, part{typ, val, ""})
	}
	// adjacent literals merge, as ICU reports them
	out := parts[:0]
	for _, p := range parts {
		if n := len(out); n > 0 && p.typ == "literal" && out[n-1].typ == "literal" {
			out[n-1].val += p.val
			continue
		}
		out = append(out, p)
	}
	return out
}

// format is V8's format(): U+202F (CLDR's space before AM/PM) comes out as a plain space, while
// formatToParts keeps it.
func (df *dateFormatter) format(ms float64) string {
	t := df.zoneTime(ms)
	var b strings.Builder
	for _, tok := range df.tokens {
		if tok.ch == 0 {
			if strings.Contains(tok.lit, "\u202f") {
				b.WriteString(strings.ReplaceAll(tok.lit, "\u202f", " "))
			} else {
				b.WriteString(tok.lit)
			}
			continue
		}
		_, val := df.field(t, ms, tok)
		b.WriteString(val)
	}
	return b.String()
}

func (df *dateFormatter) field(t time.Time, ms float64, tok dtToken) (string, string) {
	switch tok.ch {
	case 'G':
		era := "1"
		if t.Year() <= 0 {
			era = "0"
		}
		key := "eraAbbr"
		if tok.n == 4 {
			key = "eraNames"
		} else if tok.n == 5 {
			key = "eraNarrow"
		}
		return "era", digS(df.data, "gregorian", "eras", key, era)
	case 'y', 'Y', 'u':
		y := t.Year()
		if y <= 0 && tok.ch == 'y' {
			y = 1 - y
		}
		if tok.n == 2 {
			return "year", df.pad(y%100, 2)
		}
		return "year", df.pad(y, tok.n)
	case 'M', 'L':
		m := int(t.Month())
		if tok.n <= 2 {
			return "month", df.pad(m, tok.n)
		}
		ctx := "format"
		if tok.ch == 'L' {
			ctx = "stand-alone"
		}
		return "month", digS(df.names2(ctx, widths[tok.n], "months"), strconv.Itoa(m))
	case 'd':
		return "day", df.pad(t.Day(), tok.n)
	case 'E', 'c', 'e':
		if tok.ch != 'E' && tok.n <= 2 {
			return "weekday", df.pad(int(t.Weekday())+1, tok.n)
		}
		ctx := "format"
		if tok.ch == 'c' {
			ctx = "stand-alone"
		}
		return "weekday", digS(df.names2(ctx, widths[tok.n], "days"), weekdayKeys[t.Weekday()])
	case 'a', 'b':
		key := "am"
		if t.Hour() >= 12 {
			key = "pm"
		}
		v := digS(df.names2("format", widths[tok.n], "dayPeriods"), key)
		if (v == "AM" || v == "PM") && tok.n < 4 {
			// ICU's data for these locales has the wide markers where CLDR JSON inherits root's
			if w := digS(df.names2("format", "wide", "dayPeriods"), key); w != "" {
				v = w
			}
		}
		return "dayPeriod", v
	case 'B':
		return "dayPeriod", digS(df.names2("format", widths[tok.n], "dayPeriods"), df.flexiblePeriod(t))
	case 'h':
		h := t.Hour() % 12
		if h == 0 {
			h = 12
		}
		return "hour", df.pad(h, tok.n)
	case 'K':
		return "hour", df.pad(t.Hour()%12, tok.n)
	case 'H':
		return "hour", df.pad(t.Hour(), tok.n)
	case 'k':
		h := t.Hour()
		if h == 0 {
			h = 24
		}
		return "hour", df.pad(h, tok.n)
	case 'm':
		return "minute", df.pad(t.Minute(), tok.n)
	case 's':
		return "second", df.pad(t.Second(), tok.n)
	case 'S':
		msPart := int(math.Mod(math.Mod(ms, 1000)+1000, 1000))
		s := df.pad(msPart, 3)
		if tok.n < len(s) {
			s = s[:tok.n]
		}
		return "fractionalSecond", s
	case 'z', 'v', 'O', 'V':
		return "timeZoneName", df.zoneName(t, tok)
	}
	return "literal", ""
}

func (df *dateFormatter) flexiblePeriod(t time.Time) string {
	mins := t.Hour()*60 + t.Minute()
	rules := df.dpRules
	names := df.names2("format", "abbreviated", "dayPeriods")
	for name, r := range rules {
		if at, ok := r["_at"]; ok && (t.Minute() == 0 || !df.hasMinutes) {
			if (hm(at) == mins || !df.hasMinutes && hm(at) == t.Hour()*60) && names[name] != nil && name != "midnight" {
				return name
			}
		}
	}
	for name, r := range rules {
		from, ok1 := r["_from"]
		before, ok2 := r["_before"]
		if !ok1 || !ok2 {
			continue
		}
		f, b := hm(from), hm(before)
		if f < b && mins >= f && mins < b || f >= b && (mins >= f || mins < b) {
			return name
		}
	}
	if t.Hour() < 12 {
		return "am"
	}
	return "pm"
}

func hm(s string) int {
	h, _ := strconv.Atoi(s[:2])
	m, _ := strconv.Atoi(s[3:])
	return h*60 + m
}

// enInherited: ICU's en-001 family does not inherit en's US abbreviations (EST, PT…).
func (df *dateFormatter) enInherited(mz, n string) bool {
	if df.dataLoc == "en" || !strings.HasPrefix(df.dataLoc, "en-") {
		return false
	}
	en := digM(localeDataFor("en"), "timeZoneNames", "metazone", mz, "short")
	for _, v := range en {
		if v == n {
			return true
		}
	}
	return false
}

func (df *dateFormatter) gmt(off int, long bool) string {
	tz := digM(df.data, "timeZoneNames")
	if off == 0 {
		return digS(tz, "gmtZeroFormat")
	}
	hf := strings.Split(digS(tz, "hourFormat"), ";")
	f := hf[0]
	if off < 0 && len(hf) > 1 {
		f = hf[1]
		off = -off
	}
	h, m := off/3600, off%3600/60
	var s string
	if long {
		s = strings.Replace(strings.Replace(f, "HH", df.pad(h, 2), 1), "mm", df.pad(m, 2), 1)
	} else {
		// short: H, and :mm only when needed
		f = strings.Replace(f, "HH", "H", 1)
		if m == 0 {
			if i := strings.Index(f, "mm"); i > 0 {
				f = f[:i-1] + f[i+2:]
			}
		}
		s = strings.Replace(strings.Replace(f, "H", df.pad(h, 1), 1), "mm", df.pad(m, 2), 1)
	}
	return strings.Replace(digS(tz, "gmtFormat"), "{0}", s, 1)
}

func (df *dateFormatter) metazone(t time.Time) string {
	s := supplementalData()
	periods := s.zoneMeta[df.tzName]
	stamp := t.UTC().Format("2006-01-02 15:04")
	for _, p := range periods {
		if (p.from == "" || stamp >= p.from) && (p.to == "" || stamp < p.to) {
			return p.meta
		}
	}
	return ""
}

func (df *dateFormatter) zoneName(t time.Time, tok dtToken) string {
	_, off := t.Zone()
	long := tok.n >= 4
	switch tok.ch {
	case 'O':
		return df.gmt(off, long)
	case 'V':
		return df.tzName
	}
	if df.isOffset {
		return df.gmt(off, long)
	}
	width := "short"
	if long {
		width = "long"
	}
	kind := "standard"
	if t.IsDST() {
		kind = "daylight"
	}
	if tok.ch == 'v' {
		kind = "generic"
		// ICU names a zone without daylight time around this date by its standard name
		if !t.IsDST() && !t.AddDate(0, -6, 0).IsDST() && !t.AddDate(0, 6, 0).IsDST() && !df.isOffset {
			tz := digM(df.data, "timeZoneNames")
			if mz := df.metazone(t); mz != "" {
				if n := digS(tz, "metazone", mz, width, "standard"); n != "" && !(width == "short" && df.enInherited(mz, n)) {
					return n
				}
			}
		}
	}
	tz := digM(df.data, "timeZoneNames")
	zoneKey := df.tzName
	if zoneKey == "UTC" || zoneKey == "Etc/UTC" || zoneKey == "Etc/GMT" || zoneKey == "GMT" {
		zoneKey = "Etc/UTC"
	}
	if n := digS(tz, "zone", zoneKey, width, kind); n != "" {
		return n
	}
	if kind == "generic" {
		if n := digS(tz, "zone", zoneKey, width, "standard"); n != "" {
			return n
		}
	}
	if mz := df.metazone(t); mz != "" {
		if n := digS(tz, "metazone", mz, width, kind); n != "" {
			// ICU's en-001 family does not inherit en's US abbreviations (EST, PDT…)
			if width == "short" && df.enInherited(mz, n) {
				if kind != "generic" {
					return df.gmt(off, long)
				}
			} else {
				return n
			}
		}
	}
	if kind == "generic" {
		if loc := df.locationName(); loc != "" {
			if rf := digS(tz, "regionFormat"); rf != "" {
				return strings.Replace(rf, "{0}", loc, 1)
			}
		}
	}
	return df.gmt(off, long)
}

// locationName is the place ICU's generic location format names: the country when the zone is
// its country's only or primary zone, else the zone's exemplar city.
func (df *dateFormatter) locationName() string {
	s := supplementalData()
	c := s.zoneCountry[df.tzName]
	if c == "" {
		return ""
	}
	if s.countryZoneCnt[c] == 1 || s.PrimaryZones[c] == df.tzName {
		if name := digS(df.data, "localeNames", "territories", c); name != "" {
			return name
		}
	}
	if city := digS(df.data, "timeZoneNames", "zone", df.tzName, "exemplarCity"); city != "" {
		return city
	}
	i := strings.LastIndexByte(df.tzName, '/')
	return strings.ReplaceAll(df.tzName[i+1:], "_", " ")
}

// canonicalZone resolves a time zone identifier case-insensitively to ICU's canonical id, as V8
// reports it (Asia/Kolkata -> Asia/Calcutta, US/Eastern -> America/New_York, Etc/UTC -> UTC).
func canonicalZone(name string) (string, bool) {
	s := supplementalData()
	lower := strings.ToLower(name)
	if z, ok := s.zoneCanon[lower]; ok {
		if _, err := time.LoadLocation(z); err == nil || z == "UTC" {
			return z, true
		}
		// Go's tzdata may know only the newer spelling
		for id, c := range s.zoneCanon {
			if c == z {
				if _, err := time.LoadLocation(id); err == nil {
					return z, true
				}
			}
		}
	}
	if strings.HasPrefix(lower, "etc/gmt") {
		rest := lower[7:]
		if n, err := strconv.Atoi(rest); err == nil && len(rest) >= 2 && (rest[0] == '+' || rest[0] == '-') && n >= -14 && n <= 12 {
			return "Etc/GMT" + rest, true
		}
	}
	return "", false
}

// loadZone finds Go's data for a canonical id, trying its other spellings.
func loadZone(z string) *time.Location {
	if z == "UTC" {
		return time.UTC
	}
	if loc, err := time.LoadLocation(z); err == nil {
		return loc
	}
	s := supplementalData()
	for id, c := range s.zoneCanon {
		if c == z {
			for _, cand := range []string{id} {
				for zid := range s.zoneCanon {
					if zid == cand {
						_ = zid
					}
				}
			}
		}
	}
	for key, e := range s.BCP47Zones {
		_ = key
		ids := strings.Fields(e.Alias)
		if len(ids) > 0 && ids[0] == z {
			for _, id := range ids[1:] {
				if loc, err := time.LoadLocation(id); err == nil {
					return loc
				}
			}
		}
	}
	return time.UTC
}

// parseOffsetZone reads "+05:30" / "-0800" / "+01" time zones (ES2024 offset zones).
func parseOffsetZone(s string) (string, int, bool) {
	if len(s) < 3 || s[0] != '+' && s[0] != '-' {
		return "", 0, false
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	body := strings.Replace(s[1:], ":", "", 1)
	if len(body) != 2 && len(body) != 4 || !isDigit(body) || len(s[1:]) == 5 && s[3] != ':' {
		return "", 0, false
	}
	h, _ := strconv.Atoi(body[:2])
	m := 0
	if len(body) == 4 {
		m, _ = strconv.Atoi(body[2:])
	}
	if h > 23 || m > 59 {
		return "", 0, false
	}
	canon := s[:1] + body[:2] + ":" + "00"
	if len(body) == 4 {
		canon = s[:1] + body[:2] + ":" + body[2:]
	}
	return canon, sign * (h*3600 + m*60), true
}
