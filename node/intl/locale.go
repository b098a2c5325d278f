package intl

import (
	"errors"
	"sort"
	"strings"

	"golang.org/x/text/language"
)

var errBadLocale = errors.New("Incorrect locale information provided")

// localeID is a parsed unicode_locale_id (UTS #35), kept in canonical case.
type localeID struct {
	lang, script, region string
	variants             []string
	uattrs               []string
	ukeys                []ukv    // in canonical (sorted) order
	other                []string // other extensions, each "s-sub-sub", sorted by singleton
	private              string   // "x-..." or ""
}

type ukv struct{ key, value string }

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

func isDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if !(c >= 'a' && c <= 'z') && !(s[i] >= '0' && s[i] <= '9') {
			return false
		}
	}
	return s != ""
}

func isVariant(s string) bool {
	return isAlnum(s) && (len(s) >= 5 && len(s) <= 8 || len(s) == 4 && s[0] >= '0' && s[0] <= '9')
}

// parseLocaleID checks the structure of a Unicode BCP 47 locale identifier and canonicalizes
// case, aliases and the order of variants, extensions and keywords.
func parseLocaleID(tag string) (*localeID, error) {
	if tag == "" || strings.ContainsAny(tag, "_ ") {
		return nil, errBadLocale
	}
	parts := strings.Split(strings.ToLower(tag), "-")
	for _, p := range parts {
		if p == "" || len(p) > 8 || !isAlnum(p) {
			return nil, errBadLocale
		}
	}
	id := &localeID{}
	i := 0
	p := parts[0]
	if !isAlpha(p) || len(p) == 4 || len(p) == 1 {
		return nil, errBadLocale
	}
	id.lang = p
	i++
	if i < len(parts) && len(parts[i]) == 4 && isAlpha(parts[i]) {
		id.script = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		i++
	}
	if i < len(parts) && (len(parts[i]) == 2 && isAlpha(parts[i]) || len(parts[i]) == 3 && isDigit(parts[i])) {
		id.region = strings.ToUpper(parts[i])
		i++
	}
	seenVar := map[string]bool{}
	for i < len(parts) && isVariant(parts[i]) {
		if seenVar[parts[i]] {
			return nil, errBadLocale
		}
		seenVar[parts[i]] = true
		id.variants = append(id.variants, parts[i])
		i++
	}
	seenSingleton := map[string]bool{}
	for i < len(parts) {
		s := parts[i]
		if len(s) != 1 {
			return nil, errBadLocale
		}
		if s == "x" {
			if i+1 >= len(parts) {
				return nil, errBadLocale
			}
			id.private = strings.Join(parts[i:], "-")
			break
		}
		if seenSingleton[s] {
			return nil, errBadLocale
		}
		seenSingleton[s] = true
		i++
		start := i
		if s == "u" {
			for i < len(parts) && len(parts[i]) >= 3 && len(parts[i]) != 2 && len(parts[i]) > 1 {
				id.uattrs = append(id.uattrs, parts[i])
				i++
			}
			for i < len(parts) && len(parts[i]) == 2 {
				key := parts[i]
				if !isAlpha(key[1:]) {
					return nil, errBadLocale
				}
				i++
				var vals []string
				for i < len(parts) && len(parts[i]) >= 3 {
					vals = append(vals, parts[i])
					i++
				}
				dup := false
				for _, kv := range id.ukeys {
					if kv.key == key {
						dup = true
					}
				}
				if !dup {
					id.ukeys = append(id.ukeys, ukv{key, strings.Join(vals, "-")})
				}
			}
			if i == start {
				return nil, errBadLocale
			}
			continue
		}
		for i < len(parts) && len(parts[i]) >= 2 {
			i++
		}
		if i == start {
			return nil, errBadLocale
		}
		id.other = append(id.other, strings.Join(parts[start-1:i], "-"))
	}
	id.canonicalize()
	return id, nil
}

// The -u- values CLDR renamed (bcp47 aliases ICU applies).
var uValueAlias = map[string]string{
	"ca-islamicc": "islamic-civil", "ca-ethiopic-amete-alem": "ethioaa", "ca-gregorian": "gregory",
	"ks-primary": "level1", "ks-tertiary": "level3", "ms-imperial": "uksystem", "kb-yes": "true",
	"kc-yes": "true", "kh-yes": "true", "kk-yes": "true", "kn-yes": "true", "ka-yes": "noignore",
	"ka-no": "shifted", "tz-est5edt": "usnyc", "tz-cst6cdt": "uschi", "tz-mst7mdt": "usden",
	"tz-pst8pdt": "uslax",
}

func (id *localeID) canonicalize() {
	s := supplementalData()
	if id.lang == "und" && false {
		return
	}
	// language aliases may carry script and region: "sh" -> "sr-Latn"
	try := []string{}
	if id.region != "" {
		try = append(try, id.lang+"-"+strings.ToLower(id.region))
	}
	try = append(try, id.lang)
	for _, k := range try {
		if a, ok := s.Aliases["languageAlias"][k]; ok {
			rep := strings.Split(digS(a, "_replacement"), "-")
			id.lang = rep[0]
			for _, r := range rep[1:] {
				if len(r) == 4 && id.script == "" {
					id.script = r
				} else if (len(r) == 2 || len(r) == 3) && (id.region == "" || k != id.lang) {
					id.region = strings.ToUpper(r)
				}
			}
			break
		}
	}
	if a, ok := s.Aliases["scriptAlias"][id.script]; ok {
		id.script = digS(a, "_replacement")
	}
	if a, ok := s.Aliases["territoryAlias"][id.region]; ok {
		rep := strings.Fields(digS(a, "_replacement"))
		if len(rep) > 0 {
			id.region = rep[0]
		}
	}
	sort.Strings(id.variants)
	sort.Strings(id.other)
	sort.SliceStable(id.ukeys, func(i, j int) bool { return id.ukeys[i].key < id.ukeys[j].key })
	for i := range id.ukeys {
		kv := &id.ukeys[i]
		if kv.value == "true" {
			kv.value = ""
		}
		if a, ok := uValueAlias[kv.key+"-"+kv.value]; ok {
			if a == "true" {
				a = ""
			}
			kv.value = a
		}
	}
}

