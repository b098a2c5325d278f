// Command gen turns an npm-installed CLDR (cldr-json) into the compact tables node/intl embeds.
//
// Run by hand when the CLDR version changes (Node v24.21.0's ICU 78.3 carries CLDR 48.0):
//
//	mkdir /tmp/cldr && cd /tmp/cldr && npm install cldr-core@48.0.0 cldr-numbers-full@48.0.0 \
//	    cldr-dates-full@48.0.0 cldr-localenames-full@48.0.0 cldr-units-full@48.0.0 cldr-misc-full@48.0.0 \
//	    cldr-bcp47@48.2.0
//	go run ./node/intl/gen -cldr /tmp/cldr/node_modules -out node/intl/data
//
// Each locale's file keeps only what differs from its parent locale (CLDR's parentLocales, else
// the truncated tag); node/intl merges the chain back at run time, once per locale, on first use.
// The data is © Unicode, Inc., under the Unicode License v3 (see node/intl/data/LICENSE).
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
)

// Locales carried: the eight and their common regional variants, plus a few more that
// npm packages meet often. Every parent in a chain must be listed too.
var locales = []string{
	"en", "en-001", "en-150", "en-GB", "en-IN", "en-AU", "en-CA", "en-IE", "en-NZ", "en-ZA", "en-SG",
	"de", "de-AT", "de-CH",
	"fr", "fr-CA", "fr-CH", "fr-BE",
	"es", "es-419", "es-MX", "es-AR", "es-US", "es-CO",
	"pt", "pt-PT",
	"ru", "ja", "zh", "zh-Hant", "zh-Hant-HK",
	"it", "ko", "nl", "pl", "sv", "tr", "uk", "cs", "da", "fi", "no", "nb",
}

// ECMA-402's sanctioned simple units.
var units = []string{"acre", "bit", "byte", "celsius", "centimeter", "day", "degree", "fahrenheit",
	"fluid-ounce", "foot", "gallon", "gigabit", "gigabyte", "gram", "hectare", "hour", "inch",
	"kilobit", "kilobyte", "kilogram", "kilometer", "liter", "megabit", "megabyte", "meter",
	"microsecond", "mile", "mile-scandinavian", "milliliter", "millimeter", "millisecond",
	"minute", "month", "nanosecond", "ounce", "percent", "petabyte", "pound", "second", "stone",
	"terabit", "terabyte", "week", "yard", "year"}

func sanctioned(name string) bool {
	for _, u := range units {
		if u == name {
			return true
		}
	}
	return false
}

var root string

func load(parts ...string) map[string]any {
	b, err := os.ReadFile(filepath.Join(append([]string{root}, parts...)...))
	if err != nil {
		log.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal(b, &v); err != nil {
		log.Fatal(err)
	}
	return v
}

func dig(v any, path ...string) any {
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[p]
	}
	return v
}

func extract(loc string) map[string]any {
	out := map[string]any{}
	nums := dig(load("cldr-numbers-full", "main", loc, "numbers.json"), "main", loc, "numbers").(map[string]any)
	n := map[string]any{}
	for k, v := range nums {
		if k == "defaultNumberingSystem" || k == "minimumGroupingDigits" || strings.HasSuffix(k, "-numberSystem-latn") {
			n[strings.TrimSuffix(k, "-numberSystem-latn")] = v
		}
	}
	n["currencies"] = dig(load("cldr-numbers-full", "main", loc, "currencies.json"), "main", loc, "numbers", "currencies")
	out["numbers"] = n

	greg := dig(load("cldr-dates-full", "main", loc, "ca-gregorian.json"), "main", loc, "dates", "calendars", "gregorian").(map[string]any)
	g := map[string]any{}
	for _, k := range []string{"months", "days", "quarters", "dayPeriods", "eras", "dateFormats", "timeFormats", "dateTimeFormats", "dateTimeFormats-atTime"} {
		g[k] = greg[k]
	}
	out["gregorian"] = g
	tz := dig(load("cldr-dates-full", "main", loc, "timeZoneNames.json"), "main", loc, "dates", "timeZoneNames").(map[string]any)
	t := map[string]any{}
	for k, v := range tz {
		if k != "zone" {
			t[k] = v
		}
	}
	zones := map[string]any{}
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		m, ok := v.(map[string]any)
		if !ok {
			return
		}
		if _, ok := m["long"]; ok {
			zones[prefix] = map[string]any{"long": m["long"], "short": m["short"], "exemplarCity": m["exemplarCity"]}
			return
		}
		if _, ok := m["short"]; ok {
			zones[prefix] = map[string]any{"short": m["short"]}
			return
		}
		if city, ok := m["exemplarCity"]; ok {
			zones[prefix] = map[string]any{"exemplarCity": city}
			return
		}
		for k, c := range m {
			p := k
			if prefix != "" {
				p = prefix + "/" + k
			}
			walk(p, c)
		}
	}
	walk("", tz["zone"])
	t["zone"] = zones
	out["timeZoneNames"] = t
	out["fields"] = dig(load("cldr-dates-full", "main", loc, "dateFields.json"), "main", loc, "dates", "fields")
	out["listPatterns"] = dig(load("cldr-misc-full", "main", loc, "listPatterns.json"), "main", loc, "listPatterns")
	ln := map[string]any{}
	ln["languages"] = dig(load("cldr-localenames-full", "main", loc, "languages.json"), "main", loc, "localeDisplayNames", "languages")
	ln["territories"] = dig(load("cldr-localenames-full", "main", loc, "territories.json"), "main", loc, "localeDisplayNames", "territories")
	ln["scripts"] = dig(load("cldr-localenames-full", "main", loc, "scripts.json"), "main", loc, "localeDisplayNames", "scripts")
	ldn := dig(load("cldr-localenames-full", "main", loc, "localeDisplayNames.json"), "main", loc, "localeDisplayNames").(map[string]any)
	ln["keys"] = ldn["keys"]
	ln["calendars"] = dig(ldn, "types", "calendar")
	ln["localeDisplayPattern"] = ldn["localeDisplayPattern"]
	out["localeNames"] = ln
	us := dig(load("cldr-units-full", "main", loc, "units.json"), "main", loc, "units").(map[string]any)
	u := map[string]any{}
	for _, width := range []string{"long", "short", "narrow"} {
		src := us[width].(map[string]any)
		w := map[string]any{"per": dig(src, "per", "compoundUnitPattern")}
		for k, v := range src {
			i := strings.IndexByte(k, '-')
			if i <= 0 {
				continue
			}
			name := k[i+1:]
			if sanctioned(name) {
				w[name] = v
			}
			// CLDR's own compound units (speed-kilometer-per-hour: "時速 {0} キロメートル"),
			// which ICU prefers to composing the two units with the per pattern
			if a, b, ok := strings.Cut(name, "-per-"); ok && sanctioned(a) && sanctioned(b) {
				w[name] = v
			}
		}
		u[width] = w
	}
	out["units"] = u
	return out
}

