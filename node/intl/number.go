package intl

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type part struct {
	typ, val string
	source   string // formatRange's source, or "unit:<unit>" for RelativeTimeFormat
}

type affixPattern struct {
	prefix, suffix string // raw CLDR affix text with ¤ % - + placeholders
	primary        int    // grouping sizes, 0 = none
	secondary      int
	minFracPat     int
}

type numPattern struct{ pos, neg affixPattern }

// parseNumberPattern reads a CLDR decimal pattern such as "¤#,##0.00;(¤#,##0.00)".
func parseNumberPattern(p string) numPattern {
	var np numPattern
	posText, negText := p, ""
	if i := strings.IndexByte(p, ';'); i >= 0 {
		posText, negText = p[:i], p[i+1:]
	}
	np.pos = parseAffixPattern(posText)
	if negText != "" {
		np.neg = parseAffixPattern(negText)
		np.neg.primary, np.neg.secondary = np.pos.primary, np.pos.secondary
	} else {
		np.neg = np.pos
		np.neg.prefix = "-" + np.pos.prefix
	}
	return np
}

func parseAffixPattern(p string) affixPattern {
	var a affixPattern
	start, end := -1, -1
	inQuote := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '\'' {
			inQuote = !inQuote
			continue
		}
		if inQuote {
			continue
		}
		if c == '#' || c == '0' || c == ',' || c == '.' || c >= '1' && c <= '9' || c == '@' {
			if start < 0 {
				start = i
			}
			end = i + 1
		}
	}
	if start < 0 {
		a.prefix = p
		return a
	}
	a.prefix, a.suffix = unquote(p[:start]), unquote(p[end:])
	num := p[start:end]
	intPart := num
	if i := strings.IndexByte(num, '.'); i >= 0 {
		intPart = num[:i]
		a.minFracPat = strings.Count(num[i+1:], "0")
	}
	if i := strings.LastIndexByte(intPart, ','); i >= 0 {
		a.primary = len(intPart) - i - 1
		if j := strings.LastIndexByte(intPart[:i], ','); j >= 0 {
			a.secondary = i - j - 1
		}
	}
	if a.secondary == 0 {
		a.secondary = a.primary
	}
	return a
}