func (id *localeID) baseName() string {
	var b strings.Builder
	b.WriteString(id.lang)
	if id.script != "" {
		b.WriteString("-" + id.script)
	}
	if id.region != "" {
		b.WriteString("-" + id.region)
	}
	for _, v := range id.variants {
		b.WriteString("-" + v)
	}
	return b.String()
}

func (id *localeID) String() string {
	var b strings.Builder
	b.WriteString(id.baseName())
	exts := append([]string(nil), id.other...)
	if len(id.uattrs) > 0 || len(id.ukeys) > 0 {
		u := "u"
		for _, a := range id.uattrs {
			u += "-" + a
		}
		for _, kv := range id.ukeys {
			u += "-" + kv.key
			if kv.value != "" {
				u += "-" + kv.value
			}
		}
		exts = append(exts, u)
	}
	sort.Strings(exts)
	for _, e := range exts {
		b.WriteString("-" + e)
	}
	if id.private != "" {
		b.WriteString("-" + id.private)
	}
	return b.String()
}

func (id *localeID) ukey(k string) (string, bool) {
	for _, kv := range id.ukeys {
		if kv.key == k {
			return kv.value, true
		}
	}
	return "", false
}

func canonicalizeLocale(tag string) (string, error) {
	id, err := parseLocaleID(tag)
	if err != nil {
		return "", err
	}
	return id.String(), nil
}

// maximize adds likely subtags (x/text's CLDR likely-subtags table).
func maximize(id *localeID) (lang, script, region string) {
	t, err := language.Parse(id.baseName())
	if err != nil {
		return id.lang, id.script, id.region
	}
	b, _ := t.Base()
	sc, _ := t.Script()
	r, _ := t.Region()
	lang, script, region = id.lang, id.script, id.region
	if lang == "und" {
		lang = b.String()
	}
	if script == "" {
		script = sc.String()
	}
	if region == "" {
		region = r.String()
	}
	return
}

func validRegion(r string) bool {
	if r == "" {
		return true
	}
	reg, err := language.ParseRegion(r)
	if err != nil {
		return false
	}
	return !reg.IsPrivateUse() && r != "ZZ"
}

// dataLocale maps a locale to the carried CLDR locale whose data it uses, or "" when none.
func dataLocale(id *localeID) string {
	s := supplementalData()
	base := id.lang
	if base == "und" {
		return ""
	}
	lang, script, region := maximize(id)
	_ = lang
	// the script CLDR's data for the bare language is written in
	defLang := &localeID{lang: id.lang}
	_, defScript, _ := maximize(defLang)
	cands := []string{}
	if script != defScript {
		if region != "" {
			cands = append(cands, id.lang+"-"+script+"-"+region)
		}
		cands = append(cands, id.lang+"-"+script)
	} else {
		if id.region != "" {
			cands = append(cands, id.lang+"-"+id.region)
		}
		cands = append(cands, id.lang)
	}
	for _, c := range cands {
		for c != "" {
			if s.carried[c] {
				return c
			}
			if p, ok := s.ParentLocale[c]; ok {
				if p == "und" || p == "root" {
					break
				}
				c = p
				continue
			}
			i := strings.LastIndexByte(c, '-')
			if i < 0 {
				break
			}
			c = c[:i]
		}
	}
	return ""
}

// available tells whether a locale (without extensions) is one Intl serves with its own data:
// its language (and script) is carried and its region is a real one.
func available(id *localeID) bool {
	if !validRegion(id.region) || len(id.variants) > 0 && id.lang != "ca" {
		if !validRegion(id.region) {
			return false
		}
	}
	return dataLocale(id) != ""
}

// bestAvailableFor: PluralRules serves every language CLDR has plural rules for.
func bestAvailableFor(kind string, id *localeID) (*localeID, bool) {
	if kind == "pr" {
		if b, ok := bestAvailable(id); ok {
			return b, true
		}
		s := supplementalData()
		if _, ok := s.Plurals[id.lang]; ok && validRegion(id.region) {
			return &localeID{lang: id.lang, script: id.script, region: id.region}, true
		}
	}
	return bestAvailable(id)
}

// bestAvailable is ECMA-402's BestAvailableLocale over the tag without extensions.
func bestAvailable(id *localeID) (*localeID, bool) {
	cur := &localeID{lang: id.lang, script: id.script, region: id.region, variants: id.variants}
	for {
		if available(cur) {
			return cur, true
		}
		switch {
		case len(cur.variants) > 0:
			cur.variants = cur.variants[:len(cur.variants)-1]
		case cur.region != "":
			cur.region = ""
		case cur.script != "":
			cur.script = ""
		default:
			return nil, false
		}
	}
}

// defaultLocale is what ICU reports from the environment; gnode, like node in a POSIX/C
// environment, answers en-US.
func defaultLocale() string { return "en-US" }
