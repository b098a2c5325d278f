package intl

import (
	"testing"
)

func TestCanonicalizeLocale(t *testing.T) {
	for in, want := range map[string]string{
		"EN-us":                        "en-US",
		"iw":                           "he",
		"sh":                           "sr-Latn",
		"en-us-u-kn-true":              "en-US-u-kn",
		"de-1996-1901":                 "de-1901-1996",
		"en-a-aaa-u-ca-gregory-x-priv": "en-a-aaa-u-ca-gregory-x-priv",
		"tl":                           "fil",
		"zh-Hant-TW":                   "zh-Hant-TW",
		"en-US-u-ca-islamicc":          "en-US-u-ca-islamic-civil",
	} {
		got, err := canonicalizeLocale(in)
		if err != nil || got != want {
			t.Errorf("canonicalizeLocale(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "en_US", "en--US", "x-private", "a", "abcd", "en-u", "de-1996-1996", "en-a-b"} {
		if got, err := canonicalizeLocale(bad); err == nil {
			t.Errorf("canonicalizeLocale(%q) = %q, want an error", bad, got)
		}
	}
}

func TestDataLocale(t *testing.T) {
	for in, want := range map[string]string{
		"en-US": "en", "en-GB": "en-GB", "en-XX": "en", "zh-TW": "zh-Hant", "zh-HK": "zh-Hant-HK",
		"zh-CN": "zh", "es-CL": "es-419", "pt-BR": "pt", "pt-AO": "pt-PT", "de-LI": "de", "xx": "",
	} {
		id, err := parseLocaleID(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := dataLocale(id); got != want {
			t.Errorf("dataLocale(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNumberRounding(t *testing.T) {
	nf := &numberFormatter{dataLoc: "en", style: "decimal", notation: "standard", minInt: 1, maxFrac: 2,
		roundingType: "fractionDigits", roundingMode: "halfExpand", roundingIncrement: 1,
		useGrouping: "auto", signDisplay: "auto", trailingZeroDisplay: "auto"}
	nf.data = localeDataFor("en")
	nf.init()
	for in, want := range map[float64]string{1.005: "1.01", 1234567.891: "1,234,567.89", -0.001: "-0", 0.5: "0.5", 1e21: "1,000,000,000,000,000,000,000"} {
		if got := nf.format(decimalFromFloat(in)); got != want {
			t.Errorf("format(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestPluralRules(t *testing.T) {
	ru := rulesFor("ru", false)
	for in, want := range map[string]string{"1": "one", "2": "few", "5": "many", "21": "one", "1.5": "other"} {
		if got := ru.selectOp(operandsOf(in, 0)); got != want {
			t.Errorf("ru %s = %s, want %s", in, got, want)
		}
	}
	en := rulesFor("en", true)
	for in, want := range map[string]string{"1": "one", "2": "two", "3": "few", "11": "other", "22": "two"} {
		if got := en.selectOp(operandsOf(in, 0)); got != want {
			t.Errorf("en ordinal %s = %s, want %s", in, got, want)
		}
	}
}

// FuzzParseLocaleID: locale tags come straight from programs; the parser must never panic and
// its output must be stable under re-canonicalization.
func FuzzParseLocaleID(f *testing.F) {
	for _, s := range []string{"en-US", "zh-Hant-TW-u-ca-gregory", "x-a", "en-a-b-u-kn", "de-1996", "i-klingon", "und-u-ca-x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := canonicalizeLocale(s)
		if err != nil {
			return
		}
		c2, err := canonicalizeLocale(c)
		if err != nil {
			t.Fatalf("%q -> %q does not parse again: %v", s, c, err)
		}
		_ = c2
	})
}

func FuzzDecimalFromString(f *testing.F) {
	for _, s := range []string{"1.5", "-1e3", " 12 ", "0x10", ".5", "5.", "1e99999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := decimalFromString(s)
		if !ok {
			return
		}
		d.roundAt(3, "halfEven")
		_, _ = d.intFrac(1, 0)
	})
}
