package intl

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/json"
	"io"
	"strings"
	"sync"
)

// The CLDR tables written by gen/: one gzipped JSON per locale holding only what differs from
// its parent, and supplemental.json.gz. Nothing here is read until Intl is first used.
//
//go:embed data/*.json.gz
var dataFS embed.FS

type supplemental struct {
	Parents            map[string]string                       `json:"parents"`
	ParentLocale       map[string]string                       `json:"parentLocale"`
	Locales            []string                                `json:"locales"`
	Plurals            map[string]map[string]string            `json:"plurals"`
	Ordinals           map[string]map[string]string            `json:"ordinals"`
	PluralRanges       map[string]map[string]string            `json:"pluralRanges"`
	TimeData           map[string]map[string]string            `json:"timeData"`
	CurrencyFractions  map[string]map[string]string            `json:"currencyFractions"`
	CurrencyRegions    map[string][]map[string]map[string]any  `json:"currencyRegions"`
	WeekData           map[string]map[string]any               `json:"weekData"`
	CalendarPreference map[string][]string                     `json:"calendarPreference"`
	MetaZones          map[string]any                          `json:"metaZones"`
	MetazoneTerritory  []map[string]map[string]string          `json:"metazoneTerritory"`
	PrimaryZones       map[string]string                       `json:"primaryZones"`
	DayPeriodRules     map[string]map[string]map[string]string `json:"dayPeriodRules"`
	Aliases            map[string]map[string]map[string]any    `json:"aliases"`
	BCP47Zones         map[string]struct {
		Alias      string `json:"alias"`
		Preferred  string `json:"preferred"`
		Deprecated any    `json:"deprecated"`
	} `json:"bcp47Zones"`
	zoneCanon      map[string]string // lower-case id -> ICU's canonical id
	zoneCountry    map[string]string // canonical id -> ISO country
	countryZoneCnt map[string]int

	carried     map[string]bool
	zoneMeta    map[string][]metaPeriod // IANA zone -> metazone periods
	zoneNames   []string
	zoneByLower map[string]string
	metaGolden  map[string]string // metazone -> its zone for territory 001
	terrOnce    sync.Once
	zoneTerr    map[string]string
}

type metaPeriod struct {
	meta     string
	from, to string // "YYYY-MM-DD HH:MM", empty = open
}

var (
	suppOnce sync.Once
	supp     *supplemental
)

func readGz(name string) []byte {
	raw, err := dataFS.ReadFile("data/" + name + ".json.gz")
	if err != nil {
		return nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		panic(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		panic(err)
	}
	return b
}

func supplementalData() *supplemental {
	suppOnce.Do(func() {
		s := &supplemental{}
		if err := json.Unmarshal(readGz("supplemental"), s); err != nil {
			panic(err)
		}
		s.carried = map[string]bool{}
		for _, l := range s.Locales {
			s.carried[l] = true
		}
		s.zoneMeta = map[string][]metaPeriod{}
		var walk func(prefix string, v any)
		walk = func(prefix string, v any) {
			switch x := v.(type) {
			case map[string]any:
				for k, c := range x {
					p := k
					if prefix != "" {
						p = prefix + "/" + k
					}
					walk(p, c)
				}
			case []any:
				var ps []metaPeriod
				for _, e := range x {
					m, _ := e.(map[string]any)
					u, _ := m["usesMetazone"].(map[string]any)
					if u == nil {
						continue
					}
					mp := metaPeriod{}
					mp.meta, _ = u["_mzone"].(string)
					mp.from, _ = u["_from"].(string)
					mp.to, _ = u["_to"].(string)
					ps = append(ps, mp)
				}
				s.zoneMeta[prefix] = ps
			}
		}
		walk("", s.MetaZones)
		s.metaGolden = map[string]string{}
		for _, e := range s.MetazoneTerritory {
			m := e["mapZone"]
			if m["_territory"] == "001" {
				s.metaGolden[m["_other"]] = m["_type"]
			}
		}
		s.zoneByLower = map[string]string{}
		s.zoneCanon = map[string]string{}
		s.zoneCountry = map[string]string{}
		s.countryZoneCnt = map[string]int{}
		for key, e := range s.BCP47Zones {
			target := e
			if e.Preferred != "" {
				target = s.BCP47Zones[e.Preferred]
			}
			ids := strings.Fields(target.Alias)
			if len(ids) == 0 {
				continue
			}
			canon := ids[0]
			if key == "utc" || key == "gmt" || e.Preferred == "utc" || e.Preferred == "gmt" {
				canon = "UTC"
			}
			for _, id := range strings.Fields(e.Alias) {
				s.zoneCanon[strings.ToLower(id)] = canon
			}
			if e.Preferred == "" && e.Deprecated == nil && key != "unk" && key != "utc" && key != "gmt" {
				s.zoneNames = append(s.zoneNames, canon)
				if len(key) == 5 {
					c := strings.ToUpper(key[:2])
					s.zoneCountry[canon] = c
					s.countryZoneCnt[c]++
				}
			}
		}
		for z := range s.zoneMeta {
			s.zoneByLower[strings.ToLower(z)] = z
		}
		supp = s
	})
	return supp
}

type ldata = map[string]any

var (
	localeMu    sync.Mutex
	localeCache = map[string]ldata{}
)

// parentLocale is CLDR's parent of a carried locale ("" for a root child).
func parentLocale(l string) string {
	s := supplementalData()
	if p, ok := s.Parents[l]; ok {
		return p
	}
	return ""
}

// localeDataFor returns the merged tables of a carried locale.
func localeDataFor(l string) ldata {
	localeMu.Lock()
	d, ok := localeCache[l]
	localeMu.Unlock()
	if ok {
		return d
	}
	var own ldata
	if err := json.Unmarshal(readGz(l), &own); err != nil {
		panic(err)
	}
	if p := parentLocale(l); p != "" {
		own = merge(localeDataFor(p), own).(ldata)
	}
	localeMu.Lock()
	localeCache[l] = own
	localeMu.Unlock()
	return own
}

func merge(base, over any) any {
	bm, ok1 := base.(map[string]any)
	om, ok2 := over.(map[string]any)
	if !ok1 || !ok2 {
		if over == nil {
			return base
		}
		return over
	}
	out := make(map[string]any, len(bm)+len(om))
	for k, v := range bm {
		out[k] = v
	}
	for k, v := range om {
		out[k] = merge(bm[k], v)
	}
	return out
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

func digS(v any, path ...string) string {
	s, _ := dig(v, path...).(string)
	return s
}

func digM(v any, path ...string) map[string]any {
	m, _ := dig(v, path...).(map[string]any)
	return m
}