func unquote(s string) string {
	if !strings.Contains(s, "'") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' {
			if i+1 < len(s) && s[i+1] == '\'' {
				b.WriteByte('\'')
				i++
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

type numberSymbols struct {
	decimal, group, minus, plus, percent, exp, inf, nan, approx, permille string
}

// numberFormatter is a resolved Intl.NumberFormat; format runs without touching JS.
type numberFormatter struct {
	locale, dataLoc     string
	data                ldata
	sym                 numberSymbols
	digits              []string // nil for latn
	nu                  string
	style               string
	currency            string
	currencyDisplay     string
	currencySign        string
	unit, unitDisplay   string
	notation            string
	compactDisplay      string
	signDisplay         string
	useGrouping         string
	minGrouping         int
	minInt              int
	minFrac, maxFrac    int
	minSig, maxSig      int
	roundingType        string // fractionDigits significantDigits morePrecision lessPrecision
	roundingMode        string
	roundingIncrement   int
	trailingZeroDisplay string
	pattern             numPattern
	plural              *pluralRules
	currencySymbol      string
	compactPatterns     map[string]string
	unitPatterns        map[string]any
	perPattern          string
	unitPatterns2       map[string]any // the "per" unit of a compound unit
	currencyNames       map[string]any
	currencyUnitPattern map[string]any
}

var numberingDigits = map[string]string{
	"arab": "٠١٢٣٤٥٦٧٨٩", "arabext": "۰۱۲۳۴۵۶۷۸۹", "beng": "০১২৩৪৫৬৭৮৯", "deva": "०१२३४५६७८९",
	"fullwide": "０１２３４５６７８９", "hanidec": "〇一二三四五六七八九", "thai": "๐๑๒๓๔๕๖๗๘๙",
	"tibt": "༠༡༢༣༤༥༦༧༨༩", "gujr": "૦૧૨૩૪૫૬૭૮૯", "guru": "੦੧੨੩੪੫੬੭੮੯", "khmr": "០១២៣៤៥៦៧៨៩",
	"knda": "೦೧೨೩೪೫೬೭೮೯", "laoo": "໐໑໒໓໔໕໖໗໘໙", "mlym": "൦൧൨൩൪൫൬൭൮൯", "mymr": "၀၁၂၃၄၅၆၇၈၉",
	"orya": "୦୧୨୩୪୫୬୭୮୯", "tamldec": "௦௧௨௩௪௫௬௭௮௯", "telu": "౦౧౨౩౪౫౬౭౮౯", "latn": "0123456789",
}

func digitTable(nu string) []string {
	s, ok := numberingDigits[nu]
	if !ok || nu == "latn" {
		return nil
	}
	out := make([]string, 0, 10)
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

func (nf *numberFormatter) init() {
	d := nf.data
	sy := digM(d, "numbers", "symbols")
	nf.sym = numberSymbols{
		decimal: digS(sy, "decimal"), group: digS(sy, "group"), minus: digS(sy, "minusSign"),
		plus: digS(sy, "plusSign"), percent: digS(sy, "percentSign"), exp: digS(sy, "exponential"),
		inf: digS(sy, "infinity"), nan: digS(sy, "nan"), approx: digS(sy, "approximatelySign"),
		permille: digS(sy, "perMille"),
	}
	if nf.style == "currency" {
		if g := digS(sy, "currencyGroup"); g != "" {
			nf.sym.group = g
		}
		if g := digS(sy, "currencyDecimal"); g != "" {
			nf.sym.decimal = g
		}
	}
	nf.digits = digitTable(nf.nu)
	mg, _ := strconv.Atoi(digS(d, "numbers", "minimumGroupingDigits"))
	if mg == 0 {
		mg = 1
	}
	switch nf.useGrouping {
	case "always":
		nf.minGrouping = 1
	case "min2":
		nf.minGrouping = 2
	case "auto":
		nf.minGrouping = mg
	}
	lang := nf.dataLoc
	nf.plural = rulesFor(lang, false)
	var pat string
	switch nf.style {
	case "percent":
		pat = digS(d, "numbers", "percentFormats", "standard")
	case "currency":
		if nf.currencyDisplay == "name" {
			pat = digS(d, "numbers", "decimalFormats", "standard")
			nf.currencyNames = digM(d, "numbers", "currencies", nf.currency)
			nf.currencyUnitPattern = digM(d, "numbers", "currencyFormats")
		} else {
			key := "standard"
			if nf.currencySign == "accounting" {
				key = "accounting"
			}
			if nf.currencyDisplay == "code" || !strings.Contains(digS(d, "numbers", "currencyFormats", key), "¤") {
				pat = digS(d, "numbers", "currencyFormats", key)
				if p := digS(d, "numbers", "currencyFormats", key+"-alphaNextToNumber"); p != "" && nf.currencyDisplay == "code" {
					pat = p
				}
			} else {
				pat = digS(d, "numbers", "currencyFormats", key)
			}
		}
		cur := digM(d, "numbers", "currencies", nf.currency)
		switch nf.currencyDisplay {
		case "code":
			nf.currencySymbol = nf.currency
		case "narrowSymbol":
			nf.currencySymbol = digS(cur, "symbol-alt-narrow")
			if nf.currencySymbol == "" {
				nf.currencySymbol = digS(cur, "symbol")
			}
		default:
			nf.currencySymbol = digS(cur, "symbol")
		}
		if nf.currencySymbol == "" {
			nf.currencySymbol = nf.currency
		}
		if nf.currencyDisplay != "name" {
			// ICU picks the alpha-next-to-number variant when the symbol is letters
			key := "standard"
			if nf.currencySign == "accounting" {
				key = "accounting"
			}
			if last, _ := utf8.DecodeLastRuneInString(nf.currencySymbol); unicode.IsLetter(last) {
				if p := digS(d, "numbers", "currencyFormats", key+"-alphaNextToNumber"); p != "" {
					pat = p
				}
			}
		}
	default:
		pat = digS(d, "numbers", "decimalFormats", "standard")
	}
	nf.pattern = parseNumberPattern(pat)
	if nf.notation == "compact" {
		width := "short"
		if nf.compactDisplay == "long" {
			width = "long"
		}
		m := digM(d, "numbers", "decimalFormats", width, "decimalFormat")
		nf.compactPatterns = map[string]string{}
		for k, v := range m {
			if s, ok := v.(string); ok {
				nf.compactPatterns[k] = s
			}
		}
	}
	if nf.style == "unit" {
		u := nf.unit
		per := ""
		// CLDR's own compound units first ("2.5 mpg", "時速 2.5 キロメートル"), as ICU does
		if i := strings.Index(u, "-per-"); i >= 0 && digM(d, "units", nf.unitDisplay, u) == nil {
			u, per = u[:i], u[i+5:]
		}
		nf.unitPatterns = digM(d, "units", nf.unitDisplay, u)
		if per != "" {
			nf.unitPatterns2 = digM(d, "units", nf.unitDisplay, per)
			nf.perPattern = digS(d, "units", nf.unitDisplay, "per")
		}
	}
}

func (nf *numberFormatter) localDigits(s string) string {
	if nf.digits == nil {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b.WriteString(nf.digits[s[i]-'0'])
		} else {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// round applies the digit options; it returns the rounded value.
func (nf *numberFormatter) round(d decimal) decimal {
	if d.nan || d.inf {
		return d
	}
	switch nf.roundingType {
	case "significantDigits":
		nf.roundSig(&d)
	case "morePrecision", "lessPrecision":
		a, b := d, d
		nf.roundSig(&a)
		nf.roundFrac(&b)
		magA := -nf.maxSig + 1
		if !d.isZero() {
			magA = d.magnitude() - nf.maxSig + 1
		}
		magB := -nf.maxFrac
		pickSig := magA <= magB
		if nf.roundingType == "lessPrecision" {
			pickSig = magA >= magB
		}
		if pickSig {
			return a
		}
		return b
	default:
		nf.roundFrac(&d)
	}
	return d
}

func (nf *numberFormatter) roundSig(d *decimal) {
	if d.isZero() {
		return
	}
	d.roundAt(nf.maxSig-d.dp, nf.roundingMode)
}

func (nf *numberFormatter) roundFrac(d *decimal) {
	if nf.roundingIncrement > 1 {
		d.roundIncrement(nf.maxFrac, nf.roundingIncrement, nf.roundingMode)
		return
	}
	d.roundAt(nf.maxFrac, nf.roundingMode)
}

// minFracFor is the number of fraction digits to show for a rounded value.
func (nf *numberFormatter) fracDigitsFor(d *decimal) (minInt, minFrac int) {
	minInt = nf.minInt
	switch nf.roundingType {
	case "significantDigits":
		minFrac = nf.minSig - d.dp
		if d.isZero() {
			minFrac = nf.minSig - 1
		}
	case "morePrecision", "lessPrecision":
		// the spec keeps the minimum of the winning side; with ICU's defaults both are small
		sig := nf.minSig - d.dp
		if d.isZero() {
			sig = nf.minSig - 1
		}
		minFrac = nf.minFrac
		if nf.roundingType == "morePrecision" && sig > minFrac && nf.minSig > 1 {
			minFrac = sig
		}
	default:
		minFrac = nf.minFrac
	}
	if minFrac < 0 {
		minFrac = 0
	}
	if nf.trailingZeroDisplay == "stripIfInteger" {
		_, f := d.intFrac(1, 0)
		if f == "" {
			minFrac = 0
		}
	}
	return
}

// signOf decides the sign shown: -1 minus, 1 plus, 0 none.
func (nf *numberFormatter) signOf(d *decimal) int {
	neg := d.neg && !d.nan
	zero := d.isZero()
	switch nf.signDisplay {
	case "never":
		return 0
	case "always":
		if neg {
			return -1
		}
		return 1
	case "exceptZero":
		if zero || d.nan {
			return 0
		}
		if neg {
			return -1
		}
		return 1
	case "negative":
		if neg && !zero {
			return -1
		}
		return 0
	default:
		if neg {
			return -1
		}
		return 0
	}
}

// formatParts formats one value (already a decimal) into parts.
func (nf *numberFormatter) formatParts(x decimal) []part {
	parts := make([]part, 0, 8)
	d := x
	if nf.style == "percent" {
		d.shift(2)
	}
	var numParts []part
	exponent := 0
	compactText := ""
	pluralOp := ""
	switch nf.notation {
	case "scientific", "engineering":
		if !d.isZero() && !d.nan && !d.inf {
			exponent = d.magnitude()
			if nf.notation == "engineering" {
				exponent = floorDiv(exponent, 3) * 3
			}
			d.dp -= exponent
			d = nf.round(d)
			if d.magnitude() >= 1 && nf.notation == "scientific" || d.magnitude() >= 3 {
				step := 1
				if nf.notation == "engineering" {
					step = 3
				}
				d.dp -= step
				exponent += step
			}
		} else {
			d = nf.round(d)
		}
	case "compact":
		d, exponent, compactText = nf.compact(d)
	default:
		d = nf.round(d)
	}
	minInt, minFrac := nf.fracDigitsFor(&d)
	sign := nf.signOf(&d)
	pluralOp = d.plain(minFrac)
	if d.nan {
		numParts = append(numParts, part{"nan", nf.sym.nan, ""})
	} else if d.inf {
		numParts = append(numParts, part{"infinity", nf.sym.inf, ""})
	} else {
		ip, fp := d.intFrac(minInt, minFrac)
		numParts = nf.groupInteger(numParts, ip)
		if fp != "" {
			numParts = append(numParts, part{"decimal", nf.sym.decimal, ""}, part{"fraction", nf.localDigits(fp), ""})
		}
		if nf.notation == "scientific" || nf.notation == "engineering" {
			numParts = append(numParts, part{"exponentSeparator", nf.sym.exp, ""})
			if exponent < 0 {
				numParts = append(numParts, part{"exponentMinusSign", nf.sym.minus, ""})
				exponent = -exponent
			}
			numParts = append(numParts, part{"exponentInteger", nf.localDigits(strconv.Itoa(exponent)), ""})
		}
	}
	if compactText != "" {
		numParts = applyCompact(numParts, compactText)
	}
	aff := nf.pattern.pos
	if sign < 0 {
		aff = nf.pattern.neg
	} else if sign > 0 {
		aff = nf.pattern.neg
	}
	signSym := nf.sym.minus
	if sign > 0 {
		signSym = nf.sym.plus
	}
	switch nf.style {
	case "currency":
		if nf.currencyDisplay == "name" {
			parts = nf.affix(parts, aff.prefix, signSym, sign != 0)
			parts = append(parts, numParts...)
			parts = nf.affix(parts, aff.suffix, signSym, sign != 0)
			return nf.wrapCurrencyName(parts, pluralOp, exponent)
		}
	case "unit":
		parts = nf.affix(parts, aff.prefix, signSym, sign != 0)
		parts = append(parts, numParts...)
		parts = nf.affix(parts, aff.suffix, signSym, sign != 0)
		return nf.wrapUnit(parts, pluralOp, exponent)
	}
	parts = nf.affix(parts, aff.prefix, signSym, sign != 0)
	parts = append(parts, numParts...)
	parts = nf.affix(parts, aff.suffix, signSym, sign != 0)
	return parts
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// compact picks the CLDR compact pattern for the magnitude and rounds within it.
func (nf *numberFormatter) compact(d decimal) (decimal, int, string) {
	if d.nan || d.inf || d.isZero() {
		return nf.round(d), 0, ""
	}
	pick := func(mag int) (string, int) {
		if mag < 3 {
			return "", 0
		}
		if mag > 14 {
			mag = 14
		}
		key := "1" + strings.Repeat("0", mag)
		pat := nf.compactPatterns[key+"-count-other"]
		if pat == "" || pat == "0" {
			return "", 0
		}
		zeros := strings.Count(pat, "0")
		return key, mag - zeros + 1
	}
	r := nf.round(d)
	mag := d.magnitude()
	key, shift := pick(mag)
	if key != "" {
		r = d
		r.dp -= shift
		r = nf.round(r)
		if r.magnitude()+shift > mag {
			// rounding carried into the next power of ten: 999999 -> 1M
			mag2 := r.magnitude() + shift
			key2, shift2 := pick(mag2)
			if key2 != key {
				key, shift = key2, shift2
				r = d
				r.dp -= shift
				r = nf.round(r)
			}
		}
	} else if r.magnitude() > mag && r.magnitude() >= 3 {
		if key2, shift2 := pick(r.magnitude()); key2 != "" {
			key, shift = key2, shift2
			r = d
			r.dp -= shift
			r = nf.round(r)
		}
	}
	if key == "" {
		return r, 0, ""
	}
	cat := nf.plural.selectOp(operandsOf(r.plain(0), shift))
	pat := nf.compactPatterns[key+"-count-"+cat]
	if pat == "" {
		pat = nf.compactPatterns[key+"-count-other"]
	}
	return r, shift, pat
}

// applyCompact puts the number parts into a compact pattern such as "0 Mio'.'".
func applyCompact(num []part, pat string) []part {
	start := strings.IndexByte(pat, '0')
	end := strings.LastIndexByte(pat, '0') + 1
	pre, suf := unquote(pat[:start]), unquote(pat[end:])
	out := make([]part, 0, len(num)+4)
	out = appendAffixText(out, pre, "compact")
	out = append(out, num...)
	out = appendAffixText(out, suf, "compact")
	return out
}

// appendAffixText splits affix text into its literal spaces and the typed text.
func appendAffixText(out []part, s, typ string) []part {
	if s == "" {
		return out
	}
	lead := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	trail := len(s) - len(strings.TrimRightFunc(s, unicode.IsSpace))
	if lead == len(s) {
		return append(out, part{"literal", s, ""})
	}
	if lead > 0 {
		out = append(out, part{"literal", s[:lead], ""})
	}
	out = append(out, part{typ, s[lead : len(s)-trail], ""})
	if trail > 0 {
		out = append(out, part{"literal", s[len(s)-trail:], ""})
	}
	return out
}

func (nf *numberFormatter) groupInteger(out []part, ip string) []part {
	g1, g2 := nf.pattern.pos.primary, nf.pattern.pos.secondary
	if nf.useGrouping == "false" || g1 == 0 || len(ip) < g1+nf.minGrouping {
		return append(out, part{"integer", nf.localDigits(ip), ""})
	}
	// split from the right: first group g1, then g2
	var groups []string
	rest := ip
	groups = append(groups, rest[len(rest)-g1:])
	rest = rest[:len(rest)-g1]
	for len(rest) > g2 {
		groups = append(groups, rest[len(rest)-g2:])
		rest = rest[:len(rest)-g2]
	}
	if rest != "" {
		groups = append(groups, rest)
	}
	for i := len(groups) - 1; i >= 0; i-- {
		out = append(out, part{"integer", nf.localDigits(groups[i]), ""})
		if i > 0 {
			out = append(out, part{"group", nf.sym.group, ""})
		}
	}
	return out
}

// affix writes a pattern affix with its placeholders: ¤ currency, % percent, - sign.
func (nf *numberFormatter) affix(out []part, a string, signSym string, showSign bool) []part {
	lit := strings.Builder{}
	flush := func() {
		if lit.Len() > 0 {
			out = append(out, part{"literal", lit.String(), ""})
			lit.Reset()
		}
	}
	for _, r := range a {
		switch r {
		case '¤':
			flush()
			out = append(out, part{"currency", nf.currencySymbol, ""})
		case '%':
			flush()
			out = append(out, part{"percentSign", nf.sym.percent, ""})
		case '‰':
			flush()
			out = append(out, part{"permille", nf.sym.permille, ""})
		case '-':
			if showSign {
				flush()
				typ := "minusSign"
				if signSym == nf.sym.plus {
					typ = "plusSign"
				}
				out = append(out, part{typ, signSym, ""})
			}
		case '(', ')':
			if showSign && signSym == nf.sym.minus {
				lit.WriteRune(r)
			}
		default:
			lit.WriteRune(r)
		}
	}
	flush()
	return out
}

func (nf *numberFormatter) countFor(pluralOp string, exp int) string {
	return nf.plural.selectOp(operandsOf(pluralOp, exp))
}

func (nf *numberFormatter) wrapCurrencyName(num []part, pluralOp string, exp int) []part {
	cat := nf.countFor(pluralOp, exp)
	name := digS(nf.currencyNames, "displayName-count-"+cat)
	if name == "" {
		name = digS(nf.currencyNames, "displayName-count-other")
	}
	if name == "" {
		name = digS(nf.currencyNames, "displayName")
	}
	if name == "" {
		name = nf.currency
	}
	pat := digS(nf.currencyUnitPattern, "unitPattern-count-"+cat)
	if pat == "" {
		pat = digS(nf.currencyUnitPattern, "unitPattern-count-other")
	}
	return fillPattern(pat, num, []part{{"currency", name, ""}}, "literal")
}

// fillPattern fills "{0} {1}" with number parts and other parts; the rest is literal.
func fillPattern(pat string, zero []part, one []part, litType string) []part {
	var out []part
	for pat != "" {
		i := strings.IndexByte(pat, '{')
		if i < 0 || i+2 >= len(pat) || pat[i+2] != '}' {
			out = append(out, part{litType, pat, ""})
			break
		}
		if i > 0 {
			out = append(out, part{litType, pat[:i], ""})
		}
		if pat[i+1] == '0' {
			out = append(out, zero...)
		} else {
			out = append(out, one...)
		}
		pat = pat[i+3:]
	}
	return out
}

func (nf *numberFormatter) unitPattern(m map[string]any, cat string) string {
	p := digS(m, "unitPattern-count-"+cat)
	if p == "" {
		p = digS(m, "unitPattern-count-other")
	}
	return p
}

func (nf *numberFormatter) wrapUnit(num []part, pluralOp string, exp int) []part {
	cat := nf.countFor(pluralOp, exp)
	if nf.unitPatterns2 != nil {
		if per := digS(nf.unitPatterns2, "perUnitPattern"); per != "" {
			inner := nf.unitParts(nf.unitPattern(nf.unitPatterns, cat), num)
			return nf.unitParts(per, inner)
		}
		// "{0} per {1}" with the per-unit's singular name, number kept in the first
		first := nf.unitParts(nf.unitPattern(nf.unitPatterns, cat), num)
		second := strings.TrimSpace(strings.ReplaceAll(nf.unitPattern(nf.unitPatterns2, "one"), "{0}", ""))
		return fillPattern(nf.perPattern, first, []part{{"unit", second, ""}}, "unit")
	}
	return nf.unitParts(nf.unitPattern(nf.unitPatterns, cat), num)
}

// unitParts fills a unit pattern: the unit text is "unit", the spaces next to the number literal.
func (nf *numberFormatter) unitParts(pat string, num []part) []part {
	i := strings.Index(pat, "{0}")
	if i < 0 {
		return append(num, part{"unit", pat, ""})
	}
	out := appendAffixText(nil, pat[:i], "unit")
	out = append(out, num...)
	return appendAffixText(out, pat[i+3:], "unit")
}

func joinParts(ps []part) string {
	if len(ps) == 1 {
		return ps[0].val
	}
	n := 0
	for _, p := range ps {
		n += len(p.val)
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range ps {
		b.WriteString(p.val)
	}
	return b.String()
}

func (nf *numberFormatter) format(d decimal) string { return joinParts(nf.formatParts(d)) }

// formatRange formats x..y the way ICU does: identical results collapse to "~x"; units collapse.
func (nf *numberFormatter) formatRange(x, y decimal) []part {
	a := nf.formatParts(x)
	b := nf.formatParts(y)
	if joinParts(a) == joinParts(b) {
		out := []part{}
		approx := part{"approximatelySign", nf.sym.approx, "shared"}
		inserted := false
		for _, p := range a {
			if !inserted && (p.typ == "integer" || p.typ == "minusSign" || p.typ == "plusSign" || p.typ == "nan" || p.typ == "infinity" || p.typ == "currency" && nf.currencyDisplay != "name") {
				out = append(out, approx)
				inserted = true
			}
			p.source = "shared"
			out = append(out, p)
		}
		return out
	}
	rangePat := digS(nf.data, "numbers", "miscPatterns", "range")
	if rangePat == "" {
		rangePat = "{0}–{1}"
	}
	// shared affix collapse: the unit (and compact) suffix when identical
	var shared []part
	if nf.style == "unit" || nf.style == "percent" {
		i, j := len(a)-1, len(b)-1
		for i >= 0 && j >= 0 && a[i] == b[j] && a[i].typ != "integer" && a[i].typ != "fraction" && a[i].typ != "decimal" && a[i].typ != "group" {
			i--
			j--
		}
		if i < len(a)-1 && nf.style == "unit" {
			shared = a[i+1:]
			a, b = a[:i+1], b[:j+1]
		}
	}
	spaced := false
	for _, ps := range [][]part{a, b} {
		for _, p := range ps {
			switch p.typ {
			case "integer", "group", "decimal", "fraction", "minusSign", "plusSign":
			default:
				spaced = true
			}
		}
	}
	if spaced {
		rangePat = strings.Replace(rangePat, "–", " – ", 1)
	}
	mark := func(ps []part, src string) []part {
		out := make([]part, len(ps))
		for i, p := range ps {
			p.source = src
			out[i] = p
		}
		return out
	}
	out := []part{}
	for rangePat != "" {
		i := strings.IndexByte(rangePat, '{')
		if i < 0 {
			out = append(out, part{"literal", rangePat, "shared"})
			break
		}
		if i > 0 {
			out = append(out, part{"literal", rangePat[:i], "shared"})
		}
		if rangePat[i+1] == '0' {
			out = append(out, mark(a, "startRange")...)
		} else {
			out = append(out, mark(b, "endRange")...)
		}
		rangePat = rangePat[i+3:]
	}
	return append(out, mark(shared, "shared")...)
}