// diff keeps the parts of v that differ from base (nil when nothing does).
func diff(v, base any) any {
	vm, ok1 := v.(map[string]any)
	bm, ok2 := base.(map[string]any)
	if ok1 && ok2 {
		out := map[string]any{}
		for k, c := range vm {
			if d := diff(c, bm[k]); d != nil {
				out[k] = d
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	}
	if reflect.DeepEqual(v, base) {
		return nil
	}
	return v
}

func parentOf(loc string, parents map[string]any) string {
	if p, ok := parents[loc].(string); ok {
		if p == "und" {
			return ""
		}
		return p
	}
	if i := strings.LastIndexByte(loc, '-'); i > 0 {
		return loc[:i]
	}
	return ""
}

func writeGz(path string, v any) int {
	b, err := json.Marshal(v)
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	return buf.Len()
}

func main() {
	flag.StringVar(&root, "cldr", "", "node_modules folder holding the cldr-* packages")
	out := flag.String("out", "node/intl/data", "output folder")
	flag.Parse()
	if root == "" {
		log.Fatal("-cldr is required")
	}
	parents := dig(load("cldr-core", "supplemental", "parentLocales.json"), "supplemental", "parentLocales", "parentLocale").(map[string]any)
	full := map[string]map[string]any{}
	for _, l := range locales {
		full[l] = extract(l)
	}
	total := 0
	parentTable := map[string]string{}
	for _, l := range locales {
		p := parentOf(l, parents)
		var d any = full[l]
		if p != "" {
			if _, ok := full[p]; !ok {
				log.Fatalf("%s: parent %s not carried", l, p)
			}
			d = diff(full[l], full[p])
			parentTable[l] = p
		}
		if d == nil {
			d = map[string]any{}
		}
		total += writeGz(filepath.Join(*out, l+".json.gz"), d)
	}

	sup := map[string]any{}
	core := func(file string, path ...string) any {
		return dig(load("cldr-core", "supplemental", file), append([]string{"supplemental"}, path...)...)
	}
	sup["parents"] = parentTable
	sup["parentLocale"] = parents
	sup["locales"] = locales
	sup["plurals"] = core("plurals.json", "plurals-type-cardinal")
	sup["ordinals"] = core("ordinals.json", "plurals-type-ordinal")
	sup["pluralRanges"] = core("pluralRanges.json", "plurals")
	sup["timeData"] = core("timeData.json", "timeData")
	sup["currencyFractions"] = core("currencyData.json", "currencyData", "fractions")
	sup["currencyRegions"] = core("currencyData.json", "currencyData", "region")
	sup["weekData"] = core("weekData.json", "weekData")
	sup["calendarPreference"] = core("calendarPreferenceData.json", "calendarPreferenceData")
	sup["metaZones"] = core("metaZones.json", "metaZones", "metazoneInfo", "timezone")
	sup["metazoneTerritory"] = core("metaZones.json", "metaZones", "metazones")
	sup["primaryZones"] = core("primaryZones.json", "primaryZones")
	sup["dayPeriodRules"] = core("dayPeriods.json", "dayPeriodRuleSet")
	sup["aliases"] = core("aliases.json", "metadata", "alias")
	// time zone ids: CLDR's bcp47 table (cldr-bcp47@48.2.0; 48.0.0 was not published)
	bcp := dig(load("cldr-bcp47", "bcp47", "timezone.json"), "keyword", "u", "tz").(map[string]any)
	zones := map[string]any{}
	for k, v := range bcp {
		if m, ok := v.(map[string]any); ok && !strings.HasPrefix(k, "_") {
			e := map[string]any{"alias": m["_alias"]}
			if p, ok := m["_preferred"]; ok {
				e["preferred"] = p
			}
			if d, ok := m["_deprecated"]; ok {
				e["deprecated"] = d
			}
			zones[k] = e
		}
	}
	sup["bcp47Zones"] = zones
	total += writeGz(filepath.Join(*out, "supplemental.json.gz"), sup)
	names := make([]string, 0, len(full))
	for l := range full {
		names = append(names, l)
	}
	sort.Strings(names)
	fmt.Printf("%d locales, %d bytes compressed\n", len(names), total)
}
